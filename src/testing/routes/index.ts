import { API_METHODS, Router } from '../router.js';
import { createContact, deleteContact, listContacts, notificationAudience, updateContact } from './contacts.js';
import { createCustomer, deleteCustomer, getCustomer, listCustomers, updateCustomer } from './customers.js';
import { importCustomers, matchCustomers } from './customers-bulk.js';
import { getFacets, listCustomerEquipment, listEquipment, updateAssignments } from './equipment.js';
import { getMe } from './me.js';
import { listCustomerHistory, listUnitHistory } from '../history-routes.js';

/** The contract of DESIGN.md §3, relative to `/customer/v1`. */
export const createRouter = (): Router =>
  new Router()
    .add('GET', '/me', getMe)
    .add('GET', '/customers', listCustomers)
    .add('POST', '/customers', createCustomer)
    .add('POST', '/customers/bulk', importCustomers)
    .add('POST', '/customers/match', matchCustomers)
    .add('GET', '/customers/:id', getCustomer)
    .add('PATCH', '/customers/:id', updateCustomer)
    .add('DELETE', '/customers/:id', deleteCustomer)
    .add('GET', '/customers/:id/contacts', listContacts)
    .add('POST', '/customers/:id/contacts', createContact)
    .add('PATCH', '/customers/:id/contacts/:contactId', updateContact)
    .add('DELETE', '/customers/:id/contacts/:contactId', deleteContact)
    .add('GET', '/customers/:id/equipment', listCustomerEquipment)
    .add('POST', '/customers/:id/equipment', updateAssignments)
    .add('GET', '/equipment', listEquipment)
    .add('GET', '/equipment/facets', getFacets)
    .add('GET', '/customers/:id/notification-audience', notificationAudience)
    .add('GET', '/customers/:id/equipment/history', listCustomerHistory)
    .add('GET', '/equipment/:id/history', listUnitHistory);

/** The `Allow` list for a path in the API (all of the API's methods outside it), for the Node server's 405s. */
export function createRouterMatcher(): (path: string | undefined) => string[] {
  const router = createRouter();
  return (path) => {
    const match = path === undefined ? undefined : router.match('TRACE', path);
    return match?.kind === 'method-not-allowed' ? match.allowed : [...API_METHODS];
  };
}
