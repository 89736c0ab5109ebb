import { html, nothing, type TemplateResult } from 'lit';
import type { Equipment } from '../../src/schemas/equipment.js';
import type { AssignerText } from './i18n/en.js';
import type { RowState } from './listbox.js';
import { dateTimeFormat, numberFormat } from '../shared/localize.js';

/** `assigned`: a customer's own units (hours, last seen). `fleet`: the picker (who has each unit now). */
export type RowMode = 'assigned' | 'fleet';

export interface RowContext {
  t: AssignerText;
  locale: string;
  mode: RowMode;
  /** The customer the units are assigned to (marks "already here" in the fleet). */
  customerId: string;
  /** Show a checkbox and `aria-selected`. */
  selectable: boolean;
  isSelected(unit: Equipment): boolean;
}

const HOURS: Intl.NumberFormatOptions = { maximumFractionDigits: 0 };
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };
const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short' };

/** Date and time apart, so a narrow row can keep the date and let the time go (still read out). */
export function formatSeen(value: string, locale: string): TemplateResult | string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return html`${dateTimeFormat(locale, DATE).format(date)}<span class="time">
      ${dateTimeFormat(locale, TIME).format(date)}</span
    >`;
}

/** Whether a unit can be chosen in the picker: not when it is this customer's already. */
export function isHere(unit: Equipment, customerId: string): boolean {
  return unit.customer?.id === customerId;
}

/** The unit's type as people say it: the free-text `type`, else the asset type's name. */
export function typeText(unit: Equipment, t: AssignerText): string {
  return unit.type || (t.assetTypes as Record<string, string>)[unit.assetType] || unit.assetType;
}

function brandModel(unit: Equipment): string {
  return [unit.brand, unit.model].filter(Boolean).join(' ');
}

function labelled(label: string, value: string | TemplateResult | undefined, empty: string): TemplateResult {
  return html`<span class="visually-hidden cell-label">${label}:</span>
    ${value || html`<span class="none">${empty}</span>`}`;
}

function statusCell(unit: Equipment, context: RowContext): TemplateResult {
  const { t } = context;
  if (isHere(unit, context.customerId)) return html`<span class="owner-chip here">${t.alreadyHere}</span>`;
  // The column says "Assigned to"; screen readers get the same words before the name.
  if (unit.customer) {
    return html`<span class="visually-hidden">${t.colAssignment}:</span>
      <span class="owner-chip other" title=${unit.customer.name}>${unit.customer.name}</span>`;
  }
  const last = lastAssigned(unit, context);
  return html`<span class="owner-chip free">${t.assignmentFilters.none}</span>${
      last ? html`<span class="last-assigned" title=${last}>${last}</span>` : nothing
    }`;
}

/** "Last: Hansen A/S, 2 Nov 2026" for a unit with no customer now that had one before (from the fleet list). */
function lastAssigned(unit: Equipment, context: RowContext): string | undefined {
  const last = unit.lastAssignment;
  if (unit.customer || !last) return undefined;
  return context.t.lastAssigned(last.customer.name, dateTimeFormat(context.locale, DATE).format(new Date(last.at)));
}

function cells(unit: Equipment, context: RowContext): TemplateResult {
  const { t, locale } = context;
  const hours =
    unit.operatingHours === undefined
      ? undefined
      : t.hoursValue(numberFormat(locale, HOURS).format(unit.operatingHours));
  const brand = brandModel(unit);
  const type = typeText(unit, t);
  // Cells may be cut short with an ellipsis: the title shows the whole value on hover (screen readers read it all).
  return html`<span
      class="unit-cell name"
      part="cell cell-name"
      title=${unit.externalReference ? `${unit.name} ${unit.externalReference}` : unit.name}
      ><span class="unit-name">${unit.name}</span
      >${unit.externalReference ? html` <span class="ref">${unit.externalReference}</span>` : nothing}</span
    >
    <span class="unit-cell brand" part="cell" title=${brand || nothing}
      >${labelled(t.colBrandModel, brand, t.notGiven)}</span
    >
    <span class="unit-cell type" part="cell" title=${type || nothing}>${labelled(t.colType, type, t.notGiven)}</span>
    <span class="unit-cell serial" part="cell" title=${unit.serialNumber ?? nothing}
      >${labelled(t.colSerial, unit.serialNumber, t.notGiven)}</span
    >
    ${
      context.mode === 'fleet'
        ? html`<span class="unit-cell status" part="cell">${statusCell(unit, context)}</span>`
        : html`<span class="unit-cell hours" part="cell">${labelled(t.colHours, hours, t.notGiven)}</span>
            <span class="unit-cell seen" part="cell"
              >${labelled(t.colLastSeen, unit.lastSeenAt && formatSeen(unit.lastSeenAt, locale), t.neverSeen)}</span
            >`
    }`;
}

