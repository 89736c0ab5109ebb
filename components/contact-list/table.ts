import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Contact, ContactSort } from '../../src/schemas/contact.js';
import type { ContactFormField } from '../shared/contact-form.js';
import type { RowEdit } from './bulk-edit.js';
import type { ListStrings } from './i18n/en.js';
import { formatPhone } from '../shared/phone-format.js';
import { violationText } from '../shared/violations.js';

export const COLUMNS = ['name', 'email', 'phone', 'title'] as const satisfies readonly ContactFormField[];
export type Column = (typeof COLUMNS)[number];

/** What the table templates need from the element: state to show, and handlers (delegated on `<tbody>`). */
export interface TableView {
  t: ListStrings;
  rows: readonly Contact[];
  /** Selection and edit controls are shown only to users who may change contacts. */
  canManage: boolean;
  isSelected(id: string): boolean;
  selectAll: boolean | 'mixed';
  /** The row whose checkbox is in the tab order (roving tabindex: one tab stop for the whole table). */
  activeId: string | undefined;
  edits: ReadonlyMap<string, RowEdit>;
  locked: boolean;
  /** A save is on its way: the edited rows' outcomes will replace them, so typing waits until it is back. */
  saving: boolean;
  sort: ContactSort;
  busy: boolean;
  /** Rows not loaded yet exist: `aria-rowcount`/`aria-rowindex` tell assistive technology the real size. */
  rowCount: number | undefined;
  newIds: ReadonlySet<string>;
  onSort(column: Column): void;
  onSelectAll(): void;
  onBodyClick(event: MouseEvent): void;
  onBodyKeyDown(event: KeyboardEvent): void;
  onBodyInput(event: Event): void;
  onBodyFocusOut(event: FocusEvent): void;
}

/** Contact ids as id-attribute fragments: ARIA id references break on whitespace. */
export const domKey = (id: string): string => id.replace(/[^\w-]/g, '_');

export function columnLabel(t: ListStrings, column: Column): string {
  return { name: t.contactName, email: t.email, phone: t.phone, title: t.contactTitle }[column];
}

const sortIcon = (direction: 'ascending' | 'descending' | undefined) =>
  html`<svg class="sort-icon ${direction ?? 'unsorted'}" viewBox="0 0 16 16" aria-hidden="true">
    <path class="up" d="M5 6.5 8 3.5l3 3" />
    <path class="down" d="M5 9.5l3 3 3-3" />
  </svg>`;

function head(view: TableView): TemplateResult {
  const { t } = view;
  const [field, descending] = view.sort.startsWith('-') ? [view.sort.slice(1), true] : [view.sort, false];
  return html`<thead>
    <tr>
      ${
        view.canManage
          ? html`<th scope="col" class="select">
              <label class="hit">
                <input
                  type="checkbox"
                  class="check"
                  data-select-all
                  aria-label=${t.selectAllContacts}
                  .checked=${live(view.selectAll === true)}
                  .indeterminate=${view.selectAll === 'mixed'}
                  ?disabled=${view.locked || !view.rows.length}
                  @change=${view.onSelectAll}
                />
              </label>
            </th>`
          : nothing
      }
      ${COLUMNS.map((column) => {
        const direction = field === column ? (descending ? 'descending' : 'ascending') : undefined;
        // `aria-sort` only on the sorted column: "none" on the others would be read out for every header.
        return html`<th scope="col" class="col-${column}" aria-sort=${ifDefined(direction)}>
          <button
            class="sort"
            part="sort-button"
            type="button"
            data-sort=${column}
            ?disabled=${view.locked}
            @click=${() => view.onSort(column)}
          >
            <span>${columnLabel(t, column)}</span>${sortIcon(direction)}
          </button>
        </th>`;
      })}
    </tr>
  </thead>`;
}

