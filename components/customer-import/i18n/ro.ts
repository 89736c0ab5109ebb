import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Romanian: fișier, rând, coloană, șablon, importați, posibil duplicat. */
const ro: typeof importEn = {
  importCustomers: 'Importați clienți',
  stepChoose: 'Alegeți fișierul',
  stepMap: 'Asociați coloanele', // review: «Mapați coloanele» is also used
  stepPreview: 'Previzualizare',
  stepImport: 'Import',
  chooseIntro:
    'Alegeți un fișier CSV sau un fișier separat prin punct și virgulă din Excel, în UTF-8 sau Windows-1252. Un rând pentru fiecare client; contactele ca Contact 1 nume, Contact 2 e-mail, … sau pe rânduri proprii, cu aceeași referință externă.',
  chooseFile: 'Alegeți un fișier',
  dropHint: 'sau plasați-l aici',
  downloadTemplate: 'Descărcați șablonul',
  reading: 'Se citește fișierul…',
  readAs: (name, encoding, rows) => `${name}: rânduri: ${rows}, citit ca ${encoding}.`,
  problemEmpty: 'Fișierul este gol.',
  problemTooLarge: (size, max) =>
    `Fișierul are ${size}; un import acceptă fișiere de cel mult ${max}. Împărțiți-l în fișiere mai mici și importați-le pe rând.`,
  problemPdf:
    'Acesta este un document PDF, nu un fișier CSV. Deschideți foaia în Excel, salvați-o ca CSV, apoi alegeți acel fișier.',
  problemZip:
    'Aceasta este o arhivă ZIP (un registru de lucru Excel .xlsx este una), nu un fișier CSV. În Excel alegeți Salvare ca → CSV, apoi alegeți acel fișier.',
  problemImage: 'Aceasta este o imagine, nu un fișier CSV.',
  problemBinary:
    'Acest fișier nu este text, deci nu poate fi un fișier CSV. Salvați foaia ca CSV și alegeți acel fișier.',
  problemNul: (rows) =>
    `Fișierul conține octeți NUL (pe rândurile ${rows}): este deteriorat sau nu este un fișier CSV. Salvați-l din nou ca CSV.`,
  problemMixed: (rows) =>
    `Fișierul amestecă două codificări de text: rândurile ${rows} nu sunt UTF-8, iar celelalte sunt. Salvați din nou întregul fișier ca „CSV UTF-8” și alegeți-l din nou.`,
  problemNoRows: 'Fișierul nu are rânduri sub rândul de antet.',
  problemTooManyRows: (max) =>
    `Fișierul are prea multe rânduri (limita: ${max}). Împărțiți-l în fișiere mai mici și importați-le pe rând.`,
  problemQuote: (row) =>
    `O celulă între ghilimele care începe pe rândul ${row} nu este închisă niciodată, așa că restul fișierului ar fi citit ca o singură celulă. Verificați ghilimelele de pe acel rând.`,
  raggedRows: (count, rows) =>
    plural('ro', count, {
      one: `Rândul ${rows} are alt număr de celule decât antetul: verificați separatorii și ghilimelele.`,
      few: `${count} rânduri au alt număr de celule decât antetul (rândurile ${rows}): verificați separatorii și ghilimelele.`,
      other: `${count} de rânduri au alt număr de celule decât antetul (rândurile ${rows}): verificați separatorii și ghilimelele.`,
    }),
  mapIntro:
    'Verificați unde ajunge fiecare coloană din fișier. Anteturile recunoscute sunt deja asociate; le puteți modifica pe oricare.',
  fileColumn: 'Coloana din fișier',
  sample: 'Prima valoare',
  mapsTo: 'Importat ca',
  ignoreColumn: 'Nu se importă',
  contactSlot: (slot, field) => `Contact ${slot}: ${field}`,
  contactRow: (field) => `Contact (unul pe rând): ${field}`,
  columnCustomerId: 'ID client',
  columnContactName: 'nume',
  needNameColumn: 'Asociați o coloană cu Nume: fiecare client are nevoie de un nume.',
  checking: (done, total) => `Se verifică rândurile… ${done} din ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} noi, ${updated} actualizați, ${errors} cu erori, ${duplicates} posibile duplicate`,
  filterAll: 'Toate rândurile',
  filterErrors: 'Cu erori',
  filterDuplicates: 'Posibile duplicate',
  filterUpdates: 'Actualizări',
  filterNew: 'Noi',
  show: 'Afișați',
  row: 'Rând',
  status: 'Stare',
  statusNew: 'Nou',
  statusUpdate: 'Actualizare',
  statusDuplicate: 'Posibil duplicat',
  statusError: 'Eroare',
  problems: 'Probleme',
  rowProblem: 'Rând',
  looksLike: (names) => `Seamănă cu ${names}.`,
  sameAsLine: (line) => `Ca rândul ${line} din acest fișier.`,
  updates: (name) => `Actualizează ${name}.`,
  decision: (row) => `Rândul ${row}: ce faceți`,
  decideLater: 'Alegeți…',
  importAsNew: 'Importați ca nou',
  skipRow: 'Omiteți',
  allAsNew: 'Importați toate posibilele duplicate ca noi',
  skipAll: 'Omiteți toate posibilele duplicate',
  undecided: (count) =>
    plural('ro', count, {
      one: `Decideți ce faceți cu ${count} posibil duplicat înainte de import.`,
      few: `Decideți ce faceți cu ${count} posibile duplicate înainte de import.`,
      other: `Decideți ce faceți cu ${count} de posibile duplicate înainte de import.`,
    }),
  pageOf: (page, pages) => `Pagina ${page} din ${pages}`,
  previousPage: 'Pagina anterioară',
  nextPage: 'Pagina următoare',
  noRowsShown: 'Niciun rând de acest tip.',
  // Only a formatted count arrives here, so the sentence does not agree with it.
  importRows: (count) => `Importați rândurile: ${count}`,
  nothingToImport: 'Nu este nimic de importat: corectați în fișier rândurile cu erori sau modificați asocierea.',
  importing: (done, total) => `Se importă rândurile… ${done} din ${total}`,
  cancelImport: 'Anulați importul',
  cancelled: 'Importul a fost anulat. Ce s-a trimis deja se păstrează.',
  doneTitle: 'Import finalizat',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} creați, ${updated} actualizați, ${unchanged} nemodificați, ${failed} neimportați`,
  downloadFailed: (count) => `Descărcați rândurile neimportate: ${count} (CSV)`,
  retryFailed: 'Reîncercați rândurile nereușite',
  reasonColumn: 'Motiv',
  reasonCancelled: 'Neimportat: importul a fost anulat.',
  reasonSkipped: 'Omis: posibil duplicat.',
  // «Anulați» is Cancel, so undoing says «reveniți asupra» to keep the two apart.
  undo: 'Reveniți asupra importului', // review: undo wording
  undoConfirmTitle: 'Reveniți asupra acestui import?',
  undoConfirmBody: (created, updated) =>
    `Se șterg clienții creați de import (${created}) și se restabilesc clienții actualizați de el (${updated}). Clienții modificați după import rămân așa cum sunt.`,
  undoing: (done, total) => `Se revine asupra importului… ${done} din ${total}`,
  undone: 'S-a revenit asupra importului.',
  undoRefused: (count) =>
    plural('ro', count, {
      one: `${count} client a fost modificat după import și a rămas așa cum este:`,
      few: `${count} clienți au fost modificați după import și au rămas așa cum sunt:`,
      other: `${count} de clienți au fost modificați după import și au rămas așa cum sunt:`,
    }),
  undoRefusedRow: (row, name) => `Rândul ${row}, ${name}: modificat după import, deci a rămas așa cum este.`,
  undoFailedRow: (row, name, reason) => `Rândul ${row}, ${name}: ${reason}`,
  startOver: 'Importați alt fișier',
  failedFileName: 'clienti-neimportati.csv',
};
export default ro;
