import { PAGE_LIMIT_DEFAULT } from '../schemas/page.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor.js';
import { compareKeyed, type SortValue } from './order.js';

/** A filtered list already in its final order (ascending, or exactly reversed when `desc`). */
export interface OrderedList<T> {
  items: readonly T[];
  desc: boolean;
  valueOf(item: T): SortValue;
  idOf(item: T): string;
}

export interface PageWindow<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}

/**
 * Keyset paging: the next page starts after the cursor's (value, id), found by binary search, not at an offset.
 * Rows inserted or removed elsewhere in the list therefore never make a page repeat or skip a row.
 */
export function takePage<T>(
  list: OrderedList<T>,
  request: {
    limit?: number | undefined;
    cursor?: string | undefined;
    offset?: number | undefined;
    fingerprint: string;
  },
): PageWindow<T> {
  const limit = request.limit ?? PAGE_LIMIT_DEFAULT;
  const start = request.cursor
    ? firstAfter(list, decodeCursor(request.cursor, request.fingerprint))
    : Math.min(request.offset ?? 0, list.items.length);
  const end = Math.min(start + limit, list.items.length);
  const items = list.items.slice(start, end);
  const last = items[items.length - 1];
  const nextCursor =
    end < list.items.length && last !== undefined
      ? encodeCursor({ value: list.valueOf(last), id: list.idOf(last) }, request.fingerprint)
      : null;
  return { items, nextCursor, total: list.items.length };
}

function firstAfter<T>(list: OrderedList<T>, position: CursorPosition): number {
  const direction = list.desc ? -1 : 1;
  let low = 0;
  let high = list.items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = list.items[middle] as T;
    if (direction * compareKeyed(list.valueOf(item), list.idOf(item), position.value, position.id) > 0) high = middle;
    else low = middle + 1;
  }
  return low;
}
