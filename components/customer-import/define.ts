import { CustomerImport } from './customer-import.js';
import { defineElement } from '../shared/registry.js';

/** `import 'fleet-customers/customer-import'` registers `<customer-import>` (safely: twice is fine). */
defineElement(CustomerImport);

export { CustomerImport };
export { setDefaultClient } from '../shared/client.js';
export { CustomersImportedEvent, type CustomersImportedDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'customer-import': CustomerImport;
  }
}
