import type * as z from 'zod/mini';
import type { Violation } from '../schemas/error.js';
import { validate } from '../schemas/violations.js';
import { invalid } from './http.js';

export interface QueryShape {
  /** Comma-separated on the wire (`type=DEALER,RENTAL`); repeating the parameter works too. */
  lists?: readonly string[];
  ints?: readonly string[];
}

/**
 * Turns the query string into the typed input the query schemas expect, then validates it, so a bad parameter
 * is a 400 whose violation names it (`limit`, `type[1]`). Empty values count as absent; unknown ones are ignored.
 */
export function parseQuery<S extends z.ZodMiniType>(
  schema: S,
  params: URLSearchParams,
  shape: QueryShape,
): z.output<S> {
  const input: Record<string, unknown> = {};
  const violations: Violation[] = [];
  const lists = new Set(shape.lists);
  // The paging numbers are whole numbers on every list.
  const ints = new Set(['limit', 'offset', ...(shape.ints ?? [])]);
  for (const key of new Set(params.keys())) {
    if (lists.has(key)) {
      const values = params
        .getAll(key)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter(Boolean);
      if (values.length) input[key] = values;
      continue;
    }
    const value = params.get(key) ?? '';
    if (value === '') continue;
    if (ints.has(key)) {
      if (/^[+-]?\d+$/.test(value.trim())) input[key] = Number(value);
      else violations.push({ field: key, message: 'Expected a whole number.', code: 'invalid' });
      continue;
    }
    input[key] = value;
  }
  const result = validate(schema, input);
  if (!result.ok) violations.push(...result.violations.filter((v) => !violations.some((w) => w.field === v.field)));
  if (violations.length || !result.ok) throw invalid(violations, 'The query is invalid; see violations.');
  return result.value;
}
