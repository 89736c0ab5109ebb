import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface SelectionOptions<K> {
  /** Rows that may not be selected (already assigned, read-only...) are skipped by every operation. */
  isSelectable?: (key: K) => boolean;
  /** Called after every change, e.g. to announce the count or fire an event. */
  onChange?: (selected: ReadonlySet<K>) => void;
}

/**
 * A selection kept as a set of keys, never as row objects, so it survives paging, searching, sorting and
 * re-fetching (the rows that remain stay selected). Handles the gestures bulk tools are expected to have:
 * toggle, Shift+click/Shift+arrow ranges from an anchor, select all / none.
 *
 * ```ts
 * private readonly selection = new SelectionController<string>(this);
 * onRowClick(id, event) { this.selection.toggle(id, { range: event.shiftKey, order: this.visibleIds }); }
 * ```
 */
export class SelectionController<K = string> implements ReactiveController {
  private keys = new Set<K>();
  /** The last key toggled without Shift: where a Shift range starts. */
  anchor: K | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SelectionOptions<K> = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get selected(): ReadonlySet<K> {
    return this.keys;
  }

  get size(): number {
    return this.keys.size;
  }

  has(key: K): boolean {
    return this.keys.has(key);
  }

  /** Toggles one key; with `range` (Shift) sets every key between the anchor and it, in `order`, to its new state. */
  toggle(key: K, { range = false, order }: { range?: boolean; order?: readonly K[] } = {}): void {
    if (!this.selectable(key)) return;
    const select = !this.keys.has(key);
    if (range && order && this.anchor !== undefined) {
      const from = order.indexOf(this.anchor);
      const to = order.indexOf(key);
      if (from >= 0 && to >= 0) {
        const [start, end] = from < to ? [from, to] : [to, from];
        this.apply(order.slice(start, end + 1), select);
        return;
      }
    }
    this.anchor = key;
    this.apply([key], select);
  }

  /** Extends the selection from the anchor to `key` (Shift+arrow), selecting that whole span. */
  extendTo(key: K, order: readonly K[]): void {
    if (this.anchor === undefined) {
      this.toggle(key);
      return;
    }
    const from = order.indexOf(this.anchor);
    const to = order.indexOf(key);
    if (from < 0 || to < 0) return;
    const [start, end] = from < to ? [from, to] : [to, from];
    this.apply(order.slice(start, end + 1), true);
  }

  /**
   * Selects the keys at positions `from..to` (either order) of `order`: a keyboard or Shift+click range from
   * `RowsKeyboardController`, whose rows are indexes. Keys selected elsewhere (another page, rows a search hides)
   * stay selected.
   */
  selectBetween(order: readonly K[], from: number, to: number): void {
    const [start, end] = from < to ? [from, to] : [to, from];
    this.apply(order.slice(Math.max(0, start), end + 1), true);
  }

  /** How many selected keys are not in `shown`: rows a search or a filter hides. */
  hiddenBy(shown: ReadonlySet<K>): number {
    let hidden = 0;
    for (const key of this.keys) if (!shown.has(key)) hidden += 1;
    return hidden;
  }

  select(keys: Iterable<K>): void {
    this.apply(keys, true);
  }

  deselect(keys: Iterable<K>): void {
    this.apply(keys, false);
  }

  /** Replaces the selection, e.g. with the keys that still exist after a save. */
  set(keys: Iterable<K>): void {
    this.keys = new Set([...keys].filter((key) => this.selectable(key)));
    this.changed();
  }

  clear(): void {
    if (!this.keys.size) return;
    this.keys = new Set();
    this.anchor = undefined;
    this.changed();
  }

  /** For a select-all checkbox: `true`, `false`, or `'mixed'` over the given keys (the selectable ones). */
  stateOf(keys: readonly K[]): boolean | 'mixed' {
    let selected = 0;
    let selectable = 0;
    for (const key of keys) {
      if (!this.selectable(key)) continue;
      selectable += 1;
      if (this.keys.has(key)) selected += 1;
    }
    if (selected === 0) return false;
    return selected === selectable ? true : 'mixed';
  }

  private selectable(key: K): boolean {
    return this.options.isSelectable?.(key) ?? true;
  }

  private apply(keys: Iterable<K>, select: boolean): void {
    // A new set per change, so Lit sees a new value when the set is passed down as a property.
    const next = new Set(this.keys);
    let changed = false;
    for (const key of keys) {
      if (!this.selectable(key) || next.has(key) === select) continue;
      if (select) next.add(key);
      else next.delete(key);
      changed = true;
    }
    if (!changed) return;
    this.keys = next;
    this.changed();
  }

  private changed(): void {
    this.host.requestUpdate();
    this.options.onChange?.(this.keys);
  }
}
