import { CustomerList } from './customer-list.js';
import { defineElement } from '../shared/registry.js';

/**
 * `import 'fleet-customers/customer-list'` registers `<customer-list>` (safely: twice is fine, a tag held by
 * another version is left alone with one warning).
 */
defineElement(CustomerList);

export { CustomerList };
export { CustomerCreateRequestEvent } from './events.js';
export { setDefaultClient } from '../shared/client.js';
export { registerTranslation, type Translation } from '../shared/localize.js';
export { CustomerSelectEvent } from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'customer-list': CustomerList;
  }
}
