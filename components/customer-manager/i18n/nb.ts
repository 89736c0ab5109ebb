import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The Customers app in Bokmål: Detaljer, Kontaktliste, Utstyr. */
const nb: typeof managerEn = {
  tabs: { details: 'Detaljer', contacts: 'Kontaktliste', equipment: 'Utstyr' },
  customerSections: (name) => `${name}: faner`,
  backToCustomers: 'Tilbake til kunder',
  hideList: 'Skjul listen',
  showList: 'Vis listen',
  contactsCount: (count, formatted) => plural('nb', count, { one: '1 kontakt', other: `${formatted} kontakter` }),
  unitsCount: (count, formatted) => plural('nb', count, { one: '1 enhet', other: `${formatted} enheter` }),
  chooseCustomer: 'Velg en kunde i listen for å se detaljer, kontakter og utstyr.',
  customerLoadFailed: 'Kunden kunne ikke lastes inn.',
  partLoadFailed: 'Denne delen av appen kunne ikke lastes inn.',
  customerDeletedNotice: (name) => `${name} er slettet sammen med kontakter og tildelt utstyr.`,
  importCustomers: 'Importer kunder',
};
export default nb;
