import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Customer, CustomerSort, CustomerType } from '../../src/schemas/customer.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientConsumerController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController, dateTimeFormat, numberFormat } from '../shared/localize.js';
import { PagedRows } from '../shared/paged-rows.js';
import type { DataProvider } from '../shared/data-provider.js';
import { loadFailedState } from '../shared/states.js';
import { CustomerSelectEvent } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { listStyles } from '../shared/list.styles.js';
import { ListboxController } from '../equipment-assigner/listbox.js';
import { selectField } from '../equipment-assigner/fields.js';
import { DebouncedSearch, searchField } from '../shared/search.js';
import { customerListEn } from './i18n/en.js';
import { loaders } from './i18n/index.js';
import { customerListStyles } from './customer-list.styles.js';
import { DATE_STYLE, columnHeader, countryNames, customerRow, typeLabel, type RowContext } from './customer-row.js';
import {
  CUSTOMER_SORTS,
  CUSTOMER_TYPES,
  DEFAULT_SORT,
  customerKey,
  customerProvider,
  isFiltered,
  listQuery,
  searchText,
  toSort,
  toTypes,
  typesConverter,
  type CustomerFilter,
} from './queries.js';
import { CustomerCreateRequestEvent } from './events.js';
import type { ExportDialogController } from './export-dialog.js';
import { LiveRegionController } from '../shared/live-region.js';

export { SEARCH_DEBOUNCE_MS } from '../shared/search.js';

/** Rows per request while scrolling: a screenful and a half of a tall window. */
const PAGE_SIZE = 50;

/**
 * Every customer, served by the server page by page into a virtualized listbox whose DOM stays the same size at
 * any number of customers. Search (name, external reference, e-mail, city), filter by several relationship types
 * and sort (name, type, contacts, equipment, last changed; both ways) all run on the server. Click, Enter or
 * Space opens a customer: the row is marked and `customer-select` fires. Create customer sits at the top right
 * for users who may manage customers; read-only users see why it is not there. Export writes the list as it is
 * (search, types, sort) to a CSV file with progress and Cancel, and offers the import template. Below 40rem of width the rows
 * become two-line cards; text wraps rather than being cut.
 *
 * @tagname customer-list
 * @summary Searchable, filterable, sortable list of every customer, virtualized; fires customer-select.
 *
 * @event {CustomerSelectEvent} customer-select - `detail: { customerId: string }`: the user opened a customer.
 * @event {CustomerCreateRequestEvent} customer-create-request - Cancelable, `detail: {}`: Create customer was
 *   pressed; open the wizard (`<customer-manager>` does).
 * @event {Event} change - The user changed `search` (after the typing pause), `type` or `sort`; read them off the
 *   element.
 *
 * @csspart base - The whole list.
 * @csspart header - Title, count and Create customer.
 * @csspart title - The "Customers" heading.
 * @csspart count - "1,234 customers" under the heading.
 * @csspart toolbar - Search, relationship type filter and sort.
 * @csspart field - Each labelled control; `label`, `input`, `hint` are its pieces.
 * @csspart type-filter - The relationship type checkboxes.
 * @csspart columns - The column titles above the rows.
 * @csspart listbox - The scrolling list.
 * @csspart row - One customer (`row-selected` when it is the chosen one); `cell` and `cell-name` its values.
 * @csspart empty - No customers, or nothing matches.
 * @csspart notice - The read-only explanation in place of Create customer.
 * @csspart error-state - A load failure, with Retry.
 * @csspart button - Every button; also `button-primary`, `button-create`, `button-retry`, `button-export`
 *   (opens the Export dialog), `button-template`, `button-cancel-export`.
 * @csspart dialog - The Export dialog (`dialog-header`, `dialog-body`, `dialog-footer` its regions);
 *   `export-progress` its progress while exporting.
 *
 * @cssproperty --fc-customer-list-block-size - Height of the scrolling list. Default: `min(32rem, 70dvb)`.
 */
export class CustomerList extends FleetElement {
  static override readonly fcName = 'customer-list';
  static override styles = [themeStyles, buttonStyles, fieldStyles, stateStyles, listStyles, customerListStyles];

  static override properties: PropertyDeclarations = {
    customerId: { attribute: 'customer-id' },
    search: { reflect: true },
    type: { converter: typesConverter, reflect: true },
    sort: { reflect: true },
  };

  /** The chosen customer's id: its row is marked. Set by a click, Enter or Space, or by the host. */
  customerId = '';
  /** The search sent to the server: name, external reference, e-mail or city. */
  search = '';
  /** Relationship types to show (attribute: comma-separated, `DEALER,RENTAL`); empty shows every type. */
  type: CustomerType[] = [];
  /** The order, as the API spells it: `name`, `-updatedAt`, `-equipmentCount`, ... */
  sort: CustomerSort = DEFAULT_SORT;

