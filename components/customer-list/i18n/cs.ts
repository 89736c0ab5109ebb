import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-list>` in Czech (Zákazníci, Vytvořit zákazníka). */
const cs: typeof customerListEn = {
  customers: 'Zákazníci',
  customerCount: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} zákazník`,
      few: `${formatted} zákazníci`,
      many: `${formatted} zákazníka`,
      other: `${formatted} zákazníků`,
    }),
  customerMatches: (count, formatted) =>
    plural('cs', count, {
      one: `${formatted} odpovídající zákazník`,
      few: `${formatted} odpovídající zákazníci`,
      many: `${formatted} odpovídajícího zákazníka`,
      other: `${formatted} odpovídajících zákazníků`,
    }),
  createCustomer: 'Vytvořit zákazníka',
  searchCustomers: 'Hledat zákazníky',
  searchCustomersHint: 'Název, externí ID, e-mail nebo město.',
  typeFilter: 'Typ vztahu',
  allTypes: 'Všechny typy',
  typesChosen: (count) =>
    plural('cs', count, {
      one: `${count} typ`,
      few: `${count} typy`,
      many: `${count} typu`,
      other: `${count} typů`,
    }),
  sortBy: 'Seřadit podle',
  sortOptions: {
    name: 'Název (A–Z)',
    '-name': 'Název (Z–A)',
    type: 'Typ vztahu',
    '-type': 'Typ vztahu, obráceně',
    contactCount: 'Nejméně kontaktů',
    '-contactCount': 'Nejvíce kontaktů',
    equipmentCount: 'Nejméně zařízení',
    '-equipmentCount': 'Nejvíce zařízení',
    updatedAt: 'Poslední změna (nejstarší první)',
    '-updatedAt': 'Poslední změna (nejnovější první)',
  },
  colName: 'Název',
  colType: 'Typ vztahu',
  colPlace: 'Město a země',
  colContacts: 'Kontakty',
  colEquipment: 'Zařízení',
  colUpdated: 'Poslední změna',
  noCustomers: 'Zatím tu nejsou žádní zákazníci.',
  nothingMatches: (search) => `Výrazu „${search}“ nic neodpovídá.`,
  nothingOfTypes: 'Žádný zákazník nemá vybrané typy vztahu.',
  clearFilters: 'Vymazat hledání a filtry',
  customersLoadFailed: 'Zákazníky se nepodařilo načíst.',
  listKeys: 'Šipky, Home, End, Page Up a Page Down posouvají výběr; Enter nebo mezerník otevře zákazníka.',
  exportAction: 'Exportovat',
  exportTitle: 'Export zákazníků',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('cs', count, {
          one: `${formatted} zákazník odpovídající hledání a filtrům, jako soubor CSV (UTF-8).`,
          few: `${formatted} zákazníci odpovídající hledání a filtrům, jako soubor CSV (UTF-8).`,
          many: `${formatted} zákazníka odpovídajícího hledání a filtrům, jako soubor CSV (UTF-8).`,
          other: `${formatted} zákazníků odpovídajících hledání a filtrům, jako soubor CSV (UTF-8).`,
        })
      : count === 1
        ? '1 zákazník, jako soubor CSV (UTF-8).'
        : `Všichni zákazníci (${formatted}), jako soubor CSV (UTF-8).`,
  exportSeparator: 'Oddělovač',
  // Czech, like Danish, writes numbers with a decimal comma.
  exportSeparatorHint: 'Excel očekává středník tam, kde se čísla píší s desetinnou čárkou, jako v češtině.',
  exportSemicolon: 'Středník (;)',
  exportComma: 'Čárka (,)',
  exportWithContacts: 'Jeden řádek na kontakt',
  exportWithContactsHint: 'Přidá sloupce kontaktů; zákazník bez kontaktů má jeden řádek.',
  exportStart: 'Exportovat',
  exportRunning: 'Exportují se zákazníci',
  exportProgress: (done, total) => `${done} z ${total} zákazníků`,
  exportCancel: 'Zrušit export',
  exportCancelled: 'Export byl zrušen. Nic se nestáhlo.',
  exportDone: (count, formatted) =>
    plural('cs', count, {
      one: `Exportován ${formatted} zákazník.`,
      few: `Exportováni ${formatted} zákazníci.`,
      many: `Exportováno ${formatted} zákazníka.`,
      other: `Exportováno ${formatted} zákazníků.`,
    }),
  exportFailed: 'Export se nezdařil.',
  exportTemplate: 'Stáhnout šablonu importu',
  exportTemplateHint: 'Chcete-li importovat zákazníky, vyplňte šablonu: má stejné sloupce.',
  exportFileName: 'zakaznici',
};
export default cs;
