import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** Italian wording: Clienti, Crea cliente, Tipo di relazione. */
const it: typeof customerListEn = {
  customers: 'Clienti',
  customerCount: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} cliente`,
      many: `${formatted} di clienti`,
      other: `${formatted} clienti`,
    }),
  customerMatches: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} cliente corrispondente`,
      many: `${formatted} di clienti corrispondenti`,
      other: `${formatted} clienti corrispondenti`,
    }),
  createCustomer: 'Crea cliente',
  searchCustomers: 'Cerca clienti',
  searchCustomersHint: 'Nome, riferimento esterno, e-mail o città.',
  typeFilter: 'Tipo di relazione',
  allTypes: 'Tutti i tipi',
  typesChosen: (count) =>
    plural('it', count, { one: `${count} tipo`, many: `${count} di tipi`, other: `${count} tipi` }),
  sortBy: 'Ordina per',
  sortOptions: {
    name: 'Nome (A–Z)',
    '-name': 'Nome (Z–A)',
    type: 'Tipo di relazione',
    '-type': 'Tipo di relazione, inverso',
    contactCount: 'Meno contatti',
    '-contactCount': 'Più contatti',
    equipmentCount: 'Meno attrezzature',
    '-equipmentCount': 'Più attrezzature',
    updatedAt: 'Modificato il (meno recenti prima)',
    '-updatedAt': 'Modificato il (più recenti prima)',
  },
  colName: 'Nome',
  colType: 'Tipo di relazione',
  colPlace: 'Città e paese',
  colContacts: 'Contatti',
  colEquipment: 'Attrezzature',
  colUpdated: 'Modificato il',
  noCustomers: 'Non ci sono ancora clienti.',
  nothingMatches: (search) => `Nessun risultato per «${search}».`,
  nothingOfTypes: 'Nessun cliente ha i tipi di relazione scelti.',
  clearFilters: 'Cancella ricerca e filtri',
  customersLoadFailed: 'Impossibile caricare i clienti.',
  listKeys: 'Frecce, Home, Fine, Pag su e Pag giù spostano; Invio o Spazio apre il cliente.', // review: key names as printed on Italian keyboards
  exportAction: 'Esporta',
  exportTitle: 'Esporta clienti',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('it', count, {
          one: `${formatted} cliente che corrisponde alla ricerca e ai filtri, come file CSV (UTF-8).`,
          many: `I ${formatted} di clienti che corrispondono alla ricerca e ai filtri, come file CSV (UTF-8).`,
          other: `I ${formatted} clienti che corrispondono alla ricerca e ai filtri, come file CSV (UTF-8).`,
        })
      : plural('it', count, {
          one: `${formatted} cliente, come file CSV (UTF-8).`,
          many: `Tutti i ${formatted} di clienti, come file CSV (UTF-8).`,
          other: `Tutti i ${formatted} clienti, come file CSV (UTF-8).`,
        }),
  exportSeparator: 'Separatore',
  exportSeparatorHint: 'Excel si aspetta il punto e virgola dove i numeri usano la virgola decimale, come in italiano.',
  exportSemicolon: 'Punto e virgola (;)',
  exportComma: 'Virgola (,)',
  exportWithContacts: 'Una riga per contatto',
  exportWithContactsHint: 'Aggiunge le colonne dei contatti; un cliente senza contatti occupa una riga.',
  exportStart: 'Esporta',
  exportRunning: 'Esportazione dei clienti',
  exportProgress: (done, total) => `${done} di ${total} clienti`,
  exportCancel: 'Annulla esportazione',
  exportCancelled: 'Esportazione annullata. Non è stato scaricato nulla.',
  exportDone: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} cliente esportato.`,
      many: `${formatted} di clienti esportati.`,
      other: `${formatted} clienti esportati.`,
    }),
  exportFailed: 'L’esportazione non è riuscita.',
  exportTemplate: 'Scarica il modello di importazione',
  exportTemplateHint: 'Per importare clienti, compila il modello: ha le stesse colonne.',
  exportFileName: 'clienti',
};
export default it;
