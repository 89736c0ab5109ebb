import type { Customer } from '../schemas/customer.js';
import type { Contact } from '../schemas/contact.js';
import type { Equipment } from '../schemas/equipment.js';
import { CustomerIndex, CustomerSearch, customerSortValues } from './customer-index.js';
import { EquipmentIndex } from './equipment-index.js';
import { AssignmentHistory, type Stamp } from './history.js';
import { SearchIndex } from './search-index.js';
import type { Random } from './random.js';
import {
  toContact,
  toCustomer,
  toEquipment,
  type ContactRecord,
  type CustomerRecord,
  type EquipmentRecord,
} from './records.js';
import { fold, searchText } from './text.js';
import { defaultNotifications } from '../schemas/notification.js';

// The digits of `Number#toString(32)`, in code-unit order, so random tails and counters share one alphabet.
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuv';

/** Which lists a write invalidates; list caches compare these counters. */
export interface Versions {
  customers: number;
  contacts: number;
  equipment: number;
}

/**
 * The backend's state: records in Maps for O(1) lookups by id (assigning 10,000 ids is 10,000 lookups), and
 * per-customer contact sets and unit counts, so counts are always live. It knows no HTTP: the routes check
 * the rules and call it.
 */
export class Store {
  readonly customers = new Map<string, CustomerRecord>();
  readonly contacts = new Map<string, ContactRecord>();
  readonly equipment = new Map<string, EquipmentRecord>();
  /** Every unit in creation order, the source of the pre-sorted indexes. */
  readonly units: EquipmentRecord[] = [];
  readonly equipmentIndex = new EquipmentIndex(() => this.units);
  readonly equipmentSearch = new SearchIndex(() => this.units);
  /** Every customer pre-sorted per sort field, and their search texts: a customer query neither sorts nor scans. */
  readonly customerSortValues = customerSortValues(this);
  readonly customerIndex = new CustomerIndex(() => this.customers.values(), this.customerSortValues);
  readonly customerSearch = new CustomerSearch(() => this.customers.values());
  readonly versions: Versions = { customers: 0, contacts: 0, equipment: 0 };
  /** Every assignment change, for the history endpoints and the `at` query. */
  readonly history = new AssignmentHistory(() => this.units);
  private readonly contactsOf = new Map<string, Set<string>>();
  /** Units per customer: counts, not sets, since only a cascade delete needs the units and it can scan. */
  private readonly unitCounts = new Map<string, number>();
  private readonly externalReferences = new Map<string, string>();

  private idCounter: number;

  constructor(private readonly ids: Random) {
    this.idCounter = ids.int(0x8000, 0xfffff);
  }

  /**
   * `eq_` + a 6-character counter + 4 random characters (base32, alphabet in code-unit order). Ids thus sort
   * in creation order, which lets the sort indexes break ties by position instead of comparing id strings,
   * and can never collide; the random tail keeps callers from guessing or counting on them.
   */
  newId(prefix: string): string {
    let id = prefix + (this.idCounter++).toString(32).padStart(6, '0');
    for (let i = 0; i < 4; i++) id += ID_ALPHABET[this.ids.int(0, 31)];
    return id;
  }

  // ---- reads ----

  contactCount = (customerId: string): number => this.contactsOf.get(customerId)?.size ?? 0;
  equipmentCount = (customerId: string): number => this.unitCounts.get(customerId) ?? 0;

  customerView(record: CustomerRecord): Customer {
    return toCustomer(record, this.contactCount(record.id), this.equipmentCount(record.id));
  }

  contactView = (record: ContactRecord): Contact => toContact(record);

  equipmentView = (record: EquipmentRecord): Equipment => {
    const owner = record.customerId === null ? undefined : this.customers.get(record.customerId);
    return toEquipment(
      record,
      owner ? { id: owner.id, name: owner.name } : null,
      this.history.lastAssignment(record.position),
    );
  };

  contactsOfCustomer(customerId: string): ContactRecord[] {
    const out: ContactRecord[] = [];
    for (const id of this.contactsOf.get(customerId) ?? []) {
      const contact = this.contacts.get(id);
      if (contact) out.push(contact);
    }
    return out;
  }

  /** The customer holding an external reference (compared case-insensitively), if any. */
  customerByExternalReference(reference: string): string | undefined {
    return this.externalReferences.get(fold(reference.trim()));
  }

  // ---- customers ----

  insertCustomer(record: CustomerRecord): void {
    this.customers.set(record.id, record);
    if (record.externalReference) this.externalReferences.set(fold(record.externalReference), record.id);
    this.customerIndex.insert(record);
    this.customerSearch.update(record);
    this.versions.customers++;
  }

