import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { Contact, ContactSort } from '../../src/schemas/contact.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController } from '../shared/localize.js';
import { LiveRegionController } from '../shared/live-region.js';
import { SelectionController } from '../shared/selection.js';
import { ConfirmController } from '../shared/confirm.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { emptyState, errorState, loadingState, notice } from '../shared/states.js';
import { countryName } from '../shared/intl.js';
import { normalizePhone } from '../shared/phone.js';
import { formatPhone } from '../shared/phone-format.js';
import { ContactsChangedEvent, type ContactsChangedDetail } from '../shared/events.js';
import type { ContactFormField } from '../shared/contact-form.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { actionPanelStyles } from '../shared/action-panel.styles.js';
import { contactListStyles } from './contact-list.styles.js';
import { contactListEn, type ListStrings } from './i18n/en.js';
import { contactListDa } from './i18n/da.js';
import { AddContactController } from './add-contact.js';
import { namesSummary, sortDeleteOutcomes } from './outcomes.js';
import { applyOutcomes, planSave, startEdits, withDraft, type RowEdit, type SaveResult } from './bulk-edit.js';
import { columnLabel, contactTable, type Column } from './table.js';
import { deleteReport, selectionPanel } from './panel.js';

/** The API's largest page: one request serves a typical customer's whole list. */
const PAGE_LIMIT_MAX = 1000;
const SEARCH_DELAY_MS = 300;
/** Rows PageUp/PageDown move the focus by. */
const PAGE_STEP = 10;

/**
 * The contacts of one customer, as the help article's Contact list [Kontaktliste]: a sortable, searchable
 * table; Add contact at the top right; select rows (checkboxes, Shift+click ranges, Space and the arrow keys)
 * and use the action panel at the bottom to Edit contacts [Rediger kontakter] in place and Save [Gem], or to
 * Delete contacts [Slet kontakter] after a confirmation. Bulk saves and deletes report each row's outcome: the
 * rows that succeeded are done, the ones that failed keep what was typed and say why. Users whose
 * `me().permissions.manageCustomers` is false see the list without write actions, and why.
 *
 * Theming: the shared `--fc-*` custom properties, documented once on `FleetElement` (listed below as inherited).
 *
 * @tagname contact-list
 * @summary Searchable, sortable table of a customer's contacts with add, bulk edit and bulk delete.
 *
 * @event {ContactsChangedEvent} contacts-changed - Contacts were added, saved or deleted here; `detail: { customerId:
 *   string, created: string[], updated: string[], deleted: string[] }`.
 *
 * @csspart base - The whole list.
 * @csspart header - Title, count, search and Add contact.
 * @csspart title - The "Contact list" heading.
 * @csspart count - "12 contacts" under the heading.
 * @csspart toolbar - Search and Add contact.
 * @csspart search - The search input.
 * @csspart table-wrap - The scroll container around the table.
 * @csspart table - The table.
 * @csspart sort-button - Each column header's sort button.
 * @csspart row - Each contact row; `row-editing` while it is edited, `row-message` for a row's save error.
 * @csspart input - Inputs of edited rows and of the Add contact form.
 * @csspart error - A message at an input.
 * @csspart more - "Show more contacts" under the table, when there are more than one page.
 * @csspart action-panel - The bar for the selection; `action-count` is its count.
 * @csspart button - Every button; also `button-primary`, `button-danger`, `button-add`, `button-edit`,
 *   `button-delete`, `button-save`.
 * @csspart dialog - The Add contact and delete confirmation dialogs (`dialog-header`, `dialog-body`,
 *   `dialog-footer`, `dialog-close`).
 * @csspart field - A labelled field of the Add contact form (`label`, `hint`).
 * @csspart notice - The read-only explanation and the delete report (`notice-info`, `notice-warning`).
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error-state - A load failure, with Retry.
 */
export class ContactList extends FleetElement {
  static override readonly fcName = 'contact-list';
  static override styles = [
    themeStyles,
    buttonStyles,
    fieldStyles,
    stateStyles,
    dialogStyles,
    actionPanelStyles,
    contactListStyles,
  ];

  /** Your own wording for any string, shared or the list's own (`contactList`, `editContacts`, ...). */
  declare strings: (Partial<ListStrings> & Record<string, unknown>) | undefined;

