import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The customer list in Swedish: Kunder, Skapa kund. */
const sv: typeof customerListEn = {
  customers: 'Kunder',
  customerCount: (count, formatted) => plural('sv', count, { one: '1 kund', other: `${formatted} kunder` }),
  customerMatches: (count, formatted) =>
    plural('sv', count, { one: '1 matchande kund', other: `${formatted} matchande kunder` }),
  createCustomer: 'Skapa kund',
  searchCustomers: 'Sök kunder',
  searchCustomersHint: 'Namn, extern referens, e-post eller ort.',
  typeFilter: 'Relationstyp',
  allTypes: 'Alla typer',
  typesChosen: (count) => plural('sv', count, { one: '1 typ', other: `${count} typer` }),
  sortBy: 'Sortera efter',
  sortOptions: {
    name: 'Namn (A–Ö)',
    '-name': 'Namn (Ö–A)',
    type: 'Relationstyp',
    '-type': 'Relationstyp, omvänd',
    contactCount: 'Färst kontakter',
    '-contactCount': 'Flest kontakter',
    equipmentCount: 'Minst utrustning',
    '-equipmentCount': 'Mest utrustning',
    updatedAt: 'Senast ändrad (äldst först)',
    '-updatedAt': 'Senast ändrad (nyast först)',
  },
  colName: 'Namn',
  colType: 'Relationstyp',
  colPlace: 'Ort och land',
  colContacts: 'Kontakter',
  colEquipment: 'Utrustning',
  colUpdated: 'Senast ändrad',
  noCustomers: 'Det finns inga kunder än.',
  nothingMatches: (search) => `Inget matchar ”${search}”.`,
  nothingOfTypes: 'Inga kunder har de valda relationstyperna.',
  clearFilters: 'Rensa sökning och filter',
  customersLoadFailed: 'Kunderna kunde inte läsas in.',
  listKeys: 'Piltangenterna, Home, End, Page Up och Page Down flyttar; Enter eller blanksteg öppnar kunden.',
};
export default sv;