/** A unit's values in one line, nothing cut short: for the list's full-text line under the active row. */
export function fullText(unit: Equipment, context: RowContext): string {
  const { t } = context;
  const owner =
    context.mode !== 'fleet'
      ? undefined
      : isHere(unit, context.customerId)
        ? t.alreadyHere
        : unit.customer
          ? `${t.colAssignment}: ${unit.customer.name}`
          : [t.assignmentFilters.none, lastAssigned(unit, context)].filter(Boolean).join(', ');
  return [
    unit.externalReference ? `${unit.name} ${unit.externalReference}` : unit.name,
    brandModel(unit),
    typeText(unit, t),
    `${t.colSerial}: ${unit.serialNumber || t.notGiven}`,
    owner,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Grey bars where a row's text will be, while its page loads. */
const placeholder = (t: AssignerText): TemplateResult =>
  html`<span class="visually-hidden">${t.loading}</span
    ><span class="unit-cell name" aria-hidden="true"><span class="bar"></span></span
    ><span class="unit-cell brand" aria-hidden="true"><span class="bar"></span></span
    ><span class="unit-cell serial" aria-hidden="true"><span class="bar"></span></span>`;

/**
 * One option of the equipment listbox: the same element whether the unit is loaded or a placeholder, so the
 * virtualizer keeps it when the data arrives. Values from the API are always bound as text.
 */
export function equipmentRow(
  unit: Equipment | undefined,
  index: number,
  state: RowState,
  context: RowContext,
): TemplateResult {
  const selectable =
    context.selectable && unit !== undefined && !(context.mode === 'fleet' && isHere(unit, context.customerId));
  const selected = unit !== undefined && context.isSelected(unit);
  return html`<div
    role="option"
    id=${state.id}
    class="row ${state.active ? 'active' : ''} ${selected ? 'selected' : ''} ${unit ? '' : 'placeholder'}"
    part="row${selected ? ' row-selected' : ''}"
    data-index=${index}
    data-id=${unit?.id ?? nothing}
    aria-posinset=${index + 1}
    aria-setsize=${state.setSize}
    aria-selected=${context.selectable ? String(selected) : nothing}
    aria-disabled=${context.selectable && unit && !selectable ? 'true' : nothing}
    aria-busy=${unit ? nothing : 'true'}
  >
    ${context.selectable ? html`<span class="unit-check" aria-hidden="true"></span>` : nothing}
    ${unit ? cells(unit, context) : placeholder(context.t)}
  </div>`;
}

/** The column titles above the rows (visual only: each cell names itself for screen readers). */
export function columnHeader(
  context: Pick<RowContext, 't' | 'mode' | 'selectable'>,
  lead?: TemplateResult,
): TemplateResult {
  const { t } = context;
  return html`<div class="columns ${context.selectable ? 'with-check' : ''} ${lead ? 'with-lead' : ''}" part="columns">
    ${context.selectable ? html`<span class="unit-check-cell">${lead ?? nothing}</span>` : nothing}
    <span class="unit-cell name" aria-hidden="true">${t.colName}</span>
    <span class="unit-cell brand" aria-hidden="true">${t.colBrandModel}</span>
    <span class="unit-cell type" aria-hidden="true">${t.colType}</span>
    <span class="unit-cell serial" aria-hidden="true">${t.colSerial}</span>
    ${
      context.mode === 'fleet'
        ? html`<span class="unit-cell status" aria-hidden="true">${t.colAssignment}</span>`
        : html`<span class="unit-cell hours" aria-hidden="true">${t.colHours}</span>
            <span class="unit-cell seen" aria-hidden="true">${t.colLastSeen}</span>`
    }
  </div>`;
}
