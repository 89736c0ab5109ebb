import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-manager>` in Czech: the tabs Podrobnosti, Seznam kontaktů, Zařízení. */
const cs: typeof managerEn = {
  tabs: { details: 'Podrobnosti', contacts: 'Seznam kontaktů', equipment: 'Zařízení' },
  customerSections: (name) => `${name}: sekce`,
  backToCustomers: 'Zpět na zákazníky',
  hideList: 'Skrýt seznam',
  showList: 'Zobrazit seznam',
  contactsCount: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} kontakt`,
      few: `${formatted} kontakty`,
      many: `${formatted} kontaktu`,
      other: `${formatted} kontaktů`,
    }),
  unitsCount: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} jednotka zařízení`, // review: "jednotka zařízení" for a counted equipment unit (vs "kus")
      few: `${formatted} jednotky zařízení`,
      many: `${formatted} jednotky zařízení`,
      other: `${formatted} jednotek zařízení`,
    }),
  chooseCustomer: 'Vyberte zákazníka v seznamu a zobrazte jeho podrobnosti, kontakty a zařízení.',
  customerLoadFailed: 'Zákazníka se nepodařilo načíst.',
  partLoadFailed: 'Tuto část aplikace se nepodařilo načíst.',
  customerDeletedNotice: (name) => `Zákazník ${name} byl smazán i s kontakty a přiřazeními zařízení.`,
  importCustomers: 'Importovat zákazníky',
};
export default cs;
