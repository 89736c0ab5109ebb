/** What is searched: anything with a folded search text (units; customers' text slots). */
export interface Searchable {
  readonly search: string;
}

/**
 * Substring search over the whole fleet with one `indexOf` scan of all search texts joined together: 2-3x
 * faster than `includes` on 100,000 separate strings. Every text starts with a separator that no folded query
 * contains, so a match never spans two units. Units are only ever appended and their texts never change, so
 * the joined text only grows.
 */
export class SearchIndex {
  private text = '';
  private starts = new Uint32Array(1024);
  private count = 0;

  constructor(private readonly units: () => readonly Searchable[]) {}

  /** A flag per unit position: 1 where the unit's search text contains `query` (already folded). */
  matches(query: string): Uint8Array {
    this.catchUp();
    const marks = new Uint8Array(this.count);
    const { text, starts, count } = this;
    let from = 0;
    let unit = 0;
    for (;;) {
      const at = text.indexOf(query, from);
      if (at < 0) break;
      // Matches come in text order, so the owning unit is found searching forward from the last one.
      let low = unit;
      let high = count - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if ((starts[middle] as number) <= at) low = middle;
        else high = middle - 1;
      }
      unit = low;
      marks[unit] = 1;
      from = starts[unit + 1] as number;
    }
    return marks;
  }

  /** Joins whatever units were added since the last search. */
  catchUp(): void {
    const units = this.units();
    if (units.length === this.count) return;
    if (this.starts.length < units.length + 1) {
      const grown = new Uint32Array(Math.max(units.length + 1, this.starts.length * 2));
      grown.set(this.starts);
      this.starts = grown;
    }
    const parts: string[] = [this.text];
    let length = this.text.length;
    for (let i = this.count; i < units.length; i++) {
      const search = (units[i] as Searchable).search;
      this.starts[i] = length;
      parts.push(search);
      length += search.length;
    }
    this.starts[units.length] = length;
    this.text = parts.join('');
    this.count = units.length;
  }
}
