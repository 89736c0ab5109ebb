import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The Customers app in Swedish: Uppgifter, Kontaktlista, Utrustning. */
const sv: typeof managerEn = {
  tabs: { details: 'Uppgifter', contacts: 'Kontaktlista', equipment: 'Utrustning' },
  customerSections: (name) => `${name}: flikar`,
  backToCustomers: 'Tillbaka till kunder',
  hideList: 'Dölj listan',
  showList: 'Visa listan',
  contactsCount: (count, formatted) => plural('sv', count, { one: '1 kontakt', other: `${formatted} kontakter` }),
  unitsCount: (count, formatted) => plural('sv', count, { one: '1 enhet', other: `${formatted} enheter` }),
  chooseCustomer: 'Välj en kund i listan för att se uppgifter, kontakter och utrustning.',
  customerLoadFailed: 'Kunden kunde inte läsas in.',
  partLoadFailed: 'Den här delen av appen kunde inte läsas in.',
  customerDeletedNotice: (name) => `${name} har tagits bort tillsammans med kontakter och tilldelad utrustning.`,
  importCustomers: 'Importera kunder',
};
export default sv;
