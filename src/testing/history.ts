import type { HistoryEvent, HistoryKind, LastAssignment } from '../schemas/history.js';
import type { EquipmentRecord } from './records.js';

/** A customer or a user as an event names it: the name as it was when the event happened. */
export interface Party {
  id: string;
  name: string;
}

/** When a change happened (epoch ms) and who made it (null for seeded or imported data). */
export interface Stamp {
  at: number;
  by: Party | null;
}

const NONE = -1;
const KINDS: readonly HistoryKind[] = ['assigned', 'unassigned', 'moved', 'customer_deleted'];
const INITIAL_CAPACITY = 1024;

/** A page of event positions, newest first; `next` is the position the next page continues after. */
export interface EventWindow {
  positions: number[];
  next: number | null;
  total: number;
}

/**
 * Every assignment change, append-only, in columns (typed arrays) so a million events cost tens of MB and
 * no per-event object. Each event is linked to the previous event of its unit, of its `from` customer and of
 * its `to` customer, and every unit and customer knows its newest event: a page newest-first walks exactly the
 * events it returns, whatever the depth (the cursor is an event position), and "what did C hold on day D"
 * walks only C's events. Positions are in the order changes happened, which is time order for a clock that
 * does not run backwards.
 */
export class AssignmentHistory {
  length = 0;
  private capacity = INITIAL_CAPACITY;
  private unitOf = new Int32Array(INITIAL_CAPACITY);
  private fromOf = new Int32Array(INITIAL_CAPACITY);
  private toOf = new Int32Array(INITIAL_CAPACITY);
  private atOf = new Float64Array(INITIAL_CAPACITY);
  private kindOf = new Uint8Array(INITIAL_CAPACITY);
  private byOf = new Int32Array(INITIAL_CAPACITY);
  private prevOfUnit = new Int32Array(INITIAL_CAPACITY);
  private prevOfFrom = new Int32Array(INITIAL_CAPACITY);
  private prevOfTo = new Int32Array(INITIAL_CAPACITY);
  /** The customers' names as they were, per event (strings are shared, so this is a pointer each). */
  private readonly fromName: string[] = [];
  private readonly toName: string[] = [];

  /** Per unit position: newest event, count, newest event that gave it a customer. */
  private unitHead = new Int32Array(0);
  private unitCount = new Int32Array(0);
  private unitLastTo = new Int32Array(0);

  /** Customers by id → slot; per slot the newest event and the count. Slots outlive deleted customers. */
  private readonly slots = new Map<string, number>();
  private readonly slotIds: string[] = [];
  private readonly customerHead: number[] = [];
  private readonly customerCount: number[] = [];

  private readonly users: Party[] = [];
  private readonly userSlots = new Map<string, number>();
  private marks = new Int32Array(0);
  private generation = 0;
  private lastUser: Party | undefined;
  private lastUserSlot = NONE;

  constructor(private readonly units: () => readonly EquipmentRecord[]) {}

  /** Records one change of `unit` from one customer (or none) to another (or none). */
  record(unit: EquipmentRecord, from: Party | null, to: Party | null, stamp: Stamp, cascade = false): number {
    const e = this.length;
    if (e === this.capacity) this.grow();
    this.ensureUnit(unit.position);
    const fromSlot = from ? this.slot(from.id) : NONE;
    const toSlot = to ? this.slot(to.id) : NONE;
    this.unitOf[e] = unit.position;
    this.fromOf[e] = fromSlot;
    this.toOf[e] = toSlot;
    this.atOf[e] = stamp.at;
    this.kindOf[e] = cascade ? 3 : from === null ? 0 : to === null ? 1 : 2;
    this.byOf[e] = stamp.by ? this.user(stamp.by) : NONE;
    this.fromName.push(from?.name ?? '');
    this.toName.push(to?.name ?? '');
    this.prevOfUnit[e] = this.unitHead[unit.position] as number;
    this.unitHead[unit.position] = e;
    this.unitCount[unit.position] = (this.unitCount[unit.position] as number) + 1;
    if (toSlot !== NONE) this.unitLastTo[unit.position] = e;
    if (fromSlot !== NONE) {
      this.prevOfFrom[e] = this.customerHead[fromSlot] as number;
      this.customerHead[fromSlot] = e;
      this.customerCount[fromSlot] = (this.customerCount[fromSlot] as number) + 1;
    } else this.prevOfFrom[e] = NONE;
    if (toSlot !== NONE) {
      this.prevOfTo[e] = this.customerHead[toSlot] as number;
      this.customerHead[toSlot] = e;
      this.customerCount[toSlot] = (this.customerCount[toSlot] as number) + 1;
    } else this.prevOfTo[e] = NONE;
    this.length++;
    return e;
  }

