import { CurrentUserSchema } from '../schemas/user.js';
import { assignmentsApi } from './assignments.js';
import { contactsApi } from './contacts.js';
import { customersApi } from './customers.js';
import { equipmentApi } from './equipment.js';
import { createHttp } from './http.js';
import type { CustomerClient, CustomerClientOptions } from './types.js';

/**
 * The typed client of the Customer API v1. Nothing is requested until a method is called.
 *
 * @example
 * const client = createCustomerClient({ baseUrl: 'https://api.example.com', auth: () => session.token() });
 * const page = await client.customers.list({ search: 'hansen', limit: 50 });
 */
export function createCustomerClient(options: CustomerClientOptions): CustomerClient {
  if (typeof options?.baseUrl !== 'string') throw new TypeError('createCustomerClient: `baseUrl` is required.');
  if (typeof options.auth !== 'string' && typeof options.auth !== 'function') {
    throw new TypeError('createCustomerClient: `auth` must be a token or a function returning one.');
  }
  const http = createHttp(options);
  return {
    customers: customersApi(http),
    contacts: contactsApi(http),
    equipment: equipmentApi(http),
    assignments: assignmentsApi(http),
    me: async ({ signal } = {}) => (await http({ method: 'GET', path: '/me', schema: CurrentUserSchema, signal })).data,
  };
}
