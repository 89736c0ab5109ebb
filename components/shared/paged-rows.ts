import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataProvider } from './data-provider.js';

export interface PagedRowsOptions<T, F, S> {
  provider: DataProvider<T, F, S>;
  /** Identifies a filter and sort; a new key starts a new query. */
  keyOf(filter: F, sort: S): string;
  /**
   * Drops what the provider remembers of the data (cursors, totals): called by `refresh()`, after a write, so the
   * rows read next are what the server holds now.
   */
  forget?(): void;
  /** Rows per request while scrolling. Default 100. */
  pageSize?: number;
  /** Pages kept in memory; beyond it the least recently shown go. Default 40. */
  maxPages?: number;
}

/** Rows per request when many are needed at once (select all, long Shift ranges): the API's largest page. */
const BULK_PAGE_SIZE = 1000;

/**
 * The rows of one query of a big list, loaded page by page for the index range on screen: pages are cached (a
 * bounded number), a page is requested once however often it is asked for, and a new query aborts every request
 * of the old one. `item(index)` is `undefined` while a row is loading: render a placeholder.
 *
 * ```ts
 * private readonly rows = new PagedRows(this, { provider, keyOf });
 * willUpdate() { this.rows.setQuery(filter, sort); }
 * onRangeChanged(first, last) { this.rows.requestRange(first, last); }
 * ```
 */
