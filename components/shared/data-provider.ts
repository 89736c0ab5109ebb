import type { Page } from '../../src/schemas/page.js';

/**
 * The contract between a big list and its data (the shape of Vaadin grid's data provider): the list asks for one
 * page of a query by index and gets that page's rows and the query's total. Nothing else about the API leaks in,
 * so the same virtualized list runs over the fleet or a customer's equipment.
 */
export interface DataRequest<F, S> {
  /** Zero-based page index. */
  page: number;
  pageSize: number;
  filter: F;
  sort: S;
  /** Aborted when the query changes or the list goes away: a stale answer is never waited for. */
  signal: AbortSignal;
}

export interface DataPage<T> {
  items: T[];
  /** Every row the query matches, not just this page's. */
  total: number;
}

export type DataProvider<T, F, S> = (request: DataRequest<F, S>) => Promise<DataPage<T>>;

/** What `cursorDataProvider` needs from an API with keyset (cursor) paging, such as the SDK's `list()` calls. */
export interface CursorSource<T, F, S> {
  /** One page: `limit` rows after `cursor`, or after the first `offset` rows (from the start with neither). */
  list(
    filter: F,
    sort: S,
    paging: { limit: number; cursor?: string; offset?: number },
    signal: AbortSignal,
  ): Promise<Page<T>>;
  /** Identifies a filter and sort: a cursor is only valid for the query that issued it. */
  keyOf(filter: F, sort: S): string;
  /**
   * The sort that lists exactly the same rows in exactly the reverse order, if the API has one. The Customer API
   * does (its total order is value then id, and descending reverses both), which lets the last pages load from
   * the far end instead of walking every page before them.
   */
  reverse?(sort: S): S;
  /** The largest `limit` the API accepts; walks to a far page use it. Default 1000 (`PAGE_LIMIT_MAX`). */
  maxLimit?: number;
  /**
   * The API takes `offset` (the Customer API does): a far page is then one request of one page, and no walk.
   * Cursors are still kept and used for the pages next to known ones, where they are exact.
   */
  offset?: boolean;
}

/** Where each known page starts, per query and page size. */
interface Cursors {
  total: number | undefined;
  /** `forward.get(p)`: the cursor after which page `p` starts (page 0 needs none). */
  forward: Map<number, string>;
  /** `backward.get(p)`: the cursor of the reversed list after which page `p` starts, read backwards. */
  backward: Map<number, string>;
  /** Walks run one at a time per query, so a second far request reuses the cursors the first one found. */
  walk: Promise<unknown>;
}

/**
 * Adapts cursor paging to page-index requests. Cursors only go forward one page at a time, so a page far from any
 * known cursor is reached by a walk: large pages (`maxLimit` rows) from the nearest known cursor, or from the far
 * end with `reverse`, keeping a cursor at every page boundary on the way. Scrolling page by page costs one request
 * per page; a jump to the end costs one request; a jump to the middle of 100,000 rows about 50 large ones, unless
 * the API takes `offset` (`source.offset`), when any far page is one request.
 */
