import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { CustomerClient } from '../../src/client/types.js';
import type { Equipment, EquipmentSort } from '../../src/schemas/equipment.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController } from '../shared/localize.js';
import { assignerEn } from './i18n/en.js';
import { loaders } from './i18n/index.js';
import { LiveRegionController } from '../shared/live-region.js';
import { ConfirmController } from '../shared/confirm.js';
import { PagedRows } from '../shared/paged-rows.js';
import type { DataProvider } from '../shared/data-provider.js';
import { loadFailedState, notice } from '../shared/states.js';
import type { EquipmentSortChoice } from './i18n/en.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { actionPanelStyles } from '../shared/action-panel.styles.js';
import { listStyles as sharedListStyles } from '../shared/list.styles.js';
import { listStyles } from './list.styles.js';
import { assignerStyles } from './equipment-assigner.styles.js';
import { NO_FLEET_FILTER, ProviderPerCustomer, assignedKey, assignedProvider, type AssignedFilter } from './queries.js';
import { Unassigning } from './unassigning.js';
import { AssignedList } from './assigned-list.js';
import { EquipmentPicker, type PickerResultEvent } from './equipment-picker.js';
import { DebouncedSearch } from '../shared/search.js';
import { UnitSelection } from './unit-selection.js';
import { controlsView, unassignPanel } from './assigner-view.js';
import { fleetCount } from './picker-view.js';
import { AssignmentHistoryView } from './history.js';
import { historyStyles } from './history.styles.js';
import { tabsStyles } from '../shared/tabs.styles.js';
import { tabList, tabPanel } from '../shared/tabs.js';

type AssignerTab = 'assigned' | 'history';
const TABS: readonly AssignerTab[] = ['assigned', 'history'];

/**
 * The equipment assigned to one customer (the help article's Equipment tab [Udstyr]): name, brand and model,
 * type, serial number, operating hours and last seen, searchable and sortable, in a virtualized listbox that
 * stays smooth at 10,000 units. Rows are selected with a checkbox, Shift ranges, Ctrl/Cmd+A or the keyboard;
 * the action panel below unassigns the selection [Fjern tildeling] in one request after a confirmation.
 * Assign equipment [Tildel udstyr] opens the Select equipment dialog [Vælg udstyr] over the whole fleet.
 * Users without `manageCustomers` see the list only. The History tab lists every assignment change of the
 * customer, newest first, filterable by unit.
 *
 * Theming: the shared `--fc-*` custom properties, documented once on `FleetElement` (listed below as inherited).
 *
 * @tagname equipment-assigner
 * @summary A customer's equipment: search, sort, select, unassign; assign from the whole fleet.
 *
 * @event {EquipmentAssignedEvent} equipment-assigned - `detail: { customerId: string; equipmentIds: string[] }`:
 *   units were assigned to the customer (moved from another one included), also when a later batch failed.
 * @event {EquipmentUnassignedEvent} equipment-unassigned - `detail: { customerId: string; equipmentIds: string[] }`:
 *   units were unassigned from the customer.
 * @event {EquipmentUnassignRequestEvent} equipment-unassign-request - Cancelable, after the user confirmed Unassign:
 *   `detail: { customerId: string; equipmentIds: string[] }`; `preventDefault()` and nothing is sent.
 * @event {DialogRequestCloseEvent} dialog-request-close - Cancelable: a dialog (the picker, a confirmation) is
 *   about to close.
 *
 * @csspart base - The whole element.
 * @csspart header - Title, count and the Assign equipment button.
 * @csspart title - The "Equipment" heading.
 * @csspart count - How many units the list holds.
 * @csspart field - Each labelled control; `label`, `input`, `hint` are its pieces.
 * @csspart columns - The column titles above the list.
 * @csspart listbox - The scrolling list of units.
 * @csspart row - One unit (`row-selected` when selected); `cell` its values.
 * @csspart empty - The message when there is nothing to list.
 * @csspart action-panel - The bar for the selection; `action-count` its count.
 * @csspart button - Every button; also `button-primary`, `button-assign`, `button-unassign`, `button-danger`.
 * @csspart notice - Read-only and outcome messages (`notice-info`, `notice-warning`, `notice-success`).
 * @csspart error-state - A failure, with Retry.
 * @csspart dialog - The confirmation dialog; the picker's parts are its own.
 * @csspart tabs - The Assigned | History tab list; `tab` each tab (`tab-selected` the shown one); `panel` the view.
 * @csspart timeline - The History view's list of changes; `history-entry` one change.
 * @csspart button-more - Show more, under the history.
 *
 * @cssproperty --fc-equipment-list-block-size - Most height of the list, which is as tall as its rows up to it.
 *   Default: `32rem` (in the dialog, its fixed height: `min(22rem, 45dvb)`).
 */
