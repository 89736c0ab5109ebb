import type { CustomerType } from '../../src/schemas/customer.js';
import { DEFAULT_SORT, toSort, toTypes, type ListSort } from '../customer-list/queries.js';

/** The tabs of an open customer, in the help article's order. */
export const TABS = ['details', 'contacts', 'equipment'] as const;
export type Tab = (typeof TABS)[number];
/** Opening a customer lands on Equipment, as the help article has it. */
export const DEFAULT_TAB: Tab = 'equipment';

export const toTab = (value: string | null | undefined): Tab =>
  (TABS as readonly string[]).includes(value ?? '') ? (value as Tab) : DEFAULT_TAB;

/** Everything that makes the app's view addressable: what a host router (or `url-state`) keeps in a URL. */
export interface ManagerState {
  /** The open customer; empty for none. */
  customerId: string;
  tab: Tab;
  search: string;
  type: CustomerType[];
  sort: ListSort;
}

/** Query-string names; short, since they end up in a URL a user may share. */
const PARAMS = { customerId: 'customer', tab: 'tab', search: 'search', type: 'type', sort: 'sort' } as const;

export const DEFAULT_STATE: ManagerState = {
  customerId: '',
  tab: DEFAULT_TAB,
  search: '',
  type: [],
  sort: DEFAULT_SORT,
};

/** The state in this URL's query string; what it leaves out comes from `base` (the defaults unless given). */
export function stateFromUrl(url: string, base: ManagerState = DEFAULT_STATE): ManagerState {
  const params = new URL(url).searchParams;
  const get = (key: keyof ManagerState) => params.get(PARAMS[key]);
  return {
    customerId: get('customerId') ?? base.customerId,
    tab: get('tab') === null ? base.tab : toTab(get('tab')),
    search: get('search') ?? base.search,
    type: get('type') === null ? base.type : toTypes(get('type')),
    sort: get('sort') === null ? base.sort : toSort(get('sort')),
  };
}

/** The URL with `state` in its query string: defaults left out, the page's other parameters kept. */
export function urlWithState(url: string, state: ManagerState): string {
  const next = new URL(url);
  const params = next.searchParams;
  const values: Record<keyof ManagerState, string> = {
    customerId: state.customerId,
    tab: state.customerId && state.tab !== DEFAULT_TAB ? state.tab : '',
    search: state.search.trim(),
    type: state.type.join(','),
    sort: state.sort === DEFAULT_SORT ? '' : state.sort,
  };
  for (const [key, name] of Object.entries(PARAMS) as [keyof ManagerState, string][]) {
    if (values[key]) params.set(name, values[key]);
    else params.delete(name);
  }
  return next.href;
}

export function sameState(a: ManagerState, b: ManagerState): boolean {
  return (
    a.customerId === b.customerId &&
    a.tab === b.tab &&
    a.search === b.search &&
    a.type.join() === b.type.join() &&
    a.sort === b.sort
  );
}
