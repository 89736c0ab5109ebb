import { HistoryEventSchema, type CustomerHistoryQuery, type UnitHistoryQuery } from '../schemas/history.js';
import { pageSchema } from '../schemas/page.js';
import type { Http } from './http.js';
import type { CallOptions } from './types.js';

const HistoryPageSchema = /* @__PURE__ */ pageSchema(HistoryEventSchema);

/** One page of a history endpoint, newest first: `GET /equipment/{id}/history` or a customer's. */
export const historyPage =
  (http: Http, path: (id: string) => string) =>
  async (id: string, query: UnitHistoryQuery | CustomerHistoryQuery = {}, { signal }: CallOptions = {}) =>
    (await http({ method: 'GET', path: `${path(id)}/history`, query, schema: HistoryPageSchema, signal })).data;
