import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Contact, ContactSort } from '../../src/schemas/contact.js';
import type { ContactFormField } from '../shared/contact-form.js';
import { DataGridController } from '../shared/data-grid.js';
import { formatPhone } from '../shared/phone-format.js';
import type { SelectionController } from '../shared/selection.js';
import type { ListStrings } from './i18n/en.js';
import type { ContactsLoader } from './loading.js';
import { notifySummary } from './notify-summary.js';

export const COLUMNS = ['name', 'email', 'phone', 'title'] as const satisfies readonly ContactFormField[];
export type Column = (typeof COLUMNS)[number];

export function columnLabel(t: ListStrings, column: Column): string {
  return { name: t.contactName, email: t.email, phone: t.phone, title: t.contactTitle }[column];
}

export interface GridHost {
  t(): ListStrings;
  locale(): string;
  loader: ContactsLoader;
  selection: SelectionController<string>;
  canManage(): boolean;
  /** Bulk edit or a delete is under way: selection and sorting wait. */
  locked(): boolean;
  /** The edited row's template, when this contact is being edited. */
  editRow(contact: Contact, index: number): TemplateResult | undefined;
  /** The selection changed by a key or a click (announce it, drop stale reports). */
  selectionChanged(): void;
  sort(column: Column): void;
}

const sortIcon = (direction: 'ascending' | 'descending' | undefined) =>
  html`<svg class="icon sort-icon ${direction ?? 'unsorted'}" viewBox="0 0 16 16" aria-hidden="true">
    <path class="up" d="M5 6.5 8 3.5l3 3" />
    <path class="down" d="M5 9.5l3 3 3-3" />
  </svg>`;

/**
 * The contacts as a virtualized APG data grid (`DataGridController`): the column headers with their sort
 * buttons and the tri-state select-all box, and each contact's row. Focus targets, left to right: the row's
 * check box (for users who may change contacts), name, e-mail, phone, title. Long values are truncated with
 * the full text in the cell (read in full), in `title`, and wrapped while the cell has focus.
 */
