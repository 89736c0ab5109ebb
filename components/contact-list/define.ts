import { ContactList } from './contact-list.js';
import { defineElement } from '../shared/registry.js';

/** `import 'fleet-customers/contact-list'` registers `<contact-list>` (safely: twice is fine). */
defineElement(ContactList);

export { ContactList };
export { setDefaultClient } from '../shared/client.js';
export { registerTranslation, type Translation } from '../shared/localize.js';
export { ContactsChangedEvent } from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'contact-list': ContactList;
  }
}
