import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * `<customer-import>` in Czech (Importovat zákazníky, Vybrat soubor, Přiřadit sloupce, Náhled). A row of the file is
 * a "řádek"; counts that arrive already formatted follow a colon, so no noun has to agree with them.
 */
const cs: typeof importEn = {
  importCustomers: 'Importovat zákazníky',
  stepChoose: 'Vybrat soubor',
  stepMap: 'Přiřadit sloupce',
  stepPreview: 'Náhled',
  stepImport: 'Import',
  chooseIntro:
    'Vyberte soubor CSV nebo soubor z Excelu oddělený středníky, v kódování UTF-8 nebo Windows-1252. Jeden řádek na zákazníka; kontakty jako Kontakt 1 jméno, Kontakt 2 e-mail, … nebo na vlastních řádcích se stejným externím ID.',
  chooseFile: 'Vybrat soubor',
  dropHint: 'nebo ho sem přetáhněte',
  downloadTemplate: 'Stáhnout šablonu',
  reading: 'Načítání souboru…',
  readAs: (name, encoding, rows) => `${name}: počet řádků: ${rows}, načteno jako ${encoding}.`,
  problemEmpty: 'Soubor je prázdný.',
  problemTooLarge: (size, max) =>
    `Soubor má velikost ${size}; import přijímá soubory do ${max}. Rozdělte ho na menší soubory a importujte je jeden po druhém.`,
  problemPdf: 'Toto je dokument PDF, ne soubor CSV. Otevřete list v Excelu, uložte ho jako CSV a vyberte tento soubor.',
  problemZip:
    'Toto je archiv ZIP (sešit Excelu .xlsx je také jeden), ne soubor CSV. V Excelu zvolte Uložit jako → CSV a vyberte tento soubor.',
  problemImage: 'Toto je obrázek, ne soubor CSV.',
  problemBinary: 'Tento soubor není text, takže nemůže být souborem CSV. Uložte list jako CSV a vyberte tento soubor.',
  problemNul: (rows) =>
    `Soubor obsahuje bajty NUL (řádky: ${rows}): je poškozený nebo to není soubor CSV. Uložte ho znovu jako CSV.`,
  problemMixed: (rows) =>
    `Soubor kombinuje dvě kódování textu: řádky ${rows} nejsou v UTF-8, ostatní ano. Uložte celý soubor znovu jako „CSV UTF-8“ a vyberte ho znovu.`,
  problemNoRows: 'Soubor nemá pod řádkem záhlaví žádné řádky.',
  problemTooManyRows: (max) =>
    `Soubor má více než ${max} řádků. Rozdělte ho na soubory s nejvýše ${max} řádky a importujte je jeden po druhém.`, // review: "řádků"/"řádky" after a formatted number that may end in 2–4
  problemQuote: (row) =>
    `Buňka v uvozovkách začínající na řádku ${row} není nikde uzavřena, takže by se zbytek souboru načetl jako jedna buňka. Zkontrolujte uvozovky na tomto řádku.`,
  raggedRows: (count, rows) =>
    plural('cs', count, {
      one: `Řádek ${rows} má jiný počet buněk než záhlaví: zkontrolujte jeho oddělovače a uvozovky.`,
      few: `${count} řádky mají jiný počet buněk než záhlaví (řádky ${rows}): zkontrolujte jejich oddělovače a uvozovky.`,
      many: `${count} řádku má jiný počet buněk než záhlaví (řádky ${rows}): zkontrolujte jejich oddělovače a uvozovky.`,
      other: `${count} řádků má jiný počet buněk než záhlaví (řádky ${rows}): zkontrolujte jejich oddělovače a uvozovky.`,
    }),
  mapIntro:
    'Zkontrolujte, kam jde každý sloupec souboru. Rozpoznaná záhlaví jsou už přiřazena; kterékoli z nich můžete změnit.',
  fileColumn: 'Sloupec v souboru',
  sample: 'První hodnota',
  mapsTo: 'Importovat jako',
  ignoreColumn: 'Neimportovat',
  contactSlot: (slot, field) => `Kontakt ${slot}: ${field}`,
  contactRow: (field) => `Kontakt (jeden na řádek): ${field}`,
  columnCustomerId: 'ID zákazníka',
  columnContactName: 'jméno',
  needNameColumn: 'Přiřaďte jeden sloupec k poli Název: každý zákazník musí mít název.',
  checking: (done, total) => `Kontrola řádků… ${done} z ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `Nové: ${created}, aktualizace: ${updated}, s chybami: ${errors}, možné duplicity: ${duplicates}`,
  filterAll: 'Všechny řádky',
  filterErrors: 'S chybami',
  filterDuplicates: 'Možné duplicity',
  filterUpdates: 'Aktualizace',
  filterNew: 'Nové',
  show: 'Zobrazit',
  row: 'Řádek',
  status: 'Stav',
  statusNew: 'Nový',
  statusUpdate: 'Aktualizace',
  statusDuplicate: 'Možná duplicita',
  statusError: 'Chyba',
  problems: 'Problémy',
  rowProblem: 'Řádek',
  looksLike: (names) => `Podobá se: ${names}.`,
  sameAsLine: (line) => `Jako řádek ${line} tohoto souboru.`,
  updates: (name) => `Aktualizuje: ${name}.`,
  decision: (row) => `Řádek ${row}: co udělat`,
  decideLater: 'Vyberte…',
  importAsNew: 'Importovat jako nový',
  skipRow: 'Přeskočit',
  allAsNew: 'Importovat všechny možné duplicity jako nové',
  skipAll: 'Přeskočit všechny možné duplicity',
  undecided: (count) =>
    plural('cs', count, {
      one: `Před importem rozhodněte, co udělat s ${count} možnou duplicitou.`,
      few: `Před importem rozhodněte, co udělat s ${count} možnými duplicitami.`,
      many: `Před importem rozhodněte, co udělat s ${count} možné duplicity.`,
      other: `Před importem rozhodněte, co udělat s ${count} možnými duplicitami.`,
    }),
  pageOf: (page, pages) => `Strana ${page} z ${pages}`,
  previousPage: 'Předchozí strana',
  nextPage: 'Další strana',
  noRowsShown: 'Žádné řádky tohoto druhu.',
  importRows: (count) => `Importovat řádky (${count})`,
  nothingToImport: 'Není co importovat: opravte v souboru řádky s chybami, nebo změňte přiřazení sloupců.',
  importing: (done, total) => `Importování… ${done} z ${total} řádků`,
  cancelImport: 'Zrušit import',
  cancelled: 'Import byl zrušen. Co už bylo odesláno, zůstává.',
  doneTitle: 'Import dokončen',
  doneSummary: (created, updated, unchanged, failed) =>
    `Vytvořeno: ${created}, aktualizováno: ${updated}, beze změny: ${unchanged}, neimportováno: ${failed}`,
  downloadFailed: (count) => `Stáhnout neimportované řádky (${count}) jako CSV`,
  retryFailed: 'Zkusit neúspěšné řádky znovu',
  reasonColumn: 'Důvod',
  reasonCancelled: 'Neimportováno: import byl zrušen.',
  reasonSkipped: 'Přeskočeno: možná duplicita.',
  undo: 'Vrátit tento import',
  undoConfirmTitle: 'Vrátit tento import?',
  undoConfirmBody: (created, updated) =>
    `Smažou se zákazníci vytvoření importem (${created}) a obnoví se zákazníci, které import aktualizoval (${updated}). Zákazníci změnění po importu zůstanou, jak jsou.`,
  undoing: (done, total) => `Vracení… ${done} z ${total}`,
  undone: 'Import byl vrácen.',
  undoRefused: (count) =>
    plural('cs', count, {
      one: `${count} zákazník byl po importu změněn, proto nebyl vrácen:`,
      few: `${count} zákazníci byli po importu změněni, proto nebyli vráceni:`,
      many: `${count} zákazníka bylo po importu změněno, proto nebylo vráceno:`,
      other: `${count} zákazníků bylo po importu změněno, proto nebylo vráceno:`,
    }),
  undoRefusedRow: (row, name) => `Řádek ${row}, ${name}: změněno po importu, proto nebylo vráceno.`,
  undoFailedRow: (row, name, reason) => `Řádek ${row}, ${name}: ${reason}`,
  startOver: 'Importovat jiný soubor',
  failedFileName: 'zakaznici-neimportovani.csv',
};
export default cs;
