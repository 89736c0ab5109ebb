import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { ConfirmController } from '../shared/confirm.js';
import { ContactDeleteRequestEvent } from '../shared/events.js';
import type { SelectionController } from '../shared/selection.js';
import { notice } from '../shared/states.js';
import type { ListStrings } from './i18n/en.js';
import type { ContactsLoader } from './loading.js';
import { namesSummary, sortDeleteOutcomes } from './outcomes.js';

export interface DeletingHost {
  client(): CustomerClient | undefined;
  customerId(): string | undefined;
  t(): ListStrings;
  locale(): string;
  formatNumber(value: number): string;
  announce(message: string): void;
  succeeded(message: string): void;
  loader: ContactsLoader;
  selection: SelectionController<string>;
  confirmer: ConfirmController;
  changed(detail: { deleted: string[] }): void;
  denied(): void;
  /** Where focus goes after the rows are gone: this row (the nearest remaining one), else Add contact. */
  continueAt(id: string | undefined): Promise<void>;
}

/**
 * Delete contacts: the confirmation (count and the first names), the cancelable `contact-delete-request`, `contacts.deleteMany`
 * with each row's version as `If-Match`, then the outcome: the deleted rows go, the ones that could not be
 * deleted stay selected with a report of why, and the list is read again from the server.
 */
export class Deleting implements ReactiveController {
  deleting = false;
  report: Array<{ id: string; text: string }> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly from: DeletingHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  clearReport(): void {
    if (!this.report) return;
    this.report = undefined;
    this.host.requestUpdate();
  }

  /** Asks, then deletes the selected contacts shown; the ones that could not be deleted stay selected, with why. */
  async deleteSelected(): Promise<void> {
    const client = this.from.client();
    const customerId = this.from.customerId();
    if (this.deleting || !client || !customerId) return;
    const { loader, selection } = this.from;
    const targets = loader.rows.filter((contact) => selection.has(contact.id));
    if (!targets.length) return;
    const t = this.from.t();
    const count = targets.length;
    const confirmed = await this.from.confirmer.confirm({
      title: t.deleteContactsTitle(count, this.from.formatNumber(count)),
      body: t.deleteContactsBody(
        namesSummary(
          targets.map((contact) => contact.name),
          this.from.locale(),
          t,
        ),
      ),
      confirmLabel: t.deleteContacts,
      danger: true,
    });
    if (!confirmed) return;
    // The user said yes; the host may still say no (CONVENTIONS: a cancelable request before destroying).
    const request = new ContactDeleteRequestEvent({ customerId, contactIds: targets.map((contact) => contact.id) });
    this.host.dispatchEvent(request);
    if (request.defaultPrevented) {
      // Nothing happens, and the user is back where they were: on the first contact they meant to delete.
      await this.from.continueAt(targets[0]!.id);
      return;
    }

    this.deleting = true;
    this.report = undefined;
    this.host.requestUpdate();
    this.from.announce(t.deletingContacts);
    const outcomes = await client.contacts.deleteMany(
      customerId,
      targets.map((contact) => ({ id: contact.id, ifMatch: contact.version })),
    );
    this.deleting = false;
    const names = new Map(targets.map((contact) => [contact.id, contact.name]));
    const { deleted, gone, fresh, report, denied } = sortDeleteOutcomes(outcomes, names, t);
    const next = nearestRemaining(loader.order, gone);
    loader.replace(fresh, gone);
    selection.deselect(gone);
    this.report = report.length ? report : undefined;
    this.host.requestUpdate();
    if (deleted.length) this.from.changed({ deleted });
    if (denied) {
      this.from.denied();
      return;
    }
    if (deleted.length) this.from.succeeded(t.contactsDeleted(deleted.length));
    if (report.length) this.from.announce(t.contactsNotDeleted(report.length));
    if (gone.size) void loader.refresh();
    // Failures keep their rows selected, so the panel (and focus on Delete) stays; otherwise continue in the list.
    if (!report.length) await this.from.continueAt(next);
  }

  /** After a partial delete: which contacts are left, and why. */
  render(): TemplateResult | typeof nothing {
    const t = this.from.t();
    if (!this.report?.length) return nothing;
    return notice(
      'warning',
      html`<p class="notice-title">${t.contactsNotDeleted(this.report.length)}</p>
        <ul class="report">
          ${this.report.map((item) => html`<li>${item.text}</li>`)}
        </ul>`,
      { id: 'delete-report' },
    );
  }
}

/** The first row after the first removed one that stays, else the one before it. */
function nearestRemaining(order: readonly string[], removed: ReadonlySet<string>): string | undefined {
  const first = order.findIndex((id) => removed.has(id));
  if (first < 0) return undefined;
  return order.slice(first).find((id) => !removed.has(id)) ?? order.slice(0, first).reverse()[0];
}
