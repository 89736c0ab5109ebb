import { html, type TemplateResult } from 'lit';
import type { Customer } from '../../src/schemas/customer.js';
import type { Strings } from '../shared/i18n/en.js';
import { typeLabel } from '../customer-list/customer-row.js';
import type { ManagerText } from './i18n/en.js';
import { TABS, type Tab } from './state.js';

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

export interface TabsView {
  t: Text;
  label: string;
  current: Tab;
  onSelect: (tab: Tab, focus: boolean) => void;
}

/**
 * The ARIA tabs pattern with automatic activation: one tab stop (the current tab); Left/Right (wrapping),
 * Home and End move to a tab and show its panel. Each panel is labelled by its tab.
 */
export function tabList(view: TabsView): TemplateResult {
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(view.current);
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (index + step + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    view.onSelect(TABS[next]!, true);
  };
  return html`<div class="tabs" part="tabs" role="tablist" aria-label=${view.label} @keydown=${onKeyDown}>
    ${TABS.map(
      (tab) =>
        html`<button
          id="tab-${tab}"
          class="tab"
          part="tab${tab === view.current ? ' tab-selected' : ''}"
          type="button"
          role="tab"
          aria-selected=${tab === view.current ? 'true' : 'false'}
          aria-controls="panel-${tab}"
          tabindex=${tab === view.current ? '0' : '-1'}
          @click=${() => view.onSelect(tab, false)}
        >
          ${view.t.tabs[tab]}
        </button>`,
    )}
  </div>`;
}

/** The current tab's panel; the others are not rendered (their elements load on first use). */
export function tabPanel(tab: Tab, content: unknown): TemplateResult {
  return html`<div id="panel-${tab}" class="panel" part="panel" role="tabpanel" aria-labelledby="tab-${tab}">
    ${content}
  </div>`;
}
