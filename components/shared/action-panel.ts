import { html, nothing, type TemplateResult } from 'lit';

/**
 * The bar at the bottom of a list for the current selection ("Fjern tildeling", "Rediger kontakter", ...):
 * a labelled `<section>` (so a region landmark) holding the count and a toolbar of actions. Render it only while something is selected;
 * pair it with a `LiveRegionController` announcement of the count so the change is heard.
 */
export function actionPanel(options: {
  /** e.g. `t.selectedCount(3, '3')`. */
  countText: string;
  /** Names the region and the toolbar, e.g. `t.selectionActions`. */
  label: string;
  actions: TemplateResult;
  hidden?: boolean;
}): TemplateResult | typeof nothing {
  if (options.hidden) return nothing;
  return html`<section class="action-panel" part="action-panel" aria-label=${options.label}>
    <p class="action-count" part="action-count">${options.countText}</p>
    <div class="actions" role="toolbar" aria-label=${options.label}>${options.actions}</div>
  </section>`;
}

/** Clear selection, the panel's quiet first action; while `busy` it stays focusable but does nothing. */
export function clearSelectionButton(options: { label: string; busy?: boolean; onClear: () => void }): TemplateResult {
  const busy = options.busy ?? false;
  return html`<button
    class="button quiet"
    part="button"
    type="button"
    data-action="clear"
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${() => !busy && options.onClear()}
  >
    ${options.label}
  </button>`;
}
