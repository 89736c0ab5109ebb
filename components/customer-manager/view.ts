import { html, type TemplateResult } from 'lit';
import type { Customer } from '../../src/schemas/customer.js';
import type { Strings } from '../shared/i18n/en.js';
import { typeLabel } from '../customer-list/customer-row.js';
import type { ManagerText } from './i18n/en.js';

type Text = Strings & ManagerText;

/** The open customer's name, relationship type and counts, above the tabs. */
export function customerHeader(customer: Customer, t: Text, format: (count: number) => string): TemplateResult {
  return html`<header class="customer-header" part="customer-header">
    <h2 id="customer-title" class="customer-title" part="customer-title" tabindex="-1">${customer.name}</h2>
    <p class="facts" part="facts">
      <span class="badge">${typeLabel(customer.type, t)}</span>
      <span data-count="contacts">${t.contactsCount(customer.contactCount, format(customer.contactCount))}</span>
      <span data-count="equipment">${t.unitsCount(customer.equipmentCount, format(customer.equipmentCount))}</span>
    </p>
  </header>`;
}

/**
 * Above the open customer, the wizard or the import: Back to the list (narrow screens) and Hide / Show the list
 * (wide screens; the stylesheet shows the one that fits).
 */
export function paneBar(t: Text, listHidden: boolean, onBack: () => void, onToggleList: () => void): TemplateResult {
  return html`<div class="pane-bar" part="pane-bar">
    <button class="button quiet back" part="button button-back" type="button" data-back @click=${onBack}>
      <span aria-hidden="true">←</span> ${t.backToCustomers}
    </button>
    <button
      class="button quiet toggle-list"
      part="button button-toggle-list"
      type="button"
      aria-expanded=${listHidden ? 'false' : 'true'}
      @click=${onToggleList}
    >
      ${listHidden ? t.showList : t.hideList}
    </button>
  </div>`;
}
