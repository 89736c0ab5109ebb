import type { customerListEn } from './en.js';

/** Danish wording from the help article (Kunder, Opret kunde). */
const da: typeof customerListEn = {
  customers: 'Kunder',
  customerCount: (count: number, formatted: string) => (count === 1 ? '1 kunde' : `${formatted} kunder`),
  customerMatches: (count: number, formatted: string) =>
    count === 1 ? '1 kunde matcher' : `${formatted} kunder matcher`,
  createCustomer: 'Opret kunde',
  searchCustomers: 'Søg i kunder',
  searchCustomersHint: 'Navn, ekstern reference, e-mail eller by.',
  typeFilter: 'Relationstype',
  allTypes: 'Alle typer',
  typesChosen: (count: number) => (count === 1 ? '1 type' : `${count} typer`),
  sortBy: 'Sortér efter',
  sortOptions: {
    name: 'Navn (A–Å)',
    '-name': 'Navn (Å–A)',
    type: 'Relationstype',
    '-type': 'Relationstype, omvendt',
    contactCount: 'Færrest kontakter',
    '-contactCount': 'Flest kontakter',
    equipmentCount: 'Mindst udstyr',
    '-equipmentCount': 'Mest udstyr',
    updatedAt: 'Senest ændret (ældste først)',
    '-updatedAt': 'Senest ændret (nyeste først)',
  },
  colName: 'Navn',
  colType: 'Relationstype',
  colPlace: 'By og land',
  colContacts: 'Kontakter',
  colEquipment: 'Udstyr',
  colUpdated: 'Senest ændret',
  noCustomers: 'Der er ingen kunder endnu.',
  nothingMatches: (search: string) => `Intet matcher “${search}”.`,
  nothingOfTypes: 'Ingen kunder har de valgte relationstyper.',
  clearFilters: 'Ryd søgning og filtre',
  customersLoadFailed: 'Kunderne kunne ikke indlæses.',
  listKeys: 'Piletasterne, Home, End, Page Up og Page Down flytter; Enter eller mellemrum åbner kunden.',
};

export default da;
