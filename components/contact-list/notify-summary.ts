import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../../src/schemas/contact.js';
import type { ListStrings } from './i18n/en.js';

/** A known channel's or event's name; a value from a newer server shows as it came. */
export const channelLabel = (t: ListStrings, channel: string): string =>
  (t.channelName as Record<string, string>)[channel] ?? channel;
export const eventLabel = (t: ListStrings, event: string): string =>
  (t.eventName as Record<string, string>)[event] ?? event;

const list = (locale: string, values: string[], fallback: string) =>
  values.length ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(values) : fallback;

/** "By e-mail and SMS about service due and fault codes", or "Opted out": what a screen reader and `title` say. */
export function notifySentence(t: ListStrings, locale: string, contact: Contact): string {
  const n = contact.notifications;
  if (!n) return '';
  if (n.optOut) return t.optedOut;
  const channels = list(
    locale,
    n.channels.map((c) => channelLabel(t, c).toLowerCase()),
    t.noChannel.toLowerCase(),
  );
  const events = list(
    locale,
    n.events.map((e) => eventLabel(t, e).toLowerCase()),
    t.nothingChosen,
  );
  return t.notifiedAbout(channels, events);
}

/**
 * The compact view in a row: channel labels and the number of events (fits a 320 px card), or "Opted out";
 * the full sentence is what assistive technology reads and what the tooltip shows.
 */
export function notifySummary(t: ListStrings, locale: string, contact: Contact): TemplateResult | string {
  const n = contact.notifications;
  if (!n) return '';
  const sentence = notifySentence(t, locale, contact);
  if (n.optOut) return html`<span class="badge opted-out" data-notify-summary>${t.optedOut}</span>`;
  return html`<span class="notify-summary" data-notify-summary title=${sentence}>
    <span aria-hidden="true">
      ${
        n.channels.length
          ? n.channels.map((c) => html`<span class="badge channel">${channelLabel(t, c)}</span>`)
          : html`<span class="badge">${t.noChannel}</span>`
      }
      <span class="event-count">${t.eventCount(n.events.length)}</span>
    </span>
    <span class="visually-hidden">${sentence}</span>
  </span>`;
}

const languageNames = new Map<string, Intl.DisplayNames>();
/** "Danish" / "dansk": the language's name in the form's locale, or the code when the browser has none. */
export function languageName(code: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** An edited row's notifications cell: a button naming the row, its summary, and the channels' error under it. */
export function rowNotifyCell(view: {
  t: ListStrings;
  locale: string;
  contact: Contact;
  id: string;
  error: string | undefined;
  col: number;
  tabIndex: string;
  disabled: boolean;
  onClick: (event: Event) => void;
}): TemplateResult {
  const { t, id, error } = view;
  return html`<div role="gridcell" class="cell col-notify">
    <button
      class="button quiet notify-edit"
      part="button button-notify-edit"
      type="button"
      id=${id}
      data-notify-edit=${view.contact.id}
      data-col=${view.col}
      tabindex=${view.tabIndex}
      aria-describedby=${error ? `${id}-error` : nothing}
      ?disabled=${view.disabled}
      @click=${view.onClick}
    >
      <span class="visually-hidden">${t.contactField(t.notifications, view.contact.name)}:</span>
      ${notifySummary(t, view.locale, view.contact)}
    </button>
    ${
      error
        ? html`<p class="error" id="${id}-error" part="error">
            <span aria-hidden="true" class="error-icon">!</span>${error}
          </p>`
        : nothing
    }
  </div>`;
}