  /** The customer whose contacts are shown. */
  @property({ attribute: 'customer-id', reflect: true }) customerId?: string;

  /** Contacts per request, 1–1,000; more are offered with "Show more contacts". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = PAGE_LIMIT_MAX;

  @state() private rows: Contact[] = [];
  @state() private total = 0;
  @state() private nextCursor: string | null = null;
  @state() private status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** A search, sort or next page is on its way while the current rows stay on screen. */
  @state() private reloading = false;
  @state() private loadError?: DescribedError;
  /** The search box as typed; `appliedSearch` is what the rows on screen match. */
  @state() private searchText = '';
  @state() private appliedSearch = '';
  @state() private sort: ContactSort = 'name';
  @state() private activeId?: string;
  @state() private edits = new Map<string, RowEdit>();
  @state() private saving = false;
  @state() private deleting = false;
  @state() private deleteReport?: Array<{ id: string; text: string }>;
  /** Contacts added here since the last load: shown first and marked, whatever the sort. */
  @state() private newIds = new Set<string>();
  /** The customer's country: the default region of phones typed without a country code. */
  @state() private country?: string;

  private readonly l10n = new LocalizeController(this, { en: contactListEn, da: contactListDa });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientController(this, (client) => {
    this.user.load(client);
    this.scheduleReset();
  });
  private readonly live = new LiveRegionController(this);
  private readonly selection = new SelectionController<string>(this);
  private readonly confirmer = new ConfirmController(this, () => this.l10n.t);
  private readonly adder = new AddContactController(this, {
    t: () => this.l10n.t,
    client: () => this.api.client,
    customerId: () => this.customerId,
    country: () => this.country,
    countryName: () => (this.country ? countryName(this.country, this.l10n.locale) : undefined),
    created: (contact) => this.contactCreated(contact),
    denied: () => this.denied(),
    announce: (message) => this.live.announce(message),
  });

