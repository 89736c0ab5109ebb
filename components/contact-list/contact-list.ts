import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Contact } from '../../src/schemas/contact.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController } from '../shared/localize.js';
import { LiveRegionController } from '../shared/live-region.js';
import { SelectionController } from '../shared/selection.js';
import { ConfirmController } from '../shared/confirm.js';
import { notice, permissionGate, SuccessMessageController } from '../shared/states.js';
import { countryName } from '../shared/intl.js';
import { languageName } from './notify-summary.js';
import { ContactsChangedEvent, type ContactsChangedDetail } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { actionPanelStyles } from '../shared/action-panel.styles.js';
import { listStyles } from '../shared/list.styles.js';
import { contactListStyles } from './contact-list.styles.js';
import { contactListEn, type ListStrings } from './i18n/en.js';
import { loaders } from './i18n/index.js';
import { AddContactController } from './add-contact.js';
import { ContactsLoader, PAGE_LIMIT_MAX } from './loading.js';
import { ContactGrid, columnLabel, nextSort, type Column } from './grid.js';
import { BulkEditing } from './editing.js';
import { Deleting } from './deleting.js';
import { listHeader, selectionPanel } from './panel.js';
import { NotifySelected } from './notify-selected.js';
import { WhoIsTold } from './who-is-told.js';

