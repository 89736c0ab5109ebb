import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { Customer } from '../../src/schemas/customer.js';
import { NotFoundError } from '../../src/errors.js';
import type { Strings } from '../shared/i18n/en.js';
import { describeError } from '../shared/errors.js';
import { errorState, loadingState } from '../shared/states.js';
import { isAbort } from '../shared/paged-rows.js';
import { tabList, tabPanel } from '../shared/tabs.js';
import type { ManagerText } from './i18n/en.js';
import { TABS, type Tab } from './state.js';
import { customerHeader } from './view.js';

export interface OpenCustomerView {
  t: Strings & ManagerText;
  format: (count: number) => string;
  tab: Tab;
  onSelectTab: (tab: Tab, focus: boolean) => void;
  /** The current tab's element for this customer. */
  panel: (tab: Tab, customerId: string) => unknown;
}

/**
 * The customer the manager has open: fetched when the id or the client changes, and shown as its header, tabs
 * and the current tab's panel. Only the latest request may land, so a slow answer for a customer the user has
 * already left never replaces the one on screen.
 */
export class OpenCustomerController implements ReactiveController {
  customer?: Customer;
  private error: unknown;
  private loading?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly current: { customerId: () => string; client: () => CustomerClient | undefined },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.loading?.abort();
  }

  /**
   * Fetches the open customer afresh. With `keep`, the one on screen stays until the answer arrives (a reload
   * after a change in a tab, so the header does not flash to a spinner).
   */
  load(keep = false): void {
    this.loading?.abort();
    const id = this.current.customerId();
    const client = this.current.client();
    if (!keep || this.customer?.id !== id) this.customer = undefined;
    this.error = undefined;
    this.host.requestUpdate();
    if (!id || !client) return;
    const loading = (this.loading = new AbortController());
    client.customers.get(id, { signal: loading.signal }).then(
      (customer) => {
        if (loading !== this.loading) return;
        this.customer = customer;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (loading !== this.loading || isAbort(error)) return;
        this.error = error;
        this.host.requestUpdate();
      },
    );
  }

  render(view: OpenCustomerView): unknown {
    const { t } = view;
    const error = this.error;
    if (error) {
      const notFound = error instanceof NotFoundError;
      return errorState({
        title: t.customerLoadFailed,
        message: describeError(error, t).message,
        ...(notFound ? {} : { retryLabel: t.retry, onRetry: () => this.load() }),
      });
    }
    const customer = this.customer;
    if (!customer || customer.id !== this.current.customerId()) return loadingState(t.loading);
    return html`${customerHeader(customer, t, view.format)}
    ${tabList({ tabs: TABS, labels: t.tabs, label: t.customerSections(customer.name), current: view.tab, onSelect: view.onSelectTab })}
    ${tabPanel(view.tab, view.panel(view.tab, customer.id))}`;
  }
}
