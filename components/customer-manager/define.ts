import { CustomerManager } from './customer-manager.js';
import { defineElement } from '../shared/registry.js';

/**
 * `import 'fleet-customers/customer-manager'` registers `<customer-manager>` and the `<customer-list>` it shows.
 * The tabs and the wizard load (and register) their code when first opened.
 */
defineElement(CustomerManager);

export { CustomerManager };
export { CustomerManagerChangeEvent, type ManagerChangeDetail } from './events.js';
export type { ManagerState, Tab } from './state.js';
export { setDefaultClient } from '../shared/client.js';
export { registerTranslation, type Translation } from '../shared/localize.js';

declare global {
  interface HTMLElementTagNameMap {
    'customer-manager': CustomerManager;
  }
}
