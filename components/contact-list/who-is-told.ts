import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import {
  NOTIFICATION_EVENTS,
  type NotificationAudience,
  type NotificationEvent,
} from '../../src/schemas/notification.js';
import { describeError } from '../shared/errors.js';
import { LoadController } from '../shared/loader.js';
import { formatPhone } from '../shared/phone-format.js';
import { errorState, loadingState } from '../shared/states.js';
import type { ListStrings } from './i18n/en.js';
import { channelLabel, eventLabel } from './notify-summary.js';

export interface WhoIsToldHost {
  client(): CustomerClient | undefined;
  customerId(): string | undefined;
  t(): ListStrings;
}

/**
 * "Who is told when one of this customer's machines raises event X": a disclosure under the contact list
 * (so every host of the list, the manager's Contacts tab included, has it), with an event picker and the
 * contacts the server says are told, each with the channels that reach them. It asks only while open, and
 * again after the contacts change (`refresh()`).
 */
export class WhoIsTold {
  private open = false;
  private event: NotificationEvent = 'service_due';
  /** Bumped by `refresh()`, so the same event is asked again after a save. */
  private round = 0;
  private readonly audience: LoadController<
    readonly [CustomerClient, string, NotificationEvent, number],
    NotificationAudience
  >;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly from: WhoIsToldHost,
  ) {
    this.audience = new LoadController(host, {
      args: () => {
        const client = from.client();
        const customerId = from.customerId();
        return this.open && client && customerId ? ([client, customerId, this.event, this.round] as const) : undefined;
      },
      load: ([client, customerId, event], signal) => client.contacts.audience(customerId, event, { signal }),
    });
  }

  /** The contacts changed here: ask again if the view is open. */
  refresh(): void {
    this.round++;
    this.host.requestUpdate();
  }

  private readonly toggle = (event: Event): void => {
    this.open = (event.currentTarget as HTMLDetailsElement).open;
    this.host.requestUpdate();
  };

  private renderResult(): TemplateResult | typeof nothing {
    const t = this.from.t();
    const { status, value, error } = this.audience;
    if (status === 'error')
      return errorState({
        title: t.whoIsToldFailed,
        message: describeError(error, t).message,
        retryLabel: t.retry,
        onRetry: () => void this.audience.reload(),
      });
    if (status !== 'ready' || !value) return loadingState(t.loading);
    if (!value.contacts.length) return html`<p class="muted" role="status" data-who-count>${t.whoIsToldNone}</p>`;
    return html`<p class="muted" role="status" data-who-count>${t.whoIsToldCount(value.contacts.length)}</p>
      <ul class="who-list" aria-label=${t.whoIsTold} data-who-list>
        ${value.contacts.map(
          (contact) =>
            html`<li data-who=${contact.id}>
              <span class="who-name">${contact.name}</span>
              ${contact.channels.map(
                (channel) =>
                  html`<span class="badge channel" data-channel=${channel}
                    >${channelLabel(t, channel)}<span class="visually-hidden"
                      >: ${channel === 'sms' ? formatPhone(contact.phone ?? '') : (contact.email ?? '')}</span
                    ></span
                  >`,
              )}
            </li>`,
        )}
      </ul>`;
  }

  render(): TemplateResult {
    const t = this.from.t();
    return html`<details class="who" part="who-is-told" ?open=${this.open} @toggle=${this.toggle}>
      <summary data-who-summary>${t.whoIsTold}</summary>
      ${
        this.open
          ? html`<div class="who-body">
              <div class="field who-field" part="field">
                <label class="label" for="who-event" part="label">${t.whoIsToldEvent}</label>
                <select
                  class="input"
                  part="input"
                  id="who-event"
                  .value=${this.event}
                  @change=${(e: Event) => {
                    this.event = (e.target as HTMLSelectElement).value as NotificationEvent;
                    this.host.requestUpdate();
                  }}
                >
                  ${NOTIFICATION_EVENTS.map(
                    (event) =>
                      html`<option value=${event} ?selected=${event === this.event}>${eventLabel(t, event)}</option>`,
                  )}
                </select>
              </div>
              ${this.renderResult()}
            </div>`
          : nothing
      }
    </details>`;
  }
}
