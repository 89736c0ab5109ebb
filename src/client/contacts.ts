import { ContactSchema, type ContactPatch } from '../schemas/contact.js';
import { NotificationAudienceSchema } from '../schemas/notification.js';
import { pageSchema } from '../schemas/page.js';
import type { ContactListQuery } from '../schemas/query.js';
import { settleEach } from './batch.js';
import type { Http } from './http.js';
import { iterate } from './paging.js';
import type { CallOptions, ContactsApi, WriteOptions } from './types.js';

const ContactPageSchema = /* @__PURE__ */ pageSchema(ContactSchema);

export function contactsApi(http: Http): ContactsApi {
  const all = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/contacts`;
  const one = (customerId: string, contactId: string) => `${all(customerId)}/${encodeURIComponent(contactId)}`;

  const list = async (customerId: string, query: ContactListQuery = {}, { signal }: CallOptions = {}) =>
    (await http({ method: 'GET', path: all(customerId), query, schema: ContactPageSchema, signal })).data;

  const update = async (
    customerId: string,
    contactId: string,
    patch: ContactPatch,
    { signal, ifMatch }: WriteOptions = {},
  ) =>
    (
      await http({
        method: 'PATCH',
        path: one(customerId, contactId),
        body: patch,
        ifMatch,
        schema: ContactSchema,
        current: ContactSchema,
        signal,
      })
    ).data;

  const remove = async (customerId: string, contactId: string, { signal, ifMatch }: WriteOptions = {}) => {
    await http({ method: 'DELETE', path: one(customerId, contactId), ifMatch, current: ContactSchema, signal });
  };

  return {
    list,
    iterate: (customerId, query, options) => iterate((q, o) => list(customerId, q, o), query, options),
    create: async (customerId, input, { signal, idempotencyKey } = {}) =>
      (
        await http({
          method: 'POST',
          path: all(customerId),
          body: input,
          idempotencyKey,
          schema: ContactSchema,
          signal,
        })
      ).data,
    update,
    delete: remove,
    // An abort ends the items still running or waiting with an AbortError outcome; the call still resolves, so
    // the caller learns which changes were saved before it.
    updateMany: (customerId, changes, { signal } = {}) =>
      settleEach(changes, ({ id, patch, ifMatch }) => update(customerId, id, patch, { ifMatch, signal })),
    deleteMany: (customerId, items, { signal } = {}) =>
      settleEach(
        items.map((item) => (typeof item === 'string' ? { id: item } : item)),
        ({ id, ifMatch }) => remove(customerId, id, { ifMatch, signal }),
      ),
    audience: async (customerId, event, { signal } = {}) =>
      (
        await http({
          method: 'GET',
          path: `/customers/${encodeURIComponent(customerId)}/notification-audience`,
          query: { event },
          schema: NotificationAudienceSchema,
          signal,
        })
      ).data,
  };
}
