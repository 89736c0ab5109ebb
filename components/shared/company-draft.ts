import { DEFAULT_CUSTOMER_TYPE, type Address, type Customer } from '../../src/schemas/customer.js';
import { normalizePhone } from './phone.js';

/**
 * A customer's company fields as the user types them: strings exactly as typed (nothing is reformatted under
 * the cursor, nothing is lost on a failure), turned into API values only to validate and to save. Shared by the
 * forms that edit a customer (the details form; the wizard's company step has the same fields).
 */
export interface CompanyDraft {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  region: string;
  /** An ISO code once picked; raw text while it matches no country (validation then says so). */
  country: string;
  phone: string;
  email: string;
  website: string;
  externalReference: string;
  note: string;
  /** A known relationship type, or a newer one the server sent that this version does not know. */
  type: string;
}

/** The company fields in form order; their keys are the API's field paths (what violations name). */
export const COMPANY_FIELD_PATHS = [
  'name',
  'address.street',
  'address.postalCode',
  'address.city',
  'address.region',
  'address.country',
  'phone',
  'email',
  'website',
  'externalReference',
  'note',
  'type',
] as const;
export type CompanyFieldPath = (typeof COMPANY_FIELD_PATHS)[number];

/** The draft key behind each field path. */
export const DRAFT_KEY: Record<CompanyFieldPath, keyof CompanyDraft> = {
  name: 'name',
  'address.street': 'street',
  'address.postalCode': 'postalCode',
  'address.city': 'city',
  'address.region': 'region',
  'address.country': 'country',
  phone: 'phone',
  email: 'email',
  website: 'website',
  externalReference: 'externalReference',
  note: 'note',
  type: 'type',
};

/** The editable part of a customer, in API shape: what a draft becomes, and what a saved record holds. */
export interface CompanyValues {
  name: string;
  type: string;
  externalReference?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  address?: Address | undefined;
  note?: string | undefined;
}

/** A draft from a saved customer (or from nothing: an empty form with the default type). */
export function companyDraftFrom(customer?: Partial<CompanyValues> | Customer): CompanyDraft {
  const address = customer?.address ?? {};
  return {
    name: customer?.name ?? '',
    street: address.street ?? '',
    postalCode: address.postalCode ?? '',
    city: address.city ?? '',
    region: address.region ?? '',
    country: address.country ?? '',
    phone: customer?.phone ?? '',
    email: customer?.email ?? '',
    website: customer?.website ?? '',
    externalReference: customer?.externalReference ?? '',
    note: customer?.note ?? '',
    type: customer?.type ?? DEFAULT_CUSTOMER_TYPE,
  };
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/**
 * The values a draft stands for: trimmed, empty text as absent (the schemas reject an empty e-mail but accept
 * none), the phone normalised to E.164 with the address's country as the default region.
 */
export function companyValues(draft: CompanyDraft): CompanyValues {
  const country = draft.country.trim();
  const address: Address = {
    street: optional(draft.street),
    postalCode: optional(draft.postalCode),
    city: optional(draft.city),
    region: optional(draft.region),
    country: optional(country),
  };
  const hasAddress = Object.values(address).some((value) => value !== undefined);
  return {
    name: draft.name.trim(),
    type: draft.type,
    externalReference: optional(draft.externalReference),
    phone: optional(normalizePhone(draft.phone, country)),
    email: optional(draft.email),
    website: optional(draft.website),
    address: hasAddress ? address : undefined,
    note: optional(draft.note),
  };
}

/** The value at a field path (`address.city`), `undefined` when absent. */
export function valueAt(values: Partial<CompanyValues> | Customer, path: CompanyFieldPath): string | undefined {
  if (path.startsWith('address.')) {
    const key = path.slice('address.'.length) as keyof Address;
    return values.address?.[key] || undefined;
  }
  return (values[path as Exclude<CompanyFieldPath, `address.${string}`>] as string | undefined) || undefined;
}
