import {
  CHANNELS_FIELD,
  CONTACT_REACHABLE_MESSAGE,
  ContactInputSchema,
  type ContactInput,
  type ContactPatch,
  ContactPatchSchema,
  isReachable,
} from '../../schemas/contact.js';
import { ContactListQuerySchema } from '../../schemas/query.js';
import {
  defaultNotifications,
  NotificationAudienceQuerySchema,
  SMS_NEEDS_PHONE_MESSAGE,
  smsWithoutPhone,
  unique,
  type NotificationPreferences,
} from '../../schemas/notification.js';
import { invalid, notFound } from '../http.js';
import { parseQuery } from '../query-params.js';
import type { ContactRecord } from '../records.js';
import type { Context, Handler } from '../router.js';
import { contactSearchText, type Store } from '../store.js';
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
  const customer = customerOf(context);
  const input = bodyOf(context, ContactInputSchema);
  const record = insertContact(context.store, customer.id, input, context.now());
  return recordReply(201, context.store.contactView(record));
};

/** Stores a validated contact input; shared by `POST /contacts` and a customer created with its contacts. */
export function insertContact(store: Store, customerId: string, input: ContactInput, now: string): ContactRecord {
  const country = store.customers.get(customerId)?.address?.country;
  const record: ContactRecord = {
    id: store.newId('con_'),
    customerId,
    name: input.name,
    ...defined({ email: text(input.email), phone: text(input.phone), title: text(input.title) }),
    notifications: defaultNotifications(input, country, input.notifications),
    createdAt: now,
    updatedAt: now,
    version: 1,
    search: '',
  };
  record.search = contactSearchText(record);
  store.insertContact(record);
  return record;
}

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
  // Preferences merge part by part, so an edit that leaves out `optOut` (or the events) keeps them.
  const notifications = mergeNotifications(contact.notifications, patch.notifications);
  if (smsWithoutPhone(notifications?.channels, merged.phone)) {
    throw invalid([{ field: CHANNELS_FIELD, message: SMS_NEEDS_PHONE_MESSAGE, code: 'sms_needs_phone' }]);
  }
  checkIfMatch(context, context.store.contactView(contact));
  if (Object.values(patch).some((value) => value !== undefined)) {
    context.store.updateContact(contact, { ...patch, notifications }, context.now());
  }
  return recordReply(200, context.store.contactView(contact));
};

export const deleteContact: Handler = (context) => {
  const contact = contactOf(context);
  checkIfMatch(context, context.store.contactView(contact));
  context.store.deleteContact(contact);
  return { status: 204 };
};

function mergeNotifications(
  current: NotificationPreferences | undefined,
  patch: ContactPatch['notifications'],
): NotificationPreferences | undefined {
  if (!current || !patch) return current;
  return {
    channels: patch.channels ? unique(patch.channels) : current.channels,
    events: patch.events ? unique(patch.events) : current.events,
    language: patch.language ?? current.language,
    optOut: patch.optOut ?? current.optOut,
  };
}

/** A contact is only found under its own customer: another customer's id in the path is a 404, not a leak. */
function contactOf(context: Context): ContactRecord {
  const customer = customerOf(context);
  const contact = context.store.contacts.get(context.params['contactId'] ?? '');
  if (!contact || contact.customerId !== customer.id) throw notFound('The contact');
  return contact;
}

/**
 * Who is told when one of this customer's machines raises `event`: every contact that wants it and has not
 * opted out, with the channels that would really reach them (e-mail only with an address, SMS only with a
 * phone), by name. Contacts no channel reaches are left out: they would not be told.
 */
export const notificationAudience: Handler = (context) => {
  const customer = customerOf(context);
  const { event } = parseQuery(NotificationAudienceQuerySchema, context.query, {});
  const contacts = context.store
    .contactsOfCustomer(customer.id)
    .filter((contact) => !contact.notifications?.optOut && contact.notifications?.events.includes(event))
    .map((contact) => ({
      id: contact.id,
      name: contact.name,
      ...defined({ email: contact.email, phone: contact.phone }),
      channels: (contact.notifications?.channels ?? []).filter((channel) =>
        channel === 'email' ? Boolean(contact.email) : channel === 'sms' ? Boolean(contact.phone) : false,
      ),
      language: contact.notifications?.language ?? '',
    }))
    .filter((member) => member.channels.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
  return { status: 200, body: { event, contacts } };
};