  /** Whether any event names this customer: its history stays readable after it is deleted. */
  knowsCustomer(customerId: string): boolean {
    return this.slots.has(customerId);
  }

  /** A unit's events, newest first, after the event `cursor` (a position from a previous page). */
  unitPage(unitPosition: number, cursor: number | undefined, limit: number): EventWindow | undefined {
    const head = unitPosition < this.unitHead.length ? (this.unitHead[unitPosition] as number) : NONE;
    const total = unitPosition < this.unitCount.length ? (this.unitCount[unitPosition] as number) : 0;
    if (cursor !== undefined && !this.isUnitEvent(cursor, unitPosition)) return undefined;
    const start = cursor === undefined ? head : (this.prevOfUnit[cursor] as number);
    return this.walk(start, limit, total, (e) => this.prevOfUnit[e] as number);
  }

  /**
   * A customer's events, newest first. With `unitPosition`, only that unit's events with this customer: the
   * unit's own chain is walked (a unit has few events), skipping those of other customers.
   */
  customerPage(
    customerId: string,
    cursor: number | undefined,
    limit: number,
    unitPosition?: number,
  ): EventWindow | undefined {
    const slot = this.slots.get(customerId);
    if (slot === undefined) return { positions: [], next: null, total: 0 };
    if (cursor !== undefined && !this.isCustomerEvent(cursor, slot, unitPosition)) return undefined;
    if (unitPosition === undefined) {
      const next = (e: number) => this.nextOfCustomer(e, slot);
      const start = cursor === undefined ? (this.customerHead[slot] as number) : next(cursor);
      return this.walk(start, limit, this.customerCount[slot] as number, next);
    }
    const involves = (e: number) => this.fromOf[e] === slot || this.toOf[e] === slot;
    const next = (e: number): number => {
      let p = this.prevOfUnit[e] as number;
      while (p !== NONE && !involves(p)) p = this.prevOfUnit[p] as number;
      return p;
    };
    let total = 0;
    const head = unitPosition < this.unitHead.length ? (this.unitHead[unitPosition] as number) : NONE;
    for (let e = head; e !== NONE; e = this.prevOfUnit[e] as number) if (involves(e)) total++;
    const first = head === NONE || involves(head) ? head : next(head);
    return this.walk(cursor === undefined ? first : next(cursor), limit, total, next);
  }

  /**
   * The unit positions customer `customerId` held at some moment in [start, end) (epoch ms); `start === end`
   * asks for the instant just before `start`. Walks the customer's events newest first: events in the window
   * that gave it a unit count, and for every other unit the newest event before the window says whether the
   * customer held it when the window opened.
   */
  heldBetween(customerId: string, start: number, end: number): number[] {
    const slot = this.slots.get(customerId);
    if (slot === undefined) return [];
    // Marks per unit with a generation number instead of Sets: no allocation and one typed-array read per event.
    const marks = this.scratch();
    const decided = ++this.generation;
    const held = ++this.generation;
    const out: number[] = [];
    for (let e = this.customerHead[slot] as number; e !== NONE; e = this.nextOfCustomer(e, slot)) {
      const at = this.atOf[e] as number;
      if (at >= end) continue;
      const unit = this.unitOf[e] as number;
      const mark = marks[unit] as number;
      if (mark === held) continue;
      if (at >= start) {
        if (this.toOf[e] === slot) {
          marks[unit] = held;
          out.push(unit);
        }
      } else if (mark !== decided) {
        if (this.toOf[e] === slot) {
          marks[unit] = held;
          out.push(unit);
        } else marks[unit] = decided;
      }
    }
    return out;
  }

  private scratch(): Int32Array {
    if (this.marks.length < this.unitHead.length || this.generation > 0x7ffffff0) {
      this.marks = new Int32Array(this.unitHead.length);
      this.generation = 0;
    }
    return this.marks;
  }

