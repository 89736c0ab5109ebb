import {
  CustomerInputSchema,
  DEFAULT_CUSTOMER_TYPE,
  type CustomerInput,
  type CustomerType,
} from '../../src/schemas/customer.js';
import { validate } from '../../src/schemas/violations.js';
import type { Violation } from '../../src/schemas/error.js';
import { normalizePhone } from '../shared/phone.js';

/**
 * What the wizard holds while the user types: strings exactly as typed (so nothing is reformatted under the
 * cursor and nothing is lost on a failure), turned into a `CustomerInput` only to validate and to save.
 */
export interface CompanyDraft {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  /** An ISO code once picked; raw text while it matches no country (validation then says so). */
  country: string;
  phone: string;
  email: string;
  externalReference: string;
  type: CustomerType;
}

export interface ContactDraft {
  /** Stable row identity across removals; errors and ids hang off it, not off the position. */
  key: number;
  name: string;
  email: string;
  phone: string;
}

export interface WizardDraft {
  company: CompanyDraft;
  contacts: ContactDraft[];
}

/** The company fields in form order; their keys are the schema's field paths. */
export const COMPANY_FIELDS = [
  'name',
  'address.street',
  'address.postalCode',
  'address.city',
  'address.country',
  'phone',
  'email',
  'externalReference',
  'type',
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];
export const CONTACT_FIELDS = ['name', 'email', 'phone'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

let nextKey = 1;
export const emptyContact = (): ContactDraft => ({ key: nextKey++, name: '', email: '', phone: '' });

/** A draft from the host's `initial` data (a `CustomerInput`, all optional). */
export function draftFrom(initial: Partial<CustomerInput> | undefined): WizardDraft {
  const address = initial?.address ?? {};
  return {
    company: {
      name: initial?.name ?? '',
      street: address.street ?? '',
      postalCode: address.postalCode ?? '',
      city: address.city ?? '',
      country: address.country ?? '',
      phone: initial?.phone ?? '',
      email: initial?.email ?? '',
      externalReference: initial?.externalReference ?? '',
      type: (initial?.type as CustomerType | undefined) ?? DEFAULT_CUSTOMER_TYPE,
    },
    contacts: (initial?.contacts ?? []).map((contact) => ({
      ...emptyContact(),
      name: contact.name ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

/** Whether the user typed anything beyond the starting point. */
export function isDirty(draft: WizardDraft, start: WizardDraft): boolean {
  const strip = (value: WizardDraft) =>
    JSON.stringify({ ...value, contacts: value.contacts.map(({ key: _key, ...rest }) => rest) });
  return strip(draft) !== strip(start);
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/**
 * The request body. Empty strings become absent fields (the schema treats `""` e-mail as invalid, an absent
 * one as fine), phones are normalised with the company's country as the default region.
 */
export function toInput(draft: WizardDraft, withContacts = true): CustomerInput {
  const { company } = draft;
  const country = company.country.trim();
  const address = {
    street: optional(company.street),
    postalCode: optional(company.postalCode),
    city: optional(company.city),
    country: optional(country),
  };
  const hasAddress = Object.values(address).some((value) => value !== undefined);
  const input: CustomerInput = {
    name: company.name,
    type: company.type,
    externalReference: optional(company.externalReference),
    phone: optional(normalizePhone(company.phone, country)),
    email: optional(company.email),
    address: hasAddress ? address : undefined,
  };
  if (withContacts && draft.contacts.length) {
    input.contacts = draft.contacts.map((contact) => ({
      name: contact.name,
      email: optional(contact.email),
      phone: optional(normalizePhone(contact.phone, country)),
    }));
  }
  return input;
}

/** Every violation of the draft, by the SDK's one schema: the wizard has no rules of its own. */
export function violationsOf(draft: WizardDraft): Violation[] {
  const result = validate(CustomerInputSchema, toInput(draft));
  return result.ok ? [] : result.violations;
}

/** Field path of a contact row's field, as the API names it: `contacts[1].email`. */
export const contactPath = (index: number, field: ContactField): string => `contacts[${index}].${field}`;

/** The step a field path belongs to. */
export const stepOfField = (field: string): 'company' | 'contacts' =>
  field.startsWith('contacts') ? 'contacts' : 'company';
