import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Equipment } from '../../src/schemas/equipment.js';
import type { RowLoader, UnitSelection } from './unit-selection.js';

export interface SelectAllOptions {
  selection: UnitSelection;
  /** The rows of the current query; `key` names the query. */
  rows: RowLoader & { readonly key: string | undefined };
  /** Whether the selection may change now (a user who may write, no unassign under way). */
  writable(): boolean;
}

/**
 * "Select all" over a list of any size (Ctrl/Cmd+A and the select-all box): every unit of the current search, or
 * none when all are selected. Remembers which query was selected whole, so the box shows checked only for it.
 */
export class SelectAll implements ReactiveController {
  private all?: { key: string; ids: Set<string> };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SelectAllOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The selection shrank below "all": the box goes back to mixed. */
  changed(count: number): void {
    if (this.all && count < this.all.ids.size) this.all = undefined;
  }

  get checked(): boolean {
    const all = this.all;
    if (!all || all.key !== this.options.rows.key || !all.ids.size) return false;
    for (const id of all.ids) if (!this.options.selection.has(id)) return false;
    return true;
  }

  async toggle(): Promise<void> {
    const { rows, selection } = this.options;
    const key = rows.key;
    if (!this.options.writable() || !rows.total || !key) return;
    if (this.checked) {
      this.clear();
      return;
    }
    const units: Equipment[] = await selection.all(rows);
    if (!units.length) return;
    this.all = { key, ids: new Set(units.map((unit) => unit.id)) };
    this.host.requestUpdate();
  }

  clear = (): void => {
    this.all = undefined;
    this.options.selection.clear();
  };

  render(label: string, busy: boolean): TemplateResult {
    const checked = this.checked;
    return html`<input
      type="checkbox"
      class="select-all"
      aria-label=${label}
      .checked=${checked}
      .indeterminate=${!checked && this.options.selection.size > 0}
      aria-disabled=${busy ? 'true' : 'false'}
      @click=${(event: Event) => {
        event.preventDefault();
        void this.toggle();
      }}
    />`;
  }
}
