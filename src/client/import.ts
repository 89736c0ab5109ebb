import { AbortError, CustomerApiError } from '../errors.js';
import {
  CUSTOMER_BULK_MAX,
  CUSTOMER_MATCH_MAX,
  CustomerBulkReplySchema,
  CustomerMatchReplySchema,
  type CustomerBulkReply,
  type CustomerBulkRow,
  type CustomerMatch,
  type CustomerMatchInput,
} from '../schemas/customer-bulk.js';
import type { Http } from './http.js';
import { newIdempotencyKey } from './idempotency.js';
import type { CallOptions, CreateOptions, ImportManyOptions, ImportManyResult, ImportOutcome } from './types.js';

/** The server takes 1 MiB per body; batches stay under this so wide rows with many contacts still fit. */
const BATCH_BYTES = 900_000;

/**
 * Row ranges of at most `size` rows and `BATCH_BYTES` of JSON each. Deterministic for the same rows, so a retry
 * of the whole import with the same `idempotencyKey` sends the same batches with the same keys.
 */
export function batchRanges(rows: readonly CustomerBulkRow[], size: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const rowBytes = JSON.stringify(rows[i]).length + 1;
    if (i > start && (i - start >= size || bytes + rowBytes > BATCH_BYTES)) {
      ranges.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  if (rows.length > start) ranges.push([start, rows.length]);
  return ranges;
}

const asApiError = (error: unknown): CustomerApiError =>
  error instanceof CustomerApiError ? error : new CustomerApiError(String(error), { cause: error });

export function importApi(http: Http) {
  const importBatch = async (rows: readonly CustomerBulkRow[], { signal, idempotencyKey }: CreateOptions = {}) =>
    (
      await http({
        method: 'POST',
        path: '/customers/bulk',
        body: { rows },
        idempotencyKey,
        schema: CustomerBulkReplySchema,
        signal,
      })
    ).data;

  const match = async (input: CustomerMatchInput, { signal }: CallOptions = {}): Promise<CustomerMatch[]> => {
    const lists = [input.ids ?? [], input.externalReferences ?? [], input.names ?? [], input.phones ?? []];
    const byId = new Map<string, CustomerMatch>();
    const longest = Math.max(0, ...lists.map((list) => list.length));
    for (let at = 0; at < longest; at += CUSTOMER_MATCH_MAX) {
      const [ids, externalReferences, names, phones] = lists.map((list) => list.slice(at, at + CUSTOMER_MATCH_MAX));
      const reply = await http({
        method: 'POST',
        path: '/customers/match',
        body: { ids, externalReferences, names, phones },
        schema: CustomerMatchReplySchema,
        signal,
      });
      for (const item of reply.data.items) {
        const known = byId.get(item.customer.id);
        if (!known) byId.set(item.customer.id, item);
        else for (const kind of item.matchedBy) if (!known.matchedBy.includes(kind)) known.matchedBy.push(kind);
      }
    }
    return [...byId.values()];
  };

  const importMany = async (
    rows: readonly CustomerBulkRow[],
    { signal, onProgress, batchSize = CUSTOMER_BULK_MAX, idempotencyKey = newIdempotencyKey() }: ImportManyOptions = {},
  ): Promise<ImportManyResult> => {
    const size = Math.max(1, Math.min(CUSTOMER_BULK_MAX, Math.floor(batchSize)));
    const ranges = batchRanges(rows, size);
    const results: ImportOutcome[] = rows.map((_, index) => ({ index, status: 'skipped' }));
    const totals = { created: 0, updated: 0, unchanged: 0, failed: 0, skipped: rows.length };
    let aborted = false;
    for (const [batch, [start, end]] of ranges.entries()) {
      if (signal?.aborted) {
        aborted = true;
        break;
      }
      let reply: CustomerBulkReply | undefined;
      let failure: CustomerApiError | undefined;
      try {
        // The same key for this batch on every attempt (ky's retries, or a later call with the same base key).
        reply = await importBatch(rows.slice(start, end), { signal, idempotencyKey: `${idempotencyKey}.${batch}` });
      } catch (error) {
        if (error instanceof AbortError || signal?.aborted) {
          aborted = true;
          break;
        }
        failure = asApiError(error);
      }
      for (let i = start; i < end; i++) {
        const result = reply?.results[i - start];
        results[i] = result
          ? { ...result, index: i }
          : { index: i, status: 'failed', error: failure, violations: failure?.violations ?? [] };
        totals.skipped--;
        totals[results[i]!.status as 'created']++;
      }
      onProgress?.({ done: end, total: rows.length, batch, batches: ranges.length });
    }
    return { results, ...totals, aborted, idempotencyKey };
  };

  return { importBatch, match, importMany };
}