export class ContactGrid {
  readonly grid: DataGridController<Contact>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly from: GridHost,
  ) {
    const order = () => from.loader.order;
    this.grid = new DataGridController<Contact>(host, {
      id: 'grid',
      rows: () => from.loader.rows,
      key: (contact) => contact.id,
      // The last column, what the contact is notified about, is shown but neither sorted nor edited inline.
      columnCount: () => COLUMNS.length + 1 + this.offset,
      multiselectable: () => from.canManage() && !from.locked(),
      toggle: (index) => {
        const id = order()[index];
        if (id === undefined) return;
        from.selection.toggle(id);
        from.selectionChanged();
      },
      selectRange: (start, end) => {
        from.selection.selectBetween(order(), start, end);
        from.selectionChanged();
      },
      toggleAll: () => this.toggleAll(),
    });
  }

  /** The check box column comes first for users who may change contacts. */
  get offset(): number {
    return this.from.canManage() ? 1 : 0;
  }

  /** Focus column of a field (for focusing an edited row's input). */
  columnOf(field: Column): number {
    return COLUMNS.indexOf(field) + this.offset;
  }

  readonly toggleAll = (): void => {
    const { selection, loader } = this.from;
    if (selection.stateOf(loader.order) === true) selection.deselect(loader.order);
    else selection.select(loader.order);
    this.from.selectionChanged();
  };

  render(view: { busy: boolean }): TemplateResult {
    const { loader } = this.from;
    return this.grid.render({
      labelledBy: 'title',
      describedBy: 'count',
      total: loader.total,
      busy: view.busy,
      selectable: this.from.canManage(),
      head: this.head(),
      row: (contact, index) => this.from.editRow(contact, index) ?? this.viewRow(contact, index),
    });
  }

  private head(): TemplateResult {
    const t = this.from.t();
    const { sort } = this.from.loader;
    const [field, descending] = sort.startsWith('-') ? [sort.slice(1), true] : [sort, false];
    const locked = this.from.locked();
    const all = this.from.selection.stateOf(this.from.loader.order);
    return html`${
        this.from.canManage()
          ? html`<div role="columnheader" class="cell check-cell">
              <label class="hit">
                <input
                  type="checkbox"
                  class="check"
                  data-select-all
                  aria-label=${t.selectAllContacts}
                  .checked=${live(all === true)}
                  .indeterminate=${all === 'mixed'}
                  ?disabled=${locked || !this.from.loader.rows.length}
                  @change=${this.toggleAll}
                />
              </label>
            </div>`
          : nothing
      }
      ${COLUMNS.map((column) => {
        const direction = field === column ? (descending ? 'descending' : 'ascending') : undefined;
        const label = columnLabel(t, column);
        // `aria-sort` only on the sorted column: "none" on the others would be read out for every header.
        return html`<div role="columnheader" class="cell col-${column}" aria-sort=${ifDefined(direction)}>
          <button
            class="sort"
            part="sort-button"
            type="button"
            data-sort=${column}
            title=${label}
            ?disabled=${locked}
            @click=${() => this.from.sort(column)}
          >
            <span>${label}</span>${sortIcon(direction)}
          </button>
        </div>`;
      })}
      <div role="columnheader" class="cell col-notify"><span class="sort static">${t.notifications}</span></div>`;
  }

  /** The notifications cell of a row (in edit mode too, so the columns stay aligned). */
  notifyCell(contact: Contact, index: number): TemplateResult {
    const t = this.from.t();
    const at = COLUMNS.length + this.offset;
    return html`<div
      role="gridcell"
      class="cell col-notify"
      data-col=${at}
      data-label=${t.notifications}
      tabindex=${this.grid.tabIndex(index, at)}
    >
      ${notifySummary(t, this.from.locale(), contact)}
    </div>`;
  }

  private viewRow(contact: Contact, index: number): TemplateResult {
    const t = this.from.t();
    const { grid } = this;
    const canManage = this.from.canManage();
    const selected = canManage && this.from.selection.has(contact.id);
    const isNew = this.from.loader.newIds.has(contact.id);
    const o = this.offset;
    const values: Record<Column, string> = {
      name: contact.name,
      email: contact.email ?? '',
      phone: contact.phone ? formatPhone(contact.phone) : '',
      title: contact.title ?? '',
    };
    const cell = (column: Exclude<Column, 'name'>, at: number) =>
      html`<div
        role="gridcell"
        class="cell truncate col-${column} ${values[column] ? '' : 'blank'}"
        data-col=${at}
        data-label=${columnLabel(t, column)}
        tabindex=${grid.tabIndex(index, at)}
        title=${values[column] || nothing}
      >
        ${values[column]}
      </div>`;
    return html`<div
      role="row"
      class="grid-row row ${selected ? 'selected' : ''} ${isNew ? 'new' : ''}"
      part="row"
      data-row=${index}
      data-key=${contact.id}
      aria-rowindex=${grid.rowIndex(index)}
      aria-selected=${canManage ? String(selected) : nothing}
    >
      ${
        canManage
          ? html`<div role="gridcell" class="cell check-cell">
              <label class="hit">
                <input
                  type="checkbox"
                  class="check"
                  data-select=${contact.id}
                  data-col="0"
                  tabindex=${grid.tabIndex(index, 0)}
                  aria-label=${t.selectContact(contact.name)}
                  .checked=${live(selected)}
                  ?disabled=${this.from.locked()}
                />
              </label>
            </div>`
          : nothing
      }
      <div
        role="rowheader"
        class="cell truncate rowheader col-name"
        data-col=${o}
        tabindex=${grid.tabIndex(index, o)}
        title=${contact.name}
      >
        ${contact.name}${isNew ? html` <span class="badge">${t.newContact}</span>` : nothing}
      </div>
      ${cell('email', o + 1)} ${cell('phone', o + 2)} ${cell('title', o + 3)} ${this.notifyCell(contact, index)}
    </div>`;
  }
}

/** The sort after a click on a column header: the same column again flips the direction. */
export function nextSort(current: ContactSort, column: Column): { sort: ContactSort; descending: boolean } {
  const descending = current === column;
  return { sort: (descending ? `-${column}` : column) as ContactSort, descending };
}