  /** Applies already-validated changes; `null` or '' clears a field. */
  updateCustomer(record: CustomerRecord, changes: Partial<Record<keyof CustomerRecord, unknown>>, now: string): void {
    if (record.externalReference) this.externalReferences.delete(fold(record.externalReference));
    const target = record as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (value === null || value === '') delete target[key];
      else target[key] = value;
    }
    if (record.externalReference) this.externalReferences.set(fold(record.externalReference), record.id);
    record.search = customerSearchText(record);
    record.updatedAt = now;
    record.version++;
    this.customerIndex.reposition(record, ['name', 'type', 'updatedAt']);
    this.customerSearch.update(record);
    this.versions.customers++;
    // The units' `customer.name` is read live, and the equipment filters do not look at it: no equipment bump.
  }

  /**
   * Deletes the customer, its contacts, and every assignment of its units (the units themselves stay); each
   * freed unit gets a `customer_deleted` event naming the customer as it was.
   */
  deleteCustomer(customerId: string, stamp: Stamp): { contacts: number; units: number } {
    const record = this.customers.get(customerId);
    if (!record) return { contacts: 0, units: 0 };
    const contactIds = this.contactsOf.get(customerId) ?? new Set<string>();
    for (const id of contactIds) this.contacts.delete(id);
    let units = 0;
    if (this.equipmentCount(customerId) > 0) {
      for (const unit of this.units) {
        if (unit.customerId === customerId) {
          unit.customerId = null;
          this.history.record(unit, { id: record.id, name: record.name }, null, stamp, true);
          units++;
        }
      }
    }
    this.contactsOf.delete(customerId);
    this.unitCounts.delete(customerId);
    if (record.externalReference) this.externalReferences.delete(fold(record.externalReference));
    this.customers.delete(customerId);
    this.customerIndex.remove(record);
    this.customerSearch.remove(record);
    this.versions.customers++;
    if (contactIds.size) this.versions.contacts++;
    if (units) this.versions.equipment++;
    return { contacts: contactIds.size, units };
  }

  // ---- contacts ----

  insertContact(record: ContactRecord): void {
    record.notifications ??= defaultNotifications(record, this.customers.get(record.customerId)?.address?.country);
    this.contacts.set(record.id, record);
    let set = this.contactsOf.get(record.customerId);
    if (!set) this.contactsOf.set(record.customerId, (set = new Set()));
    set.add(record.id);
    this.recount(record.customerId);
    this.versions.contacts++;
    this.versions.customers++;
  }

  updateContact(record: ContactRecord, changes: Partial<Record<keyof ContactRecord, unknown>>, now: string): void {
    const target = record as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      if (value === null || value === '') delete target[key];
      else target[key] = value;
    }
    record.search = contactSearchText(record);
    record.updatedAt = now;
    record.version++;
    this.versions.contacts++;
  }

  deleteContact(record: ContactRecord): void {
    this.contacts.delete(record.id);
    this.contactsOf.get(record.customerId)?.delete(record.id);
    this.recount(record.customerId);
    this.versions.contacts++;
    this.versions.customers++;
  }

  // ---- equipment ----

  /** A unit created with a customer records its assignment; the seed's are dated before 2026-11-01 and by nobody. */
  insertEquipment(record: EquipmentRecord, stamp: Stamp = seededStamp(this.units.length)): void {
    this.equipment.set(record.id, record);
    record.position = this.units.length;
    this.units.push(record);
    this.equipmentIndex.insert(record);
    if (record.customerId !== null) {
      this.count(record.customerId, 1);
      this.history.record(record, null, this.party(record.customerId), stamp);
    }
    this.versions.equipment++;
    if (record.customerId !== null) this.versions.customers++;
  }

  /**
   * Moves one unit to a customer, or to none, and records the change as one event; callers bump versions once
   * per batch via `touchAssignments`.
   */
  setOwner(unit: EquipmentRecord, customerId: string | null, stamp: Stamp): void {
    if (unit.customerId === customerId) return;
    const from = unit.customerId === null ? null : this.party(unit.customerId);
    if (unit.customerId !== null) this.count(unit.customerId, -1);
    unit.customerId = customerId;
    if (customerId !== null) this.count(customerId, 1);
    this.history.record(unit, from, customerId === null ? null : this.party(customerId), stamp);
  }

  private party(customerId: string): { id: string; name: string } {
    return { id: customerId, name: this.customers.get(customerId)?.name ?? '' };
  }

  touchAssignments(): void {
    this.versions.equipment++;
    this.versions.customers++;
  }

  private count(customerId: string, delta: number): void {
    this.unitCounts.set(customerId, (this.unitCounts.get(customerId) ?? 0) + delta);
    // One assignment call can move the counts of thousands of customers: rebuild that order once, when asked.
    this.customerIndex.drop('equipmentCount');
  }

  /** A customer's contact count changed: its place in the contacts order too. */
  private recount(customerId: string): void {
    const customer = this.customers.get(customerId);
    if (customer) this.customerIndex.reposition(customer, ['contactCount']);
  }
}

// 2026-10-20T06:00:00Z, then 5 s per unit: 100,000 seeded units are all assigned before 2026-11-01.
const SEEDED_FROM = Date.UTC(2026, 9, 20, 6);
const seededStamp = (position: number): Stamp => ({ at: SEEDED_FROM + position * 5000, by: null });

export const customerSearchText = (record: CustomerRecord): string =>
  searchText([record.name, record.externalReference, record.email, record.phone, record.address?.city]);

export const contactSearchText = (record: ContactRecord): string =>
  searchText([record.name, record.email, record.phone, record.title]);
