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
};
export default ro;
