import type { ImportStrings } from './en.js';

/** `<customer-import>` in Danish. Typed: every key must be here. */
const da: ImportStrings = {
  importCustomers: 'Importér kunder',
  stepChoose: 'Vælg fil',
  stepMap: 'Tilknyt kolonner',
  stepPreview: 'Gennemse',
  stepImport: 'Importér',
  chooseIntro:
    'Vælg en CSV-fil eller en semikolonsepareret fil fra Excel i UTF-8 eller Windows-1252. Én række pr. kunde; kontakter som Kontakt 1 navn, Kontakt 2 e-mail, … eller på egne rækker med samme eksterne reference.',
  chooseFile: 'Vælg en fil',
  dropHint: 'eller slip den her',
  downloadTemplate: 'Hent skabelonen',
  reading: 'Læser filen…',
  readAs: (name, encoding, rows) => `${name}: ${rows} rækker, læst som ${encoding}.`,
  problemEmpty: 'Filen er tom.',
  problemTooLarge: (size, max) =>
    `Filen fylder ${size}; en import kan tage filer på op til ${max}. Del den i mindre filer, og importér dem én ad gangen.`,
  problemPdf: 'Det er et PDF-dokument, ikke en CSV-fil. Åbn arket i Excel, gem det som CSV, og vælg den fil.',
  problemZip:
    'Det er et ZIP-arkiv (en Excel .xlsx-projektmappe er et), ikke en CSV-fil. Vælg Gem som → CSV i Excel, og vælg den fil.',
  problemImage: 'Det er et billede, ikke en CSV-fil.',
  problemBinary: 'Filen er ikke tekst, så den kan ikke være en CSV-fil. Gem arket som CSV, og vælg den fil.',
  problemNul: (rows) =>
    `Filen indeholder NUL-tegn (i række ${rows}): den er beskadiget eller ikke en CSV-fil. Gem den igen som CSV.`,
  problemMixed: (rows) =>
    `Filen blander to tegnsæt: række ${rows} er ikke UTF-8, mens andre rækker er. Gem hele filen igen som “CSV UTF-8”, og vælg den igen.`,
  problemNoRows: 'Filen har ingen rækker under overskriftsrækken.',
  problemTooManyRows: (max) =>
    `Filen har mere end ${max} rækker. Del den i filer med højst ${max} rækker, og importér dem én ad gangen.`,
  problemQuote: (row) =>
    `En celle i anførselstegn, der begynder i række ${row}, lukkes aldrig, så resten af filen ville blive læst som én celle. Tjek anførselstegnene i den række.`,
  raggedRows: (count, rows) =>
    count === 1
      ? `Række ${rows} har et andet antal celler end overskriftsrækken: tjek dens skilletegn og anførselstegn.`
      : `${count} rækker har et andet antal celler end overskriftsrækken (række ${rows}): tjek deres skilletegn og anførselstegn.`,
  mapIntro:
    'Tjek, hvor hver kolonne i filen skal hen. Genkendte overskrifter er allerede tilknyttet; du kan ændre dem alle.',
  fileColumn: 'Kolonne i filen',
  sample: 'Første værdi',
  mapsTo: 'Importeres som',
  ignoreColumn: 'Importér ikke',
  contactSlot: (slot, field) => `Kontakt ${slot}: ${field}`,
  contactRow: (field) => `Kontakt (én pr. række): ${field}`,
  columnCustomerId: 'Kunde-ID',
  columnContactName: 'navn',
  needNameColumn: 'Tilknyt én kolonne til Navn: alle kunder skal have et navn.',
  checking: (done, total) => `Tjekker rækker… ${done} af ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} nye, ${updated} opdateres, ${errors} med fejl, ${duplicates} mulige dubletter`,
  filterAll: 'Alle rækker',
  filterErrors: 'Med fejl',
  filterDuplicates: 'Mulige dubletter',
  filterUpdates: 'Opdateringer',
  filterNew: 'Nye',
  show: 'Vis',
  row: 'Række',
  status: 'Status',
  statusNew: 'Ny',
  statusUpdate: 'Opdatering',
  statusDuplicate: 'Mulig dublet',
  statusError: 'Fejl',
  problems: 'Problemer',
  rowProblem: 'Række',
  looksLike: (names) => `Ligner ${names}.`,
  sameAsLine: (line) => `Som linje ${line} i denne fil.`,
  updates: (name) => `Opdaterer ${name}.`,
  decision: (row) => `Række ${row}: hvad skal der ske`,
  decideLater: 'Vælg…',
  importAsNew: 'Importér som ny',
  skipRow: 'Spring over',
  allAsNew: 'Importér alle mulige dubletter som nye',
  skipAll: 'Spring alle mulige dubletter over',
  undecided: (count) =>
    count === 1
      ? 'Vælg, hvad der skal ske med 1 mulig dublet, før du importerer.'
      : `Vælg, hvad der skal ske med ${count} mulige dubletter, før du importerer.`,
  pageOf: (page, pages) => `Side ${page} af ${pages}`,
  previousPage: 'Forrige side',
  nextPage: 'Næste side',
  noRowsShown: 'Ingen rækker af den slags.',
  importRows: (count) => `Importér ${count} rækker`,
  nothingToImport: 'Der er intet at importere: ret rækkerne med fejl i filen, eller ændr tilknytningen.',
  importing: (done, total) => `Importerer… ${done} af ${total} rækker`,
  cancelImport: 'Annullér import',
  cancelled: 'Importen blev annulleret. Det, der allerede var sendt, bevares.',
  doneTitle: 'Importen er færdig',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} oprettet, ${updated} opdateret, ${unchanged} uændret, ${failed} ikke importeret`,
  downloadFailed: (count) => `Hent ${count} rækker, der ikke blev importeret (CSV)`,
  retryFailed: 'Prøv de fejlede rækker igen',
  reasonColumn: 'Årsag',
  reasonCancelled: 'Ikke importeret: importen blev annulleret.',
  reasonSkipped: 'Sprunget over: en mulig dublet.',
  undo: 'Fortryd denne import',
  undoConfirmTitle: 'Fortryd denne import?',
  undoConfirmBody: (created, updated) =>
    `Det sletter de ${created} kunder, importen oprettede, og sætter de ${updated} kunder, den opdaterede, tilbage. Kunder, der er ændret siden importen, bliver, som de er.`,
  undoing: (done, total) => `Fortryder… ${done} af ${total}`,
  undone: 'Importen blev fortrudt.',
  undoRefused: (count) =>
    count === 1
      ? '1 kunde blev ændret efter importen og blev, som den er:'
      : `${count} kunder blev ændret efter importen og blev, som de er:`,
  undoRefusedRow: (row, name) => `Række ${row}, ${name}: ændret efter importen, så den blev ikke fortrudt.`,
  undoFailedRow: (row, name, reason) => `Række ${row}, ${name}: ${reason}`,
  startOver: 'Importér en anden fil',
  failedFileName: 'kunder-ikke-importeret.csv',
};
export default da;
