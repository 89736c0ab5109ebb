import { BOM, writeRow } from '../csv/cells.js';
import { exportTargets, headerOf } from '../csv/columns.js';
import { customerRow } from '../csv/rows.js';
import { CustomerWithContactsSchema } from '../schemas/customer-include.js';
import { PAGE_LIMIT_MAX, pageSchema } from '../schemas/page.js';
import type { CustomerListQuery } from '../schemas/query.js';
import type { Http } from './http.js';
import type { ExportCsvOptions } from './types.js';

/** `contacts` is optional, so one schema reads pages with and without `include=contacts`. */
const ExportPageSchema = /* @__PURE__ */ pageSchema(CustomerWithContactsSchema);

/**
 * `customers.exportCsv`: the customers a list query matches, as CSV text in chunks, one request per page of
 * (by default) the API's largest page, so the whole file never sits in the SDK as one string. The first chunk is
 * the BOM and the header row; then one chunk per page. With `withContacts`, each page is read with
 * `include=contacts` and each contact gets a row of its own (a customer without any gets one row). Columns,
 * quoting and formula neutralising come from `src/csv` (the same model import reads with). Pages are fetched
 * only as the caller consumes chunks: leaving the loop, or aborting `signal`, stops the requests.
 */
export async function* exportCsv(
  http: Http,
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
    const request = { ...query, limit, cursor, ...(withContacts ? { include: ['contacts'] } : {}) };
    const { data: page } = await http({
      method: 'GET',
      path: '/customers',
      query: request,
      schema: ExportPageSchema,
      signal,
    });
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
