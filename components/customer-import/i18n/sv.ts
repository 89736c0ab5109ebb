import type { ImportStrings } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Swedish: Importera kunder, Koppla kolumner, Granska. Typed: every key must be here. */
const sv: ImportStrings = {
  importCustomers: 'Importera kunder',
  stepChoose: 'Välj fil',
  stepMap: 'Koppla kolumner',
  stepPreview: 'Granska',
  stepImport: 'Importera',
  chooseIntro:
    'Välj en CSV-fil, eller en semikolonavgränsad fil från Excel, i UTF-8 eller Windows-1252. En rad per kund; kontakter som Kontakt 1 namn, Kontakt 2 e-post, … eller på egna rader med samma externa referens.',
  chooseFile: 'Välj en fil',
  dropHint: 'eller släpp den här',
  downloadTemplate: 'Ladda ned mallen',
  reading: 'Läser filen…',
  readAs: (name, encoding, rows) => `${name}: ${rows} rader, lästa som ${encoding}.`,
  problemEmpty: 'Filen är tom.',
  problemTooLarge: (size, max) =>
    `Filen är ${size}; en import tar filer på upp till ${max}. Dela upp den i mindre filer och importera dem en i taget.`,
  problemPdf:
    'Det här är ett PDF-dokument, inte en CSV-fil. Öppna kalkylbladet i Excel och spara det som CSV, och välj sedan den filen.',
  problemZip:
    'Det här är ett ZIP-arkiv (en Excel-arbetsbok .xlsx är ett sådant), inte en CSV-fil. Välj Spara som → CSV i Excel, och välj sedan den filen.',
  problemImage: 'Det här är en bild, inte en CSV-fil.',
  problemBinary:
    'Den här filen är inte text och kan därför inte vara en CSV-fil. Spara kalkylbladet som CSV och välj den filen.',
  problemNul: (rows) =>
    `Filen innehåller NUL-byte (på rad ${rows}): den är skadad eller inte en CSV-fil. Spara den som CSV igen.`,
  problemMixed: (rows) =>
    `Filen blandar två teckenkodningar: rad ${rows} är inte UTF-8, medan andra rader är det. Spara hela filen igen som ”CSV UTF-8” och välj den igen.`,
  problemNoRows: 'Filen har inga rader under rubrikraden.',
  problemTooManyRows: (max) =>
    `Filen har fler än ${max} rader. Dela upp den i filer med högst ${max} rader och importera dem en i taget.`,
  problemQuote: (row) =>
    `En cell inom citattecken som börjar på rad ${row} avslutas aldrig, så resten av filen skulle läsas som en enda cell. Kontrollera citattecknen på den raden.`,
  raggedRows: (count, rows) =>
    plural('sv', count, {
      one: `Rad ${rows} har ett annat antal celler än rubrikraden: kontrollera dess avgränsare och citattecken.`,
      other: `${count} rader har ett annat antal celler än rubrikraden (rad ${rows}): kontrollera deras avgränsare och citattecken.`,
    }),
  mapIntro:
    'Kontrollera vart varje kolumn i filen hamnar. Igenkända rubriker är redan kopplade; du kan ändra vilken som helst av dem.',
  fileColumn: 'Kolumn i filen',
  sample: 'Första värdet',
  mapsTo: 'Importeras som',
  ignoreColumn: 'Importera inte',
  contactSlot: (slot, field) => `Kontakt ${slot}: ${field}`,
  contactRow: (field) => `Kontakt (en per rad): ${field}`,
  columnCustomerId: 'Kund-ID',
  columnContactName: 'namn',
  needNameColumn: 'Koppla en kolumn till Namn: varje kund behöver ett namn.',
  checking: (done, total) => `Kontrollerar rader… ${done} av ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} nya, ${updated} uppdaterade, ${errors} med fel, ${duplicates} möjliga dubbletter`,
  filterAll: 'Alla rader',
  filterErrors: 'Med fel',
  filterDuplicates: 'Möjliga dubbletter',
  filterUpdates: 'Uppdateringar',
  filterNew: 'Nya',
  show: 'Visa',
  row: 'Rad',
  status: 'Status',
  statusNew: 'Ny',
  statusUpdate: 'Uppdatering',
  statusDuplicate: 'Möjlig dubblett',
  statusError: 'Fel',
  problems: 'Problem',
  rowProblem: 'Rad',
  looksLike: (names) => `Liknar ${names}.`,
  sameAsLine: (line) => `Som rad ${line} i den här filen.`,
  updates: (name) => `Uppdaterar ${name}.`,
  decision: (row) => `Rad ${row}: vad ska göras`,
  decideLater: 'Välj…',
  importAsNew: 'Importera som ny',
  skipRow: 'Hoppa över',
  allAsNew: 'Importera alla möjliga dubbletter som nya',
  skipAll: 'Hoppa över alla möjliga dubbletter',
  undecided: (count) =>
    plural('sv', count, {
      one: 'Bestäm vad som ska göras med 1 möjlig dubblett innan du importerar.',
      other: `Bestäm vad som ska göras med ${count} möjliga dubbletter innan du importerar.`,
    }),
  pageOf: (page, pages) => `Sida ${page} av ${pages}`,
  previousPage: 'Föregående sida',
  nextPage: 'Nästa sida',
  noRowsShown: 'Inga rader av det här slaget.',
  importRows: (count) => `Importera ${count} rader`,
  nothingToImport: 'Det finns inget att importera: rätta raderna med fel i filen, eller ändra kopplingen.',
  importing: (done, total) => `Importerar… ${done} av ${total} rader`,
  cancelImport: 'Avbryt import',
  cancelled: 'Importen avbröts. Det som redan skickats finns kvar.',
  doneTitle: 'Importen är klar',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} skapade, ${updated} uppdaterade, ${unchanged} oförändrade, ${failed} inte importerade`,
  downloadFailed: (count) => `Ladda ned ${count} rader som inte importerades (CSV)`,
  retryFailed: 'Försök igen med raderna som misslyckades',
  reasonColumn: 'Orsak',
  reasonCancelled: 'Inte importerad: importen avbröts.',
  reasonSkipped: 'Överhoppad: en möjlig dubblett.',
  undo: 'Ångra den här importen',
  undoConfirmTitle: 'Ångra den här importen?',
  undoConfirmBody: (created, updated) =>
    `Det här tar bort de ${created} kunder som importen skapade och återställer de ${updated} kunder som den uppdaterade. Kunder som har ändrats sedan importen lämnas som de är.`,
  undoing: (done, total) => `Ångrar… ${done} av ${total}`,
  undone: 'Importen ångrades.',
  undoRefused: (count) =>
    plural('sv', count, {
      one: '1 kund ändrades efter importen och lämnades som den är:',
      other: `${count} kunder ändrades efter importen och lämnades som de är:`,
    }),
  undoRefusedRow: (row, name) => `Rad ${row}, ${name}: ändrad efter importen, så den ångrades inte.`,
  undoFailedRow: (row, name, reason) => `Rad ${row}, ${name}: ${reason}`,
  startOver: 'Importera en annan fil',
  failedFileName: 'kunder-inte-importerade.csv',
};
export default sv;
