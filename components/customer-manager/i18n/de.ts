import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The Customers app in German: Details, Kontaktliste, Geräte. */
const de: typeof managerEn = {
  tabs: { details: 'Details', contacts: 'Kontaktliste', equipment: 'Geräte' },
  customerSections: (name) => `${name}: Bereiche`,
  backToCustomers: 'Zurück zu Kunden',
  hideList: 'Liste ausblenden',
  showList: 'Liste einblenden',
  contactsCount: (count, formatted) => plural('de', count, { one: '1 Kontakt', other: `${formatted} Kontakte` }),
  unitsCount: (count, formatted) => plural('de', count, { one: '1 Gerät', other: `${formatted} Geräte` }),
  chooseCustomer: 'Wählen Sie einen Kunden in der Liste, um Details, Kontakte und Geräte zu sehen.',
  customerLoadFailed: 'Der Kunde konnte nicht geladen werden.',
  partLoadFailed: 'Dieser Teil der App konnte nicht geladen werden.',
  customerDeletedNotice: (name) => `${name} wurde samt Kontakten und Gerätezuweisungen gelöscht.`,
  importCustomers: 'Kunden importieren',
};
export default de;
