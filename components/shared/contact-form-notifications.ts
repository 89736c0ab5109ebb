import { html, nothing, type TemplateResult } from 'lit';
import type { Contact, ContactPatch } from '../../src/schemas/contact.js';
import {
  DEFAULT_NOTIFICATION_EVENTS,
  languageOfCountry,
  NOTIFICATION_EVENTS,
  type NotificationChannel,
  type NotificationEvent,
  type NotificationPreferences,
  type NotificationPreferencesInput,
} from '../../src/schemas/notification.js';
import { describedBy, fieldMessages } from './field.js';

/**
 * A contact's notification preferences as a form holds them, and the fieldsets that set them: channels and
 * events as check boxes in a fieldset each, the language as a select, and the opt-out. Unknown channels and
 * events (from a newer server) stay in the draft untouched and are sent back as they came.
 */

/** The words the fieldsets need; the contact list's table has them. */
export interface NotificationFieldStrings {
  notifications: string;
  notificationChannels: string;
  notificationEvents: string;
  notificationLanguage: string;
  notificationOptOut: string;
  notificationOptOutHint: string;
  smsNeedsPhoneHint: string;
  channelName: Record<NotificationChannel, string>;
  eventName: Record<NotificationEvent, string>;
}

export type NotificationDraft = NotificationPreferences;

/** The starting preferences of a new contact: e-mail, service due and fault codes, in `language`. */
export const newNotificationDraft = (language: string): NotificationDraft => ({
  channels: ['email'],
  events: [...DEFAULT_NOTIFICATION_EVENTS],
  language,
  optOut: false,
});

/** The language a new contact starts with: the customer's country's, else the language the form is shown in. */
export const startingLanguage = (country: string | undefined, uiLanguage: string): string =>
  country && languageOfCountry(country) !== 'en' ? languageOfCountry(country) : uiLanguage;

export const notificationDraftOf = (contact: Contact, fallbackLanguage: string): NotificationDraft =>
  contact.notifications
    ? {
        ...contact.notifications,
        channels: [...contact.notifications.channels],
        events: [...contact.notifications.events],
      }
    : newNotificationDraft(fallbackLanguage);

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

/** Only the parts that changed, so an edit that does not touch the opt-out never sends it. */
export function notificationPatch(
  base: NotificationPreferences | undefined,
  draft: NotificationDraft,
): ContactPatch['notifications'] | undefined {
  const patch: NotificationPreferencesInput = {};
  const input = draft as NotificationPreferencesInput;
  if (!base || !sameSet(base.channels, draft.channels)) patch.channels = input.channels ?? [];
  if (!base || !sameSet(base.events, draft.events)) patch.events = input.events ?? [];
  if (!base || base.language !== draft.language) patch.language = draft.language;
  if (!base || base.optOut !== draft.optOut) patch.optOut = draft.optOut;
  return Object.keys(patch).length ? patch : undefined;
}

/** Adds or removes one value of a set, keeping the others (unknown ones too) in place. */
export const toggled = (values: readonly string[], value: string, on: boolean): string[] =>
  on ? (values.includes(value) ? [...values] : [...values, value]) : values.filter((v) => v !== value);

/** The languages offered (the elements' own); a contact's other language is offered too. */
export const NOTIFICATION_LANGUAGES = [
  'en',
  'da',
  'de',
  'nl',
  'sv',
  'nb',
  'fi',
  'fr',
  'es',
  'it',
  'pt',
  'ro',
  'pl',
  'cs',
  'ru',
  'hu',
  'ja',
  'th',
] as const;

export interface NotificationFieldsView {
  t: NotificationFieldStrings;
  /** Names languages (`Intl.DisplayNames` in the form's locale). */
  languageName: (code: string) => string;
  draft: NotificationDraft;
  /** Ids are `<prefix>-channels`, `<prefix>-events`, ...; unique in the shadow root. */
  idPrefix: string;
  /** The contact has a phone (as typed): without one, the SMS box says why it cannot be used. */
  hasPhone: boolean;
  /** The field key of the channels (`notifications.channels`), where "SMS needs a phone" shows. */
  channelsKey: string;
  channelsError?: string | undefined;
  /** Applies a change to the draft as it is then (two quick clicks before a render must both count). */
  set: (change: (draft: NotificationDraft) => NotificationDraft) => void;
  /** The group's "Notifications" legend only for screen readers (a dialog whose title already says it). */
  quietLegend?: boolean;
}

