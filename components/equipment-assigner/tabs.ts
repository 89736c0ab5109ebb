import { html, type TemplateResult } from 'lit';
import type { AssignerText } from './i18n/en.js';

export type AssignerTab = 'assigned' | 'history';
const TABS: readonly AssignerTab[] = ['assigned', 'history'];

/**
 * "Assigned | History" as an APG tablist with automatic activation: one tab stop (the selected tab), the arrow
 * keys, Home and End move and select, the panel follows.
 */
export function tabs(view: {
  t: AssignerText;
  current: AssignerTab;
  onSelect: (tab: AssignerTab) => void;
}): TemplateResult {
  const { t, current } = view;
  const label = { assigned: t.tabAssigned, history: t.tabHistory };
  const onKeyDown = (event: KeyboardEvent): void => {
    const index = TABS.indexOf(current);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowLeft'
        ? (index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? TABS.length - 1
            : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = TABS[next] as AssignerTab;
    view.onSelect(tab);
    const list = (event.currentTarget as HTMLElement).closest('[role=tablist]');
    void Promise.resolve().then(() => list?.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  };
  return html`<div class="tabs" role="tablist" aria-label=${t.equipmentViews} part="tabs">
    ${TABS.map(
      (tab) =>
        html`<button
          type="button"
          role="tab"
          id="tab-${tab}"
          class="tab"
          part="tab${tab === current ? ' tab-selected' : ''}"
          aria-selected=${tab === current ? 'true' : 'false'}
          aria-controls="panel-${tab}"
          tabindex=${tab === current ? '0' : '-1'}
          @click=${() => view.onSelect(tab)}
          @keydown=${onKeyDown}
        >
          ${label[tab]}
        </button>`,
    )}
  </div>`;
}
