import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/** What the virtualizer measured of rows just rendered or resized, by index. */
type Measured = Parameters<FlowLayout['updateItemSizes']>[0];
type Positions = ReturnType<FlowLayout['_getItemPosition']>;
type Size = ReturnType<FlowLayout['_getItemSize']>;

/** Pixels of rows rendered beyond each edge of the view: a wheel tick or two between frames. */
const OVERHANG = 300;
/** The row height until the first row is measured (2.75rem at 16 px). */
const ESTIMATE = 44;

/**
 * A `@lit-labs/virtualizer` layout for lists whose rows all have the same height (the CSS gives it; it may change
 * with the container, e.g. a two-line row below a width). Row `i` is at `i × height`, exactly, so:
 * - a jump anywhere in 100,000 rows renders only the rows there, with no estimate to correct afterwards. The
 *   flow layout estimates far positions from an average and then corrects the scroll position once the rows
 *   are measured: a forced layout of every new row in the same task (the long tasks of issue 15), and its anchor
 *   logic needed a `_reflow` override that rebuilt every row on each far jump;
 * - one measured row is enough: a new height (the container narrowed) keeps the row at the top in place.
 *
 * ```ts
 * virtualize({ items, layout: { type: FixedRowsLayout }, scroller: true, renderItem })
 * ```
 * It extends `FlowLayout` only because the package exports no other base (`BaseLayout` is internal); every method
 * the base calls to place rows is replaced here, and the flow layout's estimates and anchors are never used.
 * (Checked against @lit-labs/virtualizer 2.1.1, pinned in package.json.)
 */
export class FixedRowsLayout extends FlowLayout {
  private rowSize = ESTIMATE;
  /**
   * Set from the layout config: called with the rendered window's offset (its first row's position) each time the
   * rows are placed. With it, each row element is placed relative to that window instead (row k of the window at
   * k × height), so the caller moves the whole window with this one number, e.g. as the list's padding.
   */
  onWindow?: (offset: number) => void;
  private windowStart = 0;

  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG;
  }

  /** The rows just rendered or resized: they all share one height, so the first says it. */
  override updateItemSizes(sizes: Measured): void {
    for (const key in sizes) {
      const height = sizes[key]?.height ?? 0;
      if (height > 0 && Math.abs(height - this.rowSize) >= 0.01) this.resize(height);
      return;
    }
  }

  private resize(height: number): void {
    const topRow = this._scrollPosition / this.rowSize;
    this.rowSize = height;
    const position = topRow * height;
    // The virtualizer moves the scroll position by this much, so the same row stays at the top.
    this._scrollError += this._scrollPosition - position;
    this._scrollPosition = position;
    this._triggerReflow();
  }

  override _getItemPosition(index: number): Positions {
    return {
      [this._positionDim]: index * this.rowSize - this.windowStart,
      [this._secondaryPositionDim]: 0,
    } as Positions;
  }

  /**
   * The rows' positions for the virtualizer, which writes each into its row's inline `transform`. With
   * `onWindow`, they are relative to the window, so a row element (kept by its place in the window) keeps the
   * same transform after any scroll: Chromium restyles an element whose inline style changed, and that cost grows
   * with every change until the next garbage collection (measured: 2.6 → 7.9 ms per 25 rows over 200 changes of
   * `transform`, worse for `top`), which made long tasks of far scrolls. One change of the list's padding does not.
   */
  override _sendStateChangedMessage(): void {
    if (!this.onWindow) return super._sendStateChangedMessage();
    const start = this._first > 0 ? this._first * this.rowSize : 0;
    this.onWindow(start);
    this.windowStart = start;
    try {
      super._sendStateChangedMessage();
    } finally {
      this.windowStart = 0;
    }
  }

  override _getItemSize(): Size {
    return { [this._sizeDim]: this.rowSize, [this._secondarySizeDim]: 0 } as Size;
  }

  override _updateScrollSize(): void {
    this._scrollSize = Math.max(1, this._items.length * this.rowSize);
  }

  override _getActiveItems(): void {
    const count = this._items.length;
    if (!count) {
      this._first = this._last = -1;
      this._physicalMin = this._physicalMax = 0;
      return;
    }
    const size = this.rowSize;
    const min = Math.max(0, this._scrollPosition - this._overhang);
    // Until the view has a size (not laid out yet), a screenful of rows rather than none, so data starts loading.
    const view = this._viewDim1 || 10 * size;
    const max = Math.min(this._scrollSize, this._scrollPosition + view + this._overhang);
    this._first = Math.max(0, Math.min(count - 1, Math.floor(min / size)));
    this._last = Math.max(this._first, Math.min(count - 1, Math.ceil(max / size) - 1));
    this._physicalMin = this._first * size;
    this._physicalMax = (this._last + 1) * size;
  }

  /** Positions are exact: there is never an estimate to correct. */
  override _calculateError(): number {
    return 0;
  }
}