  private provider?: DataProvider<Customer, CustomerFilter, CustomerSort>;

  /** What is in the search box; becomes `search` after a pause in typing (or on Enter). */
  private readonly searchBox = new DebouncedSearch(this, (search) => {
    this.search = search;
    this.changed();
  });
  private readonly l10n = new LocalizeController(this, { id: 'customerList', en: customerListEn, loaders });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientConsumerController(this, (client) => {
    this.user.load(client);
    this.provider = client ? customerProvider(client) : undefined;
    this.rows.clear();
  });
  private readonly rows = new PagedRows<Customer, CustomerFilter, CustomerSort>(this, {
    provider: (request) => (this.provider ? this.provider(request) : Promise.reject(new Error('No client'))),
    keyOf: customerKey,
    pageSize: PAGE_SIZE,
  });
  private readonly live = new LiveRegionController(this);
  /** Created on the first Export: the dialog and the CSV writer are a chunk of their own. */
  private exporter?: ExportDialogController;
  private readonly list = new ListboxController<Customer>(this, 'customers', () => this.rows, {
    // Single choice: the list has no selection of its own, only the chosen customer.
    toggle: () => undefined,
    selectRange: () => undefined,
    toggleAll: () => undefined,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('search') && this.search.trim() !== this.searchBox.applied) this.searchBox.reset(this.search);
    if (changed.has('sort')) this.sort = toSort(this.sort);
    if (changed.has('type') && !Array.isArray(this.type)) this.type = toTypes(this.type);
    if (this.api.client) this.rows.setQuery({ search: this.search, type: this.type }, this.sort);
  }

  /** Customers the current search and filter match; `undefined` while loading. */
  get total(): number | undefined {
    return this.rows.total;
  }

  /** Loads the rows on screen (and the count) again, e.g. after a customer changed elsewhere. */
  refresh(): void {
    this.rows.refresh();
  }

  /** Moves focus to the list (to the chosen customer's row when it is on screen). */
  focusList(): void {
    this.list.focus();
  }

  // ----- the query -------------------------------------------------------------------------------------------

  private changed(): void {
    const event = new Event('change', { bubbles: true });
    this.dispatchEvent(event);
  }

