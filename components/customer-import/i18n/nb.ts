import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Bokmål: Importer kunder, Velg fil, Koble kolonner, Forhåndsvis. */
const nb: typeof importEn = {
  importCustomers: 'Importer kunder',
  stepChoose: 'Velg fil',
  stepMap: 'Koble kolonner', // review: «koble» for mapping columns
  stepPreview: 'Forhåndsvis',
  stepImport: 'Importer',
  chooseIntro:
    'Velg en CSV-fil, eller en semikolonseparert fil fra Excel, i UTF-8 eller Windows-1252. Én rad per kunde; kontakter som Kontakt 1 navn, Kontakt 2 e-post, … eller på egne rader med samme eksterne referanse.',
  chooseFile: 'Velg en fil',
  dropHint: 'eller slipp den her',
  downloadTemplate: 'Last ned malen',
  reading: 'Leser filen…',
  readAs: (name, encoding, rows) => `${name}: ${rows} rader, lest som ${encoding}.`,
  problemEmpty: 'Filen er tom.',
  problemTooLarge: (size, max) =>
    `Filen er på ${size}; en import tar filer på opptil ${max}. Del den i mindre filer og importer dem én og én.`,
  problemPdf:
    'Dette er et PDF-dokument, ikke en CSV-fil. Åpne arket i Excel og lagre det som CSV, og velg så den filen.',
  problemZip:
    'Dette er et ZIP-arkiv (en Excel .xlsx-arbeidsbok er det), ikke en CSV-fil. Velg Lagre som → CSV i Excel, og velg så den filen.',
  problemImage: 'Dette er et bilde, ikke en CSV-fil.',
  problemBinary: 'Denne filen er ikke tekst, så den kan ikke være en CSV-fil. Lagre arket som CSV og velg den filen.',
  problemNul: (rows) =>
    `Filen inneholder NUL-byte (på rad ${rows}): den er skadet eller ikke en CSV-fil. Lagre den som CSV på nytt.`,
  problemMixed: (rows) =>
    `Filen blander to tegnkodinger: rad ${rows} er ikke UTF-8, mens andre rader er det. Lagre hele filen på nytt som «CSV UTF-8» og velg den igjen.`,
  problemNoRows: 'Filen har ingen rader under overskriftsraden.',
  problemTooManyRows: (max) =>
    `Filen har mer enn ${max} rader. Del den i filer med høyst ${max} rader og importer dem én og én.`,
  problemQuote: (row) =>
    `En celle i anførselstegn som begynner på rad ${row}, blir aldri lukket, så resten av filen ville blitt lest som én celle. Sjekk anførselstegnene på den raden.`,
  raggedRows: (count, rows) =>
    plural('nb', count, {
      one: `Rad ${rows} har et annet antall celler enn overskriftsraden: sjekk skilletegn og anførselstegn.`,
      other: `${count} rader har et annet antall celler enn overskriftsraden (rad ${rows}): sjekk skilletegn og anførselstegn.`,
    }),
  mapIntro: 'Sjekk hvor hver kolonne i filen skal. Kjente overskrifter er allerede koblet; du kan endre alle.',
  fileColumn: 'Kolonne i filen',
  sample: 'Første verdi',
  mapsTo: 'Importeres som',
  ignoreColumn: 'Ikke importer',
  contactSlot: (slot, field) => `Kontakt ${slot}: ${field}`,
  contactRow: (field) => `Kontakt (én per rad): ${field}`,
  columnCustomerId: 'Kunde-ID',
  columnContactName: 'navn',
  needNameColumn: 'Koble én kolonne til Navn: alle kunder må ha et navn.',
  checking: (done, total) => `Sjekker rader… ${done} av ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} nye, ${updated} oppdatert, ${errors} med feil, ${duplicates} mulige duplikater`,
  filterAll: 'Alle rader',
  filterErrors: 'Med feil',
  filterDuplicates: 'Mulige duplikater',
  filterUpdates: 'Oppdateringer',
  filterNew: 'Nye',
  show: 'Vis',
  row: 'Rad',
  status: 'Status',
  statusNew: 'Ny',
  statusUpdate: 'Oppdatering',
  statusDuplicate: 'Mulig duplikat',
  statusError: 'Feil',
  problems: 'Problemer',
  rowProblem: 'Rad',
  looksLike: (names) => `Ligner på ${names}.`,
  sameAsLine: (line) => `Som linje ${line} i denne filen.`,
  updates: (name) => `Oppdaterer ${name}.`,
  decision: (row) => `Rad ${row}: hva skal gjøres`,
  decideLater: 'Velg…',
  importAsNew: 'Importer som ny',
  skipRow: 'Hopp over',
  allAsNew: 'Importer alle mulige duplikater som nye',
  skipAll: 'Hopp over alle mulige duplikater',
  undecided: (count) =>
    plural('nb', count, {
      one: 'Bestem hva som skal skje med 1 mulig duplikat før importen.',
      other: `Bestem hva som skal skje med ${count} mulige duplikater før importen.`,
    }),
  pageOf: (page, pages) => `Side ${page} av ${pages}`,
  previousPage: 'Forrige side',
  nextPage: 'Neste side',
  noRowsShown: 'Ingen rader av denne typen.',
  importRows: (count) => `Importer ${count} rader`,
  nothingToImport: 'Det er ingenting å importere: rett radene med feil i filen, eller endre koblingen.',
  importing: (done, total) => `Importerer… ${done} av ${total} rader`,
  cancelImport: 'Avbryt import',
  cancelled: 'Importen ble avbrutt. Det som ble sendt før, beholdes.',
  doneTitle: 'Importen er ferdig',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} opprettet, ${updated} oppdatert, ${unchanged} uendret, ${failed} ikke importert`,
  downloadFailed: (count) => `Last ned ${count} rader som ikke ble importert (CSV)`,
  retryFailed: 'Prøv radene som feilet på nytt',
  reasonColumn: 'Årsak',
  reasonCancelled: 'Ikke importert: importen ble avbrutt.',
  reasonSkipped: 'Hoppet over: et mulig duplikat.',
  undo: 'Angre denne importen',
  undoConfirmTitle: 'Angre denne importen?',
  undoConfirmBody: (created, updated) =>
    `Dette sletter de ${created} kundene importen opprettet, og setter tilbake de ${updated} kundene den oppdaterte. Kunder som er endret etter importen, blir stående som de er.`,
  undoing: (done, total) => `Angrer… ${done} av ${total}`,
  undone: 'Importen er angret.',
  undoRefused: (count) =>
    plural('nb', count, {
      one: '1 kunde ble endret etter importen og ble stående som den er:',
      other: `${count} kunder ble endret etter importen og ble stående som de er:`,
    }),
  undoRefusedRow: (row, name) => `Rad ${row}, ${name}: endret etter importen, så den ble ikke angret.`,
  undoFailedRow: (row, name, reason) => `Rad ${row}, ${name}: ${reason}`,
  startOver: 'Importer en annen fil',
  failedFileName: 'kunder-ikke-importert.csv',
};
export default nb;
