import * as z from 'zod/mini';
import { emailSchema, optionalText, phoneSchema, requiredText, sortError, timestampSchema } from './common.js';
import {
  NotificationPreferencesInputSchema,
  NotificationPreferencesSchema,
  SMS_NEEDS_PHONE_MESSAGE,
  smsWithoutPhone,
} from './notification.js';

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
  /** Left out: e-mail (else SMS), service due and fault codes, the customer's language, not opted out. */
  notifications: z.optional(NotificationPreferencesInputSchema),
};

/** The field an SMS channel without a phone is reported at. */
export const CHANNELS_FIELD = 'notifications.channels';

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
    if (smsWithoutPhone(contact.notifications?.channels, contact.phone)) {
      ctx.addIssue({
        code: 'custom',
        message: SMS_NEEDS_PHONE_MESSAGE,
        path: ['notifications', 'channels'],
        input: contact,
        params: { code: 'sms_needs_phone' },
      });
    }
  }),
);

/**
 * `null` clears an optional field; reachability and "SMS needs a phone" are checked by the server against the
 * merged contact. `notifications` is merged part by part: what is left out (say `optOut`) is kept.
 */
export const ContactPatchSchema = z.object({
  name: z.optional(fields.name),
  email: z.optional(z.nullable(emailSchema)),
  phone: z.optional(z.nullable(phoneSchema)),
  title: z.optional(z.nullable(optionalText(100))),
  notifications: z.optional(NotificationPreferencesInputSchema),
});

export const ContactSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  title: z.optional(z.string()),
  /** Absent only from a server that predates notification preferences. */
  notifications: z.optional(NotificationPreferencesSchema),
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
