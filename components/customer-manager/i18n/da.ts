import type { managerEn } from './en.js';

/** Danish wording from the help article: Oplysninger, Kontaktliste, Udstyr. */
const da: typeof managerEn = {
  tabs: { details: 'Oplysninger', contacts: 'Kontaktliste', equipment: 'Udstyr' },
  customerSections: (name: string) => `${name}: faner`,
  backToCustomers: 'Tilbage til kunder',
  hideList: 'Skjul listen',
  showList: 'Vis listen',
  contactsCount: (count: number, formatted: string) => (count === 1 ? '1 kontakt' : `${formatted} kontakter`),
  unitsCount: (count: number, formatted: string) => (count === 1 ? '1 enhed' : `${formatted} enheder`),
  chooseCustomer: 'Vælg en kunde på listen for at se oplysninger, kontakter og udstyr.',
  customerLoadFailed: 'Kunden kunne ikke indlæses.',
  partLoadFailed: 'Denne del af appen kunne ikke indlæses.',
  customerDeletedNotice: (name: string) => `${name} er slettet sammen med kontakter og tildelt udstyr.`,
  importCustomers: 'Importér kunder',
};

export default da;
