import type { CustomerClient } from '../../src/client/types.js';
import type { AssetType, AssignmentFilter, Equipment, EquipmentSort } from '../../src/schemas/equipment.js';
import type { EquipmentListQuery } from '../../src/schemas/query.js';
import { cursorDataProvider, type DataProvider } from '../shared/data-provider.js';

/** The customer's own list: a search within it. */
export interface AssignedFilter {
  search: string;
}

/** The picker over the whole fleet. Empty strings mean "any". */
export interface FleetFilter {
  search: string;
  assetType: string;
  brand: string;
  assignment: AssignmentFilter;
}

export const NO_FLEET_FILTER: FleetFilter = { search: '', assetType: '', brand: '', assignment: 'any' };

/** The API's longest search text. */
const SEARCH_MAX = 200;

const searchOf = (search: string): { search?: string } => {
  const text = search.trim().slice(0, SEARCH_MAX);
  return text ? { search: text } : {};
};

/**
 * The API's order is (value, id) and `-field` is its exact reverse (DESIGN §3 "stable order"; the reference
 * backend's `compareKeyed`), so the last pages of a list load from its far end.
 */
export const reverseSort = (sort: EquipmentSort): EquipmentSort =>
  (sort.startsWith('-') ? sort.slice(1) : `-${sort}`) as EquipmentSort;

export const assignedKey = (customerId: string, filter: AssignedFilter, sort: EquipmentSort): string =>
  JSON.stringify([customerId, filter.search.trim(), sort]);

export const fleetKey = (customerId: string, filter: FleetFilter, sort: EquipmentSort): string =>
  JSON.stringify([customerId, filter.search.trim(), filter.assetType, filter.brand, filter.assignment, sort]);

/** Pages of one customer's equipment, by index, over `assignments.list`'s cursors. */
export function assignedProvider(client: CustomerClient, customerId: string) {
  return cursorDataProvider<Equipment, AssignedFilter, EquipmentSort>({
    list: (filter, sort, { limit, cursor, offset }, signal) =>
      client.assignments.list(
        customerId,
        { ...searchOf(filter.search), sort, limit, ...(cursor ? { cursor } : {}), ...(offset ? { offset } : {}) },
        { signal },
      ),
    keyOf: (filter, sort) => assignedKey(customerId, filter, sort),
    reverse: reverseSort,
    offset: true,
  });
}

/** Pages of the fleet, by index, over `equipment.list`'s cursors; `other` means "of a customer other than this one". */
export function fleetProvider(client: CustomerClient, customerId: string) {
  return cursorDataProvider<Equipment, FleetFilter, EquipmentSort>({
    list: (filter, sort, { limit, cursor, offset }, signal) => {
      const query: EquipmentListQuery = {
        ...searchOf(filter.search),
        ...(filter.assetType ? { assetType: [filter.assetType as AssetType] } : {}),
        ...(filter.brand ? { brand: [filter.brand] } : {}),
        assignment: filter.assignment,
        customerId,
        sort,
        limit,
        ...(cursor ? { cursor } : {}),
        ...(offset ? { offset } : {}),
      };
      return client.equipment.list(query, { signal });
    },
    keyOf: (filter, sort) => fleetKey(customerId, filter, sort),
    reverse: reverseSort,
    // A far page (the scrollbar dragged over 100,000 units) is one request, not a walk of 1,000-unit pages.
    offset: true,
  });
}

type CustomerProvider<F> = ReturnType<typeof cursorDataProvider<Equipment, F, EquipmentSort>>;

/**
 * The provider of one client and customer, made on first use and kept while both stay, so a re-render never
 * starts the loaded pages over. `forget()` when the client or customer changes.
 */
export class ProviderPerCustomer<F> {
  private current?: { client: CustomerClient; customerId: string; provider: CustomerProvider<F> };

  constructor(private readonly make: (client: CustomerClient, customerId: string) => CustomerProvider<F>) {}

  get(client: CustomerClient | undefined, customerId: string): DataProvider<Equipment, F, EquipmentSort> {
    if (!client) return () => Promise.reject(new Error('No client'));
    if (this.current?.client !== client || this.current.customerId !== customerId) {
      this.current = { client, customerId, provider: this.make(client, customerId) };
    }
    return this.current.provider;
  }

  /** Drops the cached pages but keeps the provider (after a write). */
  clear(): void {
    this.current?.provider.clear();
  }

  forget(): void {
    this.current = undefined;
  }
}
