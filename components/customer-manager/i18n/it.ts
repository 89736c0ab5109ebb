import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** Italian wording: Dettagli, Elenco contatti, Attrezzature. */
const it: typeof managerEn = {
  tabs: { details: 'Dettagli', contacts: 'Elenco contatti', equipment: 'Attrezzature' },
  customerSections: (name) => `${name}: sezioni`,
  backToCustomers: 'Torna ai clienti',
  hideList: 'Nascondi l’elenco',
  showList: 'Mostra l’elenco',
  contactsCount: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} contatto`,
      many: `${formatted} di contatti`,
      other: `${formatted} contatti`,
    }),
  unitsCount: (count, formatted) =>
    plural('it', count, { one: `${formatted} unità`, many: `${formatted} di unità`, other: `${formatted} unità` }),
  chooseCustomer: 'Scegli un cliente nell’elenco per vederne dettagli, contatti e attrezzature.',
  customerLoadFailed: 'Impossibile caricare il cliente.',
  partLoadFailed: 'Impossibile caricare questa parte dell’app.',
  customerDeletedNotice: (name) =>
    `Il cliente ${name} è stato eliminato, insieme ai suoi contatti e alle assegnazioni di attrezzature.`,
  importCustomers: 'Importa clienti',
};
export default it;
