import { AssignmentResultSchema, type AssignmentUpdate } from '../schemas/assignment.js';
import type { CustomerEquipmentQuery } from '../schemas/query.js';
import { inBatches } from './batch.js';
import { EquipmentPageSchema } from './equipment.js';
import { historyPage } from './history.js';
import type { Http } from './http.js';
import { iterate } from './paging.js';
import type { AssignOptions, AssignmentsApi, CallOptions } from './types.js';

export function assignmentsApi(http: Http): AssignmentsApi {
  const path = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/equipment`;

  const list = async (customerId: string, query: CustomerEquipmentQuery = {}, { signal }: CallOptions = {}) =>
    (await http({ method: 'GET', path: path(customerId), query, schema: EquipmentPageSchema, signal })).data;

  /** Each batch is its own POST with its own idempotency key, reused across that batch's retries. */
  const update =
    (body: (batch: string[]) => AssignmentUpdate) =>
    (customerId: string, ids: readonly string[], { signal, onProgress }: AssignOptions = {}) =>
      inBatches(
        ids,
        async (batch, track) =>
          (
            await http({
              method: 'POST',
              path: path(customerId),
              body: body(batch),
              schema: AssignmentResultSchema,
              signal,
              track,
            })
          ).data,
        onProgress,
      );

  const history = historyPage(http, path);

  return {
    list,
    iterate: (customerId, query, options) => iterate((q, o) => list(customerId, q, o), query, options),
    history,
    iterateHistory: (customerId, query, options) => iterate((q, o) => history(customerId, q, o), query, options),
    assign: update((assign) => ({ assign })),
    unassign: update((unassign) => ({ unassign })),
    move: update((assign) => ({ assign, move: true })),
  };
}