  private onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && this.rows.total) {
      event.preventDefault();
      this.list.focus();
    }
  };

  private toggleType(type: CustomerType, on: boolean): void {
    const chosen = new Set(this.type);
    if (on) chosen.add(type);
    else chosen.delete(type);
    this.type = CUSTOMER_TYPES.filter((each) => chosen.has(each));
    this.changed();
  }

  private setSort = (value: string): void => {
    this.sort = toSort(value);
    this.changed();
  };

  private clearFilters = (): void => {
    this.searchBox.reset();
    this.search = '';
    this.type = [];
    this.changed();
  };

  // ----- choosing --------------------------------------------------------------------------------------------

  private choose(index: number): void {
    const customer = this.rows.item(index);
    if (!customer) return;
    this.customerId = customer.id;
    const event = new CustomerSelectEvent({ customerId: customer.id });
    this.dispatchEvent(event);
  }

  private onListKeyDown = (event: KeyboardEvent): void => {
    if ((event.key !== 'Enter' && event.key !== ' ') || event.defaultPrevented) return;
    event.preventDefault();
    this.choose(this.list.active);
  };

  private onListClick = (event: MouseEvent): void => {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"][data-id]');
    if (option) this.choose(Number(option.dataset['index']));
  };

  private onExport = async (): Promise<void> => {
    if (!this.exporter) {
      const { ExportDialogController } = await import('./export-dialog.js');
      this.exporter ??= new ExportDialogController(this, {
        t: () => this.l10n.t,
        locale: () => this.l10n.locale,
        client: () => this.api.client,
        query: () => listQuery(this, this.sort),
        total: () => this.rows.total,
        filtered: () => isFiltered(this),
        announce: (message) => this.live.announce(message),
      });
    }
    await this.exporter.open();
  };

  private onCreate = (): void => {
    const event = new CustomerCreateRequestEvent();
    this.dispatchEvent(event);
  };

  // ----- rendering -------------------------------------------------------------------------------------------

  private renderCreate(): TemplateResult | typeof nothing {
    const t = this.l10n.t;
    if (this.user.canManage === true) {
      return html`<button
        class="button primary create"
        part="button button-primary button-create"
        type="button"
        data-create
        @click=${this.onCreate}
      >
        ${t.createCustomer}
      </button>`;
    }
    if (this.user.canManage === false) {
      return html`<p class="read-only" part="notice">${t.noPermissionCreate}</p>`;
    }
    return nothing;
  }

  private renderTypeFilter(): TemplateResult {
    const t = this.l10n.t;
    const chosen = new Set(this.type);
    // The visible title sits above like the other fields' labels; the summary names itself in full.
    return html`<div class="field type-field" part="field">
      <span class="label" aria-hidden="true" part="label">${t.typeFilter}</span>
      <details class="type-filter" part="type-filter">
        <summary class="input">
          <span class="visually-hidden">${t.typeFilter}:</span>
          ${chosen.size ? t.typesChosen(chosen.size) : t.allTypes}
        </summary>
        <fieldset class="type-options">
          <legend class="visually-hidden">${t.typeFilter}</legend>
          ${CUSTOMER_TYPES.map(
            (type) =>
              html`<label class="type-option"
                ><input
                  type="checkbox"
                  value=${type}
                  .checked=${chosen.has(type)}
                  @change=${(event: Event) => this.toggleType(type, (event.target as HTMLInputElement).checked)}
                />
                ${typeLabel(type, t)}</label
              >`,
          )}
        </fieldset>
      </details>
    </div>`;
  }

  private renderToolbar(): TemplateResult {
    const t = this.l10n.t;
    return html`<div class="toolbar" part="toolbar">
      ${searchField({
        id: 'customer-search',
        label: t.searchCustomers,
        hint: t.searchCustomersHint,
        search: this.searchBox,
        controls: this.rows.total ? 'customers' : undefined,
        busy: this.rows.total === undefined && !this.rows.error,
        onKeyDown: this.onSearchKeyDown,
      })}
      ${this.renderTypeFilter()}
      ${selectField({
        id: 'customer-sort',
        label: t.sortBy,
        value: this.sort,
        options: CUSTOMER_SORTS.map((value) => ({ value, label: t.sortOptions[value] })),
        onChange: this.setSort,
      })}
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    const t = this.l10n.t;
    const search = searchText(this.search);
    const filtered = isFiltered(this);
    const message = !filtered ? t.noCustomers : search ? t.nothingMatches(search) : t.nothingOfTypes;
    return html`<div class="empty-list" part="empty" role="status">
      <p>${message}</p>
      ${
        filtered
          ? html`<button class="button" part="button" type="button" @click=${this.clearFilters}>
              ${t.clearFilters}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderRows(): TemplateResult {
    const t = this.l10n.t;
    const locale = this.l10n.locale;
    const context: RowContext = {
      t,
      locale,
      number: numberFormat(locale),
      countries: countryNames(locale),
      date: dateTimeFormat(locale, DATE_STYLE),
      chosen: this.customerId,
    };
    return html`<div class="rows" @keydown=${this.onListKeyDown} @click=${this.onListClick}>
      ${this.list.render({
        label: t.customers,
        describedBy: 'customers-keys',
        multiselectable: false,
        placeholderRows: 8,
        row: (customer, index, state) => customerRow(customer, index, state, context),
      })}
    </div>`;
  }

  private countText(): string {
    const t = this.l10n.t;
    const total = this.rows.total;
    if (total === undefined) return t.loading;
    const formatted = this.l10n.formatNumber(total);
    return isFiltered(this) ? t.customerMatches(total, formatted) : t.customerCount(total, formatted);
  }

  override render(): TemplateResult {
    const t = this.l10n.t;
    const error = this.rows.error;
    return html`<section class="base" part="base" aria-labelledby="customers-title">
      <header class="header" part="header">
        <div class="heading">
          <h2 id="customers-title" part="title">${t.customers}</h2>
          <p class="count" part="count" aria-live="polite">${this.countText()}</p>
        </div>
        <div class="header-actions">
          ${
            this.api.client
              ? html`<button class="button" part="button button-export" type="button" @click=${this.onExport}>
                  ${t.exportAction}
                </button>`
              : nothing
          }
          ${this.renderCreate()}
        </div>
      </header>
      ${
        this.api.client
          ? html`${this.renderToolbar()}
            ${error ? loadFailedState(t.customersLoadFailed, error, t, () => this.rows.retry()) : nothing}
            ${
              error && this.rows.total === undefined
                ? nothing
                : html`<div class="frame">
                    ${columnHeader(t)} ${this.rows.total === 0 ? this.renderEmpty() : this.renderRows()}
                  </div>`
            }`
          : html`<p class="state">${t.noClient}</p>`
      }
      <p id="customers-keys" class="visually-hidden">${t.listKeys}</p>
      ${this.exporter?.render() ?? nothing} ${this.live.render()}
    </section>`;
  }
}
