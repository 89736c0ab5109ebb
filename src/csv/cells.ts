/** The two separators a customer file may use: comma, or semicolon (what Excel writes where `,` is decimal). */
export type CsvSeparator = ',' | ';';

/** Byte order mark: Excel reads a CSV as UTF-8 only when it starts with one (else as the system code page). */
export const BOM = '\uFEFF';

/** RFC 4180 line break, between rows and after the last one. */
export const CSV_EOL = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"): `=`, `+`, `-`, `@`,
 * tab and carriage return. Such a cell is written with a leading `'`, which spreadsheets show as text.
 * Cells that already start with `'` before one of them get one more, so `readCell` can undo exactly one:
 * what was `'=x` is written `''=x` and read back as `'=x`.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** A cell's text with formula injection neutralised (a leading `'` when it could start a formula). */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutralizeFormula`, for reading our own files: `'+4512345678` → `+4512345678`. */
export function readCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

/** A quote, a line break or the separator: one regex per separator, the hot path of an export. */
const SPECIAL: Readonly<Record<CsvSeparator, RegExp>> = { ',': /[",\r\n]/, ';': /[";\r\n]/ };
const SPACE = /\s/;

const needsQuotes = (value: string, separator: CsvSeparator) =>
  SPECIAL[separator].test(value) ||
  // Kept exactly: some readers trim unquoted cells.
  SPACE.test(value[0]!) ||
  SPACE.test(value[value.length - 1]!);

/**
 * One cell as written: formula-neutralised, then quoted per RFC 4180 when it holds the separator, a quote,
 * a line break or surrounding space (quotes inside doubled). `undefined`/`null` is an empty cell.
 */
export function writeCell(value: string | null | undefined, separator: CsvSeparator = ','): string {
  if (value === undefined || value === null || value === '') return '';
  const text = neutralizeFormula(value);
  return needsQuotes(text, separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row with its line break. */
export function writeRow(cells: readonly (string | null | undefined)[], separator: CsvSeparator = ','): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) line += (i === 0 ? '' : separator) + writeCell(cells[i], separator);
  return line + CSV_EOL;
}

/**
 * The separator a spreadsheet in this locale expects: `;` where the decimal separator is a comma (da, de,
 * fr, ...), so Excel splits the columns on open; `,` elsewhere (en).
 */
export function defaultSeparator(locale: string | undefined): CsvSeparator {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal');
    return decimal?.value === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}

/** Which language a locale's headers are written in: Danish for `da*`, English otherwise. */
export const csvLanguage = (locale: string | undefined): 'en' | 'da' =>
  locale?.toLowerCase().startsWith('da') ? 'da' : 'en';