export class EquipmentAssigner extends FleetElement {
  static override readonly fcName = 'equipment-assigner';
  static override readonly dependencies = [EquipmentPicker];
  static override styles = [
    themeStyles,
    buttonStyles,
    fieldStyles,
    stateStyles,
    dialogStyles,
    actionPanelStyles,
    sharedListStyles,
    listStyles,
    assignerStyles,
    tabsStyles,
    historyStyles,
  ];

  static override properties: PropertyDeclarations = {
    customerId: { attribute: 'customer-id', reflect: true },
    filter: { state: true, attribute: false },
    sort: { state: true, attribute: false },
    tab: { state: true, attribute: false },
  };

  /** The customer whose equipment is shown. */
  customerId = '';

  private filter: AssignedFilter = { search: '' };
  /** Which view shows: the units assigned now, or the history of assignment changes. */
  private tab: AssignerTab = 'assigned';
  /** Counts the openings of History: each loads afresh, so changes made meanwhile show. */
  private historyOpenings = 0;
  private sort: EquipmentSortChoice = 'name';

  private readonly l10n = new LocalizeController(this, { id: 'equipmentAssigner', en: assignerEn, loaders });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientController(this, (client) => this.clientChanged(client));
  private readonly live = new LiveRegionController(this);
  private readonly confirmer = new ConfirmController(this, () => ({
    cancel: this.l10n.t.cancel,
    close: this.l10n.t.close,
  }));
  private readonly selection = new UnitSelection(this, {
    onChange: (count) => this.onSelectionChange(count),
    onError: (error) => this.writes.showFailure(this.l10n.t.equipmentLoadFailed, error),
  });
  private readonly writes = new Unassigning(this, {
    client: () => this.api.client,
    customerId: () => this.customerId,
    selection: this.selection,
    l10n: this.l10n,
    live: this.live,
    user: this.user,
    confirmer: this.confirmer,
    refresh: () => this.rows.refresh(),
    focusList: () => (this.focusListAfterUpdate = true),
  });
  private readonly rows = new PagedRows<Equipment, AssignedFilter, EquipmentSort>(this, {
    provider: (request) => this.provider()(request),
    forget: () => this.assigned.clear(),
    keyOf: (filter, sort) => assignedKey(this.customerId, filter, sort),
  });
  private readonly history = new AssignmentHistoryView(this, {
    client: () => this.api.client,
    customerId: () => this.customerId,
    shown: () => (this.tab === 'history' ? this.historyOpenings : undefined),
    l10n: this.l10n,
    live: this.live,
  });
  private readonly list = new AssignedList(this, {
    rows: this.rows,
    selection: this.selection,
    l10n: this.l10n,
    customerId: () => this.customerId,
    search: () => this.filter.search,
    canManage: () => this.canManage,
    writable: () => this.writable(),
    busy: () => this.busy,
  });

