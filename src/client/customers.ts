import { CustomerSchema, type Customer } from '../schemas/customer.js';
import { CustomerWithContactsSchema } from '../schemas/customer-include.js';
import { pageSchema } from '../schemas/page.js';
import type { CustomerListQuery } from '../schemas/query.js';
import type { Http } from './http.js';
import { importApi } from './import.js';
import { iterate } from './paging.js';
import type { CallOptions, CustomersApi } from './types.js';

const CustomerPageSchema = /* @__PURE__ */ pageSchema(CustomerSchema);
const CustomerContactsPageSchema = /* @__PURE__ */ pageSchema(CustomerWithContactsSchema);

export function customersApi(http: Http): CustomersApi {
  const one = (id: string) => `/customers/${encodeURIComponent(id)}`;

  const list = async (query: CustomerListQuery = {}, { signal }: CallOptions = {}) =>
    (await http({ method: 'GET', path: '/customers', query, schema: CustomerPageSchema, signal })).data;

  const getWithETag = async (id: string, { signal }: CallOptions = {}) => {
    const { data, headers } = await http({ method: 'GET', path: one(id), schema: CustomerSchema, signal });
    // Browsers hide ETag when a cross-origin server does not expose it; the version form works the same.
    return { data, etag: headers.get('etag') ?? `"v${data.version}"` };
  };

  return {
    list,
    iterate: (query, options) => iterate(list, query, options),
    getWithETag,
    get: async (id, options) => (await getWithETag(id, options)).data,
    create: async (input, { signal, idempotencyKey } = {}) =>
      (await http({ method: 'POST', path: '/customers', body: input, idempotencyKey, schema: CustomerSchema, signal }))
        .data,
    update: async (id, patch, { signal, ifMatch } = {}): Promise<Customer> =>
      (
        await http({
          method: 'PATCH',
          path: one(id),
          body: patch,
          ifMatch,
          schema: CustomerSchema,
          current: CustomerSchema,
          signal,
        })
      ).data,
    delete: async (id, { signal, ifMatch } = {}) => {
      await http({ method: 'DELETE', path: one(id), ifMatch, current: CustomerSchema, signal });
    },
    ...importApi(http),
    listWithContacts: async (query = {}, { signal } = {}) =>
      (
        await http({
          method: 'GET',
          path: '/customers',
          query: { ...query, include: ['contacts'] },
          schema: CustomerContactsPageSchema,
          signal,
        })
      ).data,
  };
}
