import { ContactInputSchema, type Contact, type ContactInput, type ContactPatch } from '../../src/schemas/contact.js';
import type { Violation } from '../../src/schemas/error.js';
import { validate } from '../../src/schemas/violations.js';
import { normalizePhone } from './phone.js';

/**
 * A contact as a form holds it, and its way to and from the API: the one mapping every contact form uses
 * (the Add contact dialog, bulk edit in the contact list; the wizard's contacts step follows the same rules).
 * The rules themselves are the SDK's `ContactInputSchema`; nothing here re-implements them.
 */

export const CONTACT_FORM_FIELDS = ['name', 'email', 'phone', 'title'] as const;
export type ContactFormField = (typeof CONTACT_FORM_FIELDS)[number];

/** Strings exactly as typed, so nothing is reformatted under the cursor and nothing is lost on a failure. */
export type ContactFormDraft = Record<ContactFormField, string>;

export const emptyContactDraft = (): ContactFormDraft => ({ name: '', email: '', phone: '', title: '' });

/** A saved contact as a draft; `showPhone` turns the stored E.164 into what people read (`+45 12 34 56 78`). */
export function contactDraftOf(
  contact: Contact,
  showPhone: (phone: string) => string = (phone) => phone,
): ContactFormDraft {
  return {
    name: contact.name,
    email: contact.email ?? '',
    phone: contact.phone ? showPhone(contact.phone) : '',
    title: contact.title ?? '',
  };
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/**
 * The request body for a draft. Empty strings become absent fields (the schema rejects an empty e-mail, not a
 * missing one); the phone is normalised to E.164 with `country` (the customer's) as the default region.
 */
export function contactInputOf(
  draft: ContactFormDraft,
  country?: string,
  notifications?: ContactInput['notifications'],
): ContactInput {
  return {
    name: draft.name,
    email: optional(draft.email),
    phone: optional(normalizePhone(draft.phone, country)),
    title: optional(draft.title),
    ...(notifications ? { notifications } : {}),
  };
}

export type ContactCheck<T> = { ok: true; value: T } | { ok: false; violations: Violation[] };

/** Validates a new contact with the SDK's schema (a name, an e-mail or a phone, SMS only with a phone). */
export function checkNewContact(
  draft: ContactFormDraft,
  country?: string,
  notifications?: ContactInput['notifications'],
): ContactCheck<ContactInput> {
  const result = validate(ContactInputSchema, contactInputOf(draft, country, notifications));
  return result.ok ? { ok: true, value: result.value } : { ok: false, violations: result.violations };
}

/**
 * Validates an edited contact as a whole (the merged contact must still be reachable) and returns the patch of
 * the fields that really changed; a cleared optional field becomes `null`. An empty patch means "no change".
 */
export function checkContactChange(
  base: Contact,
  draft: ContactFormDraft,
  country?: string,
  notifications?: ContactPatch['notifications'],
): ContactCheck<ContactPatch> {
  // The channels checked against the phone are the merged ones: an edit can clear the phone SMS needs.
  const channels = notifications?.channels ?? base.notifications?.channels;
  const known = channels?.filter((c): c is 'email' | 'sms' => c === 'email' || c === 'sms');
  const result = checkNewContact(draft, country, known ? { channels: known } : undefined);
  if (!result.ok) return result;
  const next = result.value;
  const patch: ContactPatch = notifications ? { notifications } : {};
  if (next.name !== base.name) patch.name = next.name;
  for (const field of ['email', 'phone', 'title'] as const) {
    const value = next[field] || undefined;
    if (value !== (base[field] || undefined)) patch[field] = value ?? null;
  }
  return { ok: true, value: patch };
}

/** A violation's field as a form field (`contacts[2].email` and `email` both → `email`), if it is one. */
export function contactFieldOf(path: string): ContactFormField | undefined {
  const field = path.replace(/^contacts\[\d+\]\./, '');
  return (CONTACT_FORM_FIELDS as readonly string[]).includes(field) ? (field as ContactFormField) : undefined;
}

/** Violations by form field, the first of each; with `only`, just the fields already showing an error. */
export function contactErrorsOf(
  violations: readonly Violation[],
  only?: ReadonlyMap<ContactFormField, unknown>,
): Map<ContactFormField, Violation> {
  const errors = new Map<ContactFormField, Violation>();
  for (const violation of violations) {
    const field = contactFieldOf(violation.field);
    if (field && !errors.has(field) && (!only || only.has(field))) errors.set(field, violation);
  }
  return errors;
}
