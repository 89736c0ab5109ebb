/** `<customer-import>`'s own English strings; this table's type is the contract for its other languages. */
export const importEn = {
  importCustomers: 'Import customers',
  stepChoose: 'Choose file',
  stepMap: 'Map columns',
  stepPreview: 'Preview',
  stepImport: 'Import',
  chooseIntro:
    'Choose a CSV file, or a semicolon-separated file from Excel, in UTF-8 or Windows-1252. One row per customer; contacts as Contact 1 name, Contact 2 e-mail, … or on rows of their own with the same external reference.',
  chooseFile: 'Choose a file',
  dropHint: 'or drop it here',
  downloadTemplate: 'Download the template',
  reading: 'Reading the file…',
  readAs: (name: string, encoding: string, rows: string) => `${name}: ${rows} rows, read as ${encoding}.`,
  problemEmpty: 'The file is empty.',
  problemTooLarge: (size: string, max: string) =>
    `The file is ${size}; an import takes files up to ${max}. Split it into smaller files and import them one by one.`,
  problemPdf:
    'This is a PDF document, not a CSV file. Open the sheet in Excel and save it as CSV, then choose that file.',
  problemZip:
    'This is a ZIP archive (an Excel .xlsx workbook is one), not a CSV file. In Excel choose Save as → CSV, then choose that file.',
  problemImage: 'This is an image, not a CSV file.',
  problemBinary: 'This file is not text, so it cannot be a CSV file. Save the sheet as CSV and choose that file.',
  problemNul: (rows: string) =>
    `The file contains NUL bytes (on rows ${rows}): it is damaged or not a CSV file. Save it again as CSV.`,
  problemMixed: (rows: string) =>
    `The file mixes two text encodings: rows ${rows} are not UTF-8, while other rows are. Save the whole file again as “CSV UTF-8” and choose it again.`,
  problemNoRows: 'The file has no rows below the header row.',
  problemTooManyRows: (max: string) =>
    `The file has more than ${max} rows. Split it into files of at most ${max} rows and import them one by one.`,
  problemQuote: (row: string) =>
    `A quoted cell that starts on row ${row} is never closed, so the rest of the file would be read as one cell. Check the quotes on that row.`,
  raggedRows: (count: number, rows: string) =>
    count === 1
      ? `Row ${rows} has a different number of cells than the header: check its separators and quotes.`
      : `${count} rows have a different number of cells than the header (rows ${rows}): check their separators and quotes.`,
  mapIntro: 'Check where each column of the file goes. Recognised headers are mapped already; change any of them.',
  fileColumn: 'Column in the file',
  sample: 'First value',
  mapsTo: 'Imported as',
  ignoreColumn: 'Do not import',
  contactSlot: (slot: number, field: string) => `Contact ${slot}: ${field}`,
  contactRow: (field: string) => `Contact (one per row): ${field}`,
  columnCustomerId: 'Customer ID',
  columnContactName: 'name',
  needNameColumn: 'Map one column to Name: every customer needs a name.',
  checking: (done: string, total: string) => `Checking rows… ${done} of ${total}`,
  summary: (created: string, updated: string, errors: string, duplicates: string) =>
    `${created} new, ${updated} updated, ${errors} with errors, ${duplicates} possible duplicates`,
  filterAll: 'All rows',
  filterErrors: 'With errors',
  filterDuplicates: 'Possible duplicates',
  filterUpdates: 'Updates',
  filterNew: 'New',
  show: 'Show',
  row: 'Row',
  status: 'Status',
  statusNew: 'New',
  statusUpdate: 'Update',
  statusDuplicate: 'Possible duplicate',
  statusError: 'Error',
  problems: 'Problems',
  rowProblem: 'Row',
  looksLike: (names: string) => `Looks like ${names}.`,
  sameAsLine: (line: string) => `Like line ${line} of this file.`,
  updates: (name: string) => `Updates ${name}.`,
  decision: (row: string) => `Row ${row}: what to do`,
  decideLater: 'Choose…',
  importAsNew: 'Import as new',
  skipRow: 'Skip',
  allAsNew: 'Import all possible duplicates as new',
  skipAll: 'Skip all possible duplicates',
  undecided: (count: number) =>
    count === 1
      ? 'Decide what to do with 1 possible duplicate before importing.'
      : `Decide what to do with ${count} possible duplicates before importing.`,
  pageOf: (page: string, pages: string) => `Page ${page} of ${pages}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  noRowsShown: 'No rows of this kind.',
  importRows: (count: string) => `Import ${count} rows`,
  nothingToImport: 'There is nothing to import: fix the rows with errors in the file, or change the mapping.',
  importing: (done: string, total: string) => `Importing… ${done} of ${total} rows`,
  cancelImport: 'Cancel import',
  cancelled: 'The import was cancelled. What was sent before is kept.',
  doneTitle: 'Import finished',
  doneSummary: (created: string, updated: string, unchanged: string, failed: string) =>
    `${created} created, ${updated} updated, ${unchanged} unchanged, ${failed} not imported`,
  downloadFailed: (count: string) => `Download ${count} rows that were not imported (CSV)`,
  retryFailed: 'Retry the rows that failed',
  reasonColumn: 'Reason',
  reasonCancelled: 'Not imported: the import was cancelled.',
  reasonSkipped: 'Skipped: a possible duplicate.',
  undo: 'Undo this import',
  undoConfirmTitle: 'Undo this import?',
  undoConfirmBody: (created: string, updated: string) =>
    `This deletes the ${created} customers the import created and puts back the ${updated} customers it updated. Customers changed since the import are left as they are.`,
  undoing: (done: string, total: string) => `Undoing… ${done} of ${total}`,
  undone: 'The import was undone.',
  undoRefused: (count: number) =>
    count === 1
      ? '1 customer was changed after the import and was left as it is:'
      : `${count} customers were changed after the import and were left as they are:`,
  undoRefusedRow: (row: string, name: string) => `Row ${row}, ${name}: changed after the import, so it was not undone.`,
  undoFailedRow: (row: string, name: string, reason: string) => `Row ${row}, ${name}: ${reason}`,
  startOver: 'Import another file',
  failedFileName: 'customers-not-imported.csv',
};

export type ImportStrings = typeof importEn;
