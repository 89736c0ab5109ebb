import type { CustomerClient } from '../../src/client/types.js';
import type { CustomerApiError } from '../../src/errors.js';
import type { AssignmentResult } from '../../src/schemas/assignment.js';
import type { Equipment } from '../../src/schemas/equipment.js';

export interface AssignRequest {
  client: CustomerClient;
  customerId: string;
  /** Units believed to have no customer: sent with `assign`, so a unit taken meanwhile fails with a 409. */
  plain: readonly string[];
  /** Units the user agreed to take from other customers: sent with `move`. */
  moving: readonly string[];
  /** Ids sent so far, over both calls. */
  onProgress?: (done: number, total: number) => void;
}

export interface AssignDone {
  /** Ids of every batch that succeeded (skipped ones included). */
  applied: string[];
  result: AssignmentResult;
}

/** A failure after `applied` went through: `sending` is what was in flight (it may have been applied too). */
export class AssignFailure extends Error {
  constructor(
    readonly error: CustomerApiError,
    readonly applied: string[],
    readonly result: AssignmentResult,
    readonly sending: readonly string[],
  ) {
    super(error.message);
  }
}

export const emptyResult = (): AssignmentResult => ({ assigned: 0, unassigned: 0, moved: 0, skipped: [] });

export function addResult(sum: AssignmentResult, result: AssignmentResult): AssignmentResult {
  return {
    assigned: sum.assigned + result.assigned,
    unassigned: sum.unassigned + result.unassigned,
    moved: sum.moved + result.moved,
    skipped: sum.skipped.concat(result.skipped),
  };
}

/**
 * Assigns the plain units, then moves the agreed ones: two SDK calls, each split into batches of 10,000 by the
 * SDK (one request per batch), progress counted over both. A failure rejects with `AssignFailure`, which says
 * what was applied before it, including the batches of the failing call (`error.partial`).
 */
export async function runAssignment(request: AssignRequest): Promise<AssignDone> {
  const { client, customerId, plain, moving, onProgress } = request;
  const total = plain.length + moving.length;
  let result = emptyResult();
  const applied: string[] = [];
  const calls = [
    { ids: plain, send: client.assignments.assign, offset: 0 },
    { ids: moving, send: client.assignments.move, offset: plain.length },
  ];
  for (const { ids, send, offset } of calls) {
    if (!ids.length) continue;
    try {
      const done = await send(customerId, ids, {
        onProgress: (progress) => onProgress?.(offset + progress.done, total),
      });
      result = addResult(result, done);
      applied.push(...ids);
    } catch (error) {
      const failure = error as CustomerApiError;
      const partial = failure.partial;
      throw new AssignFailure(
        failure,
        partial ? [...applied, ...partial.applied] : applied,
        partial ? addResult(result, partial.result) : result,
        partial?.remaining ?? ids,
      );
    }
  }
  return { applied, result };
}

/** "Acme ApS and Beta A/S (2)": who owns the units of other customers, for the move question. */
export function ownersOf(
  ids: readonly string[],
  units: ReadonlyMap<string, Equipment>,
  locale: string,
  format: (count: number) => string,
): string {
  const byOwner = new Map<string, number>();
  for (const id of ids) {
    const name = units.get(id)?.customer?.name ?? '';
    byOwner.set(name, (byOwner.get(name) ?? 0) + 1);
  }
  const names = [...byOwner].map(([name, count]) => (byOwner.size > 1 ? `${name} (${format(count)})` : name));
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
