import { CustomerWizard } from './customer-wizard.js';
import { defineElement } from '../shared/registry.js';

/** `import 'fleet-customers/customer-wizard'` registers `<customer-wizard>` (safely: twice is fine). */
defineElement(CustomerWizard);

export { CustomerWizard };
export { setDefaultClient } from '../shared/client.js';
export { registerTranslation, type Translation } from '../shared/localize.js';
export { CustomerCreatedEvent, WizardCancelEvent } from '../shared/events.js';

declare global {
  interface HTMLElementTagNameMap {
    'customer-wizard': CustomerWizard;
  }
}
