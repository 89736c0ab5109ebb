import { html, type TemplateResult } from 'lit';

export interface TabsView<T extends string> {
  tabs: readonly T[];
  /** Each tab's visible name. */
  labels: Readonly<Record<T, string>>;
  /** The tab list's accessible name. */
  label: string;
  current: T;
  /** `focus`: chosen with the keyboard, so the host moves focus to the new tab once rendered (`#tab-<tab>`). */
  onSelect: (tab: T, focus: boolean) => void;
}

/**
 * The ARIA tabs pattern with automatic activation: one tab stop (the current tab); Left/Right (wrapping, mirrored
 * right-to-left), Home and End move to a tab and show its panel. Tabs are `#tab-<tab>`, panels `#panel-<tab>`
 * (see `tabPanel`), each panel labelled by its tab.
 */
export function tabList<T extends string>(view: TabsView<T>): TemplateResult {
  const { tabs } = view;
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.indexOf(view.current);
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = ({ ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 } as Record<string, number>)[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (index + step + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    view.onSelect(tabs[next] as T, true);
  };
  return html`<div class="tabs" part="tabs" role="tablist" aria-label=${view.label} @keydown=${onKeyDown}>
    ${tabs.map(
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
          ${view.labels[tab]}
        </button>`,
    )}
  </div>`;
}

/** The current tab's panel (render only the current one). */
export function tabPanel(tab: string, content: unknown): TemplateResult {
  return html`<div id="panel-${tab}" class="panel" part="panel" role="tabpanel" aria-labelledby="tab-${tab}">
    ${content}
  </div>`;
}