  private abort?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private resetQueued = false;
  /** Ids of `rows` in order, and each id's index: keyboard moves and Shift ranges look rows up by id. */
  private order: string[] = [];
  private indexOf = new Map<string, number>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('customerId')) this.scheduleReset();
    if (changed.has('rows')) {
      this.order = this.rows.map((contact) => contact.id);
      this.indexOf = new Map(this.order.map((id, index) => [id, index]));
    }
  }

  /** Loads the list again from the server (keeping search, sort and the selected rows that remain). */
  async reload(): Promise<void> {
    await this.load();
  }

  // ----- loading ---------------------------------------------------------------------------------------------

  /** A new client or customer: start over once this update is done (state set during an update would be lost). */
  private scheduleReset(): void {
    if (this.resetQueued) return;
    this.resetQueued = true;
    queueMicrotask(() => {
      this.resetQueued = false;
      this.resetFor();
    });
  }

  private resetFor(): void {
    this.abort?.abort();
    this.rows = [];
    this.total = 0;
    this.nextCursor = null;
    this.edits = new Map();
    this.newIds = new Set();
    this.deleteReport = undefined;
    this.loadError = undefined;
    this.country = undefined;
    this.selection.clear();
    this.status = 'idle';
    const client = this.api.client;
    const customerId = this.customerId;
    if (!client || !customerId) return;
    void this.load();
    // Only for the phone's default region; the list works without it.
    client.customers.get(customerId).then(
      (customer) => {
        if (this.customerId === customerId) this.country = customer.address?.country;
      },
      () => undefined,
    );
  }

  private async load({ more = false, announce = false } = {}): Promise<void> {
    const client = this.api.client;
    const customerId = this.customerId;
    if (!client || !customerId) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const t = this.l10n.t;
    if (this.status === 'ready') this.reloading = true;
    else this.status = 'loading';
    this.loadError = undefined;
    const limit = Math.min(PAGE_LIMIT_MAX, Math.max(1, Math.floor(this.pageSize) || PAGE_LIMIT_MAX));
    try {
      const page = await client.contacts.list(
        customerId,
        {
          limit,
          sort: this.sort,
          search: this.appliedSearch || undefined,
          cursor: more ? (this.nextCursor ?? undefined) : undefined,
        },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      if (more) {
        const known = new Set(this.order);
        this.rows = [...this.rows, ...page.items.filter((contact) => !known.has(contact.id))];
      } else {
        this.rows = page.items;
        this.newIds = new Set();
        // The rows that remain stay selected; rows no longer listed cannot be acted on, so they leave.
        const listed = new Set(page.items.map((contact) => contact.id));
        const kept = [...this.selection.selected].filter((id) => listed.has(id));
        if (kept.length !== this.selection.size) this.selection.set(kept);
      }
      this.total = page.total;
      this.nextCursor = page.nextCursor;
      this.status = 'ready';
      this.reloading = false;
      if (!this.activeId || !this.rows.some((contact) => contact.id === this.activeId)) {
        this.activeId = this.rows[0]?.id;
      }
      if (announce) this.live.announce(t.contactsFound(page.total, this.l10n.formatNumber(page.total)));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.reloading = false;
      this.loadError = describeError(error, t);
      if (this.status !== 'ready') this.status = 'error';
    }
  }

  private readonly showMore = async (): Promise<void> => {
    if (this.reloading) return;
    const before = this.rows.length;
    await this.load({ more: true });
    // The button is gone once everything is loaded: continue from the first new row instead.
    if (!this.nextCursor && this.rows[before]) await this.focusRow(this.rows[before]!.id);
  };

  // ----- search and sort -------------------------------------------------------------------------------------

  private readonly onSearchInput = (event: Event): void => {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DELAY_MS);
  };

  private readonly onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.applySearch();
  };

  private applySearch(): void {
    const search = this.searchText.trim();
    if (search === this.appliedSearch) return;
    this.appliedSearch = search;
    void this.load({ announce: true });
  }

  private readonly onSort = (column: Column): void => {
    if (this.edits.size) return;
    const descending = this.sort === column;
    this.sort = (descending ? `-${column}` : column) as ContactSort;
    this.live.announce(this.l10n.t.sortedBy(columnLabel(this.l10n.t, column), descending));
    void this.load();
  };

  // ----- selection and keyboard ------------------------------------------------------------------------------

  private announceSelection(): void {
    const count = this.selection.size;
    this.live.announce(this.l10n.t.selectedCount(count, this.l10n.formatNumber(count)));
  }

  private readonly onSelectAll = (): void => {
    if (this.selection.stateOf(this.order) === true) this.selection.deselect(this.order);
    else this.selection.select(this.order);
    this.deleteReport = undefined;
    this.announceSelection();
  };

  private readonly clearSelection = (): void => {
    this.selection.clear();
    this.deleteReport = undefined;
    this.announceSelection();
    void this.focusRow(this.activeId);
  };

  private readonly onBodyClick = (event: MouseEvent): void => {
    const id = (event.target as HTMLElement).dataset?.['select'];
    if (id === undefined || this.edits.size) return;
    this.activeId = id;
    // The checkbox has already flipped itself; the controller decides (a Shift range may flip more), and the
    // render puts every box right through `live()`.
    this.selection.toggle(id, { range: event.shiftKey, order: this.order });
    this.deleteReport = undefined;
    this.requestUpdate();
    this.announceSelection();
  };

  /** Rows behave like a list box: arrows, Home/End and PageUp/PageDown move; Shift extends; Space toggles. */
  private readonly onBodyKeyDown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const id = target.dataset['select'];
    if (id === undefined) {
      if (event.key === 'Enter' && target.dataset['edit'] !== undefined) {
        event.preventDefault();
        void this.save();
      }
      return;
    }
    const index = this.indexOf.get(id) ?? 0;
    const last = this.order.length - 1;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      this.selection.select(this.order);
      this.announceSelection();
      return;
    }
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: last,
      PageDown: index + PAGE_STEP,
      PageUp: index - PAGE_STEP,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = this.order[Math.max(0, Math.min(last, to))];
    if (next === undefined) return;
    if (event.shiftKey && !this.edits.size) {
      // A range starts where the keyboard is when nothing was toggled yet.
      this.selection.anchor ??= id;
      this.selection.extendTo(next, this.order);
      this.announceSelection();
    }
    void this.focusRow(next);
  };

  private async focusRow(id: string | undefined): Promise<void> {
    if (id === undefined) return;
    this.activeId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`input[data-select="${CSS.escape(id)}"]`)?.focus();
  }

  // ----- bulk edit -------------------------------------------------------------------------------------------

  private readonly startEdit = async (): Promise<void> => {
    if (this.edits.size || this.deleting) return;
    const chosen = this.rows.filter((contact) => this.selection.has(contact.id));
    if (!chosen.length) return;
    this.deleteReport = undefined;
    this.edits = startEdits(chosen);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input[data-edit]')?.focus();
  };

  private readonly cancelEdit = async (): Promise<void> => {
    if (this.saving) return;
    this.edits = new Map();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="edit"]')?.focus();
  };

  private readonly onBodyInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const id = target.dataset['edit'];
    const field = target.dataset['field'] as ContactFormField | undefined;
    if (id === undefined || !field) return;
    this.setDraft(id, field, target.value);
  };

  private readonly onBodyFocusOut = (event: FocusEvent): void => {
    const target = event.target as HTMLInputElement;
    const id = target.dataset['edit'];
    if (id === undefined || target.dataset['field'] !== 'phone') return;
    // Show the number as it will be saved, in the readable form: "22334455" → "+45 22 33 44 55".
    const phone = normalizePhone(target.value, this.country);
    if (phone !== target.value.trim()) this.setDraft(id, 'phone', formatPhone(phone));
  };

  private setDraft(id: string, field: ContactFormField, value: string): void {
    const edit = this.edits.get(id);
    if (edit) this.edits = new Map(this.edits).set(id, withDraft(edit, field, value, this.country));
  }

  /**
   * Saves every edited row on its own (`contacts.updateMany`, each with its `version` as `If-Match` and only
   * the fields that changed). Rows that succeed leave edit mode; rows that fail keep what was typed and show
   * why. Every row stays selected.
   */
  async save(): Promise<void> {
    const client = this.api.client;
    const customerId = this.customerId;
    if (this.saving || !this.edits.size || !client || !customerId) return;
    const t = this.l10n.t;
    const plan = planSave(this.edits, this.country);
    this.edits = plan.edits;
    let result: SaveResult = { edits: plan.edits, fresh: new Map(), updated: [], failed: 0, denied: false };
    if (plan.changes.length) {
      this.saving = true;
      this.live.announce(t.saving);
      const outcomes = await client.contacts.updateMany(customerId, plan.changes);
      this.saving = false;
      result = applyOutcomes(plan.edits, outcomes, t);
    }
    const { fresh, updated } = result;
    if (fresh.size) this.rows = this.rows.map((contact) => fresh.get(contact.id) ?? contact);
    this.edits = result.edits;
    if (updated.length) this.changed({ updated });
    if (result.denied) {
      this.denied();
      return;
    }

    const failed = plan.invalid + result.failed;
    const done = !plan.changes.length ? t.contactsUnchanged : updated.length ? t.contactsSaved(updated.length) : '';
    this.live.announce(
      [failed && !updated.length ? '' : done, failed ? t.contactsNotSaved(failed) : ''].filter(Boolean).join(' '),
    );
    await this.updateComplete;
    const focusTarget = this.edits.size
      ? (this.renderRoot.querySelector<HTMLElement>('tbody [aria-invalid="true"]') ??
        this.renderRoot.querySelector<HTMLElement>('input[data-edit]'))
      : this.renderRoot.querySelector<HTMLElement>('[data-action="edit"]');
    focusTarget?.focus();
  }

  // ----- delete ----------------------------------------------------------------------------------------------

  /** Asks, then deletes the selected contacts; the ones that could not be deleted stay selected, with why. */
  async deleteSelected(): Promise<void> {
    const client = this.api.client;
    const customerId = this.customerId;
    if (this.deleting || this.edits.size || !client || !customerId) return;
    const targets = this.rows.filter((contact) => this.selection.has(contact.id));
    if (!targets.length) return;
    const t = this.l10n.t;
    const count = targets.length;
    const confirmed = await this.confirmer.confirm({
      title: t.deleteContactsTitle(count, this.l10n.formatNumber(count)),
      body: t.deleteContactsBody(
        namesSummary(
          targets.map((contact) => contact.name),
          this.l10n.locale,
          t,
        ),
      ),
      confirmLabel: t.deleteContacts,
      danger: true,
    });
    if (!confirmed) return;

    this.deleting = true;
    this.deleteReport = undefined;
    this.live.announce(t.deletingContacts);
    const outcomes = await client.contacts.deleteMany(
      customerId,
      targets.map((contact) => ({ id: contact.id, ifMatch: contact.version })),
    );
    this.deleting = false;
    const names = new Map(targets.map((contact) => [contact.id, contact.name]));
    const { deleted, gone, fresh, report, denied } = sortDeleteOutcomes(outcomes, names, t);
    const nextActive = this.nearestRemaining(gone);
    this.rows = this.rows.filter((contact) => !gone.has(contact.id)).map((contact) => fresh.get(contact.id) ?? contact);
    this.total = Math.max(0, this.total - gone.size);
    this.selection.deselect(gone);
    this.deleteReport = report.length ? report : undefined;
    if (deleted.length) this.changed({ deleted });
    if (denied) {
      this.denied();
      return;
    }
    this.live.announce(
      [
        deleted.length ? t.contactsDeleted(deleted.length) : '',
        report.length ? t.contactsNotDeleted(report.length) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    // Failures keep their rows selected, so the panel (and focus on Delete) stays; otherwise continue in the list.
    if (!report.length) {
      if (nextActive) await this.focusRow(nextActive);
      else {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('[data-action="add"]')?.focus();
      }
    }
  }

  /** The first row after the first removed one that stays, else the one before it. */
  private nearestRemaining(removed: ReadonlySet<string>): string | undefined {
    const first = this.order.findIndex((id) => removed.has(id));
    if (first < 0) return this.activeId;
    return this.order.slice(first).find((id) => !removed.has(id)) ?? this.order.slice(0, first).reverse()[0];
  }

  // ----- add -------------------------------------------------------------------------------------------------

  private contactCreated(contact: Contact): void {
    this.rows = [contact, ...this.rows];
    this.total += 1;
    this.newIds = new Set(this.newIds).add(contact.id);
    if (this.status !== 'ready') this.status = 'ready';
    this.activeId ??= contact.id;
    this.live.announce(this.l10n.t.contactAddedNamed(contact.name));
    this.changed({ created: [contact.id] });
  }

  // ----- shared ----------------------------------------------------------------------------------------------

  private changed(detail: Partial<Omit<ContactsChangedDetail, 'customerId'>>): void {
    if (!this.customerId) return;
    const event = new ContactsChangedEvent({
      customerId: this.customerId,
      created: [],
      updated: [],
      deleted: [],
      ...detail,
    });
    this.dispatchEvent(event);
  }

  /** A 403: the role changed since `me()`; the list turns read-only and says why. */
  private denied(): void {
    this.edits = new Map();
    this.selection.clear();
    this.user.markDenied();
    this.live.announce(this.l10n.t.contactsReadOnly);
  }

  private get canManage(): boolean {
    return this.user.canManage === true;
  }

  // ----- rendering -------------------------------------------------------------------------------------------

  private renderHeader(): TemplateResult {
    const t = this.l10n.t;
    const formatted = this.l10n.formatNumber(this.total);
    const count =
      this.status !== 'ready'
        ? ''
        : this.appliedSearch
          ? t.contactsFound(this.total, formatted)
          : t.contactCount(this.total, formatted);
    return html`<header class="header" part="header">
      <div class="heading">
        <h2 id="title" class="title" part="title">${t.contactList}</h2>
        <p id="count" class="count" part="count">${count}</p>
      </div>
      <div class="toolbar" part="toolbar">
        <div class="search" role="search" aria-labelledby="search-label">
          <label id="search-label" class="visually-hidden" for="search">${t.searchContacts}</label>
          <svg class="search-icon" viewBox="0 0 16 16" aria-hidden="true">
            <circle cx="7" cy="7" r="4.5" />
            <path d="M10.5 10.5 14 14" />
          </svg>
          <input
            id="search"
            class="input search-input"
            part="search"
            type="search"
            autocomplete="off"
            placeholder=${t.searchContacts}
            .value=${live(this.searchText)}
            ?disabled=${this.edits.size > 0}
            @input=${this.onSearchInput}
            @keydown=${this.onSearchKeyDown}
          />
          ${this.reloading ? html`<span class="spinner small" aria-hidden="true"></span>` : nothing}
        </div>
        ${
          this.canManage
            ? html`<button
                class="button primary"
                part="button button-primary button-add"
                type="button"
                data-action="add"
                @click=${() => void this.adder.open()}
              >
                <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
                ${t.addContact}
              </button>`
            : nothing
        }
      </div>
    </header>`;
  }

  private renderPermission(): TemplateResult | typeof nothing {
    const t = this.l10n.t;
    const userState = this.user.state;
    if (userState.status === 'error' && this.user.canManage === undefined) {
      return errorState({
        message: `${t.userLoadFailed} ${describeError(userState.error, t).message}`,
        retryLabel: t.retry,
        onRetry: () => this.user.retry(),
      });
    }
    if (this.user.canManage !== false) return nothing;
    return notice(
      'info',
      html`<p class="notice-title">${t.contactsReadOnlyTitle}</p>
        <p>${t.contactsReadOnly}</p>`,
    );
  }

  private renderBody(): TemplateResult | typeof nothing {
    const t = this.l10n.t;
    const waitingForUser = this.user.state.status === 'loading' || this.user.state.status === 'none';
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
    if (this.status !== 'ready' || waitingForUser) return loadingState(t.loading);
    if (!this.rows.length) {
      const message = this.appliedSearch ? t.contactsNoMatch(this.appliedSearch) : t.contactsNone;
      const hint = !this.appliedSearch && this.canManage ? html`<p>${t.contactsNoneHint}</p>` : undefined;
      return html`${failure}${emptyState(message, hint)}`;
    }
    const partial = this.rows.length < this.total;
    return html`${failure}
    ${contactTable({
      t,
      rows: this.rows,
      canManage: this.canManage,
      isSelected: (id) => this.selection.has(id),
      selectAll: this.selection.stateOf(this.order),
      activeId: this.activeId,
      edits: this.edits,
      locked: this.edits.size > 0 || this.deleting,
      saving: this.saving,
      sort: this.sort,
      busy: this.reloading,
      rowCount: partial ? this.total + 1 : undefined,
      newIds: this.newIds,
      onSort: this.onSort,
      onSelectAll: this.onSelectAll,
      onBodyClick: this.onBodyClick,
      onBodyKeyDown: this.onBodyKeyDown,
      onBodyInput: this.onBodyInput,
      onBodyFocusOut: this.onBodyFocusOut,
    })}
    ${
      this.nextCursor
        ? html`<div class="more" part="more">
            <p class="muted">
              ${t.contactsShown(this.l10n.formatNumber(this.rows.length), this.l10n.formatNumber(this.total))}
            </p>
            <button
              class="button"
              part="button"
              type="button"
              aria-disabled=${this.reloading ? 'true' : 'false'}
              @click=${this.showMore}
            >
              ${t.showMoreContacts}
            </button>
          </div>`
        : nothing
    }`;
  }

  private renderPanel(): TemplateResult | typeof nothing {
    if (!this.canManage || this.status !== 'ready') return nothing;
    return selectionPanel({
      t: this.l10n.t,
      format: (count) => this.l10n.formatNumber(count),
      editing: this.edits.size,
      selected: this.selection.size,
      saving: this.saving,
      deleting: this.deleting,
      onClear: this.clearSelection,
      onEdit: () => void this.startEdit(),
      onDelete: () => void this.deleteSelected(),
      onCancel: () => void this.cancelEdit(),
      onSave: () => void this.save(),
    });
  }

  override render(): TemplateResult {
    const t = this.l10n.t;
    let body: TemplateResult | typeof nothing;
    if (!this.api.client) body = notice('warning', t.noClient);
    else if (!this.customerId) body = notice('warning', t.noCustomer);
    else
      body = html`${this.renderPermission()} ${this.renderBody()} ${deleteReport(t, this.deleteReport)}
      ${this.renderPanel()}`;
    return html`<section class="contact-list" part="base" aria-labelledby="title">
      ${this.renderHeader()} ${body} ${this.live.render()} ${this.confirmer.render()} ${this.adder.render()}
    </section>`;
  }
}
