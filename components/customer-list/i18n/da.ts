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
  exportAction: 'Eksportér',
  exportTitle: 'Eksportér kunder',
  exportScope: (count: number, formatted: string, filtered: boolean) =>
    filtered
      ? count === 1
        ? 'Den 1 kunde, der matcher søgningen og filtrene, som en CSV-fil (UTF-8).'
        : `De ${formatted} kunder, der matcher søgningen og filtrene, som en CSV-fil (UTF-8).`
      : count === 1
        ? 'Den 1 kunde som en CSV-fil (UTF-8).'
        : `Alle ${formatted} kunder som en CSV-fil (UTF-8).`,
  exportSeparator: 'Skilletegn',
  exportSeparatorHint: 'Excel forventer semikolon, hvor tal skrives med decimalkomma, som på dansk.',
  exportSemicolon: 'Semikolon (;)',
  exportComma: 'Komma (,)',
  exportWithContacts: 'Én række pr. kontakt',
  exportWithContactsHint: 'Tilføjer kontaktkolonnerne; en kunde uden kontakter får én række.',
  exportStart: 'Eksportér',
  exportRunning: 'Eksporterer kunder',
  exportProgress: (done: string, total: string) => `${done} af ${total} kunder`,
  exportCancel: 'Annullér eksport',
  exportCancelled: 'Eksporten er annulleret. Intet blev hentet.',
  exportDone: (count: number, formatted: string) =>
    count === 1 ? 'Eksporterede 1 kunde.' : `Eksporterede ${formatted} kunder.`,
  exportFailed: 'Eksporten mislykkedes.',
  exportTemplate: 'Hent importskabelon',
  exportTemplateHint: 'Udfyld skabelonen for at importere kunder: den har de samme kolonner.',
  exportFileName: 'kunder',
};

export default da;
