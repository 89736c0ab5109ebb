import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The Customers app in Dutch: Gegevens, Contactpersonen, Materieel. */
const nl: typeof managerEn = {
  tabs: { details: 'Gegevens', contacts: 'Contactpersonen', equipment: 'Materieel' },
  customerSections: (name) => `${name}: onderdelen`,
  backToCustomers: 'Terug naar klanten',
  hideList: 'Lijst verbergen',
  showList: 'Lijst tonen',
  contactsCount: (count, formatted) =>
    plural('nl', count, { one: '1 contactpersoon', other: `${formatted} contactpersonen` }),
  unitsCount: (count, formatted) => plural('nl', count, { one: '1 eenheid', other: `${formatted} eenheden` }),
  chooseCustomer: 'Kies een klant in de lijst om de gegevens, contactpersonen en het materieel te zien.',
  customerLoadFailed: 'De klant kon niet worden geladen.',
  partLoadFailed: 'Dit deel van de app kon niet worden geladen.',
  customerDeletedNotice: (name) => `${name} is verwijderd, samen met de contactpersonen en materieeltoewijzingen.`,
  importCustomers: 'Klanten importeren',
};
export default nl;
