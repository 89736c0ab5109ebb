/** A sort value: strings are pre-folded, dates are ISO strings; `null` (no value) sorts last ascending. */
export type SortValue = string | number | null;

export interface SortSpec {
  field: string;
  desc: boolean;
}

export function parseSort(sort: string | undefined, fallback: string): SortSpec {
  const value = sort ?? fallback;
  return value.startsWith('-') ? { field: value.slice(1), desc: true } : { field: value, desc: false };
}

// Code-unit comparison, not `localeCompare`: it is ~10x faster and gives the same order in every engine.
export function compareValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The total order every list uses: sort value, then id. Descending is the exact reverse (ids descending too),
 * so a keyset cursor works the same way in both directions.
 */
export function compareKeyed(aValue: SortValue, aId: string, bValue: SortValue, bId: string): number {
  return compareValues(aValue, bValue) || compareIds(aId, bId);
}
