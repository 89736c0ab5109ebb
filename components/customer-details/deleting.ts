import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient, IfMatch } from '../../src/client/types.js';
import type { Customer } from '../../src/schemas/customer.js';
import { NotFoundError, PermissionError, PreconditionFailedError } from '../../src/errors.js';
import { ConfirmController } from '../shared/confirm.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { CustomerDeleteRequestEvent } from '../shared/events.js';
import { errorState, notice } from '../shared/states.js';
import type { Strings } from '../shared/i18n/en.js';
import type { DetailsStrings } from './i18n/en.js';

/** What deleting needs from the element. */
export interface DeleteHost {
  client(): CustomerClient | undefined;
  /** The customer on screen now. */
  customer(): Customer | undefined;
  ifMatch(): IfMatch | undefined;
  /** Reads the customer fresh (with its ETag) and makes it the shown one; `false` when it failed. */
  refresh(): Promise<boolean>;
  t(): Strings & DetailsStrings;
  formatNumber(value: number): string;
  announce(message: string): void;
  focus(selector: string): void;
  denied(): void;
  /** The customer is gone: show it and fire `customer-deleted`. */
  deleted(customer: Customer): void;
}

/**
 * Delete customer: asks first, naming the customer and what else goes (the counts fetched fresh for the
 * question); then fires the cancelable `customer-delete-request`; then deletes with that version's ETag, so a
 * contact or unit added after the user said yes deletes nothing. A 404 is what the user wanted; a 412 says so.
 */
export class DeleteController implements ReactiveController {
  deleting = false;
  private failure?: DescribedError;
  private stale = false;
  readonly confirmer: ConfirmController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly element: DeleteHost,
  ) {
    host.addController(this);
    this.confirmer = new ConfirmController(host, () => element.t(), 'delete-confirm');
  }

  hostConnected(): void {}

  reset(): void {
    this.deleting = false;
    this.failure = undefined;
    this.stale = false;
  }

  ask = async (): Promise<void> => {
    if (this.deleting || !this.element.customer()) return;
    const t = this.element.t();
    this.failure = undefined;
    this.stale = false;
    this.set(true);
    const fresh = await this.element.refresh();
    this.set(false);
    const customer = this.element.customer();
    if (!customer || !fresh) return;
    const ok = await this.confirmer.confirm({
      title: t.deleteTitle(customer.name),
      body: t.deleteConsequences(customer.name, customer.equipmentCount, customer.contactCount, (count) =>
        this.element.formatNumber(count),
      ),
      confirmLabel: t.deleteCustomer,
      danger: true,
    });
    if (!ok || this.element.customer()?.id !== customer.id) return;
    const request = new CustomerDeleteRequestEvent({ customerId: customer.id });
    if (!this.host.dispatchEvent(request)) return;
    await this.delete(customer);
  };

  private set(deleting: boolean): void {
    this.deleting = deleting;
    this.host.requestUpdate();
  }

  private async delete(customer: Customer): Promise<void> {
    const client = this.element.client();
    if (!client) return;
    const t = this.element.t();
    this.set(true);
    this.failure = undefined;
    this.element.announce(t.deleting);
    try {
      await client.customers.delete(customer.id, { ifMatch: this.element.ifMatch() });
      this.set(false);
      this.element.deleted(customer);
    } catch (error) {
      this.set(false);
      if (this.element.customer()?.id !== customer.id) return;
      if (error instanceof NotFoundError) {
        // Gone already (someone else, or our own first attempt whose answer was lost): what the user wanted.
        this.element.deleted(customer);
      } else if (error instanceof PreconditionFailedError) {
        await this.element.refresh();
        this.stale = true;
        this.element.focus('[data-delete]');
        this.element.announce(t.deleteStale);
      } else {
        if (error instanceof PermissionError) this.element.denied();
        this.failure = describeError(error, t);
        this.element.announce(`${t.deleteFailed} ${this.failure.message}`);
      }
      this.host.requestUpdate();
    }
  }

  render(): TemplateResult {
    const t = this.element.t();
    return html`<div class="danger-zone" part="danger-zone">
      ${this.stale ? notice('warning', t.deleteStale) : nothing}
      ${
        this.failure
          ? errorState({
              title: t.deleteFailed,
              message: this.failure.message,
              retryLabel: this.failure.retryable ? t.retry : undefined,
              busy: this.deleting,
              onRetry: () => {
                const customer = this.element.customer();
                if (customer) void this.delete(customer);
              },
            })
          : nothing
      }
      <button
        class="button delete"
        part="button button-delete button-danger"
        type="button"
        data-delete
        aria-disabled=${this.deleting ? 'true' : 'false'}
        @click=${() => void this.ask()}
      >
        ${this.deleting ? html`<span class="spinner" aria-hidden="true"></span>${t.deleting}` : t.deleteCustomer}
      </button>
    </div>`;
  }
}
