/**
 * `fleet-customers/define`: every element class, unregistered, and `defineCustomerElements()` to register
 * them all at once under default or prefixed names, in the global or a scoped registry.
 *
 * ```ts
 * import { defineCustomerElements, setDefaultClient } from 'fleet-customers/define';
 * defineCustomerElements({ prefix: 'acme' }); // <acme-customer-wizard>, ...
 * ```
 */
import { CustomerWizard } from './customer-wizard/customer-wizard.js';
import { CustomerDetails } from './customer-details/customer-details.js';
import { ContactList } from './contact-list/contact-list.js';
import { EquipmentAssigner } from './equipment-assigner/equipment-assigner.js';
import { CustomerList } from './customer-list/customer-list.js';
import { CustomerManager } from './customer-manager/customer-manager.js';
import { CustomerImport } from './customer-import/customer-import.js';
import { defineElement, type DefinableElement, type DefineOptions } from './shared/registry.js';

export { CustomerWizard };
export { CustomerDetails };
export { ContactList };
export { EquipmentAssigner };
export { CustomerList };
export { CustomerManager };
export { CustomerImport };
export { CustomerCreateRequestEvent } from './customer-list/events.js';
export { CustomerManagerChangeEvent, type ManagerChangeDetail } from './customer-manager/events.js';
export { CustomersImportedEvent, type CustomersImportedDetail } from './customer-import/events.js';
export { setDefaultClient, getDefaultClient, clientContext } from './shared/client.js';
export { VERSION, scopedRegistriesSupported, type DefineOptions } from './shared/registry.js';
export * from './shared/events.js';
export type { Strings } from './shared/i18n/en.js';
export { registerTranslation, type Translation, type TranslationTables } from './shared/localize.js';
export { languages, type Language } from './shared/languages.js';

/** Every element of the package, by default tag. Later elements add themselves here. */
export const elements = {
  'customer-wizard': CustomerWizard,
  'customer-details': CustomerDetails,
  'contact-list': ContactList,
  'equipment-assigner': EquipmentAssigner,
  'customer-list': CustomerList,
  'customer-manager': CustomerManager,
  'customer-import': CustomerImport,
} satisfies Record<string, DefinableElement>;

export type ElementName = keyof typeof elements;

/**
 * Registers every element (nested ones included) and returns the tag each one got.
 * Safe to call more than once; a tag held by another version is left alone with one console warning.
 */
export function defineCustomerElements(options: DefineOptions = {}): Record<ElementName, string> {
  const tags = {} as Record<ElementName, string>;
  for (const [name, element] of Object.entries(elements) as [ElementName, DefinableElement][]) {
    tags[name] = defineElement(element, options);
  }
  return tags;
}
