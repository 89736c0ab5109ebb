import { compareValues, type SortValue } from './order.js';

/** Characters of a string key that the radix passes see; longer strings tie and are settled by comparison. */
const PREFIX_CHARS = 12;

/**
 * Orders `values` (ascending, `null` last, ties by position) without a comparison sort. A comparator sort of
 * 100,000 units took 40-100 ms per field, too slow to build every sort order at seeding time; stable LSD radix
 * passes over 16-bit digits take a few ms. Strings are cut to a 12-character prefix, so runs that share one
 * are finished with a comparison sort, which is then short. Plain loops on purpose: this is the hot path.
 */
export function sortedPositions(values: readonly SortValue[]): Uint32Array {
  const n = values.length;
  let strings = false;
  let nulls = false;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (value === null) nulls = true;
    else if (typeof value === 'string') strings = true;
  }
  const digits = strings ? stringDigits(values) : numberDigits(values);
  if (nulls) {
    const last = new Uint16Array(n);
    for (let i = 0; i < n; i++) if (values[i] === null) last[i] = 1;
    digits.push(last);
  }

  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65_537);
  for (const digit of digits) {
    if (isConstant(digit)) continue;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const bucket = (digit[i] as number) + 1;
      counts[bucket] = (counts[bucket] as number) + 1;
    }
    for (let d = 1; d < 65_537; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
    for (let i = 0; i < n; i++) {
      const position = order[i] as number;
      const bucket = digit[position] as number;
      const target = counts[bucket] as number;
      counts[bucket] = target + 1;
      next[target] = position;
    }
    const swap = order;
    order = next;
    next = swap;
  }

  if (strings) settleTies(order, values, digits);
  return order;
}

/** Least significant first. 8 bits per character: code units above 254 share the top value (more ties). */
function stringDigits(values: readonly SortValue[]): Uint16Array[] {
  const n = values.length;
  const pairs = PREFIX_CHARS / 2;
  const digits: Uint16Array[] = [];
  for (let pair = 0; pair < pairs; pair++) digits.push(new Uint16Array(n));
  for (let i = 0; i < n; i++) {
    const value = values[i];
    if (typeof value !== 'string') continue;
    for (let pair = 0; pair < pairs; pair++) {
      (digits[pairs - 1 - pair] as Uint16Array)[i] = (byte(value, pair * 2) << 8) | byte(value, pair * 2 + 1);
    }
  }
  return digits;
}

function byte(value: string, index: number): number {
  if (index >= value.length) return 0;
  const code = value.charCodeAt(index);
  return code > 253 ? 255 : code + 1;
}

/** IEEE 754 bits made to sort as unsigned integers: flip the sign bit of positives, every bit of negatives. */
function numberDigits(values: readonly SortValue[]): Uint16Array[] {
  const n = values.length;
  const floats = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i];
    // `+ 0` turns -0 into 0: they compare equal, so they must not land in different buckets.
    floats[i] = typeof value === 'number' ? value + 0 : 0;
  }
  const words = new Uint32Array(floats.buffer);
  const [lowWord, highWord] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  const digits = [new Uint16Array(n), new Uint16Array(n), new Uint16Array(n), new Uint16Array(n)] as const;
  for (let i = 0; i < n; i++) {
    let low = words[2 * i + lowWord] as number;
    let high = words[2 * i + highWord] as number;
    if (high >= 0x80000000) {
      low = ~low >>> 0;
      high = ~high >>> 0;
    } else {
      high = (high | 0x80000000) >>> 0;
    }
    digits[0][i] = low & 0xffff;
    digits[1][i] = low >>> 16;
    digits[2][i] = high & 0xffff;
    digits[3][i] = high >>> 16;
  }
  return [...digits];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function isConstant(digit: Uint16Array): boolean {
  const first = digit[0];
  for (let i = 1; i < digit.length; i++) if (digit[i] !== first) return false;
  return true;
}

function settleTies(order: Uint32Array, values: readonly SortValue[], digits: readonly Uint16Array[]): void {
  const sameDigits = (a: number, b: number): boolean => {
    for (const digit of digits) if (digit[a] !== digit[b]) return false;
    return true;
  };
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && sameDigits(order[start] as number, order[i] as number)) continue;
    if (i - start > 1 && !allEqual(order, start, i, values)) {
      const run = Array.from(order.subarray(start, i));
      run.sort((a, b) => compareValues(values[a] ?? null, values[b] ?? null) || a - b);
      order.set(run, start);
    }
    start = i;
  }
}

/** A run of one value (a brand, a kind) is already in position order: nothing to settle. */
function allEqual(order: Uint32Array, start: number, end: number, values: readonly SortValue[]): boolean {
  const first = values[order[start] as number];
  for (let i = start + 1; i < end; i++) if (values[order[i] as number] !== first) return false;
  return true;
}
