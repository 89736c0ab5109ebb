/**
 * Text → rows of cells with PapaParse, loaded on first use (a dynamic `import()`, so hosts that never
 * import pay nothing for it), in chunks with a yield between them so a large file never blocks the page.
 */

/** More data rows than this is refused: split the file. */
export const IMPORT_MAX_ROWS = 100_000;

export type ParseProblem =
  { kind: 'no-rows' } | { kind: 'too-many-rows'; max: number } | { kind: 'unclosed-quote'; row: number };

export interface ParsedFile {
  headers: string[];
  /** Data rows, header excluded; row `i` is line `i + 2` of the file. */
  rows: string[][];
  separator: string;
  /** Data rows (0-based) whose cell count differs from the header's. */
  ragged: { row: number; cells: number }[];
}

export type ParseResult = ({ ok: true } & ParsedFile) | { ok: false; problem: ParseProblem };

import type * as PapaTypes from 'papaparse';

type Papa = typeof PapaTypes;
let papa: Promise<Papa> | undefined;
/** PapaParse, loaded once. It is CommonJS: bundlers hand it over as the namespace, `default`, or both nested. */
export const loadPapa = (): Promise<Papa> =>
  (papa ??= import('papaparse').then((module) => {
    let candidate: unknown = module;
    for (let depth = 0; depth < 3 && typeof (candidate as Partial<Papa>).parse !== 'function'; depth++) {
      candidate = (candidate as { default?: unknown }).default;
    }
    if (typeof (candidate as Partial<Papa> | undefined)?.parse !== 'function')
      throw new Error('PapaParse did not load.');
    return candidate as Papa;
  }));

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Splits `text` (separator guessed among `,` `;` tab), stopping at `maxRows` data rows. */
export async function parseCsv(
  text: string,
  { maxRows = IMPORT_MAX_ROWS, signal }: { maxRows?: number; signal?: AbortSignal } = {},
): Promise<ParseResult> {
  const Papa = await loadPapa();
  return new Promise<ParseResult>((resolve) => {
    const all: string[][] = [];
    let separator = ',';
    let unclosed: number | undefined;
    let tooMany = false;
    Papa.parse<string[]>(text, {
      delimiter: guessSeparator(Papa, text),
      // Blank lines are kept (and skipped later) so row `i` stays line `i + 2`, as a spreadsheet numbers it.
      skipEmptyLines: false,
      chunkSize: 256 * 1024,
      chunk: (results: PapaTypes.ParseResult<string[]>, parser: PapaTypes.Parser) => {
        separator = results.meta.delimiter;
        for (const row of results.data) all.push(row);
        const quote = results.errors.find((error) => error.code === 'MissingQuotes');
        if (quote && unclosed === undefined) unclosed = (quote.row ?? 0) + all.length - results.data.length + 1;
        if (all.length > maxRows + 1 || signal?.aborted) {
          tooMany = !signal?.aborted;
          parser.abort();
          return;
        }
        parser.pause();
        void yieldToPage().then(() => parser.resume());
      },
      complete: () => {
        if (tooMany) return resolve({ ok: false, problem: { kind: 'too-many-rows', max: maxRows } });
        if (unclosed !== undefined) return resolve({ ok: false, problem: { kind: 'unclosed-quote', row: unclosed } });
        const [header, ...rows] = all;
        if (!header || rows.length === 0) return resolve({ ok: false, problem: { kind: 'no-rows' } });
        const headers = header.map((cell) => cell.trim());
        const ragged: ParsedFile['ragged'] = [];
        rows.forEach((row, index) => {
          if (row.length !== headers.length && !isBlank(row)) ragged.push({ row: index, cells: row.length });
        });
        while (rows.length && isBlank(rows[rows.length - 1]!)) rows.pop();
        if (rows.length === 0) return resolve({ ok: false, problem: { kind: 'no-rows' } });
        resolve({ ok: true, headers, rows, separator, ragged });
      },
    });
  });
}

/** A line with nothing in it (Papa reads an empty line as one empty cell). */
export const isBlank = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/**
 * The separator, guessed on the first rows with blank lines left out: Papa's own guess counts a trailing
 * empty line as a row of one cell and then falls back to a comma for a semicolon file.
 */
function guessSeparator(Papa: Papa, text: string): string {
  const sample = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    preview: 50,
  });
  return sample.meta.delimiter || ',';
}
