import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Equipment, EquipmentFacets, EquipmentSort } from '../../src/schemas/equipment.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientController } from '../shared/client.js';
import { LocalizeController } from '../shared/localize.js';
import { LiveRegionController } from '../shared/live-region.js';
import { DialogController } from '../shared/dialog.js';
import { ConfirmController } from '../shared/confirm.js';
import { PagedRows } from '../shared/paged-rows.js';
import { DebouncedSearch } from '../shared/search.js';
import type { DataProvider } from '../shared/data-provider.js';
import { loadFailedState } from '../shared/states.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { assignerEn } from './i18n/en.js';
import { loaders } from './i18n/index.js';
import { listStyles as sharedListStyles } from '../shared/list.styles.js';
import { listStyles } from './list.styles.js';
import { pickerStyles } from './equipment-picker.styles.js';
import { ListboxController } from './listbox.js';
import { ArraySource } from './array-source.js';
import { UnitSelection } from './unit-selection.js';
import { columnHeader, equipmentRow, fullText, isHere, type RowContext } from './equipment-row.js';
import { NO_FLEET_FILTER, ProviderPerCustomer, fleetKey, fleetProvider, type FleetFilter } from './queries.js';
import { PickerAssigning } from './picker-assigning.js';
import { filtersView, fleetCount, footerView } from './picker-view.js';

export { PickerResultEvent, type PickerResultDetail } from './picker-assigning.js';
const SORT: EquipmentSort = 'name';

/**
 * The Select equipment dialog [Vælg udstyr] of `<equipment-assigner>`: the whole fleet, searched (name, serial
 * number, external reference) and filtered (asset type, brand, assignment) on the server, loaded page by page
 * into a virtualized listbox whose DOM stays the same size at any fleet size. The selection is a set of ids kept
 * across searches, filters and pages, reviewable before Assign. Units already assigned to the customer are
 * marked and cannot be chosen; units of another customer carry that customer's name and are only moved after
 * an explicit "Move them here". Assign sends the selection through the SDK (split above 10,000 ids) with a
 * progress bar, closes the dialog and returns focus to what opened it. Rendered by `<equipment-assigner>`; call
 * `open()`.
 *
 * Theming: the shared `--fc-*` custom properties, documented once on `FleetElement` (listed below as inherited).
 *
 * @tagname equipment-picker
 * @summary The Select equipment dialog: the whole fleet, lazily loaded and virtualized, multi-select, Assign.
 *
 * @event {EquipmentAssignedEvent} equipment-assigned - `detail: { customerId: string; equipmentIds: string[] }`:
 *   units were assigned (moved ones included), also when a later batch failed.
 * @event {DialogRequestCloseEvent} dialog-request-close - Cancelable: the dialog is about to close.
 *
 * @csspart dialog - The `<dialog>`; also `dialog-header`, `dialog-body`, `dialog-footer`, `dialog-close`.
 * @csspart filters - The search box and filters.
 * @csspart field - Each labelled control; `label`, `input`, `hint` are its pieces.
 * @csspart count - How many units match.
 * @csspart columns - The column titles above the list.
 * @csspart listbox - The scrolling list of units.
 * @csspart row - One unit (`row-selected` when chosen); `cell` its values.
 * @csspart empty - The message when nothing matches.
 * @csspart selected-count - How many units are chosen.
 * @csspart progress - The progress bar while assigning.
 * @csspart button - Every button; also `button-primary`, `button-assign`, `button-review`, `button-cancel`.
 * @csspart error-state - A failure, with Retry.
 */
export class EquipmentPicker extends FleetElement {
  static override readonly fcName = 'equipment-picker';
  static override styles = [
    themeStyles,
    buttonStyles,
    fieldStyles,
    stateStyles,
    dialogStyles,
    sharedListStyles,
    listStyles,
    pickerStyles,
  ];

  static override properties: PropertyDeclarations = {
    customerId: { attribute: 'customer-id' },
    filter: { state: true, attribute: false },
    facets: { state: true, attribute: false },
    view: { state: true, attribute: false },
    listReady: { state: true, attribute: false },
  };

  /** The customer the chosen units are assigned to. */
  customerId = '';

  private filter: FleetFilter = NO_FLEET_FILTER;
  private facets?: EquipmentFacets;
  private view: 'fleet' | 'review' = 'fleet';
  /** The list renders once the dialog is modal, so the virtualizer measures the dialog, not the page. */
  private listReady = false;

