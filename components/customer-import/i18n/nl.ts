import type { ImportStrings } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Dutch: Klanten importeren, Kolommen koppelen, Voorbeeld. Typed: every key must be here. */
const nl: ImportStrings = {
  importCustomers: 'Klanten importeren',
  stepChoose: 'Bestand kiezen',
  stepMap: 'Kolommen koppelen',
  stepPreview: 'Voorbeeld',
  stepImport: 'Importeren',
  chooseIntro:
    'Kies een CSV-bestand, of een bestand uit Excel met puntkomma’s als scheidingsteken, in UTF-8 of Windows-1252. Eén rij per klant; contactpersonen als Contactpersoon 1 naam, Contactpersoon 2 e-mail, … of op eigen rijen met dezelfde externe referentie.',
  chooseFile: 'Kies een bestand',
  dropHint: 'of sleep het hierheen',
  downloadTemplate: 'Sjabloon downloaden',
  reading: 'Bestand wordt gelezen…',
  readAs: (name, encoding, rows) => `${name}: ${rows} rijen, gelezen als ${encoding}.`,
  problemEmpty: 'Het bestand is leeg.',
  problemTooLarge: (size, max) =>
    `Het bestand is ${size}; een import neemt bestanden tot ${max}. Splits het in kleinere bestanden en importeer ze een voor een.`,
  problemPdf:
    'Dit is een PDF-document, geen CSV-bestand. Open het werkblad in Excel, sla het op als CSV en kies dan dat bestand.',
  problemZip:
    'Dit is een ZIP-archief (een Excel-werkmap .xlsx is er een), geen CSV-bestand. Kies in Excel Opslaan als → CSV en kies dan dat bestand.',
  problemImage: 'Dit is een afbeelding, geen CSV-bestand.',
  problemBinary:
    'Dit bestand is geen tekst en kan dus geen CSV-bestand zijn. Sla het werkblad op als CSV en kies dat bestand.',
  problemNul: (rows) =>
    `Het bestand bevat NUL-bytes (op rij ${rows}): het is beschadigd of geen CSV-bestand. Sla het opnieuw op als CSV.`,
  problemMixed: (rows) =>
    `Het bestand mengt twee tekencoderingen: rij ${rows} is geen UTF-8, andere rijen wel. Sla het hele bestand opnieuw op als ‘CSV UTF-8’ en kies het opnieuw.`,
  problemNoRows: 'Het bestand heeft geen rijen onder de kopregel.',
  problemTooManyRows: (max) =>
    `Het bestand heeft meer dan ${max} rijen. Splits het in bestanden van maximaal ${max} rijen en importeer ze een voor een.`,
  problemQuote: (row) =>
    `Een cel tussen aanhalingstekens die op rij ${row} begint, wordt nooit gesloten, zodat de rest van het bestand als één cel zou worden gelezen. Controleer de aanhalingstekens op die rij.`,
  raggedRows: (count, rows) =>
    plural('nl', count, {
      one: `Rij ${rows} heeft een ander aantal cellen dan de kopregel: controleer de scheidingstekens en aanhalingstekens.`,
      other: `${count} rijen hebben een ander aantal cellen dan de kopregel (rijen ${rows}): controleer de scheidingstekens en aanhalingstekens.`,
    }),
  mapIntro:
    'Controleer waar elke kolom van het bestand terechtkomt. Herkende kolomkoppen zijn al gekoppeld; je kunt ze allemaal wijzigen.',
  fileColumn: 'Kolom in het bestand',
  sample: 'Eerste waarde',
  mapsTo: 'Importeren als',
  ignoreColumn: 'Niet importeren',
  contactSlot: (slot, field) => `Contactpersoon ${slot}: ${field}`,
  contactRow: (field) => `Contactpersoon (één per rij): ${field}`,
  columnCustomerId: 'Klant-ID',
  columnContactName: 'naam',
  needNameColumn: 'Koppel een kolom aan Naam: elke klant heeft een naam nodig.',
  checking: (done, total) => `Rijen controleren… ${done} van ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `${created} nieuw, ${updated} bijgewerkt, ${errors} met fouten, ${duplicates} mogelijke duplicaten`,
  filterAll: 'Alle rijen',
  filterErrors: 'Met fouten',
  filterDuplicates: 'Mogelijke duplicaten',
  filterUpdates: 'Updates',
  filterNew: 'Nieuw',
  show: 'Tonen',
  row: 'Rij',
  status: 'Status',
  statusNew: 'Nieuw',
  statusUpdate: 'Update',
  statusDuplicate: 'Mogelijk duplicaat',
  statusError: 'Fout',
  problems: 'Problemen',
  rowProblem: 'Rij',
  looksLike: (names) => `Lijkt op ${names}.`,
  sameAsLine: (line) => `Zoals regel ${line} van dit bestand.`,
  updates: (name) => `Werkt ${name} bij.`,
  decision: (row) => `Rij ${row}: wat te doen`,
  decideLater: 'Kiezen…',
  importAsNew: 'Als nieuw importeren',
  skipRow: 'Overslaan',
  allAsNew: 'Alle mogelijke duplicaten als nieuw importeren',
  skipAll: 'Alle mogelijke duplicaten overslaan',
  undecided: (count) =>
    plural('nl', count, {
      one: 'Beslis vóór het importeren wat er met 1 mogelijk duplicaat moet gebeuren.',
      other: `Beslis vóór het importeren wat er met ${count} mogelijke duplicaten moet gebeuren.`,
    }),
  pageOf: (page, pages) => `Pagina ${page} van ${pages}`,
  previousPage: 'Vorige pagina',
  nextPage: 'Volgende pagina',
  noRowsShown: 'Geen rijen van deze soort.',
  importRows: (count) => `${count} rijen importeren`,
  nothingToImport: 'Er is niets te importeren: corrigeer de rijen met fouten in het bestand, of wijzig de koppeling.',
  importing: (done, total) => `Importeren… ${done} van ${total} rijen`,
  cancelImport: 'Import annuleren',
  cancelled: 'De import is geannuleerd. Wat al verzonden was, blijft bewaard.',
  doneTitle: 'Import voltooid',
  doneSummary: (created, updated, unchanged, failed) =>
    `${created} aangemaakt, ${updated} bijgewerkt, ${unchanged} ongewijzigd, ${failed} niet geïmporteerd`,
  downloadFailed: (count) => `${count} niet-geïmporteerde rijen downloaden (CSV)`,
  retryFailed: 'Mislukte rijen opnieuw proberen',
  reasonColumn: 'Reden',
  reasonCancelled: 'Niet geïmporteerd: de import is geannuleerd.',
  reasonSkipped: 'Overgeslagen: een mogelijk duplicaat.',
  undo: 'Import ongedaan maken',
  undoConfirmTitle: 'Import ongedaan maken?',
  undoConfirmBody: (created, updated) =>
    `Hiermee worden de ${created} klanten verwijderd die de import heeft aangemaakt, en worden de ${updated} klanten teruggezet die hij heeft bijgewerkt. Klanten die sinds de import zijn gewijzigd, blijven zoals ze zijn.`,
  undoing: (done, total) => `Ongedaan maken… ${done} van ${total}`,
  undone: 'De import is ongedaan gemaakt.',
  undoRefused: (count) =>
    plural('nl', count, {
      one: '1 klant is na de import gewijzigd en is gelaten zoals hij is:',
      other: `${count} klanten zijn na de import gewijzigd en zijn gelaten zoals ze zijn:`,
    }),
  undoRefusedRow: (row, name) => `Rij ${row}, ${name}: gewijzigd na de import, dus niet ongedaan gemaakt.`,
  undoFailedRow: (row, name, reason) => `Rij ${row}, ${name}: ${reason}`,
  startOver: 'Nog een bestand importeren',
  failedFileName: 'klanten-niet-geimporteerd.csv',
};
export default nl;
