import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Equipment, EquipmentSort } from '../../src/schemas/equipment.js';
import type { LocalizeController } from '../shared/localize.js';
import type { PagedRows } from '../shared/paged-rows.js';
import type { AssignerStrings } from './i18n/en.js';
import { ListboxController } from './listbox.js';
import { columnHeader, equipmentRow, fullText, type RowContext } from './equipment-row.js';
import type { AssignedFilter } from './queries.js';
import { SelectAll } from './select-all.js';
import type { UnitSelection } from './unit-selection.js';

export interface AssignedListOptions {
  rows: PagedRows<Equipment, AssignedFilter, EquipmentSort>;
  selection: UnitSelection;
  l10n: LocalizeController<AssignerStrings>;
  customerId(): string;
  /** The search the rows match (the empty message says "no matches" rather than "none assigned"). */
  search(): string;
  /** The user may assign and unassign: rows get a checkbox and the list is multiselectable. */
  canManage(): boolean;
  /** Whether the selection may change now (a user who may write, no unassign under way). */
  writable(): boolean;
  /** Unassigning, or loading the rows of a range or "select all". */
  busy(): boolean;
}

/**
 * The Assigned tab's list of units: column titles with the select-all box, the virtualized keyboard listbox
 * (click, Shift ranges, Ctrl/Cmd+A, Escape clears) and the empty message. Keys and clicks only ask; the unit
 * selection changes only while `writable()`, so a read-only user or a running unassign leaves it as it is.
 */
export class AssignedList {
  readonly selectAll: SelectAll;
  readonly listbox: ListboxController<Equipment>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: AssignedListOptions,
  ) {
    const { rows, selection, writable } = options;
    this.selectAll = new SelectAll(host, { selection, rows, writable });
    this.listbox = new ListboxController<Equipment>(host, 'assigned', () => rows, {
      toggle: (index) => writable() && selection.toggle(rows.item(index)),
      selectRange: (from, to) => writable() && void selection.range(rows, from, to),
      toggleAll: () => void this.selectAll.toggle(),
      escape: () => {
        if (!selection.size) return false;
        this.selectAll.clear();
        return true;
      },
    });
  }

  /** ArrowDown in the search box moves into the list, as in a combobox. */
  readonly onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && this.options.rows.total) {
      event.preventDefault();
      this.listbox.focus();
    }
  };

  private rowContext(): RowContext {
    const { l10n, selection } = this.options;
    return {
      t: l10n.t,
      locale: l10n.locale,
      mode: 'assigned',
      customerId: this.options.customerId(),
      selectable: this.options.canManage(),
      isSelected: (unit) => selection.has(unit.id),
    };
  }

  render(): TemplateResult {
    const { rows, l10n } = this.options;
    const t = l10n.t;
    const canManage = this.options.canManage();
    const total = rows.total;
    const context = this.rowContext();
    if (total === 0 && !rows.error) {
      const searching = this.options.search().trim() !== '';
      return html`<div class="frame">
        <p class="empty-list" part="empty">${searching ? t.noEquipmentMatches : t.noEquipmentAssigned}</p>
      </div>`;
    }
    if (rows.error && total === undefined) return html``;
    return html`<div class="frame ${canManage ? 'selectable' : ''}" style="--_rows: ${Math.max(1, total ?? 6)}">
      ${columnHeader(context, canManage ? this.selectAll.render(t.selectAllUnits, this.options.busy()) : undefined)}
      ${this.listbox.render({
        label: t.assignedEquipment,
        describedBy: 'list-keys',
        multiselectable: canManage,
        fit: true,
        row: (unit, index, state) => equipmentRow(unit, index, state, context),
        fullText: (unit) => fullText(unit, context),
      })}
    </div>`;
  }
}
