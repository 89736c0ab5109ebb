/**
 * The single file for a plain `<script type="module" src="fleet-customers.min.js">`: the SDK, and every
 * element registered under its default tag (safely: a tag already taken is left alone with a warning).
 *
 * ```html
 * <script type="module">
 *   import { createCustomerClient, setDefaultClient } from './fleet-customers.min.js';
 *   setDefaultClient(createCustomerClient({ baseUrl: 'https://api.example.com', auth: token }));
 * </script>
 * <customer-wizard></customer-wizard>
 * ```
 */
import { defineCustomerElements } from '../components/define.js';

export * from './index.js';
export * from '../components/define.js';

defineCustomerElements();
