import { compareKeyed, type SortValue } from './order.js';
import { sortedPositions } from './radix.js';
import type { CustomerRecord } from './records.js';
import { SearchIndex } from './search-index.js';
import { fold } from './text.js';

/** The customer sort fields, each read live (counts come from the store). */
export type CustomerSortValues = Readonly<Record<string, (record: CustomerRecord) => SortValue>>;

export function customerSortValues(counts: {
  contactCount(customerId: string): number;
  equipmentCount(customerId: string): number;
}): CustomerSortValues {
  return {
    name: (record) => fold(record.name),
    type: (record) => record.type,
    createdAt: (record) => record.createdAt,
    updatedAt: (record) => record.updatedAt,
    equipmentCount: (record) => counts.equipmentCount(record.id),
    contactCount: (record) => counts.contactCount(record.id),
  };
}

/**
 * Every customer pre-sorted once per sort field (ascending; descending reads it backwards), as the equipment index
 * does for units: a query is then one linear filtering pass that keeps the order, with no sort per request and no
 * first sort on opening. Unlike units, customers change, go, and their counts move, so each write repositions the
 * one record (a binary search and a splice per order built so far); a batch of assignments, which can move the
 * equipment counts of many customers at once, drops that order instead, and it is rebuilt (radix, a few ms) when
 * next asked for.
 *
 * Ties are broken by id: customers are kept in creation order, which is id order (`Store.newId`), and the radix
 * sort keeps ties in that order.
 */
export class CustomerIndex {
  private readonly sorted = new Map<string, CustomerRecord[]>();

  constructor(
    private readonly customers: () => Iterable<CustomerRecord>,
    private readonly values: CustomerSortValues,
  ) {}

  ordered(field: string): readonly CustomerRecord[] {
    let list = this.sorted.get(field);
    if (!list) {
      const records = [...this.customers()];
      const valueOf = this.valueOf(field);
      const values = new Array<SortValue>(records.length);
      for (let i = 0; i < records.length; i++) values[i] = valueOf(records[i] as CustomerRecord);
      const positions = sortedPositions(values);
      list = new Array<CustomerRecord>(positions.length);
      for (let i = 0; i < positions.length; i++) list[i] = records[positions[i] as number] as CustomerRecord;
      this.sorted.set(field, list);
    }
    return list;
  }

  /** Builds every sort order now, so that no page request pays for a first sort later. */
  buildAll(): void {
    for (const field of Object.keys(this.values)) this.ordered(field);
  }

  insert(record: CustomerRecord): void {
    for (const [field, list] of this.sorted) list.splice(this.positionOf(list, field, record), 0, record);
  }

  /** The record's sort values may have changed (`fields`: which orders; every order when left out). */
  reposition(record: CustomerRecord, fields?: readonly string[]): void {
    for (const [field, list] of this.sorted) {
      if (fields && !fields.includes(field)) continue;
      const at = list.indexOf(record);
      if (at >= 0) list.splice(at, 1);
      list.splice(this.positionOf(list, field, record), 0, record);
    }
  }

  remove(record: CustomerRecord): void {
    for (const list of this.sorted.values()) {
      const at = list.indexOf(record);
      if (at >= 0) list.splice(at, 1);
    }
  }

  /** Forgets one order (it is rebuilt when next asked for). */
  drop(field: string): void {
    this.sorted.delete(field);
  }

  private valueOf(field: string): (record: CustomerRecord) => SortValue {
    const valueOf = this.values[field];
    if (!valueOf) throw new RangeError(`Unknown customer sort field: ${field}`);
    return valueOf;
  }

  private positionOf(list: readonly CustomerRecord[], field: string, record: CustomerRecord): number {
    const valueOf = this.valueOf(field);
    const value = valueOf(record);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = list[middle] as CustomerRecord;
      if (compareKeyed(valueOf(other), other.id, value, record.id) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * The equipment's substring search (`SearchIndex`, one `indexOf` over every text joined) over customers, whose
 * texts change and who are deleted: each version of a customer's text gets a slot of its own, appended; an edit or
 * a delete retires the old slot. When retired slots outnumber live ones, the slots start over.
 */
export class CustomerSearch {
  private slots: { search: string; record: CustomerRecord | null }[] = [];
  private readonly slotOf = new Map<CustomerRecord, number>();
  private retired = 0;
  private index = new SearchIndex(() => this.slots);

  constructor(private readonly customers: () => Iterable<CustomerRecord>) {}

  /** The customers whose search text contains `query` (already folded). */
  matches(query: string): Set<CustomerRecord> {
    if (this.retired > 1000 && this.retired > this.slots.length / 2) this.rebuild();
    const marks = this.index.matches(query);
    const found = new Set<CustomerRecord>();
    for (let slot = 0; slot < marks.length; slot++) {
      if (marks[slot] !== 1) continue;
      const record = (this.slots[slot] as { record: CustomerRecord | null }).record;
      if (record) found.add(record);
    }
    return found;
  }

  /** A customer came, or its text changed. */
  update(record: CustomerRecord): void {
    this.retire(record);
    this.slotOf.set(record, this.slots.length);
    this.slots.push({ search: record.search, record });
  }

  remove(record: CustomerRecord): void {
    this.retire(record);
    this.slotOf.delete(record);
  }

  private retire(record: CustomerRecord): void {
    const slot = this.slotOf.get(record);
    if (slot === undefined) return;
    (this.slots[slot] as { record: CustomerRecord | null }).record = null;
    this.retired += 1;
  }

  /** Joins the texts added since the last search now, so that the first search does not pay for it. */
  catchUp(): void {
    this.index.catchUp();
  }

  /** Starts the slots over from the live customers. */
  rebuild(): void {
    this.slots = [];
    this.slotOf.clear();
    this.retired = 0;
    this.index = new SearchIndex(() => this.slots);
    for (const record of this.customers()) {
      this.slotOf.set(record, this.slots.length);
      this.slots.push({ search: record.search, record });
    }
    this.index.catchUp();
  }
}
