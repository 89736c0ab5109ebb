import * as z from 'zod/mini';
import { CustomerInputSchema, CustomerSchema } from './customer.js';
import { ViolationSchema } from './error.js';

/** The most rows one `POST /customers/bulk` may carry; `customers.importMany` splits larger sets. */
export const CUSTOMER_BULK_MAX = 1000;

/**
 * Body of `POST /customers/bulk`. Each row is a `CustomerInput`; a row with the `id` of a customer, or whose
 * `externalReference` matches one, updates that customer instead of creating a second one. The server checks each row on its own, so
 * one bad row fails only itself: the document states the row shape, the answer says per row what happened.
 */
export const CustomerBulkRowSchema = z.extend(CustomerInputSchema, {
  /** The customer to update, by the API's id (what export writes); takes precedence over `externalReference`. */
  id: z.optional(z.string().check(z.minLength(1, { error: 'Required.' }))),
});

export const CustomerBulkInputSchema = z.object({
  rows: z
    .array(CustomerBulkRowSchema)
    .check(
      z.minLength(1, { error: 'At least one row.' }),
      z.maxLength(CUSTOMER_BULK_MAX, { error: `At most ${CUSTOMER_BULK_MAX} rows per request.` }),
    ),
});

/** What the server checks before it looks at the rows: an array of 1..1,000 of anything. */
export const CustomerBulkEnvelopeSchema = z.object({
  rows: z
    .array(z.unknown())
    .check(
      z.minLength(1, { error: 'At least one row.' }),
      z.maxLength(CUSTOMER_BULK_MAX, { error: `At most ${CUSTOMER_BULK_MAX} rows per request.` }),
    ),
});

export const BULK_STATUSES = ['created', 'updated', 'unchanged', 'failed'] as const;

/** The outcome of one row, at the row's `index` in the request. */
export const CustomerBulkResultSchema = z.object({
  index: z.int(),
  status: z.enum(BULK_STATUSES),
  /** The customer as saved (absent when `failed`). */
  customer: z.optional(CustomerSchema),
  /** Its ETag after this row, for a later `If-Match` (an undo). */
  etag: z.optional(z.string()),
  /** When `updated`: the customer as it was before, so a caller can put it back. */
  previous: z.optional(CustomerSchema),
  /** Contacts this row added (created, or added to an updated customer). */
  contactIds: z.optional(z.array(z.string())),
  /** When `failed`: what is wrong, at field paths within the row (`contacts[0].email`). */
  violations: z.optional(z.array(ViolationSchema)),
});

export const CustomerBulkReplySchema = z.object({
  results: z.array(CustomerBulkResultSchema),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  failed: z.int(),
});

/** Body of `POST /customers/match`: the keys of an import's rows, to find the customers they may match. */
export const CUSTOMER_MATCH_MAX = 1000;
const keys = /* @__PURE__ */ z.optional(
  z
    .array(z.string())
    .check(z.maxLength(CUSTOMER_MATCH_MAX, { error: `At most ${CUSTOMER_MATCH_MAX} values per list.` })),
);
export const CustomerMatchInputSchema = z.object({ ids: keys, externalReferences: keys, names: keys, phones: keys });

export const MATCH_KINDS = ['id', 'externalReference', 'name', 'phone'] as const;
export const CustomerMatchReplySchema = z.object({
  items: z.array(z.object({ customer: CustomerSchema, matchedBy: z.array(z.enum(MATCH_KINDS)) })),
});

const COMBINING = /[\u0300-\u036f]/g;
const LEGAL_SUFFIX = /\s(?:a\/?s|aps|ivs|i\/?s|k\/?s|p\/?s|amba|ltd|limited|inc|llc|gmbh|ab|as|oy|bv|nv|sa|srl|plc)$/;
const HAND_FOLDED: Record<string, string> = { ø: 'o', æ: 'ae', å: 'a', ß: 'ss' };

/**
 * A name as duplicates are compared: case, accents, punctuation, spacing and a trailing legal form ignored,
 * so "Hansen Maskiner A/S" and "hansen maskiner" are the same. The server's match and the preview share it.
 */
export function matchName(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[øæåß]/g, (char) => HAND_FOLDED[char] ?? char)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[^\p{L}\p{N}/]+/gu, ' ')
    .trim();
  return folded.replace(LEGAL_SUFFIX, '').replace(/\//g, ' ').replace(/\s+/g, ' ').trim();
}

/** A phone as duplicates are compared: digits and a leading plus only. */
export const matchPhone = (phone: string): string => phone.replace(/[^\d+]/g, '');

export type CustomerBulkInput = z.input<typeof CustomerBulkInputSchema>;
export type CustomerBulkRow = CustomerBulkInput['rows'][number];
export type CustomerBulkResult = z.output<typeof CustomerBulkResultSchema>;
export type CustomerBulkReply = z.output<typeof CustomerBulkReplySchema>;
export type CustomerMatchInput = z.input<typeof CustomerMatchInputSchema>;
export type CustomerMatch = z.output<typeof CustomerMatchReplySchema>['items'][number];
