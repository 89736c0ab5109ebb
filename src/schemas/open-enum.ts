import * as z from 'zod/mini';

/**
 * A response field whose known values may grow: parses any string, but types the known ones, so a server that
 * adds a value never breaks an older client. Inputs use the closed `z.enum` instead.
 */
/* @__NO_SIDE_EFFECTS__ */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.string()]) as unknown as z.ZodMiniType<T[number] | (string & {})>;
}