function viewRow(view: TableView, contact: Contact, rowIndex: number | undefined): TemplateResult {
  const { t } = view;
  const selected = view.canManage && view.isSelected(contact.id);
  return html`<tr
    class="row ${selected ? 'selected' : ''} ${view.newIds.has(contact.id) ? 'new' : ''}"
    part="row"
    aria-rowindex=${ifDefined(rowIndex)}
  >
    ${
      view.canManage
        ? html`<td class="select">
            <label class="hit">
              <input
                type="checkbox"
                class="check"
                data-select=${contact.id}
                tabindex=${contact.id === view.activeId ? '0' : '-1'}
                aria-label=${t.selectContact(contact.name)}
                .checked=${live(selected)}
                ?disabled=${view.locked}
              />
            </label>
          </td>`
        : nothing
    }
    <th scope="row" class="col-name">
      ${contact.name}${view.newIds.has(contact.id) ? html` <span class="badge">${t.newContact}</span>` : nothing}
    </th>
    <td class="col-email">${contact.email ?? ''}</td>
    <td class="col-phone">${contact.phone ? formatPhone(contact.phone) : ''}</td>
    <td class="col-title">${contact.title ?? ''}</td>
  </tr>`;
}

const INPUT_TYPES: Record<Column, string> = { name: 'text', email: 'email', phone: 'tel', title: 'text' };

function editRow(view: TableView, contact: Contact, edit: RowEdit, rowIndex: number | undefined): TemplateResult {
  const { t } = view;
  const key = domKey(contact.id);
  const messageId = `e-${key}-message`;
  const cell = (column: Column) => {
    const id = `e-${key}-${column}`;
    const violation = edit.errors.get(column);
    const described = [violation ? `${id}-error` : '', edit.message ? messageId : ''].filter(Boolean).join(' ');
    return html`<input
        class="input"
        part="input"
        id=${id}
        type=${INPUT_TYPES[column]}
        data-edit=${contact.id}
        data-field=${column}
        autocomplete="off"
        ?readonly=${view.saving}
        .value=${live(edit.draft[column])}
        aria-label=${t.contactField(columnLabel(t, column), edit.base.name)}
        aria-required=${column === 'name' ? 'true' : 'false'}
        aria-invalid=${violation ? 'true' : 'false'}
        aria-describedby=${described || nothing}
      />${
        violation
          ? html`<p class="error" id="${id}-error" part="error">
              <span aria-hidden="true" class="error-icon">!</span>${violationText(violation, t)}
            </p>`
          : nothing
      }`;
  };
  const columns = view.canManage ? COLUMNS.length + 1 : COLUMNS.length;
  return html`<tr class="row editing selected" part="row row-editing" aria-rowindex=${ifDefined(rowIndex)}>
      <td class="select">
        <label class="hit">
          <input
            type="checkbox"
            class="check"
            data-select=${contact.id}
            tabindex="-1"
            aria-label=${t.selectContact(edit.base.name)}
            checked
            disabled
          />
        </label>
      </td>
      <th scope="row" class="col-name">${cell('name')}</th>
      <td class="col-email">${cell('email')}</td>
      <td class="col-phone">${cell('phone')}</td>
      <td class="col-title">${cell('title')}</td>
    </tr>
    ${
      edit.message
        ? html`<tr class="row-message" part="row-message">
            <td colspan=${columns}>
              <p class="error" id=${messageId}><span aria-hidden="true" class="error-icon">!</span>${edit.message}</p>
            </td>
          </tr>`
        : nothing
    }`;
}

/**
 * The contacts as a native table: keyed `repeat` so a re-sort or a save moves rows instead of rebuilding them,
 * and one delegated listener per event type on `<tbody>` instead of listeners on every row.
 */
export function contactTable(view: TableView): TemplateResult {
  return html`<div class="table-wrap" part="table-wrap">
    <table
      class="table"
      part="table"
      aria-labelledby="title"
      aria-describedby="count"
      aria-busy=${view.busy ? 'true' : 'false'}
      aria-rowcount=${ifDefined(view.rowCount)}
    >
      ${head(view)}
      <tbody
        @click=${view.onBodyClick}
        @keydown=${view.onBodyKeyDown}
        @input=${view.onBodyInput}
        @focusout=${view.onBodyFocusOut}
      >
        ${repeat(
          view.rows,
          (contact) => contact.id,
          (contact, index) => {
            const edit = view.edits.get(contact.id);
            const rowIndex = view.rowCount === undefined ? undefined : index + 2;
            return edit ? editRow(view, contact, edit, rowIndex) : viewRow(view, contact, rowIndex);
          },
        )}
      </tbody>
    </table>
  </div>`;
}
