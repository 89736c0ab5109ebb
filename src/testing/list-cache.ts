/**
 * Filtered, sorted lists keyed by query fingerprint and tagged with the data version they were built from:
 * paging through a list asks the same query again and again, and must not re-filter 100,000 units each time.
 */
export class ListCache<T> {
  private readonly entries = new Map<string, { version: number; value: T }>();

  constructor(private readonly capacity = 32) {}

  get(key: string, version: number, build: () => T): T {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      if (entry.version === version) {
        this.entries.set(key, entry);
        return entry.value;
      }
    }
    const value = build();
    this.entries.set(key, { version, value });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return value;
  }
}
