import {
  CONTACT_REACHABLE_MESSAGE,
  ContactInputSchema,
  ContactPatchSchema,
  isReachable,
} from '../../schemas/contact.js';
import { ContactListQuerySchema } from '../../schemas/query.js';
import { invalid, notFound } from '../http.js';
import { parseQuery } from '../query-params.js';
import type { ContactRecord } from '../records.js';
import type { Context, Handler } from '../router.js';
import { contactSearchText } from '../store.js';
import { defined, text } from '../values.js';
import { bodyOf, checkIfMatch, customerOf, pageReply, recordReply } from './shared.js';

export const listContacts: Handler = (context) => {
  const customer = customerOf(context);
  const query = parseQuery(ContactListQuerySchema, context.query, { ints: ['limit'] });
  return pageReply(context.lists.contactList(customer.id, query), query, (row) =>
    context.store.contactView(row.record),
  );
};

export const createContact: Handler = (context) => {
  const { store } = context;
  const customer = customerOf(context);
  const input = bodyOf(context, ContactInputSchema);
  const now = context.now();
  const record: ContactRecord = {
    id: store.newId('con_'),
    customerId: customer.id,
    name: input.name,
    ...defined({ email: text(input.email), phone: text(input.phone), title: text(input.title) }),
    createdAt: now,
    updatedAt: now,
    version: 1,
    search: '',
  };
  record.search = contactSearchText(record);
  store.insertContact(record);
  return recordReply(201, store.contactView(record));
};

export const updateContact: Handler = (context) => {
  const contact = contactOf(context);
  const patch = bodyOf(context, ContactPatchSchema);
  // The patch alone may be fine yet clear the only way to reach the contact: check the merged result.
  const merged = {
    email: patch.email === undefined ? contact.email : patch.email,
    phone: patch.phone === undefined ? contact.phone : patch.phone,
  };
  if (!isReachable(merged)) {
    throw invalid([{ field: 'email', message: CONTACT_REACHABLE_MESSAGE, code: 'unreachable' }]);
  }
  checkIfMatch(context, context.store.contactView(contact));
  if (Object.values(patch).some((value) => value !== undefined)) {
    context.store.updateContact(contact, { ...patch }, context.now());
  }
  return recordReply(200, context.store.contactView(contact));
};

export const deleteContact: Handler = (context) => {
  const contact = contactOf(context);
  checkIfMatch(context, context.store.contactView(contact));
  context.store.deleteContact(contact);
  return { status: 204 };
};

/** A contact is only found under its own customer: another customer's id in the path is a 404, not a leak. */
function contactOf(context: Context): ContactRecord {
  const customer = customerOf(context);
  const contact = context.store.contacts.get(context.params['contactId'] ?? '');
  if (!contact || contact.customerId !== customer.id) throw notFound('The contact');
  return contact;
}
