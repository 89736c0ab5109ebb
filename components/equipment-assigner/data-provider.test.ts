import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import type { ReactiveControllerHost } from 'lit';
import type { Page } from '../../src/schemas/page.js';
import { cursorDataProvider, type DataRequest } from '../shared/data-provider.js';
import { PagedRows } from '../shared/paged-rows.js';

/**
 * An in-memory keyset-paged API: rows `r0..r{n-1}` in order, `-` sort reversed, opaque cursors, a request log.
 * What `cursorDataProvider` must turn into page-index access.
 */
function fakeApi(count: number, maxLimit = 1000) {
  let rows = Array.from({ length: count }, (_, index) => `r${String(index).padStart(6, '0')}`);
  const log: { sort: string; limit: number; cursor?: string; offset?: number }[] = [];
  const list = async (
    _filter: unknown,
    sort: string,
    paging: { limit: number; cursor?: string; offset?: number },
    signal: AbortSignal,
  ): Promise<Page<string>> => {
    signal.throwIfAborted();
    if (paging.limit > maxLimit) throw new Error(`limit ${paging.limit} over ${maxLimit}`);
    log.push({ sort, ...paging });
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal.throwIfAborted();
    const ordered = sort.startsWith('-') ? [...rows].reverse() : rows;
    const start = paging.cursor ? ordered.indexOf(atob(paging.cursor)) + 1 : (paging.offset ?? 0);
    const items = ordered.slice(start, start + paging.limit);
    const more = start + paging.limit < ordered.length;
    return { items, total: rows.length, nextCursor: more ? btoa(items.at(-1)!) : null };
  };
  return {
    log,
    list,
    remove: (row: string) => (rows = rows.filter((each) => each !== row)),
    expected: (page: number, size: number) => rows.slice(page * size, (page + 1) * size),
  };
}

const request = (page: number, pageSize = 100, signal = new AbortController().signal): DataRequest<null, string> => ({
  page,
  pageSize,
  filter: null,
  sort: 'name',
  signal,
});

function provider(api: ReturnType<typeof fakeApi>, reverse = true, offset = false) {
  return cursorDataProvider<string, null, string>({
    list: api.list,
    keyOf: (_filter, sort) => sort,
    offset,
    ...(reverse ? { reverse: (sort: string) => (sort.startsWith('-') ? sort.slice(1) : `-${sort}`) } : {}),
  });
}

describe('cursorDataProvider (page index over cursor paging)', () => {
  it('returns exactly the rows of any page, in order, with the total', async () => {
    const api = fakeApi(1234);
    const get = provider(api);
    for (const page of [0, 1, 7, 12, 3, 11]) {
      const result = await get(request(page));
      expect(result.items, `page ${page}`).to.deep.equal(api.expected(page, 100));
      expect(result.total).to.equal(1234);
    }
  });

  it('costs one request per page when scrolling page by page', async () => {
    const api = fakeApi(2000);
    const get = provider(api);
    for (let page = 0; page < 5; page++) await get(request(page));
    expect(api.log.length).to.equal(5);
    expect(api.log.every((entry) => entry.limit === 100)).to.equal(true);
  });

  it('reaches the last page with one request from the far end', async () => {
    const api = fakeApi(100_050);
    const get = provider(api);
    await get(request(0));
    api.log.length = 0;
    const last = await get(request(1000));
    expect(last.items).to.deep.equal(api.expected(1000, 100));
    expect(last.items.length).to.equal(50);
    expect(api.log).to.deep.equal([{ sort: '-name', limit: 50 }]);
    const before = await get(request(999));
    expect(before.items).to.deep.equal(api.expected(999, 100));
    expect(api.log.length).to.equal(2);
  });

  it('walks to a far page in the largest pages the API allows, never above its limit', async () => {
    const api = fakeApi(100_000);
    const get = provider(api, false);
    await get(request(0));
    api.log.length = 0;
    const page = await get(request(250));
    expect(page.items).to.deep.equal(api.expected(250, 100));
    expect(api.log.length).to.equal(25);
    expect(Math.max(...api.log.map((entry) => entry.limit))).to.equal(1000);
    // The walk left cursors behind: a page on the way costs one request now.
    api.log.length = 0;
    expect((await get(request(120))).items).to.deep.equal(api.expected(120, 100));
    expect(api.log.length).to.equal(1);
  });

  it('with an API that takes offset, reaches any far page in one request and reads on by cursor', async () => {
    const api = fakeApi(100_000);
    const get = provider(api, true, true);
    await get(request(0));
    api.log.length = 0;
    expect((await get(request(600))).items).to.deep.equal(api.expected(600, 100));
    expect(api.log).to.deep.equal([{ sort: 'name', limit: 100, offset: 60_000 }]);
    expect((await get(request(601))).items).to.deep.equal(api.expected(601, 100));
    expect(api.log.length).to.equal(2);
    expect(api.log[1]!.cursor, 'the page after a far one follows its cursor').to.be.a('string');
    expect(api.log[1]!.offset).to.equal(undefined);
  });

  it('runs far requests one after the other, the second reusing the first walk', async () => {
    const api = fakeApi(50_000);
    const get = provider(api, false);
    await get(request(0));
    api.log.length = 0;
    const [a, b] = await Promise.all([get(request(300)), get(request(301))]);
    expect(a.items).to.deep.equal(api.expected(300, 100));
    expect(b.items).to.deep.equal(api.expected(301, 100));
    expect(api.log.length).to.equal(31);
  });

  it('stops when the request is aborted', async () => {
    const api = fakeApi(50_000);
    const get = provider(api);
    await get(request(0));
    const abort = new AbortController();
    const pending = get(request(200, 100, abort.signal));
    abort.abort();
    const error = await pending.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect((error as Error).name).to.equal('AbortError');
  });

  it('starts over when the total changes (rows came or went)', async () => {
    const api = fakeApi(1000);
    const get = provider(api);
    await get(request(0));
    await get(request(9));
    api.remove('r000000');
    const page = await get(request(9));
    expect(page.total).to.equal(999);
    const again = await get(request(9));
    expect(again.items).to.deep.equal(api.expected(9, 100));
  });
});

