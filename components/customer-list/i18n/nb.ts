import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The customer list in Bokmål: Kunder, Opprett kunde. */
const nb: typeof customerListEn = {
  customers: 'Kunder',
  customerCount: (count, formatted) => plural('nb', count, { one: '1 kunde', other: `${formatted} kunder` }),
  customerMatches: (count, formatted) =>
    plural('nb', count, { one: '1 passende kunde', other: `${formatted} passende kunder` }),
  createCustomer: 'Opprett kunde',
  searchCustomers: 'Søk i kunder',
  searchCustomersHint: 'Navn, ekstern referanse, e-post eller poststed.',
  typeFilter: 'Relasjonstype',
  allTypes: 'Alle typer',
  typesChosen: (count) => plural('nb', count, { one: '1 type', other: `${count} typer` }),
  sortBy: 'Sorter etter',
  sortOptions: {
    name: 'Navn (A–Å)',
    '-name': 'Navn (Å–A)',
    type: 'Relasjonstype',
    '-type': 'Relasjonstype, omvendt',
    contactCount: 'Færrest kontakter',
    '-contactCount': 'Flest kontakter',
    equipmentCount: 'Minst utstyr',
    '-equipmentCount': 'Mest utstyr',
    updatedAt: 'Sist endret (eldste først)',
    '-updatedAt': 'Sist endret (nyeste først)',
  },
  colName: 'Navn',
  colType: 'Relasjonstype',
  colPlace: 'Poststed og land',
  colContacts: 'Kontakter',
  colEquipment: 'Utstyr',
  colUpdated: 'Sist endret',
  noCustomers: 'Det finnes ingen kunder ennå.',
  nothingMatches: (search) => `Ingenting passer til «${search}».`,
  nothingOfTypes: 'Ingen kunder har de valgte relasjonstypene.',
  clearFilters: 'Fjern søk og filtre',
  customersLoadFailed: 'Kundene kunne ikke lastes inn.',
  listKeys: 'Piltastene, Home, End, Page Up og Page Down flytter; Enter eller mellomrom åpner kunden.',
};
export default nb;