export class PagedRows<T, F, S> implements ReactiveController {
  /** Rows the query matches; `undefined` until the first page answers. */
  total: number | undefined;
  /** The error of the last failed request, until a retry; rows already loaded stay. */
  error: unknown;
  /** Bumped by every new query: an index (anchor, active row) of another generation means another row. */
  generation = 0;
  /** Bumped by every new query and every refresh: answers to requests of an older epoch are dropped. */
  private epoch = 0;
  private query?: { filter: F; sort: S; key: string };
  private pages = new Map<number, T[]>();
  private pending = new Set<number>();
  private abort = new AbortController();
  private range: [number, number] = [0, 0];
  /** Pages to ask for once the current task (a scroll event, a render) is over. */
  private wanted = new Set<number>();
  private flushTimer?: ReturnType<typeof setTimeout>;
  private readonly pageSize: number;
  private readonly maxPages: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PagedRowsOptions<T, F, S>,
  ) {
    host.addController(this);
    this.pageSize = options.pageSize ?? 100;
    this.maxPages = Math.max(4, options.maxPages ?? 40);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
  }

  get key(): string | undefined {
    return this.query?.key;
  }

  /** Starts a new query unless it is the current one; returns whether it did. */
  setQuery(filter: F, sort: S): boolean {
    const key = this.options.keyOf(filter, sort);
    if (key === this.query?.key) return false;
    this.query = { filter, sort, key };
    this.stop();
    this.generation += 1;
    this.pages = new Map();
    this.total = undefined;
    this.range = [0, 0];
    void this.load(0);
    this.host.requestUpdate();
    return true;
  }

  /**
   * Loads the rows on screen again, e.g. after they changed. The old rows and the scroll position stay until the
   * new ones arrive (if the total changed, the pages not yet reloaded turn into placeholders).
   */
  refresh(): void {
    if (!this.query) return;
    this.stop();
    this.options.forget?.();
    const [from, to] = this.pageSpan();
    for (const page of this.pages.keys()) if (page < from || page > to) this.pages.delete(page);
    for (let page = from; page <= to; page++) void this.load(page);
  }

  /** Forgets the query, its rows and requests. */
  clear(): void {
    this.query = undefined;
    this.stop();
    this.generation += 1;
    this.pages = new Map();
    this.total = undefined;
  }

  item(index: number): T | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Loads every page that `first..last` touches and is not cached or on its way. */
  requestRange(first: number, last: number): void {
    if (!this.query) return;
    this.range = [Math.max(0, first), Math.max(0, first, last)];
    const [from, to] = this.pageSpan();
    for (let page = from; page <= to; page++) {
      const cached = this.pages.get(page);
      if (cached) {
        // Most recently shown last: eviction takes from the front.
        this.pages.delete(page);
        this.pages.set(page, cached);
      } else if (!this.pending.has(page) && (this.total === undefined || page * this.pageSize < this.total)) {
        this.wanted.add(page);
      }
    }
    // Asked from the virtualizer's scroll handling: start the requests in a task of their own, so that work (and
    // an in-process backend's) does not lengthen the frame that renders the placeholders.
    if (this.wanted.size) this.flushTimer ??= setTimeout(this.flush, 0);
  }

  /** After a failure: asks again for what is on screen. */
  retry(): void {
    this.error = undefined;
    this.host.requestUpdate();
    if (this.total === undefined) void this.load(0);
    this.requestRange(...this.range);
  }

  /**
   * The rows `from..to` (inclusive), loading what is missing in large pages. Rejects when the query changes or
   * is refreshed meanwhile. For Shift ranges and "select all" over rows that were never on screen.
   */
  async rows(from: number, to: number): Promise<T[]> {
    const query = this.query;
    const epoch = this.epoch;
    const last = Math.min(to, (this.total ?? to + 1) - 1);
    const out: T[] = [];
    for (let index = from; query && index <= last;) {
      const cached = this.item(index);
      if (cached !== undefined) {
        out.push(cached);
        index += 1;
        continue;
      }
      const page = Math.floor(index / BULK_PAGE_SIZE);
      const { items } = await this.options.provider({
        page,
        pageSize: BULK_PAGE_SIZE,
        filter: query.filter,
        sort: query.sort,
        signal: this.abort.signal,
      });
      if (epoch !== this.epoch) throw new DOMException('The query changed.', 'AbortError');
      if (!items.length) break;
      const end = Math.min(last, page * BULK_PAGE_SIZE + items.length - 1);
      for (; index <= end; index++) out.push(items[index - page * BULK_PAGE_SIZE] as T);
    }
    return out;
  }

  private readonly flush = (): void => {
    this.flushTimer = undefined;
    const [from, to] = this.pageSpan();
    // Only what is still wanted: a fast scroll may have moved on already.
    for (const page of this.wanted) {
      if (page >= from && page <= to && !this.pending.has(page) && !this.pages.has(page)) void this.load(page);
    }
    this.wanted.clear();
  };

  /** Aborts every request and starts a new epoch; what is cached stays. */
  private stop(): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.pending.clear();
    this.wanted.clear();
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.error = undefined;
    this.epoch += 1;
  }

  private pageSpan(): [number, number] {
    return [Math.floor(this.range[0] / this.pageSize), Math.floor(this.range[1] / this.pageSize)];
  }

  private async load(page: number): Promise<void> {
    const query = this.query;
    if (!query) return;
    const epoch = this.epoch;
    this.pending.add(page);
    try {
      const { items, total } = await this.options.provider({
        page,
        pageSize: this.pageSize,
        filter: query.filter,
        sort: query.sort,
        signal: this.abort.signal,
      });
      if (epoch !== this.epoch) return;
      this.pending.delete(page);
      const changed = this.total !== undefined && total !== this.total;
      this.total = total;
      // Rows came or went since the cached pages were read, and this page may have come from an old cursor: every
      // page's indexes may be off, so the ones on screen are read again (the provider starts over too).
      if (changed) this.pages = new Map();
      else this.pages.set(page, items);
      this.requestRange(...this.range);
      this.evict();
    } catch (error) {
      if (epoch !== this.epoch || isAbort(error)) return;
      this.pending.delete(page);
      this.error = error;
    }
    this.host.requestUpdate();
  }

  private evict(): void {
    const [from, to] = this.pageSpan();
    for (const page of this.pages.keys()) {
      if (this.pages.size <= this.maxPages) break;
      if (page < from || page > to) this.pages.delete(page);
    }
  }
}

export function isAbort(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError';
}