describe('PagedRows (the cache behind a virtualized list)', () => {
  const host = (): ReactiveControllerHost & { updates: number } => {
    const fake = {
      updates: 0,
      addController: () => {},
      removeController: () => {},
      requestUpdate: () => {
        fake.updates += 1;
      },
      updateComplete: Promise.resolve(true),
    };
    return fake;
  };
  /** Waits for a row to arrive: what the list would then show, however slow the machine. */
  const loaded = (rows: PagedRows<string, string, string>, index: number) =>
    waitUntil(() => rows.item(index) !== undefined, `row ${index} to load`);

  function rowsOver(api: ReturnType<typeof fakeApi>, maxPages = 40) {
    const get = provider(api);
    const calls: DataRequest<string, string>[] = [];
    const rows = new PagedRows<string, string, string>(host(), {
      provider: (req) => {
        calls.push(req);
        return get({ ...req, filter: null });
      },
      keyOf: (filter, sort) => `${filter}|${sort}`,
      maxPages,
    });
    return { rows, calls };
  }

  it('asks for a page once however often its rows are wanted, and has a placeholder until then', async () => {
    const api = fakeApi(1000);
    const { rows, calls } = rowsOver(api);
    rows.setQuery('', 'name');
    expect(rows.item(0)).to.equal(undefined);
    rows.requestRange(0, 50);
    rows.requestRange(10, 60);
    await loaded(rows, 42);
    expect(calls.length).to.equal(1);
    expect(rows.item(42)).to.equal('r000042');
    expect(rows.total).to.equal(1000);
    rows.requestRange(150, 250);
    await loaded(rows, 250);
    expect(calls.map((call) => call.page)).to.deep.equal([0, 1, 2]);
  });

  it('aborts the old query when a new one starts and ignores its answers', async () => {
    const api = fakeApi(1000);
    const { rows, calls } = rowsOver(api);
    rows.setQuery('', 'name');
    rows.setQuery('x', 'name');
    expect(calls[0]!.signal.aborted).to.equal(true);
    expect(calls[1]!.signal.aborted).to.equal(false);
    await loaded(rows, 0);
    expect(rows.key).to.equal('x|name');
    expect(rows.item(0)).to.equal('r000000');
  });

  it('keeps a bounded number of pages', async () => {
    const api = fakeApi(10_000);
    const { rows } = rowsOver(api, 5);
    rows.setQuery('', 'name');
    for (let page = 0; page < 20; page++) {
      rows.requestRange(page * 100, page * 100 + 99);
      await loaded(rows, page * 100 + 99);
    }
    let cached = 0;
    for (let page = 0; page < 100; page++) if (rows.item(page * 100) !== undefined) cached += 1;
    expect(cached).to.be.at.most(5);
    expect(rows.item(1999)).to.equal('r001999');
  });

  it('loads any range in large pages (Shift ranges, select all)', async () => {
    const api = fakeApi(5000);
    const { rows, calls } = rowsOver(api);
    rows.setQuery('', 'name');
    await loaded(rows, 0);
    const all = await rows.rows(0, 4999);
    expect(all.length).to.equal(5000);
    expect(all[4321]).to.equal('r004321');
    expect(calls.filter((call) => call.pageSize === 1000).length).to.equal(5);
  });
});
