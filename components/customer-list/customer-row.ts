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

interface CellTexts {
  name: string;
  reference: string;
  type: string;
  place: string;
  contacts: string;
  equipment: string;
  updated: string;
}

function texts(customer: Customer, context: RowContext): CellTexts {
  const updated = new Date(customer.updatedAt);
  return {
    name: customer.name,
    reference: customer.externalReference ?? '',
    type: typeLabel(customer.type, context.t),
    place: placeText(customer, context.countries),
    contacts: context.number.format(customer.contactCount),
    equipment: context.number.format(customer.equipmentCount),
    updated: Number.isNaN(updated.getTime()) ? customer.updatedAt : context.date.format(updated),
  };
}

/**
 * The option's description: each value after its column's name ("Contacts: 4"), which a listbox does not read
 * with a cell (its name is its text). One attribute rather than a hidden label beside each value: those labels
 * were most of a row's layout and paint while scrolling (both halved without them, in a trace of
 * `node bench/run.mjs customer-list --trace`).
 */
function description(values: CellTexts, t: Strings & CustomerListText): string {
  return [
    values.name,
    values.reference && `${t.externalReference}: ${values.reference}`,
    `${t.colType}: ${values.type}`,
    values.place && `${t.colPlace}: ${values.place}`,
    `${t.colContacts}: ${values.contacts}`,
    `${t.colEquipment}: ${values.equipment}`,
    `${t.colUpdated}: ${values.updated}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * What an empty value renders: a zero-width space. Not '' (Lit would remove the text node, and the next value
 * insert a new one) nor a space (a text of white space only has no box, so each change between it and a value
 * rebuilds the text's box): thousands of either over a scroll.
 */
const BLANK = '\u200b';
/**
 * The reference is a line of its own under the name: a zero-width space would give it a line box, lifting every
 * name without a reference off the row's middle. A space has none (one text box per row comes and goes).
 */
const NO_LINE = ' ';
const LOADING: CellTexts = { name: '', reference: '', type: '', place: '', contacts: '', equipment: '', updated: '' };

/** The cells: always the same elements, so a row element shows another customer by changing text only. */
function cells(values: CellTexts, t: CustomerListText): TemplateResult {
  return html`<span class="cell name" part="cell cell-name"
      ><span class="customer-name">${values.name || BLANK}</span
      ><span class="ref">${values.reference || NO_LINE}</span></span
    ><span class="cell type" part="cell"><span class="badge">${values.type || BLANK}</span></span
    ><span class="meta"
      ><span class="cell place" part="cell">${values.place || BLANK}</span
      ><span class="meta counts"
        ><span class="cell contacts" part="cell" data-label=${t.colContacts}>${values.contacts || BLANK}</span>
        <span class="cell equipment" part="cell" data-label=${t.colEquipment}>${values.equipment || BLANK}</span> </span
      ><span class="cell updated" part="cell" data-label=${t.colUpdated}>${values.updated || BLANK}</span></span
    >`;
}

/**
 * One option of the customer listbox. Its elements are the same for every customer and while it loads (a grey
 * bar drawn by the `.placeholder` class, and "Loading" as its name): the listbox reuses row elements after a
 * jump, and new text costs a frame far less than new elements. `aria-selected` marks the chosen customer (single
 * selection).
 */
// aria-description is a global attribute since ARIA 1.3 (axe knows it); the lint plugin's table predates it.
/* eslint-disable lit-a11y/role-supports-aria-attr */
export function customerRow(
  customer: Customer | undefined,
  index: number,
  state: RowState,
  context: RowContext,
): TemplateResult {
  const chosen = customer !== undefined && customer.id === context.chosen;
  const values = customer ? texts(customer, context) : LOADING;
  return html`<div
    role="option"
    id=${state.id}
    class="row ${state.active ? 'active' : ''} ${chosen ? 'selected' : ''} ${customer ? '' : 'placeholder'}"
    part="row${chosen ? ' row-selected' : ''}"
    data-index=${index}
    data-id=${customer?.id ?? nothing}
    aria-label=${customer ? nothing : context.t.loading}
    aria-description=${customer ? description(values, context.t) : nothing}
    aria-posinset=${index + 1}
    aria-setsize=${state.setSize}
    aria-selected=${chosen ? 'true' : 'false'}
    aria-busy=${customer ? 'false' : 'true'}
  >
    ${cells(values, context.t)}
  </div>`;
}
/* eslint-enable lit-a11y/role-supports-aria-attr */

/** The column titles above the rows (visual only: each option's description names its values for screen readers). */
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
