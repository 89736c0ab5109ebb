import {
  CustomerBulkEnvelopeSchema,
  CustomerBulkRowSchema,
  CustomerMatchInputSchema,
  matchName,
  matchPhone,
  type CustomerBulkResult,
} from '../../schemas/customer-bulk.js';
import type { Address, CustomerInput } from '../../schemas/customer.js';
import type { ContactInput } from '../../schemas/contact.js';
import { validate } from '../../schemas/violations.js';
import { etagOf } from '../etag.js';
import type { CustomerRecord } from '../records.js';
import type { Context, Handler } from '../router.js';
import { fold } from '../text.js';
import { insertContact } from './contacts.js';
import { insertNewCustomer } from './customers.js';
import { bodyOf } from './shared.js';

type Input = CustomerInput & { type: string; id?: string | undefined };
type Changes = Partial<Record<keyof CustomerRecord, unknown>>;

/**
 * `POST /customers/bulk`: up to 1,000 rows, each created, updated (its `externalReference` names an existing
 * customer), left `unchanged`, or `failed` with its violations. Rows are independent: one bad row fails only
 * itself. Blank or absent fields leave an updated customer's value as it is, so a partial file never wipes
 * data. The pipeline makes the whole call idempotent by `Idempotency-Key`.
 */
export const importCustomers: Handler = (context) => {
  const { rows } = bodyOf(context, CustomerBulkEnvelopeSchema);
  const seen = new Set<string>();
  const results = rows.map((raw, index) => importRow(context, raw, index, seen));
  const count = (status: CustomerBulkResult['status']) => results.filter((result) => result.status === status).length;
  return {
    status: 200,
    body: {
      results,
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      failed: count('failed'),
    },
  };
};

function importRow(context: Context, raw: unknown, index: number, seen: Set<string>): CustomerBulkResult {
  const checked = validate(CustomerBulkRowSchema, raw);
  if (!checked.ok) return { index, status: 'failed', violations: checked.violations };
  const input = checked.value as Input;
  const { store } = context;
  const reference = input.externalReference;
  const fail = (field: string, message: string, code: string): CustomerBulkResult => ({
    index,
    status: 'failed',
    violations: [{ field, message, code }],
  });
  for (const key of [input.id && `id:${input.id}`, reference && `ref:${fold(reference)}`]) {
    if (!key) continue;
    if (seen.has(key))
      return fail(
        key.startsWith('id') ? 'id' : 'externalReference',
        'Already in an earlier row of this request.',
        'duplicate',
      );
    seen.add(key);
  }
  const referenced = reference === undefined ? undefined : store.customerByExternalReference(reference);
  if (input.id !== undefined && !store.customers.has(input.id))
    return fail('id', 'No customer has this id.', 'invalid');
  if (input.id !== undefined && referenced !== undefined && referenced !== input.id) {
    return fail(
      'externalReference',
      `The external reference ${reference} is already used by another customer.`,
      'duplicate',
    );
  }
  const holderId = input.id ?? referenced;
  const holder = holderId === undefined ? undefined : store.customers.get(holderId);
  if (!holder) {
    const { id: _none, ...create } = input;
    const record = insertNewCustomer(store, create, context.now());
    const view = store.customerView(record);
    const contactIds = store.contactsOfCustomer(record.id).map((contact) => contact.id);
    return { index, status: 'created', customer: view, etag: etagOf(view), contactIds };
  }
  const previous = store.customerView(holder);
  const changes = changesOf(holder, input, raw);
  const now = context.now();
  if (Object.keys(changes).length) store.updateCustomer(holder, changes, now);
  const contactIds = newContacts(context, holder.id, input.contacts ?? [], now);
  const view = store.customerView(holder);
  const changed = Object.keys(changes).length > 0 || contactIds.length > 0;
  return changed
    ? { index, status: 'updated', customer: view, etag: etagOf(view), previous, contactIds }
    : { index, status: 'unchanged', customer: view, etag: etagOf(view) };
}

/** Only what the row gives and differs; `type` only when the row names one (the schema's default is not a value). */
function changesOf(record: CustomerRecord, input: Input, raw: unknown): Changes {
  const changes: Changes = {};
  const given = (raw ?? {}) as Record<string, unknown>;
  if (input.name !== record.name) changes.name = input.name;
  if (given['type'] !== undefined && input.type !== record.type) changes.type = input.type;
  for (const key of ['externalReference', 'phone', 'email', 'website', 'note'] as const) {
    const value = input[key];
    if (value && value !== record[key]) changes[key] = value;
  }
  const address: Address = { ...record.address };
  let moved = false;
  for (const [key, value] of Object.entries(input.address ?? {}) as [keyof Address, string | undefined][]) {
    if (value && value !== address[key]) {
      address[key] = value;
      moved = true;
    }
  }
  if (moved) changes.address = address;
  return changes;
}

/** Contacts of the row that the customer does not have yet (same name and the same e-mail or phone). */
function newContacts(context: Context, customerId: string, contacts: readonly ContactInput[], now: string): string[] {
  const { store } = context;
  const known = new Set(store.contactsOfCustomer(customerId).map(contactKey));
  const ids: string[] = [];
  for (const contact of contacts) {
    const key = contactKey(contact);
    if (known.has(key)) continue;
    known.add(key);
    ids.push(insertContact(store, customerId, contact, now).id);
  }
  return ids;
}

const contactKey = (contact: { name: string; email?: string | undefined; phone?: string | undefined }) =>
  `${matchName(contact.name)}\u0000${fold(contact.email ?? '')}\u0000${matchPhone(contact.phone ?? '')}`;

/**
 * `POST /customers/match`: the customers an import's rows may be about, by id, external reference,
 * normalised name or phone. One pass over the customers per call, so the preview of 10,000 rows asks ten times, not
 * 10,000, and never downloads the whole list.
 */
export const matchCustomers: Handler = (context) => {
  const input = bodyOf(context, CustomerMatchInputSchema);
  const ids = new Set(input.ids ?? []);
  const references = new Set((input.externalReferences ?? []).map((value) => fold(value.trim())));
  const names = new Set((input.names ?? []).map(matchName).filter(Boolean));
  const phones = new Set((input.phones ?? []).map(matchPhone).filter(Boolean));
  const items = [];
  for (const record of context.store.customers.values()) {
    const matchedBy: ('id' | 'externalReference' | 'name' | 'phone')[] = [];
    if (ids.has(record.id)) matchedBy.push('id');
    if (record.externalReference && references.has(fold(record.externalReference))) matchedBy.push('externalReference');
    if (names.size && names.has(nameKey(record))) matchedBy.push('name');
    if (record.phone && phones.has(matchPhone(record.phone))) matchedBy.push('phone');
    if (matchedBy.length) items.push({ customer: context.store.customerView(record), matchedBy });
  }
  return { status: 200, body: { items } };
};

// Normalising 100,000 names on every match call would dominate it; a record keeps its key until renamed.
const nameKeys = new WeakMap<CustomerRecord, { name: string; key: string }>();
function nameKey(record: CustomerRecord): string {
  const cached = nameKeys.get(record);
  if (cached?.name === record.name) return cached.key;
  const key = matchName(record.name);
  nameKeys.set(record, { name: record.name, key });
  return key;
}