/**
 * The contacts of one customer, as the help article's Contact list [Kontaktliste]: a sortable, searchable
 * table; Add contact at the top right; select rows (checkboxes, Shift+click ranges, Space and the arrow keys)
 * and use the action panel at the bottom to Edit contacts [Rediger kontakter] in place and Save [Gem], or to
 * Delete contacts [Slet kontakter] after a confirmation. Each row shows what the contact is notified about
 * (channels and events, or opted out); Add contact and Edit contacts set it, Notifications… changes one
 * preference for every selected contact, and Who is told lists whom an event of the customer's machines
 * reaches. Bulk saves and deletes report each row's outcome: the rows that succeeded are done, the ones that
 * failed keep what was typed and say why. Users whose
 * `me().permissions.manageCustomers` is false see the list without write actions, and why.
 *
 * Theming: the shared `--fc-*` custom properties, documented once on `FleetElement` (listed below as inherited).
 *
 * @tagname contact-list
 * @summary Searchable, sortable table of a customer's contacts with add, bulk edit and bulk delete.
 *
 * @event {ContactsChangedEvent} contacts-changed - Contacts were added, saved or deleted here; `detail: { customerId:
 *   string, created: string[], updated: string[], deleted: string[] }`.
 * @event {ContactDeleteRequestEvent} contact-delete-request - The user confirmed Delete contacts; cancelable:
 *   `preventDefault()` and nothing is deleted; `detail: { customerId: string, contactIds: string[] }`.
 *
 * @csspart base - The whole list.
 * @csspart header - Title, count, search and Add contact.
 * @csspart title - The "Contact list" heading.
 * @csspart count - "12 contacts" under the heading.
 * @csspart toolbar - Search and Add contact.
 * @csspart search - The search input.
 * @csspart table-wrap - The scroll container around the grid.
 * @csspart table - The grid (`role="grid"`, virtualized: `aria-rowcount`/`aria-rowindex`).
 * @csspart sort-button - Each column header's sort button.
 * @csspart row - Each contact row; `row-editing` while it is edited; `row-message` is a row's save error.
 * @csspart input - Inputs of edited rows and of the Add contact form.
 * @csspart error - A message at an input.
 * @csspart more - "Show more contacts" under the table, when there are more than one page.
 * @csspart action-panel - The bar for the selection; `action-count` is its count.
 * @csspart button - Every button; also `button-primary`, `button-danger`, `button-add`, `button-edit`,
 *   `button-delete`, `button-save`, `button-notify` (Notifications… for the selection), `button-notify-edit` (an
 *   edited row's notifications).
 * @csspart fieldset - The notification preferences' groups (`notifications`), with `choices` and `choice`.
 * @csspart who-is-told - The Who is told disclosure under the list: which contacts an event reaches, and how.
 * @csspart dialog - The Add contact and delete confirmation dialogs (`dialog-header`, `dialog-body`,
 *   `dialog-footer`, `dialog-close`).
 * @csspart field - A labelled field of the Add contact form (`label`, `hint`).
 * @csspart notice - The read-only explanation, the success message and the delete report (`notice-info`,
 *   `notice-success`, `notice-warning`).
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error-state - A load failure, with Retry.
 *
 * @cssproperty --fc-contact-list-max-height - Height after which the rows scroll under the sticky header.
 *   Default: `var(--fc-list-max-height, 32rem)`.
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
    listStyles,
    contactListStyles,
  ];

  /** Your own wording for any string, shared or the list's own (`contactList`, `editContacts`, ...). */
  declare strings: (Partial<ListStrings> & Record<string, unknown>) | undefined;

  /** The customer whose contacts are shown. */
  @property({ attribute: 'customer-id', reflect: true }) customerId?: string;

  /** Contacts per request, 1–1,000; more are offered with "Show more contacts". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = PAGE_LIMIT_MAX;

  private readonly l10n = new LocalizeController(this, { id: 'contactList', en: contactListEn, loaders });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientController(this, (client) => {
    this.user.load(client);
    this.scheduleReset();
  });
  private readonly live = new LiveRegionController(this);
  /** The last write that worked, shown until the next action ("2 contacts saved."). */
  private readonly success = new SuccessMessageController(this, () => this.l10n.t.close);
  private readonly selection = new SelectionController<string>(this);
  private readonly confirmer = new ConfirmController(this, () => this.l10n.t);
  private readonly loader = new ContactsLoader(this, {
    client: () => this.api.client,
    customerId: () => this.customerId,
    pageSize: () => this.pageSize,
    t: () => this.l10n.t,
    formatNumber: (value) => this.l10n.formatNumber(value),
    announce: (message) => this.live.announce(message),
    selection: this.selection,
  });
  private readonly table: ContactGrid = new ContactGrid(this, {
    t: () => this.l10n.t,
    locale: () => this.l10n.locale,
    loader: this.loader,
    selection: this.selection,
    canManage: () => this.canManage,
    locked: () => this.editing.active || this.deleting.deleting,
    editRow: (contact, index) => this.editing.row(contact, index),
    selectionChanged: () => this.selectionChanged(),
    sort: (column) => this.onSort(column),
  });
  private readonly editing: BulkEditing = new BulkEditing(this, {
    ...this.writer(),
    locale: () => this.l10n.locale,
    table: () => this.table,
    changed: (detail) => this.changed(detail),
    focusPanel: (action) => this.focusAction(action),
  });
  private readonly deleting: Deleting = new Deleting(this, {
    ...this.writer(),
    locale: () => this.l10n.locale,
    confirmer: this.confirmer,
    changed: (detail) => this.changed(detail),
    continueAt: (id) => this.continueAt(id),
  });
  private readonly adder = new AddContactController(this, {
    t: () => this.l10n.t,
    client: () => this.api.client,
    customerId: () => this.customerId,
    country: () => this.loader.country,
    countryName: () => (this.loader.country ? countryName(this.loader.country, this.l10n.locale) : undefined),
    language: () => this.l10n.language,
    languageName: (code) => languageName(code, this.l10n.locale),
    created: (contact) => this.contactCreated(contact),
    denied: () => this.denied(),
    announce: (message) => this.live.announce(message),
  });

  private readonly notifier = new NotifySelected(this, {
    ...this.writer(),
    changed: (detail) => this.changed(detail),
  });
  private readonly whoIsTold = new WhoIsTold(this, {
    client: () => this.api.client,
    customerId: () => this.customerId,
    t: () => this.l10n.t,
  });

  private resetQueued = false;
  /** The active row's contact before a reload, so the tab stop stays on it when rows move. */
  private activeKey: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('customerId')) this.scheduleReset();
    // Rows moved (a sort, a search, a refresh): keep the tab stop on the same contact.
    if (this.loader.rows !== this.lastRows) {
      this.lastRows = this.loader.rows;
      this.table.grid.restore(this.activeKey);
    }
    this.activeKey = this.table.grid.activeKey;
  }
  private lastRows: unknown;

  /** Loads the list again from the server (keeping search, sort and the selected rows). */
  async reload(): Promise<void> {
    await this.loader.load();
  }

  /** Saves the rows in edit mode (see Edit contacts). */
  save(): Promise<void> {
    return this.editing.save();
  }

  /** Asks, then deletes the selected contacts. */
  deleteSelected(): Promise<void> {
    return this.deleting.deleteSelected();
  }

  /** A new client or customer: start over once this update is done (state set during an update would be lost). */
  private scheduleReset(): void {
    if (this.resetQueued) return;
    this.resetQueued = true;
    queueMicrotask(() => {
      this.resetQueued = false;
      this.editing.reset();
      this.deleting.clearReport();
      this.success.clear();
      this.table.grid.keys.reset();
      this.loader.reset();
    });
  }

  /** What saving and deleting both need from the element. */
  private writer() {
    return {
      client: () => this.api.client,
      customerId: () => this.customerId,
      t: () => this.l10n.t,
      formatNumber: (value: number) => this.l10n.formatNumber(value),
      announce: (message: string) => this.live.announce(message),
      succeeded: (message: string) => this.succeeded(message),
      loader: this.loader,
      selection: this.selection,
      denied: () => this.denied(),
    };
  }

  private readonly onSort = (column: Column): void => {
    if (this.editing.active) return;
    const { sort, descending } = nextSort(this.loader.sort, column);
    this.live.announce(this.l10n.t.sortedBy(columnLabel(this.l10n.t, column), descending));
    this.loader.setSort(sort);
  };

  private selectionChanged(): void {
    this.deleting.clearReport();
    this.success.clear();
    const count = this.selection.size;
    this.live.announce(this.l10n.t.selectedCount(count, this.l10n.formatNumber(count)));
  }

  private readonly clearSelection = async (): Promise<void> => {
    this.selection.clear();
    this.selectionChanged();
    await this.updateComplete;
    this.table.grid.focusCell(this.table.grid.keys.row);
  };

  /** Shown where everyone sees it, and said politely (the notice is `role="status"`). */
  private succeeded(message: string): void {
    this.success.show(message);
  }

  private async focusAction(action: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-action="${action}"]`)?.focus();
  }

  private async continueAt(id: string | undefined): Promise<void> {
    await this.updateComplete;
    const index = id === undefined ? -1 : this.loader.order.indexOf(id);
    if (index >= 0) this.table.grid.focusCell(index, 0);
    else await this.focusAction('add');
  }

  private contactCreated(contact: Contact): void {
    this.loader.added(contact);
    this.succeeded(this.l10n.t.contactAddedNamed(contact.name));
    this.changed({ created: [contact.id] });
    void this.loader.refresh();
  }

  private changed(detail: Partial<Omit<ContactsChangedDetail, 'customerId'>>): void {
    if (!this.customerId) return;
    this.whoIsTold.refresh();
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
    this.editing.reset();
    this.selection.clear();
    this.user.markDenied();
    this.live.announce(this.l10n.t.contactsReadOnly);
  }

  private get canManage(): boolean {
    return this.user.canManage === true;
  }

  // ----- rendering -------------------------------------------------------------------------------------------

  private renderHeader(): TemplateResult {
    return listHeader({
      t: this.l10n.t,
      loader: this.loader,
      format: (value) => this.l10n.formatNumber(value),
      canManage: this.canManage,
      editing: this.editing.active,
      onAdd: () => void this.adder.open(),
    });
  }

  /** The shared permission gate: the read-only explanation, or the `me()` failure with Retry. */
  private renderPermission(): TemplateResult | typeof nothing {
    const t = this.l10n.t;
    return (
      permissionGate({ user: this.user, t, title: t.contactsReadOnlyTitle, reason: t.contactsReadOnly }) ?? nothing
    );
  }

  private renderBody(): TemplateResult | typeof nothing {
    const waitingForUser = this.user.state.status === 'loading' || this.user.state.status === 'none';
    return this.loader.render({
      waitingForUser,
      canManage: this.canManage,
      format: (value) => this.l10n.formatNumber(value),
      rows: () => this.table.render({ busy: this.loader.reloading }),
      showMore: this.showMore,
    });
  }

  private readonly showMore = async (): Promise<void> => {
    const before = this.loader.rows.length;
    await this.loader.more();
    await this.updateComplete;
    // The button is gone once everything is loaded: continue from the first new row instead.
    if (!this.loader.nextCursor && this.loader.rows.length > before) this.table.grid.focusCell(before, 0);
  };

  private renderPanel(): TemplateResult | typeof nothing {
    if (!this.canManage || this.loader.status !== 'ready') return nothing;
    const hidden = this.editing.active ? 0 : this.loader.hiddenSelected;
    return selectionPanel({
      t: this.l10n.t,
      format: (count) => this.l10n.formatNumber(count),
      editing: this.editing.edits.size,
      selected: this.selection.size,
      hidden,
      saving: this.editing.saving,
      deleting: this.deleting.deleting,
      onClear: () => void this.clearSelection(),
      onEdit: () => {
        this.success.clear();
        this.deleting.clearReport();
        void this.editing.start();
      },
      onNotify: () => {
        if (this.deleting.deleting) return;
        this.success.clear();
        this.deleting.clearReport();
        void this.notifier.open();
      },
      onDelete: () => {
        this.success.clear();
        void this.deleting.deleteSelected();
      },
      onCancel: () => void this.editing.cancel(),
      onSave: () => void this.editing.save(),
    });
  }

  override render(): TemplateResult {
    const t = this.l10n.t;
    let body: TemplateResult | typeof nothing;
    if (!this.api.client) body = notice('warning', t.noClient);
    else if (!this.customerId) body = notice('warning', t.noCustomer);
    else
      body = html`${this.renderPermission()} ${this.success.render()} ${this.renderBody()} ${this.deleting.render()}
      ${this.renderPanel()} ${this.whoIsTold.render()}`;
    return html`<section class="contact-list list-card" part="base" aria-labelledby="title">
      ${this.renderHeader()} ${body} ${this.live.render()} ${this.confirmer.render()} ${this.adder.render()}
      ${this.notifier.render()} ${this.editing.renderDialog()}
    </section>`;
  }
}
