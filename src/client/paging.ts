import type { Page } from '../schemas/page.js';
import type { CallOptions } from './types.js';

/** Page size `iterate` asks for when the query sets none: fewer round trips than the API's default of 20. */
const ITERATE_LIMIT = 100;

type ListFn<Q, T> = (query: Q, options?: CallOptions) => Promise<Page<T>>;

/**
 * Every item of a list, page by page, following `nextCursor` until the last page. Pages are fetched only as
 * the caller consumes them, so breaking out of a `for await` stops the requests too.
 */
export async function* iterate<Q extends { limit?: number; cursor?: string }, T>(
  list: ListFn<Q, T>,
  query = {} as Q,
  options?: CallOptions,
): AsyncGenerator<T, void, undefined> {
  let cursor = query.cursor;
  do {
    const page = await list({ ...query, limit: query.limit ?? ITERATE_LIMIT, cursor }, options);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
