/**
 * A small seeded PRNG (mulberry32): the reference backend must be reproducible, so nothing here may touch
 * `Math.random`. Each concern (seed data, ids, fault draws, latency) owns its own stream, so that adding a
 * fault rule never shifts the ids or the data of a test.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: `[[value, weight], ...]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  /** Replaces `#` by a digit and `@` by an upper-case letter (skipping I and O, as serial numbers do). */
  pattern(template: string): string {
    // Char codes into a reused buffer, then one string: `+=` per character made seeding garbage-bound.
    const length = template.length;
    const codes = length <= buffer.length ? buffer : new Uint16Array(length);
    for (let i = 0; i < length; i++) {
      const code = template.charCodeAt(i);
      codes[i] =
        code === HASH
          ? 48 + Math.floor(this.next() * 10)
          : code === AT
            ? (LETTER_CODES[Math.floor(this.next() * LETTER_CODES.length)] as number)
            : code;
    }
    return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  }
}

const HASH = 35;
const AT = 64;
const LETTER_CODES = Array.from('ABCDEFGHJKLMNPRSTUVWXYZ', (char) => char.charCodeAt(0));
const buffer = new Uint16Array(64);

/** Weighted picks by binary search over cumulative weights: the seed draws from the catalogue 100,000 times. */
export class WeightedTable<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.values = entries.map(([value]) => value);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, weight], index) => (this.cumulative[index] = total += weight));
  }

  pick(random: Random): T {
    const target = random.next() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.values[low] as T;
  }
}

/** Derives an independent stream from a seed and a label. */
export function stream(seed: number, label: string): Random {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return new Random(hash >>> 0);
}