export function cursorDataProvider<T, F, S>(source: CursorSource<T, F, S>): DataProvider<T, F, S> & { clear(): void } {
  const maxLimit = source.maxLimit ?? 1000;
  const states = new Map<string, Cursors>();

  const stateOf = (key: string): Cursors => {
    let state = states.get(key);
    if (!state) {
      state = { total: undefined, forward: new Map(), backward: new Map(), walk: Promise.resolve() };
      states.set(key, state);
      // Queries come and go as the user types; keep the cursors of the last few only.
      if (states.size > 16) states.delete(states.keys().next().value as string);
    }
    return state;
  };

  /** A changed total means rows came or went: every page boundary may have moved, so start over. */
  const observe = (key: string, state: Cursors, total: number): Cursors => {
    if (state.total === undefined || state.total === total) {
      state.total = total;
      return state;
    }
    states.delete(key);
    const fresh = stateOf(key);
    fresh.total = total;
    return fresh;
  };

  const forwardRead = async (
    request: DataRequest<F, S>,
    key: string,
    state: Cursors,
    from: number,
    pages: number,
  ): Promise<DataPage<T>> => {
    const { pageSize: size, filter, sort, signal } = request;
    const cursor = from === 0 ? undefined : state.forward.get(from);
    const page = await source.list(filter, sort, { limit: pages * size, ...(cursor ? { cursor } : {}) }, signal);
    const current = observe(key, state, page.total);
    if (current === state && page.nextCursor) state.forward.set(from + pages, page.nextCursor);
    return { items: page.items.slice((pages - 1) * size), total: page.total };
  };

  /** Reads pages `from`, `from - 1`, ... `from - pages + 1` from the reversed list; returns the last one. */
  const backwardRead = async (
    request: DataRequest<F, S>,
    key: string,
    state: Cursors,
    from: number,
    pages: number,
    total: number,
  ): Promise<DataPage<T>> => {
    const { pageSize: size, filter, sort, signal } = request;
    const last = Math.ceil(total / size) - 1;
    const cursor = from === last ? undefined : state.backward.get(from);
    // The last page may be short: reading backwards it comes first, with only `total - last * size` rows.
    const firstLength = from === last ? total - last * size : size;
    const limit = firstLength + (pages - 1) * size;
    const reversed = source.reverse!(sort);
    const page = await source.list(filter, reversed, { limit, ...(cursor ? { cursor } : {}) }, signal);
    const current = observe(key, state, page.total);
    if (current === state && page.nextCursor) state.backward.set(from - pages, page.nextCursor);
    // The page asked for is the chunk's last (read backwards); only the last page of all is short.
    const targetLength = pages === 1 ? firstLength : size;
    return { items: page.items.slice(limit - targetLength).reverse(), total: page.total };
  };

  /** One far page by its offset; its `nextCursor` makes the page after it a cursor read. */
  const seek = async (request: DataRequest<F, S>, key: string, state: Cursors, target: number) => {
    const { pageSize: size, filter, sort, signal } = request;
    const page = await source.list(filter, sort, { limit: size, offset: target * size }, signal);
    const current = observe(key, state, page.total);
    if (current === state && page.nextCursor) state.forward.set(target + 1, page.nextCursor);
    return { items: page.items, total: page.total };
  };

  const read = async (request: DataRequest<F, S>, key: string, state: Cursors): Promise<DataPage<T>> => {
    const { page: target, pageSize: size } = request;
    const total = state.total;
    // Page 0 always asks: it is how a list learns that rows came (a customer with none has some now).
    if (target === 0 || state.forward.has(target)) return forwardRead(request, key, state, target, 1);
    if (total !== undefined && target * size >= total) return { items: [], total };
    const last = total === undefined ? undefined : Math.ceil(total / size) - 1;
    if (source.reverse && last !== undefined && (target === last || state.backward.has(target))) {
      return backwardRead(request, key, state, target, 1, total!);
    }
    if (source.offset) return seek(request, key, state, target);
    // A walk: the nearest known start on either side, then large steps towards the target.
    let before = 0;
    for (const page of state.forward.keys()) if (page < target && page > before) before = page;
    let after = source.reverse && last !== undefined ? last : Infinity;
    if (source.reverse) for (const page of state.backward.keys()) if (page > target && page < after) after = page;
    const step = Math.max(1, Math.floor(maxLimit / size));
    // When the target is within one step, that step reads it too.
    if (after - target < target - before) {
      const distance = after - target;
      if (distance + 1 <= step) return backwardRead(request, key, state, after, distance + 1, total!);
      await backwardRead(request, key, state, after, Math.min(distance, step), total!);
    } else {
      const distance = target - before;
      if (distance + 1 <= step) return forwardRead(request, key, state, before, distance + 1);
      await forwardRead(request, key, state, before, Math.min(distance, step));
    }
    return read(request, key, stateOf(key));
  };

  const provider = (request: DataRequest<F, S>): Promise<DataPage<T>> => {
    const key = `${request.pageSize}\u0000${source.keyOf(request.filter, request.sort)}`;
    const state = stateOf(key);
    const direct =
      source.offset === true ||
      request.page === 0 ||
      state.forward.has(request.page) ||
      (state.total !== undefined && request.page * request.pageSize >= state.total);
    if (direct) return read(request, key, state);
    // Far pages queue behind each other: each walk starts from the cursors the previous one left.
    const result = state.walk.then(() => {
      request.signal.throwIfAborted();
      return read(request, key, stateOf(key));
    });
    state.walk = result.catch(() => undefined);
    return result;
  };
  provider.clear = () => states.clear();
  return provider;
}
