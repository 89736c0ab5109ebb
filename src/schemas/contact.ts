import * as z from 'zod/mini';
import { emailSchema, optionalText, phoneSchema, requiredText, sortError, timestampSchema } from './common.js';

export const CONTACT_NAME_MAX = 127;
export const CONTACT_REACHABLE_MESSAGE = 'Enter an e-mail or a phone number, so the contact can be notified.';

/** A contact exists to be notified, so it needs at least one way to reach it. */
export const isReachable = (contact: { email?: string | null; phone?: string | null }): boolean =>
  Boolean(contact.email?.trim() || contact.phone?.trim());

const fields = {
  name: requiredText(CONTACT_NAME_MAX),
  email: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
  title: z.optional(optionalText(100)),
};

export const ContactInputSchema = /* @__PURE__ */ z.object(fields).check(
  z.superRefine((contact, ctx) => {
    if (!isReachable(contact)) {
      ctx.addIssue({
        code: 'custom',
        message: CONTACT_REACHABLE_MESSAGE,
        path: ['email'],
        input: contact,
        params: { code: 'unreachable' },
      });
    }
  }),
);

/** `null` clears an optional field; reachability is checked by the server against the merged contact. */
export const ContactPatchSchema = z.object({
  name: z.optional(fields.name),
  email: z.optional(z.nullable(emailSchema)),
  phone: z.optional(z.nullable(phoneSchema)),
  title: z.optional(z.nullable(optionalText(100))),
});

export const ContactSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  title: z.optional(z.string()),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  version: z.int(),
});

export const ContactSortSchema = z.enum(
  ['name', '-name', 'email', '-email', 'phone', '-phone', 'title', '-title', 'createdAt', '-createdAt'],
  sortError,
);

export type ContactInput = z.input<typeof ContactInputSchema>;
export type ContactPatch = z.input<typeof ContactPatchSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type ContactSort = z.output<typeof ContactSortSchema>;
