import { CustomerHistoryQuerySchema, UnitHistoryQuerySchema } from '../schemas/history.js';
import { PAGE_LIMIT_DEFAULT } from '../schemas/page.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { hash64 } from './hash.js';
import type { EventWindow, Stamp } from './history.js';
import { invalid, notFound, type Reply } from './http.js';
import { parseQuery } from './query-params.js';
import type { Context, Handler } from './router.js';

const DAY_MS = 86_400_000;

/** When and by whom: the request's clock and the signed-in user, for every event one request records. */
export const stampOf = (context: Context): Stamp => ({
  at: Date.parse(context.now()),
  by: { id: context.caller.user.id, name: context.caller.user.name },
});

/**
 * The `at` parameter as a window in epoch ms: a date is that whole UTC day; a date-time is that instant
 * (an empty window just after it, so what changed at that very millisecond counts as done).
 */
export function atWindow(at: string | undefined): { start: number; end: number } | undefined {
  if (at === undefined) return undefined;
  const time = Date.parse(at.length === 10 ? `${at}T00:00:00Z` : at);
  return at.length === 10 ? { start: time, end: time + DAY_MS } : { start: time + 1, end: time + 1 };
}

/** `GET /equipment/{id}/history`: the unit's changes, newest first. */
export const listUnitHistory: Handler = (context) => {
  const unit = context.store.equipment.get(context.params['id'] ?? '');
  if (!unit) throw notFound('The unit');
  const query = parseQuery(UnitHistoryQuerySchema, context.query, { ints: ['limit'] });
  const fingerprint = hash64(JSON.stringify(['history/unit', unit.id]));
  const cursor = positionOf(query.cursor, fingerprint);
  const window = context.store.history.unitPage(unit.position, cursor, query.limit ?? PAGE_LIMIT_DEFAULT);
  return historyReply(context, window, fingerprint);
};

/**
 * `GET /customers/{id}/equipment/history`: every change that gave the customer a unit or took one away,
 * newest first, optionally of one unit. A deleted customer's history still answers: the events keep its name.
 */
export const listCustomerHistory: Handler = (context) => {
  const id = context.params['id'] ?? '';
  const { store } = context;
  if (!store.customers.has(id) && !store.history.knowsCustomer(id)) throw notFound('The customer');
  const query = parseQuery(CustomerHistoryQuerySchema, context.query, { ints: ['limit'] });
  let unitPosition: number | undefined;
  if (query.unitId !== undefined) {
    const unit = store.equipment.get(query.unitId);
    if (!unit) throw invalid([{ field: 'unitId', message: 'No unit has this id.', code: 'not_found' }]);
    unitPosition = unit.position;
  }
  const fingerprint = hash64(JSON.stringify(['history/customer', id, query.unitId ?? null]));
  const cursor = positionOf(query.cursor, fingerprint);
  const window = store.history.customerPage(id, cursor, query.limit ?? PAGE_LIMIT_DEFAULT, unitPosition);
  return historyReply(context, window, fingerprint);
};

function positionOf(cursor: string | undefined, fingerprint: string): number | undefined {
  if (cursor === undefined) return undefined;
  const { value } = decodeCursor(cursor, fingerprint);
  if (typeof value !== 'number') throw badCursor();
  return value;
}

const badCursor = () =>
  invalid([{ field: 'cursor', message: 'The cursor is not one this API issued.', code: 'invalid' }]);

function historyReply(context: Context, window: EventWindow | undefined, fingerprint: string): Reply {
  if (!window) throw badCursor();
  const { history } = context.store;
  const nextCursor =
    window.next === null ? null : encodeCursor({ value: window.next, id: String(window.next) }, fingerprint);
  return {
    status: 200,
    body: { items: window.positions.map((e) => history.view(e)), nextCursor, total: window.total },
  };
}
