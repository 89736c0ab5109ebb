import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { Contact, ContactPatch } from '../../src/schemas/contact.js';
import { NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS } from '../../src/schemas/notification.js';
import { PermissionError } from '../../src/errors.js';
import { DialogController } from '../shared/dialog.js';
import { describeError } from '../shared/errors.js';
import { radioGroup } from '../shared/field.js';
import { notice } from '../shared/states.js';
import { toggled } from '../shared/contact-form-notifications.js';
import { violationText } from '../shared/violations.js';
import type { SelectionController } from '../shared/selection.js';
import type { ListStrings } from './i18n/en.js';
import type { ContactsLoader } from './loading.js';
import { channelLabel, eventLabel } from './notify-summary.js';

export interface NotifySelectedHost {
  client(): CustomerClient | undefined;
  customerId(): string | undefined;
  t(): ListStrings;
  formatNumber(value: number): string;
  loader: ContactsLoader;
  selection: SelectionController<string>;
  succeeded(message: string): void;
  changed(detail: { updated: string[] }): void;
  denied(): void;
}

type Change = 'on' | 'off' | 'optOut' | 'optIn';

/** `event:service_due` or `channel:sms`. */
const TARGETS = [
  ...NOTIFICATION_EVENTS.map((event) => `event:${event}`),
  ...NOTIFICATION_CHANNELS.map((channel) => `channel:${channel}`),
];

/** The patch one change makes to one contact, or undefined when it is already so (nothing is sent for it). */
export function notifyPatch(contact: Contact, change: Change, target: string): ContactPatch | undefined {
  const n = contact.notifications;
  if (!n) return undefined;
  if (change === 'optOut' || change === 'optIn') {
    const optOut = change === 'optOut';
    return n.optOut === optOut ? undefined : { notifications: { optOut } };
  }
  const [kind, value = ''] = target.split(':') as ['event' | 'channel', string];
  const key = kind === 'event' ? 'events' : 'channels';
  const next = toggled(n[key], value, change === 'on');
  if (next.length === n[key].length) return undefined;
  return { notifications: { [key]: next } } as ContactPatch;
}

/**
 * "Notify all selected about service due": one change (turn an event or a channel on or off, opt out, or
 * remove the opt-out) for every selected contact, in a small dialog. Each contact is saved on its own with its
 * version as `If-Match`, only if the change alters it; the contacts that could not take it (SMS for a contact
 * without a phone, someone else's newer edit) are listed by name with the reason, and the dialog stays open.
 */
export class NotifySelected implements ReactiveController {
  private readonly dialog: DialogController;
  private change: Change = 'on';
  private target = TARGETS[0]!;
  private saving = false;
  private failures: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly from: NotifySelectedHost,
  ) {
    host.addController(this);
    this.dialog = new DialogController(host);
  }

  hostConnected(): void {}

  get isOpen(): boolean {
    return this.dialog.open;
  }

  private chosen(): Contact[] {
    return this.from.loader.rows.filter((contact) => this.from.selection.has(contact.id));
  }

  async open(): Promise<void> {
    this.failures = [];
    this.saving = false;
    await this.dialog.show();
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#notify-change input:checked')?.focus();
  }

  private readonly apply = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.from.client();
    const customerId = this.from.customerId();
    if (this.saving || !client || !customerId) return;
    const t = this.from.t();
    const contacts = this.chosen();
    const changes = contacts.flatMap((contact) => {
      const patch = notifyPatch(contact, this.change, this.target);
      return patch ? [{ id: contact.id, patch, ifMatch: contact.version }] : [];
    });
    this.saving = true;
    this.failures = [];
    this.host.requestUpdate();
    const outcomes = changes.length ? await client.contacts.updateMany(customerId, changes) : [];
    this.saving = false;
    const fresh = new Map<string, Contact>();
    const names = new Map(contacts.map((contact) => [contact.id, contact.name]));
    for (const outcome of outcomes) {
      if (outcome.ok && outcome.value) fresh.set(outcome.id, outcome.value);
      else if (outcome.error instanceof PermissionError) {
        this.dialog.close();
        this.from.denied();
        return;
      } else if (outcome.error) {
        const violation = outcome.error.violations?.[0];
        const reason = violation ? violationText(violation, t) : describeError(outcome.error, t).message;
        this.failures.push(t.notifyFailed(names.get(outcome.id) ?? outcome.id, reason));
      }
    }
    this.from.loader.replace(fresh);
    if (fresh.size) this.from.changed({ updated: [...fresh.keys()] });
    // Also after failures: a contact someone else changed meanwhile is read again, so Apply again starts from it.
    if (outcomes.length) void this.from.loader.refresh();
    this.host.requestUpdate();
    if (this.failures.length) return;
    this.dialog.close();
    this.from.succeeded(fresh.size ? t.notifyDone(fresh.size) : t.contactsUnchanged);
  };

  private label(target: string): string {
    const t = this.from.t();
    const [kind, value = ''] = target.split(':');
    return kind === 'event' ? eventLabel(t, value) : channelLabel(t, value);
  }

  render(): TemplateResult | typeof nothing {
    if (!this.dialog.open) return nothing;
    const t = this.from.t();
    const count = this.chosen().length;
    const needsTarget = this.change === 'on' || this.change === 'off';
    return this.dialog.render({
      id: 'notify-selected',
      title: t.notifySelectedTitle(count, this.from.formatNumber(count)),
      closeLabel: t.close,
      size: 'narrow',
      body: html`<form id="notify-form" class="add-form" novalidate @submit=${this.apply}>
        ${radioGroup({
          id: 'notify-change',
          name: 'notify-change',
          label: t.notifyChange,
          value: this.change,
          options: [
            { value: 'on', label: t.notifyAdd },
            { value: 'off', label: t.notifyRemove },
            { value: 'optOut', label: t.notifyOptOut },
            { value: 'optIn', label: t.notifyOptIn },
          ],
          onChange: (value) => {
            this.change = value as Change;
            this.host.requestUpdate();
          },
        })}
        ${
          needsTarget
            ? html`<div class="field" part="field">
                <label class="label" for="notify-target" part="label">${t.notifyWhat}</label>
                <select
                  class="input"
                  part="input"
                  id="notify-target"
                  .value=${this.target}
                  @change=${(e: Event) => {
                    this.target = (e.target as HTMLSelectElement).value;
                    this.host.requestUpdate();
                  }}
                >
                  <optgroup label=${t.notificationEvents}>
                    ${TARGETS.filter((v) => v.startsWith('event:')).map(
                      (v) => html`<option value=${v} ?selected=${v === this.target}>${this.label(v)}</option>`,
                    )}
                  </optgroup>
                  <optgroup label=${t.notificationChannels}>
                    ${TARGETS.filter((v) => v.startsWith('channel:')).map(
                      (v) => html`<option value=${v} ?selected=${v === this.target}>${this.label(v)}</option>`,
                    )}
                  </optgroup>
                </select>
              </div>`
            : nothing
        }
        ${
          this.failures.length
            ? notice(
                'warning',
                html`<p class="notice-title" data-notify-failures>${t.notifyNotChanged(this.failures.length)}</p>
                  <ul class="report">
                    ${this.failures.map((line) => html`<li>${line}</li>`)}
                  </ul>`,
              )
            : nothing
        }
      </form>`,
      footer: this.dialog.formFooter({
        form: 'notify-form',
        cancelLabel: t.cancel,
        submitLabel: t.notifyApply,
        busy: this.saving,
        busyLabel: t.saving,
      }),
    });
  }
}
