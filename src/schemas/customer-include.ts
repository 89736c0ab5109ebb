import * as z from 'zod/mini';
import { ContactSchema } from './contact.js';
import { CustomerSchema } from './customer.js';
import { CustomerListQuerySchema } from './query.js';

/** What `GET /customers?include=` can embed in each item. */
export const CUSTOMER_INCLUDES = ['contacts'] as const;

/**
 * `GET /customers` with `include=contacts`: the same query, and each customer carries all its contacts, so an
 * export reads a thousand customers and their contacts in one request instead of one request per customer.
 */
export const CustomerListIncludeQuerySchema = /* @__PURE__ */ z.extend(CustomerListQuerySchema, {
  include: z.optional(z.array(z.enum(CUSTOMER_INCLUDES, { error: `Include one of ${CUSTOMER_INCLUDES.join(', ')}.` }))),
});

/** A customer of a page asked for with `include=contacts`: `contacts` in creation order. */
export const CustomerWithContactsSchema = /* @__PURE__ */ z.extend(CustomerSchema, {
  contacts: z.optional(z.array(ContactSchema)),
});

export type CustomerListIncludeQuery = z.input<typeof CustomerListIncludeQuerySchema>;
export type CustomerWithContacts = z.output<typeof CustomerWithContactsSchema>;
