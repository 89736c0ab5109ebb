import * as z from 'zod/mini';
import { openEnum } from './open-enum.js';

/**
 * What a contact is told about, and how: the channels (e-mail, SMS), the equipment events, the language the
 * messages are written in, and an opt-out that pauses everything without losing the choices.
 */

/** How a contact can be reached; SMS needs a phone. */
export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;

/**
 * Events a construction or rental fleet's machines raise, in the order a fleet admin thinks of them:
 * service due, a machine fault code (DTC), a geofence entered or left, use outside working hours, a low
 * (tracker or machine) battery, and tampering (tracker removed, power cut).
 */
export const NOTIFICATION_EVENTS = [
  'service_due',
  'fault_code',
  'geofence_enter',
  'geofence_exit',
  'out_of_hours_use',
  'low_battery',
  'tamper',
] as const;

/** A contact created without preferences hears about the two events nobody wants to miss. */
export const DEFAULT_NOTIFICATION_EVENTS: readonly NotificationEvent[] = ['service_due', 'fault_code'];
export const DEFAULT_NOTIFICATION_LANGUAGE = 'en';
export const SMS_NEEDS_PHONE_MESSAGE = 'SMS needs a phone number: add one, or leave SMS off.';

export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NotificationChannelSchema = z.enum(NOTIFICATION_CHANNELS, {
  error: `Choose from ${NOTIFICATION_CHANNELS.join(', ')}.`,
});
export const NotificationEventSchema = z.enum(NOTIFICATION_EVENTS, {
  error: `Choose from ${NOTIFICATION_EVENTS.join(', ')}.`,
});

/** A BCP 47 language tag such as `da`, `en-GB` or `pt-BR`: a 2–3 letter language and optional subtags. */
export const LANGUAGE_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export const languageSchema = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.regex(LANGUAGE_PATTERN, { error: 'Use a language tag such as da or en-GB.' }));

const sets = {
  channels: z.array(NotificationChannelSchema).check(z.maxLength(NOTIFICATION_CHANNELS.length)),
  events: z.array(NotificationEventSchema).check(z.maxLength(NOTIFICATION_EVENTS.length)),
};

/**
 * Preferences in a create or a change: every part optional. On create the server fills what is left out
 * (e-mail if the contact has one, else SMS; service due and fault codes; the customer's country's language;
 * not opted out). In a `PATCH` only the parts sent change: an edit that leaves out `optOut` keeps it.
 */
export const NotificationPreferencesInputSchema = z.object({
  channels: z.optional(sets.channels),
  events: z.optional(sets.events),
  language: z.optional(languageSchema),
  optOut: z.optional(z.boolean()),
});

/** Preferences as the API returns them; channels and events a newer server adds parse as plain strings. */
export const NotificationPreferencesSchema = z.object({
  channels: z.array(openEnum(NOTIFICATION_CHANNELS)),
  events: z.array(openEnum(NOTIFICATION_EVENTS)),
  language: z.string(),
  optOut: z.boolean(),
});

export const NotificationAudienceQuerySchema = z.object({ event: NotificationEventSchema });

/** `GET /customers/{id}/notification-audience?event=…`: who is told, and on which channels. */
export const NotificationAudienceSchema = z.object({
  event: openEnum(NOTIFICATION_EVENTS),
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
      channels: z.array(openEnum(NOTIFICATION_CHANNELS)),
      language: z.string(),
    }),
  ),
});

export type NotificationPreferencesInput = z.input<typeof NotificationPreferencesInputSchema>;
export type NotificationPreferences = z.output<typeof NotificationPreferencesSchema>;
export type NotificationAudience = z.output<typeof NotificationAudienceSchema>;
export type NotificationAudienceMember = NotificationAudience['contacts'][number];

/** Would these channels reach this contact? SMS without a phone never does. */
export const smsWithoutPhone = (channels: readonly string[] | undefined, phone: string | null | undefined): boolean =>
  Boolean(channels?.includes('sms') && !phone?.trim());

/**
 * Languages by country, for the default language of a new contact: only the countries whose language the
 * elements know; everyone else gets English. (Multilingual countries get their most spoken language.)
 */
const COUNTRY_LANGUAGES: Record<string, string> = {
  DK: 'da',
  DE: 'de',
  AT: 'de',
  CH: 'de',
  NL: 'nl',
  BE: 'nl',
  SE: 'sv',
  NO: 'nb',
  FI: 'fi',
  FR: 'fr',
  ES: 'es',
  IT: 'it',
  PT: 'pt',
  BR: 'pt',
  RO: 'ro',
  PL: 'pl',
  CZ: 'cs',
  RU: 'ru',
  HU: 'hu',
  JP: 'ja',
  TH: 'th',
};

export const languageOfCountry = (country: string | undefined): string =>
  (country && COUNTRY_LANGUAGES[country]) || DEFAULT_NOTIFICATION_LANGUAGE;

/** What a contact created without (some) preferences gets. */
export function defaultNotifications(
  contact: { email?: string | null; phone?: string | null },
  country: string | undefined,
  given: NotificationPreferencesInput = {},
): NotificationPreferences {
  return {
    channels: unique(given.channels ?? (contact.email?.trim() || !contact.phone?.trim() ? ['email'] : ['sms'])),
    events: unique(given.events ?? DEFAULT_NOTIFICATION_EVENTS),
    language: given.language ?? languageOfCountry(country),
    optOut: given.optOut ?? false,
  };
}

/** Sent twice is meant once; kept in the order of the known values, so the JSON (and its ETag) is stable. */
export function unique<T extends string>(values: readonly T[]): T[] {
  const known = [...NOTIFICATION_CHANNELS, ...NOTIFICATION_EVENTS] as readonly string[];
  const rank = (value: string) => (known.includes(value) ? known.indexOf(value) : known.length);
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b));
}
