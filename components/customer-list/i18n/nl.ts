import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The customer list in Dutch: Klanten, Klant aanmaken. */
const nl: typeof customerListEn = {
  customers: 'Klanten',
  customerCount: (count, formatted) => plural('nl', count, { one: '1 klant', other: `${formatted} klanten` }),
  customerMatches: (count, formatted) =>
    plural('nl', count, { one: '1 overeenkomende klant', other: `${formatted} overeenkomende klanten` }),
  createCustomer: 'Klant aanmaken',
  searchCustomers: 'Klanten zoeken',
  searchCustomersHint: 'Naam, externe referentie, e-mail of plaats.',
  typeFilter: 'Relatietype',
  allTypes: 'Alle typen',
  typesChosen: (count) => plural('nl', count, { one: '1 type', other: `${count} typen` }),
  sortBy: 'Sorteren op',
  sortOptions: {
    name: 'Naam (A–Z)',
    '-name': 'Naam (Z–A)',
    type: 'Relatietype',
    '-type': 'Relatietype, omgekeerd',
    contactCount: 'Minste contactpersonen',
    '-contactCount': 'Meeste contactpersonen',
    equipmentCount: 'Minste materieel',
    '-equipmentCount': 'Meeste materieel',
    updatedAt: 'Laatst gewijzigd (oudste eerst)',
    '-updatedAt': 'Laatst gewijzigd (nieuwste eerst)',
  },
  colName: 'Naam',
  colType: 'Relatietype',
  colPlace: 'Plaats en land',
  colContacts: 'Contactpersonen',
  colEquipment: 'Materieel',
  colUpdated: 'Laatst gewijzigd',
  noCustomers: 'Er zijn nog geen klanten.',
  nothingMatches: (search) => `Niets gevonden voor ‘${search}’.`,
  nothingOfTypes: 'Geen klanten met de gekozen relatietypen.',
  clearFilters: 'Zoekopdracht en filters wissen',
  customersLoadFailed: 'De klanten konden niet worden geladen.',
  listKeys: 'Pijltoetsen, Home, End, Page Up en Page Down verplaatsen; Enter of spatie opent de klant.',
};
export default nl;
