import '../components/customer-list/define.js';
import type { CustomerList } from '../components/customer-list/customer-list.js';
import { SEARCH_DEBOUNCE_MS } from '../components/customer-list/customer-list.js';
import { createCustomerClient } from '../src/index.js';
import { workerBackend } from './worker-backend.js';

/**
 * `<customer-list>` over 100,000 customers (the reference backend in a worker, `worker-backend.ts`: no network,
 * and not in the page's heap, but the backend's own query time is in every figure):
 * - `openMs`: the element added → the first animation frame with its first customers on screen (target ≤ 150).
 *   `cold`: the backend's first query of that order (it sorts 100,000 records); `warm`: it has answered it once
 *   before, as a server with an index or a cache would;
 * - `searchMs`: the search box's input event → the frame with the matching rows, minus the debounce
 *   (`debounceMs`), for a few searches (target ≤ 100);
 * - scrolling top to bottom in `scrollSteps` jumps, each waiting for its rows: long tasks (> 50 ms) during the
 *   whole scroll (target 0), the longest, and the most `[role=option]` elements at any step (`rowElements`).
 */
const CUSTOMERS = 100_000;
const SCROLL_STEPS = 40;

const round = (value: number) => Math.round(value * 10) / 10;

/** The time of the first animation frame at which `probe()` holds (checked every frame). */
function frameWhen(probe: () => boolean, timeout = 60_000): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const check = (now: number) => {
      if (probe()) resolve(now);
      else if (now - start > timeout) reject(new Error('timed out'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

const rows = (list: CustomerList) => list.shadowRoot!.querySelectorAll('[role="option"][data-id]');
const countText = (list: CustomerList) => list.shadowRoot!.querySelector('[part="count"]')?.textContent ?? '';

async function open(client: ReturnType<typeof createCustomerClient>): Promise<{ list: CustomerList; ms: number }> {
  const list = document.createElement('customer-list');
  list.client = client;
  list.style.display = 'block';
  list.style.inlineSize = '1200px';
  const start = performance.now();
  document.body.append(list);
  const end = await frameWhen(() => list.shadowRoot !== null && rows(list).length > 0);
  return { list, ms: end - start };
}

export async function run() {
  const backend = await workerBackend({ seed: 3, customers: CUSTOMERS, contacts: 50_000, equipment: 2_000 });
  const client = createCustomerClient({ baseUrl: 'https://fleet.bench', auth: 'dev:admin', fetch: backend.fetch });

  // Each phase is one CPU profile under `node bench/run.mjs customer-list --profile` (a no-op otherwise).
  console.profile('open-cold');
  const cold = await open(client);
  console.profileEnd('open-cold');
  cold.list.remove();
  const warm = await open(client);
  const list = warm.list;

  const longTasks: number[] = [];
  const observer = new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });

  const searches: Record<string, number> = {};
  console.profile('search');
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('#customer-search')!;
  for (const search of ['aarhus', 'gmbh', 'ERP-101', 'hansen']) {
    const before = countText(list);
    input.value = search;
    const typed = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const end = await frameWhen(
      () =>
        list.search === search &&
        countText(list) !== before &&
        /\d/.test(countText(list)) &&
        (rows(list).length > 0 || list.total === 0),
    );
    searches[search] = round(end - typed - SEARCH_DEBOUNCE_MS);
  }
  console.profileEnd('search');
  const searchLongTasks = longTasks.length;
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await frameWhen(() => list.search === '' && list.total === CUSTOMERS && rows(list).length > 0);

  longTasks.length = 0;
  const box = list.shadowRoot!.querySelector<HTMLElement>('#customers')!;
  let rowElements = 0;
  let stepMax = 0;
  console.profile('scroll');
  performance.mark('scroll-start');
  for (let step = 1; step <= SCROLL_STEPS; step++) {
    const start = performance.now();
    box.scrollTop = ((box.scrollHeight - box.clientHeight) * step) / SCROLL_STEPS;
    await frameWhen(() => {
      const shown = [...box.querySelectorAll<HTMLElement>('[role="option"]')];
      rowElements = Math.max(rowElements, shown.length);
      const top = box.getBoundingClientRect().top;
      const visible = shown.filter((row) => {
        const rect = row.getBoundingClientRect();
        return rect.bottom > top && rect.top < top + box.clientHeight;
      });
      return visible.length > 0 && visible.every((row) => row.dataset['id']);
    });
    stepMax = Math.max(stepMax, performance.now() - start);
  }
  console.profileEnd('scroll');
  performance.mark('scroll-end');
  observer.disconnect();
  list.remove();
  backend.close();

  return [
    { figure: 'openMs (cold backend)', value: round(cold.ms), target: '≤ 150' },
    { figure: 'openMs (warm backend)', value: round(warm.ms), target: '≤ 150' },
    ...Object.entries(searches).map(([search, ms]) => ({ figure: `searchMs "${search}"`, value: ms, target: '≤ 100' })),
    { figure: 'debounceMs', value: SEARCH_DEBOUNCE_MS, target: '' },
    { figure: 'long tasks while searching', value: searchLongTasks, target: '' },
    { figure: `long tasks, scroll top→bottom (${SCROLL_STEPS} steps)`, value: longTasks.length, target: '0' },
    { figure: 'longest task while scrolling (ms)', value: round(Math.max(0, ...longTasks)), target: '' },
    { figure: 'slowest scroll step (ms)', value: round(stepMax), target: '' },
    { figure: 'rowElements (most at any step)', value: rowElements, target: '< 100' },
  ];
}
