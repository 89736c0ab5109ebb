import type { EquipmentFacets } from '../schemas/equipment.js';
import type { ContactListQuery, CustomerListQuery, EquipmentListQuery } from '../schemas/query.js';
import { sortValue } from './equipment-index.js';
import { hash64 } from './hash.js';
import type { Reply } from './http.js';
import { ListCache } from './list-cache.js';
import { compareKeyed, parseSort, type SortValue } from './order.js';
import type { OrderedList } from './paging.js';
import type { ContactRecord, CustomerRecord, EquipmentRecord } from './records.js';
import type { Store } from './store.js';
import { fold, foldQuery } from './text.js';

const utf8 = new TextEncoder();

type Decorated<T> = { record: T; value: SortValue };

const CONTACT_SORT: Readonly<Record<string, (record: ContactRecord) => SortValue>> = {
  name: (record) => fold(record.name),
  email: (record) => (record.email === undefined ? null : fold(record.email)),
  phone: (record) => record.phone ?? null,
  title: (record) => (record.title === undefined ? null : fold(record.title)),
  createdAt: (record) => record.createdAt,
};

export interface ListResult<T> {
  list: OrderedList<T>;
  /** Identifies the query (scope, search, filters, sort), so a cursor cannot be replayed against another. */
  fingerprint: string;
}

/**
 * Turns a validated query into the ordered list it selects, cached per query and data version, so that paging
 * costs a binary search and a slice.
 */
export class Lists {
  private readonly customers = new ListCache<OrderedList<CustomerRecord>>();
  private readonly contacts = new ListCache<OrderedList<Decorated<ContactRecord>>>();
  private readonly equipment = new ListCache<OrderedList<EquipmentRecord>>();
  private readonly customerPages = new ListCache<Reply>(256);
  private facetCache: { size: number; facets: EquipmentFacets } | undefined;
  private readonly ranks = new Map<string, { ordered: readonly EquipmentRecord[]; size: number; of: Int32Array }>();

  constructor(private readonly store: Store) {}

  /** Brands and asset types of the whole fleet, with counts, sorted by value. */
  facets(): EquipmentFacets {
    const { units } = this.store;
    // Units are never removed and their brand and asset type never change: the count of units is a version.
    if (this.facetCache?.size !== units.length) {
      const brands = new Map<string, number>();
      const assetTypes = new Map<string, number>();
      for (const unit of units) {
        if (unit.brand) brands.set(unit.brand, (brands.get(unit.brand) ?? 0) + 1);
        assetTypes.set(unit.assetType, (assetTypes.get(unit.assetType) ?? 0) + 1);
      }
      this.facetCache = {
        size: units.length,
        facets: { brands: facetList(brands), assetTypes: facetList(assetTypes) },
      };
    }
    return this.facetCache.facets;
  }

  /**
   * A page of customers, serialised once per data version: the list endpoint answers the same page to
   * every poller, and building 25 views and their JSON was most of its work. Any change to a customer,
   * its contacts or its units bumps `versions.customers`, as for the lists themselves.
   */
  customerPage(key: string, build: () => Reply): Reply {
    return this.customerPages.get(key, this.store.versions.customers, () => {
      const reply = build();
      return { ...reply, bytes: utf8.encode(JSON.stringify(reply.body ?? null)) };
    });
  }

  customerList(query: CustomerListQuery): ListResult<CustomerRecord> {
    const sort = parseSort(query.sort, 'name');
    const search = foldQuery(query.search);
    const types = query.type?.length ? new Set<string>(query.type) : undefined;
    const fingerprint = fingerprintOf(['customers', search, [...(types ?? [])].sort(), query.sort ?? 'name']);
    // One pass over the pre-sorted index keeps its order: no sort and no scan of every text per query.
    const list = this.customers.get(fingerprint, this.store.versions.customers, () => {
      const { customerIndex, customerSearch, customerSortValues } = this.store;
      const ordered = customerIndex.ordered(sort.field);
      const compact = compactDigits(search);
      const matches = search ? customerSearch.matches(search) : undefined;
      const keep = (record: CustomerRecord): boolean =>
        (!types || types.has(record.type)) &&
        (!matches || matches.has(record) || (compact !== '' && record.phone?.includes(compact) === true));
      const items: CustomerRecord[] = [];
      if (sort.desc) {
        for (let i = ordered.length - 1; i >= 0; i--)
          if (keep(ordered[i] as CustomerRecord)) items.push(ordered[i] as CustomerRecord);
      } else {
        for (const record of ordered) if (keep(record)) items.push(record);
      }
      const valueOf = customerSortValues[sort.field] as (record: CustomerRecord) => SortValue;
      return { items, desc: sort.desc, valueOf, idOf: (record) => record.id };
    });
    return { list, fingerprint };
  }

  contactList(customerId: string, query: ContactListQuery): ListResult<Decorated<ContactRecord>> {
    const sort = parseSort(query.sort, 'name');
    const search = foldQuery(query.search);
    const fingerprint = fingerprintOf(['contacts', customerId, search, query.sort ?? 'name']);
    const list = this.contacts.get(fingerprint, this.store.versions.contacts, () => {
      const valueOf = CONTACT_SORT[sort.field] as (record: ContactRecord) => SortValue;
      const compact = compactDigits(search);
      const rows: Decorated<ContactRecord>[] = [];
      for (const record of this.store.contactsOfCustomer(customerId)) {
        if (search && !record.search.includes(search) && !(compact && record.phone?.includes(compact))) continue;
        rows.push({ record, value: valueOf(record) });
      }
      return decoratedList(rows, sort.desc);
    });
    return { list, fingerprint };
  }

