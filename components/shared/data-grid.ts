import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { RowsKeyboardController } from './rows-keyboard.js';

/**
 * A virtualized data grid (the APG grid pattern) over an array of rows: the markup of a table in ARIA roles
 * (`grid` > `rowgroup` > `row` > `columnheader`/`rowheader`/`gridcell`, `aria-rowcount` on the grid and
 * `aria-rowindex` on each row, header row 1), the look of `list.styles.ts` (card layout at narrow widths), and
 * the keyboard of `RowsKeyboardController` with a roving tabindex: one cell of the grid is in the tab order.
 * Only the rows in and near the view are DOM, so 1,000 rows mount, select and enter edit mode in a few ms.
 *
 * The element renders each row and tells the grid where focus can go:
 * ```ts
 * private readonly grid = new DataGridController<Contact>(this, {
 *   id: 'grid', rows: () => this.rows, key: (c) => c.id, columnCount: () => 5,
 *   multiselectable: () => this.canManage, toggle: (i) => …, selectRange: (a, b) => …, toggleAll: () => …,
 * });
 * row = (contact, index) => html`<div role="row" class="grid-row" data-row=${index}
 *     aria-rowindex=${this.grid.rowIndex(index)} aria-selected=…>
 *   <div role="gridcell" class="cell check-cell"><input type="checkbox" data-col="0" tabindex=${this.grid.tabIndex(index, 0)}></div>
 *   <div role="rowheader" class="cell truncate" data-col="1" tabindex=${this.grid.tabIndex(index, 1)}>…</div>
 * </div>`;
 * ${this.grid.render({ labelledBy: 'title', head: html`<div role="columnheader" class="cell">…</div>`, row })}
 * ```
 * Rows carry `data-row` (their index) and `data-key` (their key: focus waits until the row at that index is the
 * right one). A focus target is the cell itself, or the one control in it (APG: "if the cell contains a single widget, focus
 * the widget"); it carries `data-col`, and its row `data-row`. Keys whose target is a text field (bulk edit) are
 * left to the field: arrows move the caret there, Tab goes from field to field.
 */
export interface DataGridOptions<T> {
  /** The grid element's id (for `aria-controls`, labels). */
  id: string;
  rows(): readonly T[];
  key(row: T): string;
  /** Focusable cells per row (a checkbox cell counts). */
  columnCount(): number;
  multiselectable(): boolean;
  toggle?(index: number): void;
  selectRange?(from: number, to: number): void;
  toggleAll?(): void;
  escape?(): boolean;
  /** Keys to leave to their target; default: text fields (anything but check boxes, radios and buttons). */
  ignore?(event: KeyboardEvent): boolean;
}

export interface DataGridRender<T> {
  labelledBy?: string;
  label?: string;
  describedBy?: string;
  /** Rows that exist on the server (when not all are loaded); default the rows given. */
  total?: number;
  busy?: boolean;
  /** A check column comes first (`.selectable` layout). */
  selectable: boolean;
  /** Cells of the column header row. */
  head: TemplateResult;
  row(item: T, index: number): TemplateResult;
}

const textField = (event: KeyboardEvent) => {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  if (!target) return false;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
};

