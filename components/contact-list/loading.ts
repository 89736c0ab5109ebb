import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { Contact, ContactSort } from '../../src/schemas/contact.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { DebouncedSearch } from '../shared/search.js';
import { emptyState, errorState, loadingState } from '../shared/states.js';
import type { SelectionController } from '../shared/selection.js';
import type { ListStrings } from './i18n/en.js';

/** The API's largest page: one request serves a typical customer's whole list. */
export const PAGE_LIMIT_MAX = 1000;

export interface LoaderHost {
  client(): CustomerClient | undefined;
  customerId(): string | undefined;
  pageSize(): number;
  t(): ListStrings;
  formatNumber(value: number): string;
  announce(message: string): void;
  selection: SelectionController<string>;
}

/**
 * Loading the contacts: the first page, further pages, the debounced server-side search and the sort, each
 * aborting the request before it. After every write the list asks the server again (`refresh()`), so it shows
 * what the server now holds, not what it guessed. The selection is kept through searches (the rows a search
 * hides stay selected; `hiddenSelected` counts them) and only loses contacts a full list no longer has.
 */
export class ContactsLoader implements ReactiveController {
  rows: Contact[] = [];
  total = 0;
  nextCursor: string | null = null;
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** A search, sort, refresh or next page is on its way while the current rows stay on screen. */
  reloading = false;
  loadError: DescribedError | undefined;
  sort: ContactSort = 'name';
  /** Contacts added here since the last reset: shown first and marked, whatever the sort. */
  newIds = new Set<string>();
  /** The customer's country: the default region of phones typed without a country code. */
  country: string | undefined;
  readonly search: DebouncedSearch;
  private abort?: AbortController;
  private orderOf?: { rows: Contact[]; ids: string[]; shown: Set<string> };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly from: LoaderHost,
  ) {
    host.addController(this);
    this.search = new DebouncedSearch(host, () => void this.load({ announce: true }));
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Ids of `rows` in order (keyboard ranges and select-all work on them). */
  get order(): string[] {
    return this.index().ids;
  }

  /** Selected contacts the current search (or an unloaded page) does not show. */
  get hiddenSelected(): number {
    return this.from.selection.hiddenBy(this.index().shown);
  }

  /** A new client or customer: everything starts over. */
  reset(): void {
    this.abort?.abort();
    this.rows = [];
    this.total = 0;
    this.nextCursor = null;
    this.newIds = new Set();
    this.loadError = undefined;
    this.country = undefined;
    this.search.reset();
    this.from.selection.clear();
    this.status = 'idle';
    this.host.requestUpdate();
    const client = this.from.client();
    const customerId = this.from.customerId();
    if (!client || !customerId) return;
    void this.load();
    // Only for the phone's default region; the list works without it.
    client.customers.get(customerId).then(
      (customer) => {
        if (this.from.customerId() === customerId) {
          this.country = customer.address?.country;
          this.host.requestUpdate();
        }
      },
      () => undefined,
    );
  }

  setSort(sort: ContactSort): void {
    this.sort = sort;
    void this.load();
  }

  /** After a write: the same query again, as many rows as are shown, new rows still first. */
  refresh(): Promise<void> {
    return this.load({ keepNew: true, atLeast: this.rows.length });
  }

  /** The next page, appended. */
  async more(): Promise<void> {
    if (this.reloading || !this.nextCursor) return;
    await this.load({ more: true });
  }

  async load({ more = false, announce = false, keepNew = false, atLeast = 0 } = {}): Promise<void> {
    const client = this.from.client();
    const customerId = this.from.customerId();
    if (!client || !customerId) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const t = this.from.t();
    if (this.status === 'ready') this.reloading = true;
    else this.status = 'loading';
    this.loadError = undefined;
    this.host.requestUpdate();
    const pageSize = Math.max(1, Math.floor(this.from.pageSize()) || PAGE_LIMIT_MAX);
    const limit = Math.min(PAGE_LIMIT_MAX, Math.max(pageSize, atLeast));
    const search = this.search.applied;
    try {
      const page = await client.contacts.list(
        customerId,
        {
          limit,
          sort: this.sort,
          search: search || undefined,
          cursor: more ? (this.nextCursor ?? undefined) : undefined,
        },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      if (more) {
        const known = new Set(this.order);
        this.rows = [...this.rows, ...page.items.filter((contact) => !known.has(contact.id))];
      } else {
        const fresh = new Set(page.items.map((contact) => contact.id));
        this.newIds = keepNew ? new Set([...this.newIds].filter((id) => fresh.has(id))) : new Set();
        // New rows stay on top after a refresh, as they were when added.
        this.rows = this.newIds.size
          ? [
              ...page.items.filter((contact) => this.newIds.has(contact.id)),
              ...page.items.filter((contact) => !this.newIds.has(contact.id)),
            ]
          : page.items;
        // Only a complete, unfiltered list knows which selected contacts no longer exist; a search keeps them.
        if (!search && !page.nextCursor) {
          const kept = [...this.from.selection.selected].filter((id) => fresh.has(id));
          if (kept.length !== this.from.selection.size) this.from.selection.set(kept);
        }
      }
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
      this.reloading = false;
      if (announce) {
        const hidden = this.hiddenSelected;
        const found = t.contactsFound(page.total, this.from.formatNumber(page.total));
        this.from.announce(hidden ? `${found} ${t.selectedHidden(hidden, this.from.formatNumber(hidden))}` : found);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      this.reloading = false;
      this.loadError = describeError(error, t);
      if (this.status !== 'ready') this.status = 'error';
    }
    this.host.requestUpdate();
  }

  /** Puts a contact just created here at the top, marked new, until the next reset. */
  added(contact: Contact): void {
    this.rows = [contact, ...this.rows.filter((row) => row.id !== contact.id)];
    this.total += 1;
    this.newIds = new Set(this.newIds).add(contact.id);
    this.status = 'ready';
    this.host.requestUpdate();
  }

  /** Replaces rows with the server's answer to a write, until the refresh is back. */
  replace(fresh: ReadonlyMap<string, Contact>, gone: ReadonlySet<string> = new Set()): void {
    if (!fresh.size && !gone.size) return;
    this.rows = this.rows.filter((row) => !gone.has(row.id)).map((row) => fresh.get(row.id) ?? row);
    this.total = Math.max(0, this.total - gone.size);
    this.host.requestUpdate();
  }

  /** The list's body: loading, the failure with Retry, empty, or the rows and "Show more contacts". */
  render(view: {
    waitingForUser: boolean;
    canManage: boolean;
    format(value: number): string;
    rows(): TemplateResult;
    showMore(): void;
  }): TemplateResult | typeof nothing {
    const t = this.from.t();
    const failure = this.loadError
      ? errorState({
          title: t.contactsLoadFailed,
          message: this.loadError.message,
          retryLabel: this.loadError.retryable ? t.retry : undefined,
          onRetry: () => void this.load(),
        })
      : nothing;
    // A failed reload keeps the rows on screen under the message; a failed first load has nothing else to show.
    if (this.status === 'error') return failure;
    if (this.status !== 'ready' || view.waitingForUser) return loadingState(t.loading);
    if (!this.rows.length) {
      const search = this.search.applied;
      const message = search ? t.contactsNoMatch(search) : t.contactsNone;
      const hint = !search && view.canManage ? html`<p>${t.contactsNoneHint}</p>` : undefined;
      return html`${failure}${emptyState(message, hint)}`;
    }
    return html`${failure} ${view.rows()}
    ${
      this.nextCursor
        ? html`<div class="more" part="more">
            <p class="muted">${t.contactsShown(view.format(this.rows.length), view.format(this.total))}</p>
            <button
              class="button"
              part="button"
              type="button"
              aria-disabled=${this.reloading ? 'true' : 'false'}
              @click=${view.showMore}
            >
              ${t.showMoreContacts}
            </button>
          </div>`
        : nothing
    }`;
  }

  private index(): { ids: string[]; shown: Set<string> } {
    if (this.orderOf?.rows !== this.rows) {
      const ids = this.rows.map((contact) => contact.id);
      this.orderOf = { rows: this.rows, ids, shown: new Set(ids) };
    }
    return this.orderOf;
  }
}
