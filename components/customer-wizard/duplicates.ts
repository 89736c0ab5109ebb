import type { CustomerClient } from '../../src/client/types.js';
import type { Customer } from '../../src/schemas/customer.js';
import { foldForSearch } from '../shared/intl.js';

/** Legal-form words that say nothing about which company it is ("Hansen A/S" is "Hansen ApS"). */
const LEGAL_FORMS = new Set(
  'a/s aps as ab oy ag gmbh kg ohg ug ev bv nv sa sarl sas srl spa ltd limited llc inc corp co plc lp llp og i/s k/s p/s amba smba the'.split(
    ' ',
  ),
);

/** A company name reduced to what identifies it: folded case and accents, no punctuation or legal form. */
export function normalizeCompanyName(name: string): string {
  return foldForSearch(name)
    .replace(/&/g, ' og ')
    .replace(/\b(and|und|et)\b/g, ' og ')
    .split(/[^\p{L}\p{N}/]+/u)
    .filter((word) => word && !LEGAL_FORMS.has(word))
    .join(' ')
    .replace(/\//g, '')
    .trim();
}

/** Edit distance, capped: we only care whether it is within `max`. */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** Same normalised name, or a typo apart (one edit per 8 characters, at most two). */
export function similarNames(a: string, b: string): boolean {
  const x = normalizeCompanyName(a);
  const y = normalizeCompanyName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const allowed = Math.min(2, Math.floor(Math.min(x.length, y.length) / 8));
  return allowed > 0 && withinDistance(x, y, allowed);
}

export interface Duplicates {
  byName: Customer[];
  byReference: Customer[];
}

/**
 * Customers that are probably the one being created: the same external reference, or a similar name.
 * The server's search is a substring match, so the name is searched by its longest word and compared here.
 */
export async function findLikelyDuplicates(
  client: CustomerClient,
  query: { name: string; externalReference: string },
  signal: AbortSignal,
): Promise<Duplicates> {
  const words = normalizeCompanyName(query.name)
    .split(' ')
    .filter((word) => word.length >= 2);
  const longest = words.sort((a, b) => b.length - a.length)[0];
  const reference = query.externalReference.trim();
  const [named, referenced] = await Promise.all([
    longest ? client.customers.list({ search: longest, limit: 50 }, { signal }) : undefined,
    reference ? client.customers.list({ search: reference, limit: 20 }, { signal }) : undefined,
  ]);
  return {
    byName: (named?.items ?? []).filter((customer) => similarNames(customer.name, query.name)).slice(0, 3),
    byReference: (referenced?.items ?? [])
      .filter((customer) => customer.externalReference?.toLowerCase() === reference.toLowerCase())
      .slice(0, 1),
  };
}