  /**
   * The fleet (`owner` undefined) or one customer's units. One pass over the pre-sorted index keeps the order,
   * so even 100,000 units cost a few ms once per query and data version.
   */
  equipmentList(
    query: EquipmentListQuery,
    owner?: string,
    at?: { start: number; end: number },
  ): ListResult<EquipmentRecord> {
    const sort = parseSort(query.sort, 'name');
    const search = foldQuery(query.search);
    const types = foldedSet(query.type);
    const assetTypes = query.assetType?.length ? new Set<string>(query.assetType) : undefined;
    const brands = foldedSet(query.brand);
    const assignment = owner === undefined ? (query.assignment ?? 'any') : 'any';
    const other = assignment === 'other' ? (query.customerId ?? null) : null;
    const fingerprint = fingerprintOf([
      owner === undefined ? 'equipment' : `customers/${owner}/equipment`,
      search,
      [...(types ?? [])].sort(),
      [...(assetTypes ?? [])].sort(),
      [...(brands ?? [])].sort(),
      assignment,
      other,
      query.sort ?? 'name',
      at ? [at.start, at.end] : null,
    ]);
    const list = this.equipment.get(fingerprint, this.store.versions.equipment, () => {
      // `at`: the few units the owner held then, from its own history, sorted here rather than found by a scan.
      const held = at && owner !== undefined ? this.heldUnits(owner, at, sort.field) : undefined;
      const ordered = held ?? this.store.equipmentIndex.ordered(sort.field);
      const matches = search ? this.store.equipmentSearch.matches(search) : undefined;
      const keep = (unit: EquipmentRecord): boolean => {
        if (matches && matches[unit.position] !== 1) return false;
        if (owner !== undefined && !held && unit.customerId !== owner) return false;
        if (assignment === 'none' && unit.customerId !== null) return false;
        if (assignment === 'other' && (unit.customerId === null || unit.customerId === other)) return false;
        if (assetTypes && !assetTypes.has(unit.assetType)) return false;
        if (types && (unit.typeKey === null || !types.has(unit.typeKey))) return false;
        return !brands || (unit.brandKey !== null && brands.has(unit.brandKey));
      };
      const items: EquipmentRecord[] = [];
      if (sort.desc) {
        for (let i = ordered.length - 1; i >= 0; i--)
          if (keep(ordered[i] as EquipmentRecord)) items.push(ordered[i] as EquipmentRecord);
      } else {
        for (const unit of ordered) if (keep(unit)) items.push(unit);
      }
      return { items, desc: sort.desc, valueOf: sortValue(sort.field), idOf: (unit) => unit.id };
    });
    return { list, fingerprint };
  }

  /**
   * The units `owner` held in the window, in `field` order: each unit's rank in the pre-sorted index (one
   * array per field, rebuilt only when units are added) turns the sort into a numeric sort of a typed array.
   */
  private heldUnits(owner: string, at: { start: number; end: number }, field: string): EquipmentRecord[] {
    const positions = this.store.history.heldBetween(owner, at.start, at.end);
    const ordered = this.store.equipmentIndex.ordered(field);
    let rank = this.ranks.get(field);
    if (rank?.ordered !== ordered || rank.size !== ordered.length) {
      const of = new Int32Array(ordered.length);
      for (let i = 0; i < ordered.length; i++) of[(ordered[i] as EquipmentRecord).position] = i;
      rank = { ordered, size: ordered.length, of };
      this.ranks.set(field, rank);
    }
    const ranks = new Int32Array(positions.length);
    for (let i = 0; i < positions.length; i++) ranks[i] = rank.of[positions[i] as number] as number;
    ranks.sort();
    return Array.from(ranks, (r) => ordered[r] as EquipmentRecord);
  }
}

function decoratedList<T extends { id: string }>(rows: Decorated<T>[], desc: boolean): OrderedList<Decorated<T>> {
  const direction = desc ? -1 : 1;
  rows.sort((a, b) => direction * compareKeyed(a.value, a.record.id, b.value, b.record.id));
  return { items: rows, desc, valueOf: (row) => row.value, idOf: (row) => row.record.id };
}

const facetList = (counts: Map<string, number>): { value: string; count: number }[] =>
  [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([value, count]) => ({ value, count }));

const foldedSet = (values: readonly string[] | undefined): Set<string> | undefined =>
  values?.length ? new Set(values.map(fold)) : undefined;

/** "+45 12 34" finds +451234…: people type phone numbers with spaces, E.164 has none. */
function compactDigits(search: string): string {
  if (!/^[+\d\s()-]+$/.test(search)) return '';
  const compact = search.replace(/[\s()-]/g, '');
  return compact !== search && compact.length > 0 ? compact : '';
}

const fingerprintOf = (parts: unknown[]): string => hash64(JSON.stringify(parts));
