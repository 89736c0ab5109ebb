import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One keyboard model for every list of rows, in the two WAI-ARIA APG patterns our lists use:
 *
 * - `listbox` (https://www.w3.org/WAI/ARIA/apg/patterns/listbox/): focus stays on the listbox, the active row is
 *   `aria-activedescendant`. Up/Down, Home/End, PageUp/PageDown move; Space toggles; Shift with any of them
 *   selects the range from the anchor; Ctrl/Cmd+A selects all (or none); Escape goes to the host.
 * - `grid` (https://www.w3.org/WAI/ARIA/apg/patterns/grid/, data grid with row selection): focus moves between
 *   cells (roving tabindex: one tab stop for the whole grid). Left/Right move between cells, Up/Down between rows
 *   in the same column, Home/End to the first/last cell of the row, Ctrl+Home/Ctrl+End to the first/last row,
 *   PageUp/PageDown by a page; Space (and Shift+Space) selects the row, Shift+Up/Down extends the range,
 *   Ctrl/Cmd+A selects all.
 *
 * The controller owns only positions (row, column, anchor) and turns keys into moves and selection requests; the
 * element owns the DOM: it renders the active cell's tabindex / `aria-activedescendant` and, in `moved()`, scrolls
 * the row into view (a virtualized list may not have rendered it) and focuses it. Rows are indexes, so this works
 * the same over a `PagedRows` source of 100,000 units and over an array of 1,000 contacts.
 */
export type RowsPattern = 'listbox' | 'grid';

export interface RowsKeyboardOptions {
  pattern: RowsPattern;
  /** How many rows there are (0 while unknown: keys do nothing). */
  rowCount(): number;
  /** Grid only: cells per row that take focus (a checkbox cell counts). Default 1. */
  columnCount?(): number;
  /** Rows per PageUp/PageDown, e.g. the rows in view. Default 10. */
  pageSize?(): number;
  /** Whether rows can be selected at all (read-only users: keys only move). */
  multiselectable(): boolean;
  /** Space or a click: flip the row's selection. */
  toggle?(row: number): void;
  /** Shift+arrows, Shift+Space, Shift+click: select the rows `from..to` (either order). */
  selectRange?(from: number, to: number): void;
  /** Ctrl/Cmd+A: select every row, or none if all are. */
  toggleAll?(): void;
  /** Escape; return `true` if it did something (then the key goes no further, e.g. not to a dialog). */
  escape?(): boolean;
  /** The active position changed by a key: bring it into view and (grid) focus it. */
  moved(row: number, column: number): void;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

export class RowsKeyboardController implements ReactiveController {
  /** The active row: the listbox's active descendant, the grid's focused row. */
  row = 0;
  /** The grid's focused cell in the active row. */
  column = 0;
  /** Where Shift ranges start: the last row toggled, or the active row when a range began. */
  anchor: number | undefined;
  /** Whether the last key was a Shift+arrow: a run of them extends one range from where it began. */
  private extending = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RowsKeyboardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Back to the top, e.g. for another query (row 5 is another row now). */
  reset(): void {
    this.row = 0;
    this.anchor = undefined;
    this.extending = false;
  }

  /** Sets the active position without moving focus (a click, a restored row); clamps to what exists. */
  setActive(row: number, column = this.column): void {
    const next = clamp(row, Math.max(0, this.options.rowCount() - 1));
    const nextColumn = clamp(column, this.columns - 1);
    if (next === this.row && nextColumn === this.column) return;
    this.row = next;
    this.column = nextColumn;
    this.host.requestUpdate();
  }

  /**
   * A click on a row: it becomes active; with selection, Shift+click selects from the anchor and a plain click
   * toggles (and becomes the anchor).
   */
  click(row: number, { shift = false, column }: { shift?: boolean; column?: number } = {}): void {
    this.extending = false;
    this.setActive(row, column);
    if (!this.options.multiselectable()) return;
    if (shift && this.anchor !== undefined) this.options.selectRange?.(this.anchor, row);
    else {
      this.anchor = row;
      this.options.toggle?.(row);
    }
  }

  /** Handles one key; returns whether it was ours (then it has been `preventDefault`ed). */
  handleKey(event: KeyboardEvent): boolean {
    const total = this.options.rowCount();
    const grid = this.options.pattern === 'grid';
    const command = event.ctrlKey || event.metaKey;
    const multi = this.options.multiselectable();
    const extend = multi && event.shiftKey;
    const page = Math.max(1, this.options.pageSize?.() ?? 10);
    const wasExtending = this.extending;
    this.extending = false;
    const lastRow = total - 1;
    switch (event.key) {
      case 'ArrowDown':
        this.moveRow(this.row + 1, extend, wasExtending);
        break;
      case 'ArrowUp':
        this.moveRow(this.row - 1, extend, wasExtending);
        break;
      case 'PageDown':
        this.moveRow(this.row + page, extend, wasExtending);
        break;
      case 'PageUp':
        this.moveRow(this.row - page, extend, wasExtending);
        break;
      case 'Home':
        if (grid && !command) this.moveColumn(0);
        else this.moveRow(0, extend, wasExtending);
        break;
      case 'End':
        if (grid && !command) this.moveColumn(this.columns - 1);
        else this.moveRow(lastRow, extend, wasExtending);
        break;
      case 'ArrowRight':
        if (!grid) return false;
        this.moveColumn(this.column + 1);
        break;
      case 'ArrowLeft':
        if (!grid) return false;
        this.moveColumn(this.column - 1);
        break;
      case ' ':
        if (!multi || !total) return false;
        if (event.shiftKey && this.anchor !== undefined) this.options.selectRange?.(this.anchor, this.row);
        else {
          this.anchor = this.row;
          this.options.toggle?.(this.row);
        }
        break;
      case 'a':
      case 'A':
        if (!command || !multi) return false;
        this.options.toggleAll?.();
        break;
      case 'Escape':
        if (!this.options.escape?.()) return false;
        event.stopPropagation();
        break;
      default:
        return false;
    }
    event.preventDefault();
    return true;
  }

  private get columns(): number {
    return Math.max(1, this.options.columnCount?.() ?? 1);
  }

  /** With `extend`, selects from where this run of Shift+arrows began to the new active row. */
  private moveRow(row: number, extend: boolean, continuing: boolean): void {
    const total = this.options.rowCount();
    if (!total) return;
    const from = this.row;
    this.setActive(row);
    this.options.moved(this.row, this.column);
    if (!extend) return;
    if (!continuing || this.anchor === undefined) this.anchor = from;
    this.extending = true;
    this.options.selectRange?.(this.anchor, this.row);
  }

  private moveColumn(column: number): void {
    if (!this.options.rowCount()) return;
    this.setActive(this.row, column);
    this.options.moved(this.row, this.column);
  }
}
