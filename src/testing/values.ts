import type { Address } from '../schemas/customer.js';

/** Drops undefined values, so stored records never carry keys that are present but empty. */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(values) as (keyof T)[]) if (values[key] !== undefined) out[key] = values[key];
  return out;
}

/** Optional text sent as '' means "none". */
export const text = (value: string | undefined | null): string | undefined => (value ? value : undefined);

/** Blank address lines are not stored; an address with nothing left in it is no address. */
export function cleanAddress(address: Address | undefined | null): Address | undefined {
  if (!address) return undefined;
  const out: Address = {};
  for (const [key, value] of Object.entries(address) as [keyof Address, string | undefined][]) {
    if (value) out[key] = value;
  }
  return Object.keys(out).length ? out : undefined;
}