  private readonly assigned = new ProviderPerCustomer(assignedProvider);
  private focusListAfterUpdate = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId') && changed.get('customerId') !== undefined) this.customerChanged();
    if (this.api.client && this.customerId) this.rows.setQuery(this.filter, this.sort);
  }

  protected override updated(): void {
    this.history.afterRender(this.renderRoot);
    if (this.focusListAfterUpdate) {
      this.focusListAfterUpdate = false;
      (this.list.listbox.element ?? this.renderRoot.querySelector<HTMLElement>('[data-assign-trigger]'))?.focus();
    }
  }

  /** Loads the list again from the server, e.g. after the host changed assignments elsewhere. */
  refresh(): void {
    this.rows.refresh();
  }

  /** Opens the Select equipment dialog (if the user may assign); resolves once it is shown. */
  async openPicker(): Promise<void> {
    if (!this.user.canManage) return;
    await this.updateComplete;
    await this.picker()?.open();
  }

  // ----- data ------------------------------------------------------------------------------------------------

  private provider(): DataProvider<Equipment, AssignedFilter, EquipmentSort> {
    return this.assigned.get(this.api.client, this.customerId);
  }

  private clientChanged(client: CustomerClient | undefined): void {
    this.user.load(client);
    this.customerChanged();
  }

  /** Another customer or client: nothing selected or loaded applies any more. */
  private customerChanged(): void {
    this.assigned.forget();
    this.rows.clear();
    this.selection.clear();
    this.writes.clear();
    this.history.clear();
  }

  private showTab = (tab: AssignerTab, focus: boolean): void => {
    if (tab === 'history' && this.tab !== 'history') this.historyOpenings++;
    this.tab = tab;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  };

  private picker(): EquipmentPicker | null {
    return this.renderRoot.querySelector<EquipmentPicker>('[data-picker]');
  }

  // ----- search and sort -------------------------------------------------------------------------------------

  private readonly search = new DebouncedSearch(this, (search) => (this.filter = { search }));

  // ----- selection -------------------------------------------------------------------------------------------

  private get canManage(): boolean {
    return this.user.canManage === true;
  }

  /** Unassigning, or loading the rows of a range or "select all". */
  private get busy(): boolean {
    return this.writes.busy || this.selection.busy;
  }

  /** Selection changes only for users who may write, and not while an unassign is under way. */
  private writable(): boolean {
    return this.canManage && !this.writes.busy;
  }

  private onSelectionChange(count: number): void {
    this.list.selectAll.changed(count);
    this.live.announce(this.l10n.t.selectedCount(count, this.l10n.formatNumber(count)));
  }

  /** Asks, then unassigns the selected units in one request. Resolves when done, whatever the outcome. */
  unassignSelected(): Promise<void> {
    return this.writes.unassignSelected();
  }

  private onPickerResult = (event: PickerResultEvent): void => this.writes.assigned(event.detail);

  // ----- rendering -------------------------------------------------------------------------------------------

  private renderHeader(): TemplateResult {
    const t = this.l10n.t;
    const total = this.rows.total;
    const filter = { ...NO_FLEET_FILTER, search: this.filter.search };
    const count = total === undefined ? '' : fleetCount(t, (n) => this.l10n.formatNumber(n), total, filter);
    return html`<header class="list-header" part="header">
      <div class="heading">
        <h2 class="title" id="title" part="title">${t.equipmentTitle}</h2>
        <p class="count" part="count" aria-live="polite">${count}</p>
      </div>
      ${
        this.canManage
          ? html`<button
              class="button primary assign"
              part="button button-primary button-assign"
              type="button"
              data-assign-trigger
              @click=${() => void this.openPicker()}
            >
              ${t.assignEquipment}
            </button>`
          : nothing
      }
    </header>`;
  }

  private renderMessages(): TemplateResult {
    const t = this.l10n.t;
    return html`${
      this.rows.error ? loadFailedState(t.equipmentLoadFailed, this.rows.error, t, () => this.rows.retry()) : nothing
    }
    ${this.writes.render()}`;
  }

  override render(): TemplateResult {
    const t = this.l10n.t;
    if (!this.api.client)
      return html`<div class="assigner list-card" part="base">${notice('warning', t.noClient)}</div>`;
    if (!this.customerId)
      return html`<div class="assigner list-card" part="base">${notice('info', t.noCustomer)}</div>`;
    const readOnly = this.user.canManage === false;
    return html`<section class="assigner list-card" part="base" aria-labelledby="title">
      ${this.renderHeader()}
      ${
        readOnly
          ? notice(
              'info',
              html`<p class="notice-title">${t.noPermissionTitle}</p>
                <p>${t.equipmentReadOnly}</p>`,
            )
          : nothing
      }
      ${tabList({
        tabs: TABS,
        labels: { assigned: t.tabAssigned, history: t.tabHistory },
        label: t.equipmentViews,
        current: this.tab,
        onSelect: this.showTab,
      })}
      ${tabPanel(this.tab, this.tab === 'history' ? this.history.render() : this.renderAssigned())}
      ${this.confirmer.render()} ${this.live.render()}
      ${
        this.canManage
          ? staticHtml`<${this.tagFor('equipment-picker')}
            data-picker
            customer-id=${this.customerId}
            .strings=${this.strings}
            @picker-result=${this.onPickerResult}
          ></${this.tagFor('equipment-picker')}>`
          : nothing
      }
    </section>`;
  }

  private renderAssigned(): TemplateResult {
    const t = this.l10n.t;
    return html`${controlsView({
        t,
        search: this.search,
        sort: this.sort,
        controls: this.rows.total ? 'assigned' : undefined,
        onSearchKeyDown: this.list.onSearchKeyDown,
        onSort: (sort) => (this.sort = sort),
      })}
      ${this.renderMessages()} ${this.list.render()}
      <p id="list-keys" class="visually-hidden">${this.canManage ? t.equipmentKeys : t.equipmentKeysReadOnly}</p>
      ${unassignPanel({
        t,
        count: this.selection.size,
        formatted: this.l10n.formatNumber(this.selection.size),
        unassigning: this.writes.busy,
        selecting: this.selection.busy,
        hidden: !this.selection.size || !this.canManage,
        onClear: this.list.selectAll.clear,
        onUnassign: () => void this.writes.unassignSelected(),
      })}`;
  }
}
