import * as z from 'zod/mini';
import {
  countrySchema,
  emailSchema,
  optionalText,
  phoneSchema,
  requiredText,
  sortError,
  timestampSchema,
  websiteSchema,
} from './common.js';
import { openEnum } from './open-enum.js';
import { ContactInputSchema } from './contact.js';

/** Relationship types, in the order the help article lists them; `OTHER` is the default. */
export const CUSTOMER_TYPES = ['CONTRACTOR', 'DEALER', 'DISTRIBUTOR', 'OEM', 'RENTAL', 'SERVICE', 'OTHER'] as const;
export const DEFAULT_CUSTOMER_TYPE = 'OTHER';
export const CUSTOMER_NAME_MAX = 127;
/** How many contacts one create may carry (the wizard's contacts step). */
export const CUSTOMER_CONTACTS_MAX = 100;

export const CustomerTypeSchema = z.enum(CUSTOMER_TYPES, {
  error: `Choose one of ${CUSTOMER_TYPES.join(', ')}.`,
});

export const AddressSchema = z.object({
  street: z.optional(optionalText(200)),
  postalCode: z.optional(optionalText(20)),
  city: z.optional(optionalText(100)),
  region: z.optional(optionalText(100)),
  country: z.optional(countrySchema),
});

const fields = {
  name: requiredText(CUSTOMER_NAME_MAX),
  type: z._default(CustomerTypeSchema, DEFAULT_CUSTOMER_TYPE),
  externalReference: z.optional(requiredText(64)),
  phone: z.optional(phoneSchema),
  email: z.optional(emailSchema),
  website: z.optional(websiteSchema),
  address: z.optional(AddressSchema),
  note: z.optional(optionalText(2000)),
};

/** Body of `POST /customers`: the customer and, optionally, its first contacts, created atomically. */
export const CustomerInputSchema = z.object({
  ...fields,
  contacts: z.optional(
    z
      .array(ContactInputSchema)
      .check(z.maxLength(CUSTOMER_CONTACTS_MAX, { error: `At most ${CUSTOMER_CONTACTS_MAX} contacts at once.` })),
  ),
});

/** Body of `PATCH /customers/{id}`: only the fields to change; `null` clears an optional field. */
export const CustomerPatchSchema = z.object({
  name: z.optional(fields.name),
  type: z.optional(CustomerTypeSchema),
  externalReference: z.optional(z.nullable(requiredText(64))),
  phone: z.optional(z.nullable(phoneSchema)),
  email: z.optional(z.nullable(emailSchema)),
  website: z.optional(z.nullable(websiteSchema)),
  address: z.optional(z.nullable(AddressSchema)),
  note: z.optional(z.nullable(optionalText(2000))),
});

/** A customer as the API returns it. Formats are not re-checked here: the server owns them. */
export const CustomerSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: openEnum(CUSTOMER_TYPES),
  externalReference: z.optional(z.string()),
  phone: z.optional(z.string()),
  email: z.optional(z.string()),
  website: z.optional(z.string()),
  address: z.optional(
    z.object({
      street: z.optional(z.string()),
      postalCode: z.optional(z.string()),
      city: z.optional(z.string()),
      region: z.optional(z.string()),
      country: z.optional(z.string()),
    }),
  ),
  note: z.optional(z.string()),
  contactCount: z.int(),
  equipmentCount: z.int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  version: z.int(),
});

export const CustomerSortSchema = z.enum(
  [
    'name',
    '-name',
    'type',
    '-type',
    'createdAt',
    '-createdAt',
    'updatedAt',
    '-updatedAt',
    'equipmentCount',
    '-equipmentCount',
    'contactCount',
    '-contactCount',
  ],
  sortError,
);

export type CustomerType = (typeof CUSTOMER_TYPES)[number];
export type Address = z.output<typeof AddressSchema>;
/** What a caller sends to create a customer (`type` may be left out: the server stores `OTHER`). */
export type CustomerInput = z.input<typeof CustomerInputSchema>;
export type CustomerPatch = z.input<typeof CustomerPatchSchema>;
export type Customer = z.output<typeof CustomerSchema>;
export type CustomerSort = z.output<typeof CustomerSortSchema>;