export class DataGridController<T> implements ReactiveController {
  readonly keys: RowsKeyboardController;
  /** A keyboard move to a row the virtualizer had not rendered: focus it once it is (a few tries at most). */
  private pendingFocus = 0;
  /** Rows in view, for PageUp/PageDown. */
  private visible: [number, number] = [0, 9];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataGridOptions<T>,
  ) {
    host.addController(this);
    this.keys = new RowsKeyboardController(host, {
      pattern: 'grid',
      rowCount: () => options.rows().length,
      columnCount: () => options.columnCount(),
      pageSize: () => Math.max(1, this.visible[1] - this.visible[0]),
      multiselectable: options.multiselectable,
      toggle: (row) => options.toggle?.(row),
      selectRange: (from, to) => options.selectRange?.(from, to),
      toggleAll: () => options.toggleAll?.(),
      escape: () => options.escape?.() ?? false,
      moved: (row, column) => this.focusCell(row, column),
    });
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (this.pendingFocus) this.focusCell(this.keys.row, this.keys.column);
  }

  /** The grid element, while it is rendered. */
  get element(): HTMLElement | undefined {
    return this.host.shadowRoot?.getElementById(this.options.id) ?? undefined;
  }

  /** `aria-rowindex` of a body row: the header row is 1. */
  rowIndex(index: number): number {
    return index + 2;
  }

  /** Roving tabindex: 0 for the active cell, -1 for every other focus target. */
  tabIndex(row: number, column: number): string {
    return row === this.keys.row && column === this.keys.column ? '0' : '-1';
  }

  /** The active row's key, to keep it across reloads (`restore()` it after the rows change). */
  get activeKey(): string | undefined {
    const row = this.options.rows()[this.keys.row];
    return row === undefined ? undefined : this.options.key(row);
  }

  /** Makes the row with this key active (or the nearest index if it is gone) without moving focus. */
  restore(key: string | undefined, fallback = this.keys.row): void {
    const rows = this.options.rows();
    const index = key === undefined ? -1 : rows.findIndex((row) => this.options.key(row) === key);
    this.keys.setActive(index >= 0 ? index : fallback);
  }

  /** Brings the row into view and focuses the cell (now, or once the virtualizer has rendered it). */
  focusCell(row: number, column = this.keys.column): void {
    if (row >= this.options.rows().length) return;
    this.keys.setActive(row, column);
    const grid = this.element;
    if (!grid) return;
    const key = this.activeKey;
    const rowElement = grid.querySelector<HTMLElement>(`[data-row="${this.keys.row}"]`);
    // The virtualizer renders after the host's update: right after rows change, index 3 may still show the old row.
    const current = rowElement && (rowElement.dataset['key'] === undefined || rowElement.dataset['key'] === key);
    const target = current ? rowElement.querySelector<HTMLElement>(`[data-col="${this.keys.column}"]`) : null;
    if (target) {
      this.pendingFocus = 0;
      target.tabIndex = 0;
      target.focus();
      return;
    }
    this.pendingFocus = this.pendingFocus ? this.pendingFocus - 1 : 5;
    if (!this.pendingFocus) return;
    requestAnimationFrame(() => {
      if (this.pendingFocus) this.focusCell(this.keys.row, this.keys.column);
    });
    const body = grid.querySelector<VirtualizerHostElement>('.grid-body');
    body?.[virtualizerRef]?.element(this.keys.row)?.scrollIntoView({ block: 'nearest' });
  }

  render(view: DataGridRender<T>): TemplateResult {
    const rows = this.options.rows();
    const total = Math.max(view.total ?? rows.length, rows.length);
    return html`<div class="grid-frame" part="table-wrap">
      <div
        id=${this.options.id}
        class="grid ${view.selectable ? 'selectable' : ''}"
        part="table"
        role="grid"
        aria-labelledby=${ifDefined(view.labelledBy)}
        aria-label=${ifDefined(view.label)}
        aria-describedby=${ifDefined(view.describedBy)}
        aria-rowcount=${total + 1}
        aria-multiselectable=${view.selectable ? 'true' : nothing}
        aria-busy=${view.busy ? 'true' : 'false'}
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @mousedown=${this.onMouseDown}
        @click=${this.onClick}
      >
        <div class="grid-head" role="rowgroup">
          <div class="grid-row" role="row" aria-rowindex="1">${view.head}</div>
        </div>
        <div
          class="grid-body"
          role="rowgroup"
          @rangeChanged=${this.onRangeChanged}
          @visibilityChanged=${this.onVisibilityChanged}
        >
          ${virtualize({
            items: rows as T[],
            // Right after the rows shrink the virtualizer may still ask for an index past the end once.
            keyFunction: (row: T | undefined, index: number) => (row === undefined ? index : this.options.key(row)),
            renderItem: (row: T | undefined, index: number) => (row === undefined ? html`` : view.row(row, index)),
          })}
        </div>
      </div>
    </div>`;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if ((this.options.ignore ?? textField)(event)) return;
    const target = (event.composedPath()[0] as HTMLElement | undefined)?.closest<HTMLElement>('[data-row]');
    // Header cells are not rows of the keyboard model; their buttons keep their own keys.
    if (!target) return;
    this.keys.handleKey(event);
  };

  /** Shift+click would select the page's text as well as the rows. */
  private readonly onMouseDown = (event: MouseEvent): void => {
    if (event.shiftKey && (event.target as Element | null)?.closest('[data-row]')) event.preventDefault();
  };

  /**
   * A click on a row's check box selects through the keyboard model, so a Shift+click range starts from the
   * same anchor as Shift+Space. The box has flipped itself already; the element renders every box from the
   * selection (`live()`), which may flip more.
   */
  private readonly onClick = (event: MouseEvent): void => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox' || target.disabled) return;
    const row = target.closest<HTMLElement>('[data-row]');
    const index = Number(row?.dataset['row']);
    if (!row || !Number.isInteger(index)) return;
    this.keys.click(index, { shift: event.shiftKey, column: Number(target.dataset['col']) || 0 });
    this.host.requestUpdate();
  };

  /** Focus that arrives by Tab or a click makes that cell the active one, so the tab stop follows it. */
  private readonly onFocusIn = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    const cell = target?.closest<HTMLElement>('[data-col]');
    const row = target?.closest<HTMLElement>('[data-row]');
    if (!cell || !row) return;
    const index = Number(row.dataset['row']);
    const column = Number(cell.dataset['col']);
    if (!Number.isInteger(index) || !Number.isInteger(column)) return;
    if (index === this.keys.row && column === this.keys.column) return;
    this.keys.setActive(index, column);
  };

  private readonly onRangeChanged = (): void => {
    // The virtualizer renders the new range in its own listener; look for the pending cell after that.
    if (this.pendingFocus) queueMicrotask(() => this.focusCell(this.keys.row, this.keys.column));
  };

  private readonly onVisibilityChanged = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    if (first >= 0) this.visible = [first, last];
  };
}
