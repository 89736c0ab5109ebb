import type { CustomerClient } from '../../src/client/types.js';
import type { Customer, CustomerSort, CustomerType } from '../../src/schemas/customer.js';
import type { CustomerListQuery } from '../../src/schemas/query.js';
import { cursorDataProvider } from '../shared/data-provider.js';
import { en } from '../shared/i18n/en.js';

/**
 * The relationship types in the help article's order. Read off the string table (typed by the schema's list)
 * rather than imported from `src/schemas/customer.ts`: that module's zod schemas would come along (~9 kB gzip).
 */
export const CUSTOMER_TYPES = Object.keys(en.customerTypes) as CustomerType[];

/** What the list asks the server for. `type` empty means every type. */
export interface CustomerFilter {
  search: string;
  type: readonly CustomerType[];
}

/** Every sort the list offers, in the order of its Sort by menu. */
export const CUSTOMER_SORTS = [
  'name',
  '-name',
  'type',
  '-type',
  '-contactCount',
  'contactCount',
  '-equipmentCount',
  'equipmentCount',
  '-updatedAt',
  'updatedAt',
] as const satisfies readonly CustomerSort[];

export type ListSort = (typeof CUSTOMER_SORTS)[number];

export const DEFAULT_SORT: ListSort = 'name';

/** The API's longest search text. */
const SEARCH_MAX = 200;

export const searchText = (search: string): string => search.trim().slice(0, SEARCH_MAX);

/** A sort from an attribute or URL: unknown values fall back to the default rather than failing the list. */
export function toSort(value: string | null | undefined): ListSort {
  return (CUSTOMER_SORTS as readonly string[]).includes(value ?? '') ? (value as ListSort) : DEFAULT_SORT;
}

/** Types from `DEALER,RENTAL`; unknown codes are dropped, duplicates and order normalised. */
export function toTypes(value: string | readonly string[] | null | undefined): CustomerType[] {
  const given = new Set(typeof value === 'string' ? value.split(',') : (value ?? []));
  return CUSTOMER_TYPES.filter((type) => given.has(type));
}

/** The `type` attribute: comma-separated codes, `DEALER,RENTAL`. */
export const typesConverter = {
  fromAttribute: (value: string | null) => toTypes(value),
  toAttribute: (value: readonly string[]) => (value.length ? value.join(',') : null),
};

/** The API query of what the list shows (the rows, and what Export writes). */
export function listQuery(filter: CustomerFilter, sort: CustomerSort): CustomerListQuery {
  const search = searchText(filter.search);
  return { ...(search ? { search } : {}), ...(filter.type.length ? { type: [...filter.type] } : {}), sort };
}

export const isFiltered = (filter: CustomerFilter): boolean =>
  searchText(filter.search) !== '' || filter.type.length > 0;

export const customerKey = (filter: CustomerFilter, sort: CustomerSort): string =>
  JSON.stringify([searchText(filter.search), [...filter.type].sort(), sort]);

/**
 * The API's order is (value, id) and `-field` is its exact reverse (DESIGN §3 "stable order"), so the end of a
 * long list loads from its far end.
 */
const reverse = (sort: CustomerSort): CustomerSort =>
  (sort.startsWith('-') ? sort.slice(1) : `-${sort}`) as CustomerSort;

/** Resolves in a new task (a message, not a clamped timer), or rejects once `signal` aborts. */
export function nextTask(signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (signal.aborted) reject(signal.reason);
      else resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Pages of customers, by index, over `customers.list`'s cursors. */
export function customerProvider(client: CustomerClient) {
  return cursorDataProvider<Customer, CustomerFilter, CustomerSort>({
    list: async (filter, sort, { limit, cursor, offset }, signal) => {
      // Each request starts a task of its own: over an in-process (or cached, instant) backend a burst of page
      // requests would otherwise run as one chain of microtasks, one long task. Yielding lets frames in between.
      await nextTask(signal);
      return client.customers.list(
        { ...listQuery(filter, sort), limit, ...(cursor ? { cursor } : {}), ...(offset ? { offset } : {}) },
        { signal },
      );
    },
    keyOf: customerKey,
    reverse,
    // A far page is one request of one page (`offset`), never a walk of large pages.
    offset: true,
  });
}
