import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** Romanian wording: Detalii, Listă de contacte, Echipamente. */
const ro: typeof managerEn = {
  tabs: { details: 'Detalii', contacts: 'Listă de contacte', equipment: 'Echipamente' },
  customerSections: (name) => `${name}: secțiuni`,
  backToCustomers: 'Înapoi la clienți',
  hideList: 'Ascundeți lista',
  showList: 'Afișați lista',
  contactsCount: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} contact`,
      few: `${formatted} contacte`,
      other: `${formatted} de contacte`,
    }),
  unitsCount: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} echipament`,
      few: `${formatted} echipamente`,
      other: `${formatted} de echipamente`,
    }),
  chooseCustomer: 'Alegeți un client din listă pentru a-i vedea detaliile, contactele și echipamentele.',
  customerLoadFailed: 'Clientul nu a putut fi încărcat.',
  partLoadFailed: 'Această parte a aplicației nu a putut fi încărcată.',
  customerDeletedNotice: (name) =>
    `Clientul ${name} a fost șters, împreună cu contactele și atribuirile de echipamente.`,
  importCustomers: 'Importați clienți',
};
export default ro;