  private readonly l10n = new LocalizeController(this, { id: 'equipmentAssigner', en: assignerEn, loaders });
  private readonly api = new ClientController(this, () => this.forgetData());
  private readonly live = new LiveRegionController(this);
  private readonly dialog = new DialogController(this);
  private readonly discard = new ConfirmController(
    this,
    () => ({ cancel: this.l10n.t.keepSelecting, close: this.l10n.t.close }),
    'discard',
  );
  private readonly selection = new UnitSelection(this, {
    selectable: (unit) => !isHere(unit, this.customerId),
    // Only while the dialog is open: dropping the selection on close must not talk over "N units assigned".
    onChange: (count) =>
      this.dialog.open && this.live.announce(this.l10n.t.selectedCount(count, this.l10n.formatNumber(count))),
    onError: (error) => this.assigning.showFailure(error),
  });
  private readonly assigning = new PickerAssigning(this, {
    client: () => this.api.client,
    customerId: () => this.customerId,
    selection: this.selection,
    l10n: this.l10n,
    live: this.live,
    done: () => this.close(),
  });
  private readonly rows = new PagedRows<Equipment, FleetFilter, EquipmentSort>(this, {
    provider: (request) => this.provider()(request),
    forget: () => this.fleet.clear(),
    keyOf: (filter, sort) => fleetKey(this.customerId, filter, sort),
  });
  private readonly fleetList = new ListboxController<Equipment>(this, 'fleet', () => this.rows, {
    toggle: (index) => !this.assigning.progress && this.selection.toggle(this.rows.item(index)),
    selectRange: (from, to) => !this.assigning.progress && void this.selection.range(this.rows, from, to),
    toggleAll: () => !this.assigning.progress && void this.selection.all(this.rows),
  });
  private review = new ArraySource<Equipment>([]);
  private readonly reviewList = new ListboxController<Equipment>(this, 'review', () => this.review, {
    toggle: (index) => this.selection.toggle(this.review.item(index)),
    selectRange: (from, to) => this.selection.choose(this.review.slice(from, to)),
    toggleAll: () => this.selection.toggleAll(this.review.slice(0, this.review.total - 1)),
  });

  private readonly fleet = new ProviderPerCustomer(fleetProvider);
  private closeConfirmed = false;

