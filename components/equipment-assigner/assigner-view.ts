import type { nothing } from 'lit';
import { html, type TemplateResult } from 'lit';
import { actionPanel, clearSelectionButton } from '../shared/action-panel.js';
import { notice } from '../shared/states.js';
import type { AssignerText, EquipmentSortChoice } from './i18n/en.js';
import { skippedList, type SkippedUnit } from './outcome.js';
import { selectField } from './fields.js';
import { searchField, type DebouncedSearch } from '../shared/search.js';

/** Pieces of `<equipment-assigner>` as templates; the element keeps the state and passes handlers. */

export const SORTS: readonly EquipmentSortChoice[] = [
  'name',
  '-name',
  'brand',
  'type',
  'serialNumber',
  '-operatingHours',
  'operatingHours',
  '-lastSeenAt',
  'lastSeenAt',
];

export interface ControlsView {
  t: AssignerText;
  search: DebouncedSearch;
  sort: EquipmentSortChoice;
  /** The list's id while it is on screen. */
  controls: string | undefined;
  /** Keys besides Enter (ArrowDown into the list). */
  onSearchKeyDown: (event: KeyboardEvent) => void;
  onSort: (sort: EquipmentSortChoice) => void;
}

/** The search box and the sort order above the list. */
export function controlsView(view: ControlsView): TemplateResult {
  const { t } = view;
  return html`<div class="controls">
    ${searchField({
      id: 'search',
      label: t.searchEquipment,
      hint: t.searchEquipmentHint,
      search: view.search,
      controls: view.controls,
      onKeyDown: view.onSearchKeyDown,
    })}
    ${selectField({
      id: 'sort',
      label: t.equipmentSortBy,
      value: view.sort,
      options: SORTS.map((sort) => ({ value: sort, label: t.equipmentSorts[sort] })),
      onChange: (sort) => view.onSort(sort as EquipmentSortChoice),
    })}
  </div>`;
}

/** What the last assign or unassign did, and which units it left as they were, and why. */
export function outcomeNotice(
  t: AssignerText,
  outcome: { message: string; skipped: SkippedUnit[] },
  format: (count: number) => string,
  onDismiss: () => void,
): TemplateResult {
  return notice(
    outcome.skipped.length ? 'warning' : 'success',
    html`<div class="outcome">
      <div>
        <p class="outcome-title">${outcome.message}</p>
        ${skippedList(outcome.skipped, t, format)}
      </div>
      <button class="button quiet" part="button" type="button" @click=${onDismiss}>${t.dismiss}</button>
    </div>`,
  );
}

export interface PanelView {
  t: AssignerText;
  count: number;
  formatted: string;
  unassigning: boolean;
  selecting: boolean;
  hidden: boolean;
  onClear: () => void;
  onUnassign: () => void;
}

/** The action panel at the bottom: the count, Clear selection and Unassign [Fjern tildeling]. */
export function unassignPanel(view: PanelView): TemplateResult | typeof nothing {
  const { t } = view;
  const busy = view.unassigning || view.selecting;
  const disabled = busy ? 'true' : 'false';
  return actionPanel({
    hidden: view.hidden,
    label: t.selectionActions,
    countText: view.unassigning
      ? t.unassigning
      : view.selecting
        ? t.selectingUnits
        : t.selectedCount(view.count, view.formatted),
    actions: html`${clearSelectionButton({ label: t.clearSelection, busy, onClear: view.onClear })}
      <button
        class="button danger"
        part="button button-danger button-unassign"
        type="button"
        data-unassign
        aria-disabled=${disabled}
        @click=${view.onUnassign}
      >
        ${t.unassignEquipment}
      </button>`,
  });
}
