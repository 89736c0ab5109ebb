import { PreconditionFailedError, type CustomerApiError } from '../../src/errors.js';
import { BOM, writeRow, type CsvSeparator } from '../../src/csv/index.js';
import type { CustomerClient, ImportManyResult, ImportOutcome } from '../../src/client/types.js';
import type { Customer, CustomerPatch } from '../../src/schemas/customer.js';
import { settleEach } from '../../src/client/batch.js';
import type { PlanEntry } from './plan.js';

/** One imported customer that undo can take back: what the import made of it, and its ETag afterwards. */
export interface UndoItem {
  entry: PlanEntry;
  kind: 'created' | 'updated';
  customer: Customer;
  etag: string;
  previous?: Customer;
  contactIds: string[];
}

/** The last import per client, for the page's session: reopening the import still offers its undo. */
const lastImports = new WeakMap<object, UndoItem[]>();
export const rememberImport = (client: object, items: UndoItem[]): void => void lastImports.set(client, items);
export const rememberedImport = (client: object): UndoItem[] | undefined => lastImports.get(client);
export const forgetImport = (client: object): void => void lastImports.delete(client);

/** The undo list of an import: every row it created or changed, with the ETag it left. */
export function undoItems(sent: readonly PlanEntry[], result: ImportManyResult): UndoItem[] {
  const items: UndoItem[] = [];
  result.results.forEach((outcome, i) => {
    if ((outcome.status !== 'created' && outcome.status !== 'updated') || !outcome.customer || !outcome.etag) return;
    items.push({
      entry: sent[i]!,
      kind: outcome.status,
      customer: outcome.customer,
      etag: outcome.etag,
      ...(outcome.previous ? { previous: outcome.previous } : {}),
      contactIds: outcome.contactIds ?? [],
    });
  });
  return items;
}

const RESTORED = ['name', 'type', 'externalReference', 'phone', 'email', 'website', 'address', 'note'] as const;

/** The PATCH that puts `previous` back over `now` (`null` clears what the import added). */
export function restorePatch(previous: Customer, now: Customer): CustomerPatch {
  const patch: Record<string, unknown> = {};
  for (const key of RESTORED) {
    if (JSON.stringify(previous[key]) !== JSON.stringify(now[key])) patch[key] = previous[key] ?? null;
  }
  return patch as CustomerPatch;
}

export interface UndoOutcome {
  item: UndoItem;
  /** `refused`: changed after the import (412), left as it is. */
  status: 'undone' | 'refused' | 'failed';
  error?: CustomerApiError;
}

/**
 * Deletes what the import created and restores what it updated, each with `If-Match` of the ETag the import
 * left: a customer edited since is refused (412) and left alone, never clobbered.
 */
export async function undoImport(
  client: CustomerClient,
  items: readonly UndoItem[],
  onProgress?: (done: number) => void,
): Promise<UndoOutcome[]> {
  let done = 0;
  const outcomes = await settleEach(
    items.map((item) => ({ id: item.customer.id, item })),
    async ({ item }) => {
      try {
        if (item.kind === 'created') await client.customers.delete(item.customer.id, { ifMatch: item.etag });
        else {
          // An empty PATCH still checks If-Match: a row that only added contacts is refused if edited since.
          const patch = item.previous ? restorePatch(item.previous, item.customer) : {};
          await client.customers.update(item.customer.id, patch, { ifMatch: item.etag });
          for (const contactId of item.contactIds) {
            await client.contacts.delete(item.customer.id, contactId, { ifMatch: 1 });
          }
        }
      } finally {
        onProgress?.(++done);
      }
    },
  );
  return outcomes.map((outcome, i) => ({
    item: items[i]!,
    status: outcome.ok ? 'undone' : outcome.error instanceof PreconditionFailedError ? 'refused' : 'failed',
    ...(outcome.error ? { error: outcome.error } : {}),
  }));
}

/**
 * The rows that did not get in, as a CSV of the file's own columns plus a reason, so the user can fix them
 * and import that file: its cells exactly as read, one line per file row of each such customer.
 */
export function failedRowsCsv(options: {
  headers: readonly string[];
  rows: readonly string[][];
  failed: readonly { entry: PlanEntry; reason: string }[];
  separator: string;
  reasonHeader: string;
}): string {
  const separator: CsvSeparator = options.separator === ';' ? ';' : ',';
  let text = BOM + writeRow([...options.headers, options.reasonHeader], separator);
  for (const { entry, reason } of options.failed) {
    for (const row of entry.rows) {
      const cells = options.headers.map((_, column) => options.rows[row]?.[column] ?? '');
      text += writeRow([...cells, reason], separator);
    }
  }
  return text;
}

/** A server outcome that did not land, with the server's or the batch's reason. */
export const failedOutcome = (outcome: ImportOutcome): outcome is Extract<ImportOutcome, { status: 'failed' }> =>
  outcome.status === 'failed';
