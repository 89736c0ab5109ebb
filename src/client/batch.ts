import { CustomerApiError } from '../errors.js';
import { ASSIGNMENT_BATCH_MAX, type AssignmentResult } from '../schemas/assignment.js';
import type { BatchProgress, ItemOutcome } from './types.js';

/** How many single-item requests `updateMany` and `deleteMany` keep in flight. */
const CONCURRENCY = 4;

const asApiError = (error: unknown): CustomerApiError =>
  error instanceof CustomerApiError ? error : new CustomerApiError(String(error), { cause: error });

/**
 * Runs `run` for every item, a few at a time; one failure never stops the others. Outcomes keep the input
 * order whatever order the answers come back in.
 */
export async function settleEach<I extends { id: string }, T>(
  items: readonly I[],
  run: (item: I) => Promise<T>,
): Promise<ItemOutcome<T>[]> {
  const outcomes: ItemOutcome<T>[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const { id } = items[index]!;
      try {
        outcomes[index] = { id, ok: true, value: await run(items[index]!) };
      } catch (error) {
        outcomes[index] = { id, ok: false, error: asApiError(error) };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return outcomes;
}

/**
 * Sends `ids` in requests of at most `ASSIGNMENT_BATCH_MAX`, one after the other, and sums the results.
 * A failing batch rethrows its error with `partial` set (see `AssignmentPartial`). Sequential on purpose: the
 * server applies each batch atomically, so at any failure a prefix of `ids` is known to be done, the failed
 * batch is either known not done or, when an attempt of it went unanswered, unknown, and the rest not done.
 */
export async function inBatches(
  ids: readonly string[],
  send: (batch: string[], track: { uncertain: boolean }) => Promise<AssignmentResult>,
  onProgress?: (progress: BatchProgress) => void,
): Promise<AssignmentResult> {
  let sum: AssignmentResult = { assigned: 0, unassigned: 0, moved: 0, skipped: [] };
  for (let done = 0; done < ids.length;) {
    const batch = ids.slice(done, done + ASSIGNMENT_BATCH_MAX);
    const track = { uncertain: false };
    let result: AssignmentResult;
    try {
      result = await send(batch, track);
    } catch (error) {
      const failure = asApiError(error);
      const after = done + batch.length;
      failure.partial = {
        applied: ids.slice(0, done),
        notApplied: ids.slice(track.uncertain ? after : done),
        unknown: track.uncertain ? batch : [],
        remaining: ids.slice(done),
        result: sum,
      };
      throw failure;
    }
    sum = {
      assigned: sum.assigned + result.assigned,
      unassigned: sum.unassigned + result.unassigned,
      moved: sum.moved + result.moved,
      skipped: sum.skipped.concat(result.skipped),
    };
    done += batch.length;
    onProgress?.({ done, total: ids.length });
  }
  return sum;
}
