import type * as z from 'zod/mini';
import { CustomerInputSchema, CustomerPatchSchema, type CustomerPatch } from '../../schemas/customer.js';
import { CustomerListIncludeQuerySchema } from '../../schemas/customer-include.js';
import { ApiError } from '../http.js';
import { parseQuery } from '../query-params.js';
import type { CustomerRecord } from '../records.js';
import { stampOf } from '../history-routes.js';
import type { Context, Handler } from '../router.js';
import { customerSearchText, type Store } from '../store.js';
import { insertContact } from './contacts.js';
import { cleanAddress, defined, text } from '../values.js';
import { bodyOf, checkIfMatch, customerOf, pageReply, recordReply } from './shared.js';

export const listCustomers: Handler = (context) => {
  const query = parseQuery(CustomerListIncludeQuerySchema, context.query, {
    lists: ['type', 'include'],
    ints: ['limit'],
  });
  const list = context.lists.customerList(query);
  if (query.include?.includes('contacts')) {
    // Not cached: the page cache follows customer versions, and a contact's edit need not bump those.
    const { store } = context;
    return pageReply(list, query, (record) => ({
      ...store.customerView(record),
      contacts: store.contactsOfCustomer(record.id).map(store.contactView),
    }));
  }
  return context.lists.customerPage(
    `${list.fingerprint}\u0000${query.limit}\u0000${query.cursor}\u0000${query.offset}`,
    () => pageReply(list, query, (record) => context.store.customerView(record)),
  );
};

export const getCustomer: Handler = (context) => recordReply(200, context.store.customerView(customerOf(context)));

/** Creates the customer and its first contacts together: the schema checks every contact before anything is written. */
export const createCustomer: Handler = (context) => {
  const input = bodyOf(context, CustomerInputSchema);
  if (input.externalReference) assertUniqueReference(context, input.externalReference, undefined);
  const customer = insertNewCustomer(context.store, input, context.now());
  return recordReply(201, context.store.customerView(customer), { Location: `/customer/v1/customers/${customer.id}` });
};

/** Stores a validated customer input with its contacts; shared by `POST /customers` and the bulk import. */
export function insertNewCustomer(
  store: Store,
  input: z.output<typeof CustomerInputSchema>,
  now: string,
): CustomerRecord {
  const address = cleanAddress(input.address);
  const customer: CustomerRecord = {
    id: store.newId('cus_'),
    name: input.name,
    type: input.type,
    ...defined({
      externalReference: input.externalReference,
      phone: input.phone,
      email: input.email,
      website: input.website,
      address,
      note: text(input.note),
    }),
    createdAt: now,
    updatedAt: now,
    version: 1,
    search: '',
  };
  customer.search = customerSearchText(customer);
  store.insertCustomer(customer);
  for (const contact of input.contacts ?? []) insertContact(store, customer.id, contact, now);
  return customer;
}

export const updateCustomer: Handler = (context) => {
  const customer = customerOf(context);
  const patch: CustomerPatch = bodyOf(context, CustomerPatchSchema);
  checkIfMatch(context, context.store.customerView(customer));
  if (patch.externalReference) assertUniqueReference(context, patch.externalReference, customer.id);
  const changes: Record<string, unknown> = { ...patch };
  if (patch.address !== undefined)
    changes['address'] = patch.address === null ? null : (cleanAddress(patch.address) ?? null);
  // An empty PATCH changes nothing, so it must not bump the version and invalidate everyone's ETag.
  if (Object.values(changes).some((value) => value !== undefined)) {
    context.store.updateCustomer(customer, changes, context.now());
  }
  return recordReply(200, context.store.customerView(customer));
};

/** Cascades: the customer's contacts go, and its units become unassigned (the units themselves stay). */
export const deleteCustomer: Handler = (context) => {
  const customer = customerOf(context);
  checkIfMatch(context, context.store.customerView(customer));
  context.store.deleteCustomer(customer.id, stampOf(context));
  return { status: 204 };
};

function assertUniqueReference(context: Context, reference: string, self: string | undefined): void {
  const holder = context.store.customerByExternalReference(reference);
  if (holder !== undefined && holder !== self) {
    const message = `The external reference ${reference} is already used by another customer.`;
    throw new ApiError(409, 'conflict', message, {
      violations: [{ field: 'externalReference', message, code: 'duplicate' }],
    });
  }
}