  constructor() {
    super();
    this.addEventListener('dialog-request-close', this.onRequestClose);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('customerId') && changed.get('customerId') !== undefined) this.forgetData();
    if (this.dialog.open) this.rows.setQuery(this.filter, SORT);
  }

  /** Whether the dialog is open. */
  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** Ids of the units chosen so far. */
  get selectedIds(): string[] {
    return [...this.selection.selected];
  }

  /** Opens the dialog on the whole fleet with nothing chosen; resolves once it is shown. */
  async open(): Promise<void> {
    if (this.dialog.open) return;
    this.search.reset();
    this.filter = NO_FLEET_FILTER;
    this.view = 'fleet';
    this.assigning.reset();
    this.closeConfirmed = false;
    this.selection.clear();
    // Ask for the first page now: it loads while the dialog renders.
    this.rows.setQuery(this.filter, SORT);
    void this.loadFacets();
    void this.dialog.closed().then(() => this.afterClose());
    await this.dialog.show();
    this.listReady = true;
    await this.updateComplete;
  }

  /** Closes the dialog without asking, dropping the selection. */
  close(): void {
    this.closeConfirmed = true;
    this.dialog.close();
  }

  // ----- data ------------------------------------------------------------------------------------------------

  private provider(): DataProvider<Equipment, FleetFilter, EquipmentSort> {
    return this.fleet.get(this.api.client, this.customerId);
  }

  /** The client or customer changed: nothing loaded so far applies. */
  private forgetData(): void {
    this.fleet.forget();
    this.facets = undefined;
    if (this.dialog.open) this.close();
    this.rows.clear();
  }

  private afterClose(): void {
    this.search.reset();
    this.listReady = false;
    this.rows.clear();
    this.fleet.forget();
    this.review = new ArraySource([]);
    this.selection.clear();
  }

  private async loadFacets(): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    try {
      const facets = await client.equipment.facets();
      if (this.api.client === client) this.facets = facets;
    } catch {
      // The filters are a convenience: without facets the brand and type lists just stay at "All".
    }
  }

  // ----- search, filters, review -----------------------------------------------------------------------------

  private readonly search = new DebouncedSearch(this, (search) => this.setFilter({ search }));

  private onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && this.rows.total) {
      event.preventDefault();
      this.fleetList.focus();
    }
  };

  private setFilter = (change: Partial<FleetFilter>): void => {
    this.filter = { ...this.filter, ...change };
    this.view = 'fleet';
  };

  private toggleReview = (): void => {
    // A search still waiting out its debounce would land after this and yank the user back to the fleet.
    this.search.flush();
    if (this.view === 'fleet') {
      // A snapshot: units unchecked here stay listed, so a slip can be undone.
      this.review = new ArraySource([...this.selection.units.values()]);
      this.view = 'review';
    } else this.view = 'fleet';
  };

  // ----- closing ---------------------------------------------------------------------------------------------

  private readonly onRequestClose = (event: Event): void => {
    // Only the picker's own dialog: the nested questions close by themselves.
    if ((event.composedPath()[0] as Element | undefined)?.id !== 'picker') return;
    if (this.assigning.progress || this.selection.busy) {
      event.preventDefault();
      return;
    }
    if (this.closeConfirmed || !this.selection.size) return;
    event.preventDefault();
    const t = this.l10n.t;
    const count = this.selection.size;
    void this.discard
      .confirm({
        title: t.discardTitle,
        body: t.discardBody(count, this.l10n.formatNumber(count)),
        confirmLabel: t.discard,
        danger: true,
      })
      .then((ok) => ok && this.close());
  };

  // ----- assigning -------------------------------------------------------------------------------------------

  /**
   * Sends the selection; units of other customers only after "Move them here". Resolves when done, whatever the
   * outcome.
   */
  assign(): Promise<void> {
    return this.assigning.assign();
  }

  // ----- rendering -------------------------------------------------------------------------------------------

  private rowContext(): RowContext {
    return {
      t: this.l10n.t,
      locale: this.l10n.locale,
      mode: 'fleet',
      customerId: this.customerId,
      selectable: true,
      isSelected: (unit) => this.selection.has(unit.id),
    };
  }

  private renderList(list: ListboxController<Equipment>, label: string, empty: string, total: number | undefined) {
    const context = this.rowContext();
    const body = !this.listReady
      ? html`<div class="listbox" aria-hidden="true"></div>`
      : total === 0
        ? html`<p class="empty-list" part="empty">${empty}</p>`
        : list.render({
            label,
            describedBy: 'picker-keys',
            multiselectable: true,
            row: (unit, index, state) => equipmentRow(unit, index, state, context),
            fullText: (unit) => fullText(unit, context),
          });
    return html`<div class="frame fleet selectable">${columnHeader(context)} ${body}</div>`;
  }

  private renderFleet(): TemplateResult {
    const t = this.l10n.t;
    const format = (count: number) => this.l10n.formatNumber(count);
    const total = this.rows.total;
    const count = fleetCount(t, format, total, this.filter);
    return html`${filtersView({
        t,
        format,
        search: this.search,
        filter: this.filter,
        facets: this.facets,
        controls: this.listReady && total ? 'fleet' : undefined,
        onSearchKeyDown: this.onSearchKeyDown,
        onFilter: this.setFilter,
      })}
      <p class="count" part="count" aria-live="polite">${count}</p>
      ${this.rows.error ? loadFailedState(t.equipmentLoadFailed, this.rows.error, t, () => this.rows.retry()) : nothing}
      ${this.renderList(this.fleetList, t.fleetEquipment, t.noEquipmentMatches, total)}`;
  }

  private renderBody(): TemplateResult {
    const t = this.l10n.t;
    return html`${
        this.view === 'fleet'
          ? this.renderFleet()
          : html`<p class="count" part="count">${t.reviewHint}</p>
              ${this.renderList(this.reviewList, t.selectedEquipment, t.nothingSelected, this.review.total)}`
      }
      <p id="picker-keys" class="visually-hidden">${t.equipmentKeys}</p>
      ${this.assigning.renderStatus()}`;
  }

  override render(): TemplateResult {
    const t = this.l10n.t;
    const count = this.selection.size;
    return html`${this.dialog.render({
      id: 'picker',
      title: t.selectEquipment,
      size: 'wide',
      closeLabel: t.close,
      body: this.renderBody(),
      footer: footerView({
        t,
        count,
        formatted: this.l10n.formatNumber(count),
        busy: Boolean(this.assigning.progress || this.selection.busy),
        selecting: this.selection.busy,
        reviewing: this.view === 'review',
        onReview: this.toggleReview,
        onClear: () => this.selection.clear(),
        onCancel: () => this.dialog.requestClose('cancel-button'),
        onAssign: () => void this.assign(),
      }),
    })}
    ${this.assigning.renderQuestion()} ${this.discard.render()} ${this.live.render()}`;
  }
}
