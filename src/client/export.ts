import { BOM, writeRow, type CsvSeparator } from '../csv/cells.js';
import { exportTargets, headerOf, type CsvLanguage } from '../csv/columns.js';
import { customerRow } from '../csv/rows.js';
import type { CustomerWithContacts } from '../schemas/customer-include.js';
import { PAGE_LIMIT_MAX, type Page } from '../schemas/page.js';
import type { CustomerListQuery } from '../schemas/query.js';
import type { CallOptions, CustomerClient } from './types.js';

export interface ExportProgress {
  /** Customers written so far, and how many the query matches. */
  done: number;
  total: number;
}

export interface ExportCsvOptions extends CallOptions {
  /** `,` (default) or `;` (what Excel expects where the decimal separator is a comma; see `defaultSeparator`). */
  separator?: CsvSeparator;
  /** The header row's language (default `en`); import recognises both. */
  language?: CsvLanguage;
  /** One row per contact, with the contact columns (default false: one row per customer). */
  withContacts?: boolean;
  /** Start with a byte order mark, so Excel reads UTF-8 (default true). */
  bom?: boolean;
  /** Customers per request, at most 1,000 (the default, the API's largest page). */
  pageSize?: number;
  /** After each page is read, before its chunk is handed out. */
  onProgress?: (progress: ExportProgress) => void;
}

/**
 * The customers a list query matches (`search`, `type`, `sort`) as CSV text in chunks: the BOM and the header
 * row first, then one chunk per page of (by default) 1,000 customers, so the whole file never sits in memory as
 * one string. With `withContacts`, pages are read with `customers.listWithContacts` (`include=contacts`: one
 * request per page, not per customer) and each contact gets a row of its own; a customer without contacts gets
 * one row. Columns, quoting and formula neutralising are `src/csv`'s, the model import reads with. Pages are
 * fetched only as chunks are consumed: leaving the loop, or aborting `signal`, stops the requests.
 *
 * @example
 * for await (const chunk of exportCustomersCsv(client, { search: 'hansen' }, { separator: ';' })) out.write(chunk);
 */
export async function* exportCustomersCsv(
  client: CustomerClient,
  query: CustomerListQuery = {},
  options: ExportCsvOptions = {},
): AsyncGenerator<string, void, undefined> {
  const { separator = ',', language = 'en', withContacts = false, bom = true, signal, onProgress } = options;
  const limit = Math.min(Math.max(1, Math.floor(options.pageSize ?? PAGE_LIMIT_MAX)), PAGE_LIMIT_MAX);
  const targets = exportTargets({ withContacts });
  const headers = targets.map((target) => headerOf(target, language));
  yield (bom ? BOM : '') + writeRow(headers, separator);
  let cursor = query.cursor;
  let done = 0;
  do {
    const request = { ...query, limit, cursor };
    const page: Page<CustomerWithContacts> = withContacts
      ? await client.customers.listWithContacts(request, { signal })
      : await client.customers.list(request, { signal });
    let chunk = '';
    for (const customer of page.items) {
      const { contacts } = customer;
      if (!contacts?.length) chunk += writeRow(customerRow(customer, targets), separator);
      else for (const contact of contacts) chunk += writeRow(customerRow(customer, targets, contact), separator);
    }
    done += page.items.length;
    onProgress?.({ done, total: Math.max(page.total, done) });
    if (chunk) yield chunk;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
