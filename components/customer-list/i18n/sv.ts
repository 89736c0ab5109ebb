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
  exportAction: 'Exportera',
  exportTitle: 'Exportera kunder',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('sv', count, {
          one: 'Den 1 kund som matchar sökningen och filtren, som CSV-fil (UTF-8).',
          other: `De ${formatted} kunder som matchar sökningen och filtren, som CSV-fil (UTF-8).`,
        })
      : plural('sv', count, {
          one: 'Den 1 kunden, som CSV-fil (UTF-8).',
          other: `Alla ${formatted} kunder, som CSV-fil (UTF-8).`,
        }),
  exportSeparator: 'Avgränsare',
  exportSeparatorHint: 'Excel förväntar sig semikolon där tal skrivs med decimalkomma, som på svenska.',
  exportSemicolon: 'Semikolon (;)',
  exportComma: 'Komma (,)',
  exportWithContacts: 'En rad per kontakt',
  exportWithContactsHint: 'Lägger till kontaktkolumnerna; en kund utan kontakter får en rad.',
  exportStart: 'Exportera',
  exportRunning: 'Exporterar kunder',
  exportProgress: (done, total) => `${done} av ${total} kunder`,
  exportCancel: 'Avbryt export',
  exportCancelled: 'Exporten avbröts. Inget laddades ned.',
  exportDone: (count, formatted) =>
    plural('sv', count, { one: '1 kund exporterad.', other: `${formatted} kunder exporterade.` }),
  exportFailed: 'Exporten misslyckades.',
  exportTemplate: 'Ladda ned importmall',
  exportTemplateHint: 'Fyll i mallen för att importera kunder: den har samma kolumner.',
  exportFileName: 'kunder',
};
export default sv;
