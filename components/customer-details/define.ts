import { CustomerDetails } from './customer-details.js';
import { defineElement } from '../shared/registry.js';

/** `import 'fleet-customers/customer-details'` registers `<customer-details>` (safely: twice is fine). */
defineElement(CustomerDetails);

export { CustomerDetails };
export { setDefaultClient } from '../shared/client.js';
export { registerTranslation, type Translation } from '../shared/localize.js';
export { CustomerDeletedEvent, CustomerUpdatedEvent } from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'customer-details': CustomerDetails;
  }
}
