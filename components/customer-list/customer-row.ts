import { html, nothing, type TemplateResult } from 'lit';
import type { Customer } from '../../src/schemas/customer.js';
import type { Strings } from '../shared/i18n/en.js';
import type { RowState } from '../equipment-assigner/listbox.js';
import type { CustomerListText } from './i18n/en.js';

export const DATE_STYLE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
let countryFormat: { locale: string; names: Intl.DisplayNames } | undefined;
/**
 * Rows render on every page that arrives while scrolling; building an `Intl` formatter is ~1 ms each, so the
 * country names are built once per locale (numbers and dates come from `localize.ts`' page-wide cache).
 */
export function countryNames(locale: string): Intl.DisplayNames {
  if (countryFormat?.locale !== locale) {
    countryFormat = { locale, names: new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }) };
  }
  return countryFormat.names;
}

export interface RowContext {
  t: Strings & CustomerListText;
  locale: string;
  /** Built once per render, not per row: `Intl` formatters are costly and rows render on every scroll frame. */
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  /**
   * Country names. `Intl.DisplayNames` itself rather than `shared/intl.ts`' `countryName`: that one builds the
   * whole country list from the schemas (and brings zod, ~9 kB gzip, into this entry) to look up one name.
   */
  countries: Intl.DisplayNames;
  /** The chosen customer's id. */
  chosen: string;
}

/** The translated label of a type; a code this version does not know yet is shown as it is. */
export function typeLabel(type: string, t: Strings): string {
  return (t.customerTypes as Record<string, string>)[type] ?? type;
}

function countryOf(code: string, countries: Intl.DisplayNames): string {
  try {
    return countries.of(code) ?? code;
  } catch {
    return code; // A code `Intl` rejects: show it as it is.
  }
}

export function placeText(customer: Customer, countries: Intl.DisplayNames): string {
  const { city, country } = customer.address ?? {};
  return [city, country && countryOf(country, countries)].filter(Boolean).join(', ');
}

/** A value with its column's name for screen readers: in a listbox, column titles are not read with a cell. */
function labelled(label: string, value: string, shownOnCards = false): TemplateResult {
  return html`<span class="visually-hidden ${shownOnCards ? 'card-label' : ''}">${label}:</span> ${value}`;
}

function cells(customer: Customer, context: RowContext): TemplateResult {
  const { t } = context;
  const updated = new Date(customer.updatedAt);
  const place = placeText(customer, context.countries);
  const reference = customer.externalReference;
  const number = context.number;
  const date = Number.isNaN(updated.getTime()) ? customer.updatedAt : context.date.format(updated);
  return html`<span
      class="cell name"
      part="cell cell-name"
      title=${reference ? `${customer.name}, ${reference}` : customer.name}
      ><span class="customer-name">${customer.name}</span>${
        reference ? html`<span class="ref">${labelled(t.externalReference, reference)}</span>` : nothing
      }</span
    >
    <span class="cell type" part="cell"
      ><span class="badge">${labelled(t.colType, typeLabel(customer.type, t))}</span></span
    >
    <span class="meta"
      ><span class="cell place" part="cell" title=${place || nothing}
        >${place ? labelled(t.colPlace, place) : nothing}</span
      ><span class="meta counts"
        ><span class="cell contacts" part="cell"
          >${labelled(t.colContacts, number.format(customer.contactCount), true)}</span
        >
        <span class="cell equipment" part="cell"
          >${labelled(t.colEquipment, number.format(customer.equipmentCount), true)}</span
        > </span
      ><span class="cell updated" part="cell">${labelled(t.colUpdated, date, true)}</span></span
    >`;
}

/** Grey bars where a row's text will be, while its page loads. */
const placeholder = (t: Strings): TemplateResult =>
  html`<span class="visually-hidden">${t.loading}</span
    ><span class="cell name" aria-hidden="true"><span class="bar"></span></span
    ><span class="cell type" aria-hidden="true"><span class="bar"></span></span
    ><span class="cell place" aria-hidden="true"><span class="bar"></span></span>`;

/**
 * One option of the customer listbox: the same element whether the customer is loaded or a placeholder, so the
 * virtualizer keeps it when the data arrives. `aria-selected` marks the chosen customer (single selection).
 */
export function customerRow(
  customer: Customer | undefined,
  index: number,
  state: RowState,
  context: RowContext,
): TemplateResult {
  const chosen = customer !== undefined && customer.id === context.chosen;
  return html`<div
    role="option"
    id=${state.id}
    class="row ${state.active ? 'active' : ''} ${chosen ? 'selected' : ''} ${customer ? '' : 'placeholder'}"
    part="row${chosen ? ' row-selected' : ''}"
    data-index=${index}
    data-id=${customer?.id ?? nothing}
    aria-posinset=${index + 1}
    aria-setsize=${state.setSize}
    aria-selected=${chosen ? 'true' : 'false'}
    aria-busy=${customer ? nothing : 'true'}
  >
    ${customer ? cells(customer, context) : placeholder(context.t)}
  </div>`;
}

/** The column titles above the rows (visual only: each cell names itself for screen readers). */
export function columnHeader(t: CustomerListText): TemplateResult {
  return html`<div class="columns" part="columns" aria-hidden="true">
    <span class="cell name">${t.colName}</span>
    <span class="cell type">${t.colType}</span>
    <span class="cell place">${t.colPlace}</span>
    <span class="cell contacts">${t.colContacts}</span>
    <span class="cell equipment">${t.colEquipment}</span>
    <span class="cell updated">${t.colUpdated}</span>
  </div>`;
}
