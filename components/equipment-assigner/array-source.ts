import type { ListboxSource } from './listbox.js';

let generations = 0;

/** Rows already in memory (the review of chosen units) behind the same interface as a `PagedRows`. */
export class ArraySource<T> implements ListboxSource<T> {
  readonly generation = ++generations;

  constructor(private readonly items: readonly T[]) {}

  get total(): number {
    return this.items.length;
  }

  item(index: number): T | undefined {
    return this.items[index];
  }

  requestRange(): void {}

  /** The rows `from..to`, inclusive, in either order. */
  slice(from: number, to: number): T[] {
    return this.items.slice(Math.min(from, to), Math.max(from, to) + 1);
  }
}
