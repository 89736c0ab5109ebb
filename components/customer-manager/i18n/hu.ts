import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-manager>` in Hungarian: the tabs Adatok, Kapcsolattartók, Eszközök. */
const hu: typeof managerEn = {
  tabs: { details: 'Adatok', contacts: 'Kapcsolattartók', equipment: 'Eszközök' },
  customerSections: (name) => `${name}: részek`,
  backToCustomers: 'Vissza az ügyfelekhez',
  hideList: 'Lista elrejtése',
  showList: 'Lista megjelenítése',
  contactsCount: (count, formatted) =>
    plural('hu', count, { one: `${formatted} kapcsolattartó`, other: `${formatted} kapcsolattartó` }),
  unitsCount: (count, formatted) => plural('hu', count, { one: `${formatted} eszköz`, other: `${formatted} eszköz` }),
  chooseCustomer: 'Válasszon ügyfelet a listából az adatai, kapcsolattartói és eszközei megtekintéséhez.',
  customerLoadFailed: 'Nem sikerült betölteni az ügyfelet.',
  partLoadFailed: 'Az alkalmazás ezen részét nem sikerült betölteni.',
  customerDeletedNotice: (name) => `Ügyfél törölve a kapcsolattartóival és eszköz-hozzárendeléseivel együtt: ${name}.`,
  importCustomers: 'Ügyfelek importálása',
};
export default hu;
