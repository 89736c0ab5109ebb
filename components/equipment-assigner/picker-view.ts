import { html, nothing, type TemplateResult } from 'lit';
import type { EquipmentFacets } from '../../src/schemas/equipment.js';
import type { AssignerText } from './i18n/en.js';
import type { FleetFilter } from './queries.js';
import { selectField } from './fields.js';
import { searchField, type DebouncedSearch } from '../shared/search.js';
import { clearSelectionButton } from '../shared/action-panel.js';

/** Pieces of the Select equipment dialog as templates; the element keeps the state and passes handlers. */

export interface FiltersView {
  t: AssignerText;
  format: (count: number) => string;
  search: DebouncedSearch;
  filter: FleetFilter;
  facets: EquipmentFacets | undefined;
  /** The id of the list the search box controls, when it is on screen. */
  controls: string | undefined;
  /** Keys besides Enter (ArrowDown into the list). */
  onSearchKeyDown: (event: KeyboardEvent) => void;
  onFilter: (change: Partial<FleetFilter>) => void;
}

interface FacetOptions {
  assetTypes: { value: string; label: string }[];
  brands: { value: string; label: string }[];
}

/** The filters' options, built once per facets and language: the dialog renders again for every page of rows. */
const optionsCache = new WeakMap<object, { t: AssignerText; options: FacetOptions }>();

function facetOptions({ t, format, facets }: FiltersView): FacetOptions {
  const key = facets ?? optionsCache;
  const cached = optionsCache.get(key);
  if (cached?.t === t) return cached.options;
  const typeName = (value: string) => (t.assetTypes as Record<string, string>)[value] ?? value;
  const options = {
    assetTypes: [
      { value: '', label: t.allAssetTypes },
      ...(facets?.assetTypes ?? []).map((facet) => ({
        value: facet.value,
        label: t.facetOption(typeName(facet.value), format(facet.count)),
      })),
    ],
    brands: [
      { value: '', label: t.allBrands },
      ...(facets?.brands ?? []).map((facet) => ({
        value: facet.value,
        label: t.facetOption(facet.value, format(facet.count)),
      })),
    ],
  };
  optionsCache.set(key, { t, options });
  return options;
}

/** The search box (where focus starts when the dialog opens) and the filters, asset types and brands from the facets. */
export function filtersView(view: FiltersView): TemplateResult {
  const { t, filter } = view;
  const options = facetOptions(view);
  return html`<div class="filters" part="filters">
    ${searchField({
      id: 'picker-search',
      label: t.searchFleet,
      hint: t.searchEquipmentHint,
      search: view.search,
      controls: view.controls,
      autofocus: true,
      onKeyDown: view.onSearchKeyDown,
    })}
    ${selectField({
      id: 'picker-asset-type',
      label: t.assetTypeFilter,
      value: filter.assetType,
      options: options.assetTypes,
      onChange: (assetType) => view.onFilter({ assetType }),
    })}
    ${selectField({
      id: 'picker-brand',
      label: t.brandFilter,
      value: filter.brand,
      options: options.brands,
      onChange: (brand) => view.onFilter({ brand }),
    })}
    ${selectField({
      id: 'picker-assignment',
      label: t.assignmentFilter,
      value: filter.assignment,
      options: (['any', 'none', 'other'] as const).map((value) => ({ value, label: t.assignmentFilters[value] })),
      onChange: (assignment) => view.onFilter({ assignment: assignment as FleetFilter['assignment'] }),
    })}
  </div>`;
}

/** "600 units", or "12 matching units" under a search or filter; "Loading…" until the total is known. */
export function fleetCount(
  t: AssignerText,
  format: (count: number) => string,
  total: number | undefined,
  { search, assetType, brand, assignment }: FleetFilter,
): string {
  if (total === undefined) return t.loading;
  const filtered = search.trim() !== '' || assetType !== '' || brand !== '' || assignment !== 'any';
  return filtered ? t.unitMatches(total, format(total)) : t.unitCount(total, format(total));
}

export interface FooterView {
  t: AssignerText;
  count: number;
  formatted: string;
  /** Assigning, or loading rows for a selection: nothing else may start. */
  busy: boolean;
  selecting: boolean;
  reviewing: boolean;
  onReview: () => void;
  onClear: () => void;
  onCancel: () => void;
  onAssign: () => void;
}

export function footerView(view: FooterView): TemplateResult {
  const { t, busy } = view;
  const disabled = busy ? 'true' : 'false';
  return html`<div class="selection-bar">
      <p class="selected-count" part="selected-count" aria-busy=${disabled}>
        ${view.selecting ? t.selectingUnits : t.selectedCount(view.count, view.formatted)}
      </p>
      <button class="button" part="button button-review" type="button" @click=${view.onReview}>
        ${view.reviewing ? t.backToFleet : t.reviewSelection}
      </button>
      ${view.count ? clearSelectionButton({ label: t.clearSelection, busy, onClear: view.onClear }) : nothing}
    </div>
    <div class="dialog-actions">
      <button
        class="button"
        part="button button-cancel"
        type="button"
        aria-disabled=${disabled}
        @click=${view.onCancel}
      >
        ${t.cancel}
      </button>
      <button
        class="button primary"
        part="button button-primary button-assign"
        type="button"
        data-assign
        aria-disabled=${!view.count || busy ? 'true' : 'false'}
        @click=${view.onAssign}
      >
        ${t.assignEquipment}
      </button>
    </div>`;
}

export function progressView(t: AssignerText, done: string, total: string, value: number, max: number): TemplateResult {
  return html`<div class="progress" part="progress">
    <progress max=${max} .value=${value} aria-labelledby="picker-progress-text"></progress>
    <span id="picker-progress-text">${t.assigningProgress(done, total)}</span>
  </div>`;
}