  /** Whom the unit was last given to, and when. */
  lastAssignment(unitPosition: number): LastAssignment | undefined {
    if (unitPosition >= this.unitLastTo.length) return undefined;
    const e = this.unitLastTo[unitPosition] as number;
    if (e === NONE) return undefined;
    const id = this.slotIds[this.toOf[e] as number] as string;
    return { customer: { id, name: this.toName[e] as string }, at: new Date(this.atOf[e] as number).toISOString() };
  }

  view(e: number): HistoryEvent {
    const unit = this.units()[this.unitOf[e] as number] as EquipmentRecord;
    const from = this.fromOf[e] as number;
    const to = this.toOf[e] as number;
    const by = this.byOf[e] as number;
    const unitView: HistoryEvent['unit'] = { id: unit.id, name: unit.name };
    if (unit.serialNumber !== undefined) unitView.serialNumber = unit.serialNumber;
    return {
      id: eventId(e),
      kind: KINDS[this.kindOf[e] as number] as HistoryKind,
      at: new Date(this.atOf[e] as number).toISOString(),
      unit: unitView,
      from: from === NONE ? null : { id: this.slotIds[from] as string, name: this.fromName[e] as string },
      to: to === NONE ? null : { id: this.slotIds[to] as string, name: this.toName[e] as string },
      by: by === NONE ? null : { ...(this.users[by] as Party) },
    };
  }

  private nextOfCustomer(e: number, slot: number): number {
    return (this.fromOf[e] === slot ? this.prevOfFrom[e] : this.prevOfTo[e]) as number;
  }

  private isUnitEvent(e: number, unitPosition: number): boolean {
    return Number.isInteger(e) && e >= 0 && e < this.length && this.unitOf[e] === unitPosition;
  }

  private isCustomerEvent(e: number, slot: number, unitPosition: number | undefined): boolean {
    if (!Number.isInteger(e) || e < 0 || e >= this.length) return false;
    if (unitPosition !== undefined && this.unitOf[e] !== unitPosition) return false;
    return this.fromOf[e] === slot || this.toOf[e] === slot;
  }

  private walk(start: number, limit: number, total: number, next: (e: number) => number): EventWindow {
    const positions: number[] = [];
    let e = start;
    while (e !== NONE && positions.length < limit) {
      positions.push(e);
      e = next(e);
    }
    const last = positions[positions.length - 1];
    return { positions, next: e !== NONE && last !== undefined ? last : null, total };
  }

  private slot(customerId: string): number {
    let slot = this.slots.get(customerId);
    if (slot === undefined) {
      slot = this.slotIds.length;
      this.slots.set(customerId, slot);
      this.slotIds.push(customerId);
      this.customerHead.push(NONE);
      this.customerCount.push(0);
    }
    return slot;
  }

  private user(by: Party): number {
    // One request (or the seed) passes the same object for all its events: skip building the key for those.
    if (by === this.lastUser) return this.lastUserSlot;
    const key = `${by.id}\u0000${by.name}`;
    let slot = this.userSlots.get(key);
    if (slot === undefined) {
      slot = this.users.length;
      this.users.push({ id: by.id, name: by.name });
      this.userSlots.set(key, slot);
    }
    this.lastUser = by;
    this.lastUserSlot = slot;
    return slot;
  }

  private ensureUnit(position: number): void {
    if (position < this.unitHead.length) return;
    const size = Math.max(position + 1, this.unitHead.length * 2, 1024);
    this.unitHead = extend(this.unitHead, size, NONE);
    this.unitCount = extend(this.unitCount, size, 0);
    this.unitLastTo = extend(this.unitLastTo, size, NONE);
  }

  private grow(): void {
    const size = this.capacity * 2;
    this.unitOf = extend(this.unitOf, size, 0);
    this.fromOf = extend(this.fromOf, size, 0);
    this.toOf = extend(this.toOf, size, 0);
    this.byOf = extend(this.byOf, size, 0);
    this.prevOfUnit = extend(this.prevOfUnit, size, 0);
    this.prevOfFrom = extend(this.prevOfFrom, size, 0);
    this.prevOfTo = extend(this.prevOfTo, size, 0);
    const at = new Float64Array(size);
    at.set(this.atOf);
    this.atOf = at;
    const kind = new Uint8Array(size);
    kind.set(this.kindOf);
    this.kindOf = kind;
    this.capacity = size;
  }
}

export const eventId = (position: number): string => `evt_${position.toString(36).padStart(6, '0')}`;

function extend(array: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(array);
  if (fill !== 0) out.fill(fill, array.length);
  return out;
}
