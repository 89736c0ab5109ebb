import type { ImportStrings } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in German: Kunden importieren, Spalten zuordnen, Vorschau. Typed: every key must be here. */
const de: ImportStrings = {
  importCustomers: 'Kunden importieren',
  stepChoose: 'Datei wählen',
  stepMap: 'Spalten zuordnen',
  stepPreview: 'Vorschau',
  stepImport: 'Import',
  chooseIntro:
    'Wählen Sie eine CSV-Datei oder eine durch Semikolons getrennte Datei aus Excel, in UTF-8 oder Windows-1252. Eine Zeile pro Kunde; Kontakte als Kontakt 1 Name, Kontakt 2 E-Mail, … oder in eigenen Zeilen mit derselben externen Referenz.',
  chooseFile: 'Datei wählen',
  dropHint: 'oder hier ablegen',
  downloadTemplate: 'Vorlage herunterladen',
  reading: 'Datei wird gelesen…',
  readAs: (name, encoding, rows) => `${name}: ${rows} Zeilen, gelesen als ${encoding}.`,
  problemEmpty: 'Die Datei ist leer.',
  problemTooLarge: (size, max) =>
    `Die Datei ist ${size} groß; ein Import nimmt Dateien bis ${max}. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese einzeln.`,
  problemPdf:
    'Dies ist ein PDF-Dokument, keine CSV-Datei. Öffnen Sie die Tabelle in Excel, speichern Sie sie als CSV und wählen Sie dann diese Datei.',
  problemZip:
    'Dies ist ein ZIP-Archiv (eine Excel-Arbeitsmappe .xlsx ist eines), keine CSV-Datei. Wählen Sie in Excel Speichern unter → CSV und dann diese Datei.',
  problemImage: 'Dies ist ein Bild, keine CSV-Datei.',
  problemBinary:
    'Diese Datei ist kein Text und kann daher keine CSV-Datei sein. Speichern Sie die Tabelle als CSV und wählen Sie diese Datei.',
  problemNul: (rows) =>
    `Die Datei enthält NUL-Bytes (in den Zeilen ${rows}): Sie ist beschädigt oder keine CSV-Datei. Speichern Sie sie erneut als CSV.`,
  problemMixed: (rows) =>
    `Die Datei mischt zwei Zeichenkodierungen: Die Zeilen ${rows} sind nicht UTF-8, andere Zeilen schon. Speichern Sie die ganze Datei erneut als „CSV UTF-8“ und wählen Sie sie noch einmal.`,
  problemNoRows: 'Die Datei hat unter der Kopfzeile keine Zeilen.',
  problemTooManyRows: (max) =>
    `Die Datei hat mehr als ${max} Zeilen. Teilen Sie sie in Dateien mit höchstens ${max} Zeilen auf und importieren Sie diese einzeln.`,
  problemQuote: (row) =>
    `Eine Zelle in Anführungszeichen, die in Zeile ${row} beginnt, wird nie geschlossen, sodass der Rest der Datei als eine Zelle gelesen würde. Prüfen Sie die Anführungszeichen in dieser Zeile.`,
  raggedRows: (count, rows) =>
    plural('de', count, {
      one: `Zeile ${rows} hat eine andere Anzahl Zellen als die Kopfzeile: Prüfen Sie ihre Trennzeichen und Anführungszeichen.`,
      other: `${count} Zeilen haben eine andere Anzahl Zellen als die Kopfzeile (Zeilen ${rows}): Prüfen Sie ihre Trennzeichen und Anführungszeichen.`,
    }),
  mapIntro:
    'Prüfen Sie, wohin jede Spalte der Datei gehört. Erkannte Spaltenköpfe sind bereits zugeordnet; Sie können jede Zuordnung ändern.',
  fileColumn: 'Spalte in der Datei',
  sample: 'Erster Wert',
  mapsTo: 'Importiert als',
  ignoreColumn: 'Nicht importieren',
  contactSlot: (slot, field) => `Kontakt ${slot}: ${field}`,
  contactRow: (field) => `Kontakt (einer pro Zeile): ${field}`,
  columnCustomerId: 'Kunden-ID',
  columnContactName: 'Name',
  needNameColumn: 'Ordnen Sie eine Spalte dem Namen zu: Jeder Kunde braucht einen Namen.',
  checking: (done, total) => `Zeilen werden geprüft… ${done} von ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} neu, ${updated} aktualisiert, ${errors} mit Fehlern, ${duplicates} mögliche Duplikate`,
  filterAll: 'Alle Zeilen',
  filterErrors: 'Mit Fehlern',
  filterDuplicates: 'Mögliche Duplikate',
  filterUpdates: 'Aktualisierungen',
  filterNew: 'Neu',
  show: 'Anzeigen',
  row: 'Zeile',
  status: 'Status',
  statusNew: 'Neu',
  statusUpdate: 'Aktualisierung',
  statusDuplicate: 'Mögliches Duplikat',
  statusError: 'Fehler',
  problems: 'Probleme',
  rowProblem: 'Zeile',
  looksLike: (names) => `Sieht aus wie ${names}.`,
  sameAsLine: (line) => `Wie Zeile ${line} dieser Datei.`,
  updates: (name) => `Aktualisiert ${name}.`,
  decision: (row) => `Zeile ${row}: Was tun?`,
  decideLater: 'Wählen…',
  importAsNew: 'Als neu importieren',
  skipRow: 'Überspringen',
  allAsNew: 'Alle möglichen Duplikate als neu importieren',
  skipAll: 'Alle möglichen Duplikate überspringen',
  undecided: (count) =>
    plural('de', count, {
      one: 'Entscheiden Sie vor dem Import, was mit 1 möglichen Duplikat geschehen soll.',
      other: `Entscheiden Sie vor dem Import, was mit ${count} möglichen Duplikaten geschehen soll.`,
    }),
  pageOf: (page, pages) => `Seite ${page} von ${pages}`,
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  noRowsShown: 'Keine Zeilen dieser Art.',
  importRows: (count) => `${count} Zeilen importieren`,
  nothingToImport:
    'Es gibt nichts zu importieren: Korrigieren Sie die fehlerhaften Zeilen in der Datei oder ändern Sie die Zuordnung.',
  importing: (done, total) => `Import läuft… ${done} von ${total} Zeilen`,
  cancelImport: 'Import abbrechen',
  cancelled: 'Der Import wurde abgebrochen. Was bereits gesendet wurde, bleibt erhalten.',
  doneTitle: 'Import abgeschlossen',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} angelegt, ${updated} aktualisiert, ${unchanged} unverändert, ${failed} nicht importiert`,
  downloadFailed: (count) => `${count} nicht importierte Zeilen herunterladen (CSV)`,
  retryFailed: 'Fehlgeschlagene Zeilen erneut versuchen',
  reasonColumn: 'Grund',
  reasonCancelled: 'Nicht importiert: Der Import wurde abgebrochen.',
  reasonSkipped: 'Übersprungen: ein mögliches Duplikat.',
  undo: 'Import rückgängig machen',
  undoConfirmTitle: 'Import rückgängig machen?',
  undoConfirmBody: (created, updated) =>
    `Dies löscht die ${created} Kunden, die der Import angelegt hat, und stellt die ${updated} Kunden wieder her, die er aktualisiert hat. Seit dem Import geänderte Kunden bleiben, wie sie sind.`,
  undoing: (done, total) => `Wird rückgängig gemacht… ${done} von ${total}`,
  undone: 'Der Import wurde rückgängig gemacht.',
  undoRefused: (count) =>
    plural('de', count, {
      one: '1 Kunde wurde nach dem Import geändert und bleibt, wie er ist:',
      other: `${count} Kunden wurden nach dem Import geändert und bleiben, wie sie sind:`,
    }),
  undoRefusedRow: (row, name) => `Zeile ${row}, ${name}: nach dem Import geändert, daher nicht rückgängig gemacht.`,
  undoFailedRow: (row, name, reason) => `Zeile ${row}, ${name}: ${reason}`,
  startOver: 'Weitere Datei importieren',
  failedFileName: 'kunden-nicht-importiert.csv',
};
export default de;
