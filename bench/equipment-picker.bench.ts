import '../components/equipment-assigner/define.js';
import type { Grid as VaadinGrid } from '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { EquipmentAssigner } from '../components/equipment-assigner/equipment-assigner.js';
import type { EquipmentPicker } from '../components/equipment-assigner/equipment-picker.js';
import { SEARCH_DEBOUNCE_MS } from '../components/shared/search.js';
import { NO_FLEET_FILTER, fleetProvider } from '../components/equipment-assigner/queries.js';
import { createCustomerClient, type CustomerClient } from '../src/index.js';
import { workerBackend } from './worker-backend.js';
import { frame, frameWhen, heap, mb, round, spread, wheelTopToBottom } from './equipment-support.js';

/**
 * The Select equipment dialog over fleets of 1,000, 10,000 and 100,000 units, and beside it, in the same page and
 * run, a vaadin-grid over the same SDK client and data (the in-process reference backend: no network time, but
 * the backend's own query time is in every figure). Per list:
 * - `openMs` median and max of 21 opens: click on Assign equipment (vaadin-grid: attach the grid) → the first
 *   frame with the first row's data; target: max ≤ 150 ms;
 * - a top-to-bottom scroll with real wheel events (`bench/run.mjs` dispatches them through CDP): 30 small ticks,
 *   then 40 large ticks each waiting for the rows in view (`stepMedianMs`, `stepMaxMs`), and the long tasks
 *   (PerformanceObserver 'longtask', > 50 ms) over the whole scroll; target 0;
 * - ours only: `searchMs` (one keystroke → the frame with the new rows, minus the debounce), `rowElements` (the
 *   most `[role=option]` elements at once; target < 100), and the JS heap after the first open and after 20
 *   more opens and closes (`performance.memory`, coarse).
 */
const SIZES = [1_000, 10_000, 100_000];
const OPENS = 21;
const BASE_URL = 'https://fleet.bench';

/** The fleet in the reference backend, in a worker of its own (`worker-backend.ts`): its answers come in tasks of
 * their own, as a server's would, and its records are not in the page's heap. */
async function fleet(size: number) {
  const backend = await workerBackend({ seed: 1, customers: 40, equipment: size });
  const customerId = await backend.addCustomer({ name: 'Bench customer', equipment: 20 });
  const client = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin', fetch: backend.fetch });
  return { client, customerId, close: backend.close };
}

async function picker(size: number) {
  const { client, customerId, close: stopBackend } = await fleet(size);
  const assigner = document.createElement('equipment-assigner') as EquipmentAssigner;
  assigner.client = client;
  assigner.customerId = customerId;
  document.body.append(assigner);
  const root = assigner.shadowRoot!;
  await frameWhen(() => root.querySelector('[data-assign-trigger]') !== null, 'the element');
  const element = root.querySelector<EquipmentPicker>('equipment-picker')!;
  const proot = element.shadowRoot!;
  const list = () => proot.querySelector<HTMLElement>('#fleet');
  const options = () => [...(list()?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
  const firstId = () => proot.querySelector<HTMLElement>('#fleet [role="option"][data-index="0"]')?.dataset['id'];
  const rowsReady = () => firstId() !== undefined;
  const trigger = root.querySelector<HTMLElement>('[data-assign-trigger]')!;
  const open = async (): Promise<number> => {
    const start = performance.now();
    trigger.click();
    return (await frameWhen(rowsReady, 'the first rows')) - start;
  };
  const close = async () => {
    element.close();
    await frameWhen(() => !element.isOpen && !list(), 'the dialog to close');
  };

  const opens = [await open()];

  // One keystroke in the search box.
  const search = proot.querySelector<HTMLInputElement>('#picker-search')!;
  const total = () => options()[0]?.getAttribute('aria-setsize');
  const before = firstId();
  const totalBefore = total();
  const typed = performance.now();
  search.value = 'v';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  const painted = await frameWhen(
    () => rowsReady() && (firstId() !== before || total() !== totalBefore),
    'the search results',
  );
  const searchMs = painted - typed - SEARCH_DEBOUNCE_MS;
  search.value = '';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await frameWhen(() => rowsReady() && total() === totalBefore, 'the whole fleet again');

  // In view: rows whose offset (the virtualizer's own `translate`, read from the style) meets the viewport.
  const scroller = list()!;
  let rowElements = 0;
  // Where the rows are on screen, as the user sees them (the list places them by its padding and their transforms).
  const viewDone = () => {
    const rows = options();
    rowElements = Math.max(rowElements, rows.length);
    const box = scroller.getBoundingClientRect();
    const rowHeight = rows[0]?.offsetHeight ?? 1;
    const inView = rows.filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.bottom > box.top && rect.top < box.bottom;
    });
    return (
      inView.length >= Math.floor(box.height / rowHeight) && inView.every((row) => row.dataset['id'] !== undefined)
    );
  };
  const endShown = () => options().some((row) => row.dataset['index'] === String(size - 1) && row.dataset['id']);
  const scrolled = await wheelTopToBottom({ scroller, viewDone, endShown, what: `picker over ${size}` });

  await close();
  const heapFirst = await heap();
  for (let cycle = 1; cycle < OPENS; cycle++) {
    opens.push(await open());
    await close();
  }
  const heapAfter = await heap();
  assigner.remove();
  stopBackend();
  const open21 = spread(opens);
  return {
    list: 'picker',
    fleet: size,
    openMedianMs: open21.median,
    openMaxMs: open21.max,
    ...scrolled,
    searchMs: round(searchMs),
    rowElements,
    heapGrowthMB: mb(heapAfter - heapFirst),
  };
}

