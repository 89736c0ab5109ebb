import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { virtualize, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { FixedRowsLayout } from '../shared/paged-rows-layout.js';
import { RowsKeyboardController } from '../shared/rows-keyboard.js';

/** What the listbox reads rows from: a `PagedRows`, or anything with the same few members. */
export interface ListboxSource<T> {
  readonly total: number | undefined;
  /** Bumped when the rows behind the indexes change (a new query): the active row goes back to the top. */
  readonly generation: number;
  item(index: number): T | undefined;
  requestRange(first: number, last: number): void;
}

export interface ListboxCallbacks {
  /** Space or a click: flip the row's selection. */
  toggle(index: number): void;
  /** Shift+arrows, Shift+Space, Shift+click: select the rows `from..to` (either order). */
  selectRange(from: number, to: number): void;
  /** Ctrl/Cmd+A: select every row of the query, or none if all are. */
  toggleAll(): void;
  /** Escape; return `true` if it did something (then the key goes no further, e.g. not to a dialog). */
  escape?(): boolean;
}

export interface ListboxRender<T> {
  label: string;
  /** Ids (in the same shadow root) of text that describes the keys. */
  describedBy?: string | undefined;
  multiselectable: boolean;
  /** Rows shown as placeholders while the total is not known yet. */
  placeholderRows?: number;
  /**
   * As tall as the rows (`--_rows` on the list's parent: the virtualizer owns the list's own `style`), up to the
   * list's size; otherwise always the list's size.
   */
  fit?: boolean;
  row(item: T | undefined, index: number, state: RowState): TemplateResult;
  /**
   * The active row's values in full, shown under the list while it has focus: cells cut short with an ellipsis
   * carry a `title`, which only a pointer can read. (Screen readers hear the option's whole text already.)
   */
  fullText?: (item: T) => string;
}

export interface RowState {
  /** The option's id, for `aria-activedescendant`. */
  id: string;
  active: boolean;
  /** `aria-setsize`: -1 while the total is unknown, as ARIA says. */
  setSize: number;
}

const indexCache = new Map<number, number[]>();
/** The items the virtualizer iterates are row indexes; the rows themselves are looked up when rendered. */
function indexes(count: number): number[] {
  let list = indexCache.get(count);
  if (!list) {
    list = Array.from({ length: count }, (_, index) => index);
    // A handful of sizes at a time (one per query total); never let the cache grow with typing.
    if (indexCache.size > 8) indexCache.clear();
    indexCache.set(count, list);
  }
  return list;
}

/**
 * A virtualized, multi-selectable `role="listbox"` (the ARIA listbox pattern) over rows that load lazily. Focus
 * stays on the listbox itself and `aria-activedescendant` points at the active option, so the focus survives the
 * virtualizer recycling row elements: the active index is the truth, its element is looked up whenever it is
 * rendered. The keys are the shared `RowsKeyboardController`'s listbox pattern (arrows, Home/End, PageUp/PageDown
 * move; Space toggles; Shift extends; Ctrl/Cmd+A; Escape to the host); this controller owns the DOM: rendering,
 * scrolling the active row into view, `aria-activedescendant`. Options carry `aria-posinset`/`aria-setsize`.
 */
export class ListboxController<T> implements ReactiveController {
  private generation = -1;
  private visible: [number, number] = [0, 0];
  /** The first row the virtualizer renders: rows are keyed by their place in that window (see `render`). */
  private windowFirst = 0;
  /**
   * One config per list, made once: a new object on each render would reconfigure the layout each time. The
   * rendered window is moved by the list's top padding (see `FixedRowsLayout.onWindow`).
   */
  private readonly layout = {
    type: FixedRowsLayout,
    onWindow: (offset: number) => {
      const rows = this.rowsElement;
      if (rows) rows.style.paddingBlockStart = offset ? `${offset}px` : '';
    },
  };
  /** Tells the column titles how wide the list's scrollbar is, so they line up with the cells. */
  private gutter?: { list: Element; observer: ResizeObserver };

  /** Whether the list renders as multi-selectable (from the last render). */
  private multi = false;
  /** The keys: the shared rows keyboard, in its listbox pattern. */
  private readonly keys: RowsKeyboardController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: string,
    private readonly source: () => ListboxSource<T>,
    callbacks: ListboxCallbacks,
  ) {
    host.addController(this);
    this.keys = new RowsKeyboardController(host, {
      pattern: 'listbox',
      rowCount: () => this.source().total ?? 0,
      pageSize: () => Math.max(1, this.visible[1] - this.visible[0]),
      multiselectable: () => this.multi,
      toggle: (row) => callbacks.toggle(row),
      selectRange: (from, to) => callbacks.selectRange(from, to),
      toggleAll: () => callbacks.toggleAll(),
      ...(callbacks.escape ? { escape: callbacks.escape } : {}),
      moved: () => this.scrollToActive(),
    });
  }

  /** Index of the active (focused) option. */
  get active(): number {
    return this.keys.row;
  }

  hostConnected(): void {}

  hostUpdate(): void {
    const generation = this.source().generation;
    if (generation === this.generation) return;
    // Another query: index 5 is another row now. Start again at the top.
    this.generation = generation;
    this.keys.reset();
    const list = this.listElement;
    if (list) list.scrollTop = 0;
  }

  hostUpdated(): void {
    this.syncActiveDescendant();
    this.watchGutter();
  }

  hostDisconnected(): void {
    this.gutter?.observer.disconnect();
    this.gutter = undefined;
  }

  private watchGutter(): void {
    const list = this.listElement;
    if (this.gutter?.list === list) return;
    this.gutter?.observer.disconnect();
    this.gutter = undefined;
    if (!list) return;
    // A scrollbar that comes or goes resizes the list's content box; in this callback layout is done, so the
    // reads cost nothing.
    const observer = new ResizeObserver(() => {
      // On the titles themselves: their parent's `style` may be a binding that would wipe it.
      const titles = list.parentElement?.querySelector<HTMLElement>('.columns');
      titles?.style.setProperty('--_gutter', `${list.offsetWidth - list.clientWidth}px`);
    });
    observer.observe(list);
    this.gutter = { list, observer };
  }

  /** The listbox (the virtualizer's host), while it is rendered. */
  get element(): HTMLElement | undefined {
    return this.listElement;
  }

  private get listElement(): HTMLElement | undefined {
    return this.host.shadowRoot?.getElementById(this.id) ?? undefined;
  }

  /** The virtualizer's host: the box of the rows, inside the listbox. */
  private get rowsElement(): VirtualizerHostElement | undefined {
    return (this.listElement?.firstElementChild as VirtualizerHostElement | null) ?? undefined;
  }

  focus(): void {
    this.listElement?.focus();
  }

  optionId(index: number): string {
    return `${this.id}-${index}`;
  }

  /** Moves the active row (and the view) to `index`. */
  activate(index: number): void {
    if (!this.source().total) return;
    this.keys.setActive(index);
    this.scrollToActive();
  }

  render(options: ListboxRender<T>): TemplateResult {
    const source = this.source();
    const total = source.total;
    const count = total ?? options.placeholderRows ?? 6;
    const setSize = total ?? -1;
    this.multi = options.multiselectable;
    return html`<div
        id=${this.id}
        class="listbox ${options.fit ? 'fit' : ''}"
        part="listbox"
        role="listbox"
        tabindex="0"
        aria-label=${options.label}
        aria-describedby=${ifDefined(options.describedBy)}
        aria-multiselectable=${options.multiselectable ? 'true' : nothing}
        aria-busy=${total === undefined ? 'true' : 'false'}
        @keydown=${(event: KeyboardEvent) => this.keys.handleKey(event)}
        @mousedown=${this.onMouseDown}
        @click=${this.onClick}
        @pointerover=${this.onPointerOver}
      >
        <div class="rows" @rangeChanged=${this.onRangeChanged} @visibilityChanged=${this.onVisibilityChanged}>
          ${virtualize({
            items: indexes(count),
            layout: this.layout,
            // The listbox scrolls; the rows' box inside it is the virtualizer's, so its top padding can place them.
            scroller: false,
            // Keyed by place on screen, not by row: after a jump the same elements show the new rows, as vaadin-grid
            // recycles its rows. New elements each jump would be restyled from scratch, ~500 of them, a long task.
            keyFunction: (_index: number, at: number) => at - this.windowFirst,
            renderItem: (index: number) =>
              options.row(total === undefined ? undefined : source.item(index), index, {
                id: this.optionId(index),
                active: index === this.active && total !== undefined,
                setSize,
              }),
          })}
        </div>
      </div>
      ${this.renderFullText(options)}`;
  }

  private renderFullText(options: ListboxRender<T>): TemplateResult | typeof nothing {
    const item = options.fullText && this.source().total ? this.source().item(this.active) : undefined;
    if (!item || !options.fullText) return nothing;
    return html`<p class="full-text" part="full-text" aria-hidden="true">${options.fullText(item)}</p>`;
  }

  /**
   * A cell cut short with an ellipsis shows its whole text on hover: the title is set when the pointer comes, and
   * only on a cell that is cut, rather than on every cell of every row rendered (a recycled row would rewrite it).
   */
  private readonly onPointerOver = (event: PointerEvent): void => {
    const cell = (event.target as Element | null)?.closest<HTMLElement>('.cell');
    if (!cell || cell.closest('[role="option"]') === null) return;
    // A cell of several lines (name, then reference) reads as a list of them.
    const text = (cell.children.length ? [...cell.children] : [cell])
      .map((part) => part.textContent?.replace(/[\s\u200b]+/g, ' ').trim())
      .filter(Boolean)
      .join(', ');
    const cut = [cell, ...cell.querySelectorAll<HTMLElement>('*')].some((box) => box.scrollWidth > box.clientWidth);
    if (cut && text) cell.title = text;
    else cell.removeAttribute('title');
  };

  /** Shift+click would select the page's text as well as the rows. */
  private readonly onMouseDown = (event: MouseEvent): void => {
    if (event.shiftKey) event.preventDefault();
  };

  private readonly onClick = (event: MouseEvent): void => {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    const index = Number(option?.dataset['index']);
    if (!option || !Number.isInteger(index) || option.getAttribute('aria-busy') === 'true') return;
    this.keys.click(index, { shift: event.shiftKey });
  };

  private readonly onRangeChanged = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    this.windowFirst = Math.max(0, first);
    if (first >= 0 && last >= first) this.source().requestRange(first, last);
    // The virtualizer renders the new range in its own listener; look for the active option after that.
    queueMicrotask(() => this.syncActiveDescendant());
  };

  private readonly onVisibilityChanged = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    if (first >= 0) this.visible = [first, last];
  };

  /** `aria-activedescendant` must name an element that exists, so it is set only while the active row is rendered. */
  private syncActiveDescendant(): void {
    const list = this.listElement;
    if (!list) return;
    const id = this.optionId(this.active);
    const rendered = (this.source().total ?? 0) > 0 && list.querySelector(`#${CSS.escape(id)}`);
    if (rendered) list.setAttribute('aria-activedescendant', id);
    else list.removeAttribute('aria-activedescendant');
  }

  private scrollToActive(): void {
    const list = this.listElement;
    if (!list) return;
    const row = list.querySelector<HTMLElement>(`#${CSS.escape(this.optionId(this.active))}`);
    if (row) {
      // Scroll the list only: `row.scrollIntoView()` would also scroll the page or the dialog around it.
      const box = list.getBoundingClientRect();
      const rect = row.getBoundingClientRect();
      if (rect.top < box.top) list.scrollTop -= box.top - rect.top;
      else if (rect.bottom > box.bottom) list.scrollTop += rect.bottom - box.bottom;
      return;
    }
    // Not rendered: rows have one height, so the active row's place is known without the virtualizer.
    const height = list.querySelector<HTMLElement>('[role="option"]')?.offsetHeight;
    if (!height) return;
    const top = this.active * height;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + height > list.scrollTop + list.clientHeight) list.scrollTop = top + height - list.clientHeight;
  }
}
