import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** Romanian wording: Clienți, Creați un client, Tip de relație. */
const ro: typeof customerListEn = {
  customers: 'Clienți',
  customerCount: (count, formatted) =>
    plural('ro', count, { one: `${formatted} client`, few: `${formatted} clienți`, other: `${formatted} de clienți` }),
  customerMatches: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} client găsit`,
      few: `${formatted} clienți găsiți`,
      other: `${formatted} de clienți găsiți`,
    }),
  createCustomer: 'Creați un client',
  searchCustomers: 'Căutați clienți',
  searchCustomersHint: 'Nume, referință externă, e-mail sau oraș.',
  typeFilter: 'Tip de relație',
  allTypes: 'Toate tipurile',
  typesChosen: (count) =>
    plural('ro', count, { one: `${count} tip`, few: `${count} tipuri`, other: `${count} de tipuri` }),
  sortBy: 'Sortați după',
  sortOptions: {
    name: 'Nume (A–Z)',
    '-name': 'Nume (Z–A)',
    type: 'Tip de relație',
    '-type': 'Tip de relație, invers',
    contactCount: 'Cele mai puține contacte',
    '-contactCount': 'Cele mai multe contacte',
    equipmentCount: 'Cele mai puține echipamente',
    '-equipmentCount': 'Cele mai multe echipamente',
    updatedAt: 'Modificat la (cele mai vechi întâi)',
    '-updatedAt': 'Modificat la (cele mai noi întâi)',
  },
  colName: 'Nume',
  colType: 'Tip de relație',
  colPlace: 'Oraș și țară',
  colContacts: 'Contacte',
  colEquipment: 'Echipamente',
  colUpdated: 'Modificat la',
  noCustomers: 'Nu există încă clienți.',
  nothingMatches: (search) => `Niciun rezultat pentru „${search}”.`,
  nothingOfTypes: 'Niciun client nu are tipurile de relație alese.',
  clearFilters: 'Goliți căutarea și filtrele',
  customersLoadFailed: 'Clienții nu au putut fi încărcați.',
  listKeys: 'Săgețile, Home, End, Page Up și Page Down mută; Enter sau Spațiu deschide clientul.',
  exportAction: 'Exportați',
  exportTitle: 'Exportați clienții',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('ro', count, {
          one: `${formatted} client care corespunde căutării și filtrelor, ca fișier CSV (UTF-8).`,
          few: `Cei ${formatted} clienți care corespund căutării și filtrelor, ca fișier CSV (UTF-8).`,
          other: `Cei ${formatted} de clienți care corespund căutării și filtrelor, ca fișier CSV (UTF-8).`,
        })
      : plural('ro', count, {
          one: `${formatted} client, ca fișier CSV (UTF-8).`,
          few: `Toți cei ${formatted} clienți, ca fișier CSV (UTF-8).`,
          other: `Toți cei ${formatted} de clienți, ca fișier CSV (UTF-8).`,
        }),
  exportSeparator: 'Separator',
  exportSeparatorHint:
    'Excel așteaptă punct și virgulă acolo unde numerele se scriu cu virgulă zecimală, ca în română.',
  exportSemicolon: 'Punct și virgulă (;)',
  exportComma: 'Virgulă (,)',
  exportWithContacts: 'Un rând pentru fiecare contact',
  exportWithContactsHint: 'Adaugă coloanele de contact; un client fără contacte primește un singur rând.',
  exportStart: 'Exportați',
  exportRunning: 'Se exportă clienții',
  exportProgress: (done, total) => `Clienți: ${done} din ${total}`,
  exportCancel: 'Anulați exportul',
  exportCancelled: 'Export anulat. Nu s-a descărcat nimic.',
  exportDone: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} client exportat.`,
      few: `${formatted} clienți exportați.`,
      other: `${formatted} de clienți exportați.`,
    }),
  exportFailed: 'Exportul nu a reușit.',
  exportTemplate: 'Descărcați șablonul de import',
  exportTemplateHint: 'Pentru a importa clienți, completați șablonul: are aceleași coloane.',
  exportFileName: 'clienti',
};
export default ro;