interface GridRow {
  name: string;
  brandModel: string;
  type: string;
  serialNumber: string;
  owner: string;
}

type Grid = VaadinGrid<GridRow>;

/** A vaadin-grid with the picker's columns over the same fleet query (`fleetProvider`, the SDK's cursors). */
function vaadinGrid(client: CustomerClient, customerId: string, height: number): Grid {
  const grid = document.createElement('vaadin-grid') as Grid;
  grid.style.cssText = `inline-size: 1100px; block-size: ${height}px`;
  for (const [path, header] of [
    ['name', 'Name'],
    ['brandModel', 'Brand and model'],
    ['type', 'Type'],
    ['serialNumber', 'Serial number'],
    ['owner', 'Assigned to'],
  ]) {
    const column = document.createElement('vaadin-grid-column');
    column.setAttribute('path', path!);
    column.setAttribute('header', header!);
    grid.append(column);
  }
  const provider = fleetProvider(client, customerId);
  const signal = new AbortController().signal;
  grid.dataProvider = ({ page, pageSize }, callback) => {
    void provider({ page, pageSize, filter: NO_FLEET_FILTER, sort: 'name', signal }).then(({ items, total }) =>
      callback(
        items.map((unit) => ({
          name: unit.name,
          brandModel: [unit.brand, unit.model].filter(Boolean).join(' '),
          type: unit.type ?? unit.assetType,
          serialNumber: unit.serialNumber ?? '',
          owner: unit.customer?.name ?? 'Not assigned',
        })),
        total,
      ),
    );
  };
  return grid;
}

async function grid(size: number, height: number) {
  const { client, customerId, close: stopBackend } = await fleet(size);
  type Row = HTMLElement & { index: number };
  const rowsOf = (element: Grid) => [...(element.shadowRoot?.querySelectorAll<Row>('tbody#items > tr') ?? [])];
  const mount = async () => {
    const element = vaadinGrid(client, customerId, height);
    const start = performance.now();
    document.body.append(element);
    const ms =
      (await frameWhen(
        () => rowsOf(element).some((row) => row.index === 0 && !row.hasAttribute('loading')),
        'grid rows',
      )) - start;
    return { element, ms };
  };
  const opens: number[] = [];
  for (let cycle = 1; cycle < OPENS; cycle++) {
    const { element, ms } = await mount();
    opens.push(ms);
    element.remove();
    await frame();
  }
  const { element, ms } = await mount();
  opens.push(ms);
  const scroller = element.shadowRoot!.querySelector<HTMLElement>('#table')!;
  const viewDone = () => {
    const box = scroller.getBoundingClientRect();
    const inView = rowsOf(element).filter((row) => {
      const rect = row.getBoundingClientRect();
      return !row.hidden && rect.bottom > box.top && rect.top < box.bottom;
    });
    return inView.length > 0 && inView.every((row) => !row.hasAttribute('loading'));
  };
  const endShown = () => rowsOf(element).some((row) => row.index === size - 1 && !row.hasAttribute('loading'));
  const scrolled = await wheelTopToBottom({ scroller, viewDone, endShown, what: `vaadin-grid over ${size}` });
  element.remove();
  stopBackend();
  const open21 = spread(opens);
  return { list: 'vaadin-grid', fleet: size, openMedianMs: open21.median, openMaxMs: open21.max, ...scrolled };
}

export async function run(): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const size of SIZES) {
    rows.push(await picker(size));
    // The grid gets the height of the picker's list plus its header row.
    rows.push(await grid(size, 400));
  }
  return rows;
}