/** The preferences' fieldsets, inside one `Notifications` group. */
export function notificationFields(view: NotificationFieldsView): TemplateResult {
  const { t, draft, idPrefix } = view;
  const channelsId = `${idPrefix}-channels`;
  const smsHintId = `${idPrefix}-sms-hint`;
  const languageId = `${idPrefix}-language`;
  const languages: string[] = [...NOTIFICATION_LANGUAGES];
  if (!languages.includes(draft.language)) languages.push(draft.language);
  const check = (kind: 'channels' | 'events', value: string, label: string, described?: string) =>
    html`<label class="choice" part="choice">
      <input
        type="checkbox"
        name=${kind === 'channels' ? view.channelsKey : `${idPrefix}-events`}
        data-field=${kind === 'channels' ? view.channelsKey : nothing}
        data-notify=${`${kind}:${value}`}
        .checked=${draft[kind].includes(value)}
        aria-invalid=${kind === 'channels' && view.channelsError ? 'true' : 'false'}
        aria-describedby=${described ?? nothing}
        @change=${(event: Event) =>
          view.set((now) => ({
            ...now,
            [kind]: toggled(now[kind], value, (event.target as HTMLInputElement).checked),
          }))}
      />
      <span>${label}</span>
    </label>`;
  return html`<fieldset class="fieldset notify" part="fieldset notifications">
    <legend class=${view.quietLegend ? 'visually-hidden' : 'label'} part="label">${t.notifications}</legend>
    <fieldset
      class="fieldset ${view.channelsError ? 'invalid' : ''}"
      id=${channelsId}
      aria-describedby=${describedBy({ id: channelsId, error: view.channelsError }) ?? nothing}
    >
      <legend class="label" part="label">${t.notificationChannels}</legend>
      <div class="choices" part="choices">
        ${check('channels', 'email', t.channelName.email)}
        ${check('channels', 'sms', t.channelName.sms, view.hasPhone ? undefined : smsHintId)}
      </div>
      ${view.hasPhone ? nothing : html`<p class="hint" id=${smsHintId} part="hint">${t.smsNeedsPhoneHint}</p>`}
      ${fieldMessages({ id: channelsId, error: view.channelsError })}
    </fieldset>
    <fieldset class="fieldset">
      <legend class="label" part="label">${t.notificationEvents}</legend>
      <div class="choices" part="choices">
        ${NOTIFICATION_EVENTS.map((event) => check('events', event, t.eventName[event]))}
      </div>
    </fieldset>
    <div class="field" part="field">
      <label class="label" for=${languageId} part="label">${t.notificationLanguage}</label>
      <select
        class="input"
        part="input"
        id=${languageId}
        data-notify="language"
        .value=${draft.language}
        @change=${(event: Event) => view.set((now) => ({ ...now, language: (event.target as HTMLSelectElement).value }))}
      >
        ${languages.map(
          (code) =>
            html`<option value=${code} ?selected=${code === draft.language}>${view.languageName(code)}</option>`,
        )}
      </select>
    </div>
    <label class="choice" part="choice">
      <input
        type="checkbox"
        data-notify="optOut"
        .checked=${draft.optOut}
        aria-describedby=${`${idPrefix}-optout-hint`}
        @change=${(event: Event) => view.set((now) => ({ ...now, optOut: (event.target as HTMLInputElement).checked }))}
      />
      <span>${t.notificationOptOut}</span>
    </label>
    <p class="hint" id=${`${idPrefix}-optout-hint`} part="hint">${t.notificationOptOutHint}</p>
  </fieldset>`;
}
