import { html, type TemplateResult } from 'lit';
import { formatPhone } from '../shared/phone-format.js';
import type { Customer } from '../../src/schemas/customer.js';
import type { CompanyFieldPath } from '../shared/company-draft.js';
import type { DetailsText } from './i18n/en.js';
import { countryName } from '../shared/intl.js';

/** What the read-only templates need: the strings and the element's `Intl` formatting. */
export interface SummaryView {
  t: DetailsText;
  locale: string;
  formatNumber(value: number): string;
  formatDate(value: string, options: Intl.DateTimeFormatOptions): string;
}

/** A relationship type's name; a type this version does not know yet is shown as the server sent it. */
export function typeLabel(t: DetailsText, type: string): string {
  return (t.customerTypes as Record<string, string | undefined>)[type] ?? type;
}

/** The label of a field path, as the form shows it. */
export function pathLabel(t: DetailsText, path: CompanyFieldPath): string {
  const labels: Record<CompanyFieldPath, string> = {
    name: t.companyName,
    'address.street': t.street,
    'address.postalCode': t.postalCode,
    'address.city': t.city,
    'address.region': t.region,
    'address.country': t.country,
    phone: t.phone,
    email: t.email,
    website: t.website,
    externalReference: t.externalReference,
    note: t.note,
    type: t.relationshipType,
  };
  return labels[path];
}

/** A field's value for reading: country and type by name; `undefined` when empty. */
export function displayValue(view: SummaryView, path: CompanyFieldPath, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (path === 'address.country') return countryName(value, view.locale);
  if (path === 'type') return typeLabel(view.t, value);
  if (path === 'phone') return formatPhone(value);
  return value;
}

function row(label: string, value: TemplateResult | string | undefined, fallback: string): TemplateResult {
  return html`<div class="row">
    <dt>${label}</dt>
    <dd class=${value ? '' : 'muted'}>${value || fallback}</dd>
  </div>`;
}

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** Relationship type, how many contacts and units, and when it was created and last changed. */
export function factsList(view: SummaryView, customer: Customer): TemplateResult {
  const { t } = view;
  const time = (value: string) => html`<time datetime=${value}>${view.formatDate(value, DATE_TIME)}</time>`;
  return html`<dl class="facts" part="facts">
    ${row(t.relationshipType, typeLabel(t, customer.type), t.notGiven)}
    ${row(t.contactsLabel, view.formatNumber(customer.contactCount), '0')}
    ${row(t.equipmentLabel, view.formatNumber(customer.equipmentCount), '0')}
    ${row(t.createdAt, time(customer.createdAt), t.notGiven)} ${row(t.updatedAt, time(customer.updatedAt), t.notGiven)}
  </dl>`;
}

/** Only `http(s)` addresses become links: the API's text is never trusted as a URL scheme (`javascript:`). */
function website(value: string | undefined): TemplateResult | string | undefined {
  if (!value || !/^https?:\/\//i.test(value)) return value;
  return html`<a href=${value} target="_blank" rel="noopener noreferrer">${value}</a>`;
}

/** The company's details, read-only; empty fields say "Not given" rather than leaving a gap. */
export function detailsList(view: SummaryView, customer: Customer): TemplateResult {
  const { t } = view;
  const address = customer.address;
  const lines = [
    address?.street,
    [address?.postalCode, address?.city].filter(Boolean).join(' '),
    address?.region,
    address?.country ? countryName(address.country, view.locale) : undefined,
  ].filter(Boolean);
  return html`<dl class="details-list" part="details">
    ${row(t.address, lines.length ? html`${lines.map((line) => html`<span class="line">${line}</span>`)}` : undefined, t.notGiven)}
    ${row(t.phone, customer.phone && formatPhone(customer.phone), t.notGiven)}
    ${row(t.email, customer.email, t.notGiven)} ${row(t.website, website(customer.website), t.notGiven)}
    ${row(t.externalReference, customer.externalReference, t.notGiven)}
    ${row(t.note, customer.note ? html`<span class="note">${customer.note}</span>` : undefined, t.notGiven)}
  </dl>`;
}
