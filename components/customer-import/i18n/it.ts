import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Italian: the same words as the customer list (cliente, contatto, riferimento esterno). */
const it: typeof importEn = {
  importCustomers: 'Importa clienti',
  stepChoose: 'File',
  stepMap: 'Colonne',
  stepPreview: 'Anteprima',
  stepImport: 'Importa',
  chooseIntro:
    'Scegli un file CSV, o un file di Excel separato da punto e virgola, in UTF-8 o Windows-1252. Una riga per cliente; i contatti come Contatto 1 nome, Contatto 2 e-mail, … oppure su righe proprie con lo stesso riferimento esterno.',
  chooseFile: 'Scegli un file',
  dropHint: 'o trascinalo qui',
  downloadTemplate: 'Scarica il modello',
  reading: 'Lettura del file…',
  readAs: (name, encoding, rows) => `${name}: ${rows} righe, letto come ${encoding}.`,
  problemEmpty: 'Il file è vuoto.',
  problemTooLarge: (size, max) =>
    `Il file è di ${size}; un’importazione accetta file fino a ${max}. Dividilo in file più piccoli e importali uno alla volta.`,
  problemPdf:
    'Questo è un documento PDF, non un file CSV. Apri il foglio in Excel e salvalo come CSV, poi scegli quel file.',
  problemZip:
    'Questo è un archivio ZIP (lo è anche una cartella di lavoro Excel .xlsx), non un file CSV. In Excel scegli Salva con nome → CSV, poi scegli quel file.', // review: menu name as in Italian Excel
  problemImage: 'Questa è un’immagine, non un file CSV.',
  problemBinary:
    'Questo file non è testo, quindi non può essere un file CSV. Salva il foglio come CSV e scegli quel file.',
  problemNul: (rows) =>
    `Il file contiene byte NUL (nelle righe ${rows}): è danneggiato o non è un file CSV. Salvalo di nuovo come CSV.`,
  problemMixed: (rows) =>
    `Il file mescola due codifiche di testo: le righe ${rows} non sono in UTF-8, le altre sì. Salva di nuovo l’intero file come «CSV UTF-8» e sceglilo di nuovo.`, // review: Excel's Italian name of the format
  problemNoRows: 'Il file non ha righe sotto la riga di intestazione.',
  problemTooManyRows: (max) =>
    `Il file ha più di ${max} righe. Dividilo in file di al massimo ${max} righe e importali uno alla volta.`,
  problemQuote: (row) =>
    `Una cella tra virgolette che inizia alla riga ${row} non viene mai chiusa, quindi il resto del file verrebbe letto come un’unica cella. Controlla le virgolette di quella riga.`,
  raggedRows: (count, rows) =>
    count === 1
      ? `La riga ${rows} ha un numero di celle diverso dall’intestazione: controlla separatori e virgolette.`
      : plural('it', count, {
          one: `${count} riga ha un numero di celle diverso dall’intestazione (riga ${rows}): controlla separatori e virgolette.`,
          many: `${count} di righe hanno un numero di celle diverso dall’intestazione (righe ${rows}): controlla separatori e virgolette.`,
          other: `${count} righe hanno un numero di celle diverso dall’intestazione (righe ${rows}): controlla separatori e virgolette.`,
        }),
  mapIntro:
    'Controlla dove va ogni colonna del file. Le intestazioni riconosciute sono già associate; puoi cambiarle tutte.',
  fileColumn: 'Colonna nel file',
  sample: 'Primo valore',
  mapsTo: 'Importata come',
  ignoreColumn: 'Non importare',
  contactSlot: (slot, field) => `Contatto ${slot}: ${field}`,
  contactRow: (field) => `Contatto (uno per riga): ${field}`,
  columnCustomerId: 'ID cliente',
  columnContactName: 'nome',
  needNameColumn: 'Associa una colonna a Nome: ogni cliente deve avere un nome.',
  checking: (done, total) => `Controllo delle righe… ${done} di ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} nuovi, ${updated} aggiornati, ${errors} con errori, ${duplicates} possibili duplicati`,
  filterAll: 'Tutte le righe',
  filterErrors: 'Con errori',
  filterDuplicates: 'Possibili duplicati',
  filterUpdates: 'Aggiornamenti',
  filterNew: 'Nuovi',
  show: 'Mostra',
  row: 'Riga',
  status: 'Stato',
  statusNew: 'Nuovo',
  statusUpdate: 'Aggiornamento',
  statusDuplicate: 'Possibile duplicato',
  statusError: 'Errore',
  problems: 'Problemi',
  rowProblem: 'Riga',
  looksLike: (names) => `Sembra ${names}.`,
  sameAsLine: (line) => `Come la riga ${line} di questo file.`,
  updates: (name) => `Aggiorna ${name}.`,
  decision: (row) => `Riga ${row}: cosa fare`,
  decideLater: 'Scegli…',
  importAsNew: 'Importa come nuovo',
  skipRow: 'Salta',
  allAsNew: 'Importa tutti i possibili duplicati come nuovi',
  skipAll: 'Salta tutti i possibili duplicati',
  undecided: (count) =>
    plural('it', count, {
      one: `Decidi cosa fare di ${count} possibile duplicato prima di importare.`,
      many: `Decidi cosa fare di ${count} di possibili duplicati prima di importare.`,
      other: `Decidi cosa fare di ${count} possibili duplicati prima di importare.`,
    }),
  pageOf: (page, pages) => `Pagina ${page} di ${pages}`,
  previousPage: 'Pagina precedente',
  nextPage: 'Pagina successiva',
  noRowsShown: 'Nessuna riga di questo tipo.',
  importRows: (count) => `Importa ${count} righe`,
  nothingToImport:
    'Non c’è nulla da importare: correggi nel file le righe con errori o cambia l’associazione delle colonne.',
  importing: (done, total) => `Importazione… ${done} di ${total} righe`,
  cancelImport: 'Annulla importazione',
  cancelled: 'L’importazione è stata annullata. Quanto già inviato viene mantenuto.',
  doneTitle: 'Importazione completata',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} creati, ${updated} aggiornati, ${unchanged} invariati, ${failed} non importati`,
  downloadFailed: (count) => `Scarica le ${count} righe non importate (CSV)`,
  retryFailed: 'Riprova le righe non riuscite',
  reasonColumn: 'Motivo',
  reasonCancelled: 'Non importata: l’importazione è stata annullata.',
  reasonSkipped: 'Saltata: possibile duplicato.',
  undo: 'Annulla questa importazione',
  undoConfirmTitle: 'Annullare questa importazione?',
  undoConfirmBody: (created, updated) =>
    `Verranno eliminati i ${created} clienti creati dall’importazione e ripristinati i ${updated} clienti che ha aggiornato. I clienti modificati dopo l’importazione restano come sono.`,
  undoing: (done, total) => `Annullamento… ${done} di ${total}`,
  undone: 'L’importazione è stata annullata.',
  undoRefused: (count) =>
    plural('it', count, {
      one: `${count} cliente è stato modificato dopo l’importazione ed è rimasto com’è:`,
      many: `${count} di clienti sono stati modificati dopo l’importazione e sono rimasti come sono:`,
      other: `${count} clienti sono stati modificati dopo l’importazione e sono rimasti come sono:`,
    }),
  undoRefusedRow: (row, name) => `Riga ${row}, ${name}: modificato dopo l’importazione, quindi non annullato.`,
  undoFailedRow: (row, name, reason) => `Riga ${row}, ${name}: ${reason}`,
  startOver: 'Importa un altro file',
  failedFileName: 'clienti-non-importati.csv',
};
export default it;
