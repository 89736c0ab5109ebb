import { E164_PATTERN, countryCodes } from '../../src/schemas/common.js';
import { callingCode } from './phone.js';

/**
 * Phone numbers for reading: `+4512345678` → `+45 12 34 56 78`. Display only (the API stores E.164 and
 * `normalizePhone` turns typed text back into it), so a simple grouping of the national number is enough;
 * national conventions would need a numbering-plan library far larger than the rest of an element.
 */

let knownCodes: Set<string> | undefined;
const formatted = new Map<string, string>();
/** Lists re-render often; a contact list of 1,000 rows formats each number once. */
const CACHE_LIMIT = 5000;

function codes(): Set<string> {
  knownCodes ??= new Set(countryCodes.map((country) => callingCode(country)).filter((code) => code !== undefined));
  return knownCodes;
}

/** Groups of two up to 8 digits (`12 34 56 78`), else threes ending on a four (`201 555 0123`). */
function group(national: string): string {
  const length = national.length;
  if (length <= 4) return national;
  const sizes = length % 2 === 0 && length <= 8 ? Array<number>(length / 2).fill(2) : threes(length);
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(national.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}

function threes(length: number): number[] {
  const sizes: number[] = [];
  let left = length;
  while (left > 4) {
    // End on a group of 4 rather than leaving a lone digit or two: `3 3 4`, `3 4 4` reads better than `3 3 3 1`.
    if (left === 5 || left === 8) {
      sizes.push(...(left === 5 ? [2, 3] : [4, 4]));
      return sizes;
    }
    sizes.push(3);
    left -= 3;
  }
  sizes.push(left);
  return sizes;
}

/** An E.164 number with spaces after the country code and between digit groups; anything else as it is. */
export function formatPhone(value: string): string {
  const cached = formatted.get(value);
  if (cached !== undefined) return cached;
  let result = value;
  if (E164_PATTERN.test(value)) {
    const digits = value.slice(1);
    // Country calling codes are prefix-free (ITU E.164), so the first known prefix is the code.
    const code = [1, 2, 3].map((length) => digits.slice(0, length)).find((prefix) => codes().has(prefix));
    if (code) result = `+${code} ${group(digits.slice(code.length))}`;
  }
  if (formatted.size >= CACHE_LIMIT) formatted.clear();
  formatted.set(value, result);
  return result;
}
