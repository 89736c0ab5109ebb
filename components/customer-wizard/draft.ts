import { CustomerInputSchema, type CustomerInput } from '../../src/schemas/customer.js';
import { validate } from '../../src/schemas/violations.js';
import type { Violation } from '../../src/schemas/error.js';
import { COMPANY_FIELD_PATHS, companyDraftFrom, companyValues, type CompanyDraft } from '../shared/company-draft.js';
import { contactInputOf, emptyContactDraft, type ContactFormDraft } from '../shared/contact-form.js';

/**
 * What the wizard holds while the user types: the shared company draft (the one Details edits too) and the
 * shared contact draft per row, strings exactly as typed; turned into a `CustomerInput` only to validate and
 * to save.
 */
export interface ContactDraft extends ContactFormDraft {
  /** Stable row identity across removals; errors and ids hang off it, not off the position. */
  key: number;
}

export interface WizardDraft {
  company: CompanyDraft;
  contacts: ContactDraft[];
}

/** The wizard's contact fields (the title is added later, in the contact list). */
export const CONTACT_FIELDS = ['name', 'email', 'phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** The company fields the wizard shows; region, website and note from `initial` are kept and saved unseen. */
export const WIZARD_COMPANY_FIELDS = COMPANY_FIELD_PATHS.filter(
  (path) => path !== 'address.region' && path !== 'website' && path !== 'note',
);

let nextKey = 1;
export const emptyContact = (): ContactDraft => ({ key: nextKey++, ...emptyContactDraft() });

/** A draft from the host's `initial` data (a `CustomerInput`, all optional): every field of it is kept. */
export function draftFrom(initial: Partial<CustomerInput> | undefined): WizardDraft {
  return {
    company: companyDraftFrom(initial),
    contacts: (initial?.contacts ?? []).map((contact) => ({
      ...emptyContact(),
      name: contact.name ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
      title: contact.title ?? '',
    })),
  };
}

/** The request body: the shared company and contact mappings (trimmed, empty as absent, phones in E.164). */
export function toInput(draft: WizardDraft): CustomerInput {
  const company = companyValues(draft.company);
  const input: CustomerInput = { ...company, type: company.type as CustomerInput['type'] };
  const country = draft.company.country.trim();
  if (draft.contacts.length)
    input.contacts = draft.contacts.map(({ key: _key, ...row }) => contactInputOf(row, country));
  return input;
}

/** Every violation of the draft, by the SDK's one schema: the wizard has no rules of its own. */
export function violationsOf(draft: WizardDraft): Violation[] {
  const result = validate(CustomerInputSchema, toInput(draft));
  return result.ok ? [] : result.violations;
}

/** The step a field key belongs to. */
export const stepOfField = (field: string): 'company' | 'contacts' =>
  field.startsWith('contacts') ? 'contacts' : 'company';

export const contactKey = (row: Pick<ContactDraft, 'key'>, field: string): string => `contacts#${row.key}.${field}`;

/** `contacts[1].email` → `contacts#<key of row 1>.email`; other paths stay as they are. */
export function keyOfPath(path: string, draft: WizardDraft): string {
  const match = /^contacts\[(\d+)\]\.(\w+)$/.exec(path);
  if (!match) return path;
  const row = draft.contacts[Number(match[1])];
  return row ? contactKey(row, match[2]!) : 'contacts';
}

/** Every field key that can show an error, in form order: company, then each row, then the contacts limit. */
export function fieldKeys(draft: WizardDraft): string[] {
  return [
    ...WIZARD_COMPANY_FIELDS,
    ...draft.contacts.flatMap((row) => CONTACT_FIELDS.map((field) => contactKey(row, field))),
    'contacts',
  ];
}
