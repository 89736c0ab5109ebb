import { EquipmentFacetsSchema, EquipmentSchema } from '../schemas/equipment.js';
import { pageSchema } from '../schemas/page.js';
import type { EquipmentListQuery } from '../schemas/query.js';
import { historyPage } from './history.js';
import type { Http } from './http.js';
import { iterate } from './paging.js';
import type { CallOptions, EquipmentApi } from './types.js';

export const EquipmentPageSchema = /* @__PURE__ */ pageSchema(EquipmentSchema);

export function equipmentApi(http: Http): EquipmentApi {
  const list = async (query: EquipmentListQuery = {}, { signal }: CallOptions = {}) =>
    (await http({ method: 'GET', path: '/equipment', query, schema: EquipmentPageSchema, signal })).data;

  const history = historyPage(http, (id) => `/equipment/${encodeURIComponent(id)}`);

  return {
    list,
    iterate: (query, options) => iterate(list, query, options),
    history,
    iterateHistory: (unitId, query, options) => iterate((q, o) => history(unitId, q, o), query, options),
    facets: async ({ signal } = {}) =>
      (await http({ method: 'GET', path: '/equipment/facets', schema: EquipmentFacetsSchema, signal })).data,
  };
}
