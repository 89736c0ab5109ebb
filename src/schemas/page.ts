import * as z from 'zod/mini';

export const PAGE_LIMIT_DEFAULT = 20;
export const PAGE_LIMIT_MAX = 1000;

/** One page of a list: `nextCursor` is null on the last page; `total` counts every match of the query. */
/* @__NO_SIDE_EFFECTS__ */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()), total: z.int() });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}
