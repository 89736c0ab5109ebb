import '../components/equipment-assigner/define.js';
import type { EquipmentAssigner } from '../components/equipment-assigner/equipment-assigner.js';
import type { EquipmentPicker } from '../components/equipment-assigner/equipment-picker.js';
import { SEARCH_DEBOUNCE_MS } from '../components/equipment-assigner/equipment-picker.js';
import { createCustomerClient } from '../src/index.js';
import { createReferenceBackend } from '../src/testing/index.js';

/**
 * The Select equipment dialog over fleets of 1,000, 10,000 and 100,000 units (the in-process reference backend,
 * so no network time, but the backend's own query time is in every figure):
 * - `openMs`: click on Assign equipment → the first frame after the first rows exist (targets: < 150 ms);
 * - `searchMs`: one keystroke → the frame after the new rows exist, minus the debounce (`debounceMs`); < 100 ms;
 * - scrolling top to bottom in `scrollSteps` jumps of equal length, each waiting for its rows: the slowest step
 *   (`stepMaxMs`), and long tasks (> 50 ms, PerformanceObserver 'longtask') during the whole scroll; target 0;
 * - `rowElements`: the most `[role=option]` elements in the DOM at any step (target < 100);
 * - the JS heap after the first open (and close) and after 20 more opens and closes (`performance.memory`,
 *   Chromium only, coarse without --enable-precise-memory-info; no forced GC here: see `heap()`).
 */
const SIZES = [1_000, 10_000, 100_000];
const SCROLL_STEPS = 40;
const CYCLES = 20;
const BASE_URL = 'https://fleet.bench';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const round = (value: number) => Math.round(value * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;

/** Resolves (with the time) at the first animation frame after `probe()` holds, checking on every DOM change. */
function paintedWhen(root: ShadowRoot, probe: () => boolean, what: string, timeout = 30_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      if (done || !probe()) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now()));
    };
    const observer = new MutationObserver(finish);
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      if (!done) reject(new Error(`timed out waiting for ${what}`));
    }, timeout);
    finish();
  });
}

const usedHeap = () =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;

/**
 * The used JS heap once things settle. `gc()` is only there with --expose-gc, which the runner cannot pass; so
 * the page idles a moment (V8 collects in idle time) and the lowest of a few samples is taken: garbage not yet
 * collected inflates single samples, a leak raises the floor.
 */
async function heap(): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  let lowest = Infinity;
  for (let sample = 0; sample < 5; sample++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    lowest = Math.min(lowest, usedHeap());
  }
  return lowest;
}

async function measure(size: number) {
  const backend = createReferenceBackend({ seed: 1, customers: 40, equipment: size });
  const customer = backend.addCustomer({ name: 'Bench customer', equipment: 20 });
  let searchRequestAt = 0;
  const client = createCustomerClient({
    baseUrl: BASE_URL,
    auth: 'dev:admin',
    fetch: (input, init) => {
      if (!searchRequestAt && String(input).includes('/equipment?') && String(input).includes('search=')) {
        searchRequestAt = performance.now();
      }
      return backend.fetch(input, init);
    },
  });
  const assigner = document.createElement('equipment-assigner') as EquipmentAssigner;
  assigner.client = client;
  assigner.customerId = customer.id;
  document.body.append(assigner);
  const root = assigner.shadowRoot!;
  await paintedWhen(root, () => root.querySelector('[data-assign-trigger]') !== null, 'the element');
  const picker = root.querySelector<EquipmentPicker>('equipment-picker')!;
  const proot = picker.shadowRoot!;
  const list = () => proot.querySelector<HTMLElement>('#fleet');
  const firstId = () => proot.querySelector<HTMLElement>('#fleet [role="option"][data-index="0"]')?.dataset['id'];
  const rowsReady = () => firstId() !== undefined;
  const trigger = root.querySelector<HTMLElement>('[data-assign-trigger]')!;

  const open = async (): Promise<number> => {
    const start = performance.now();
    trigger.click();
    return (await paintedWhen(proot, rowsReady, 'the first rows')) - start;
  };
  const close = async () => {
    picker.close();
    await paintedWhen(proot, () => !picker.isOpen && !list(), 'the dialog to close');
  };

  // Open.
  const openMs = await open();

  // One keystroke in the search box.
  const search = proot.querySelector<HTMLInputElement>('#picker-search')!;
  const before = firstId();
  const total = () => proot.querySelector('#fleet [role="option"]')?.getAttribute('aria-setsize');
  const totalBefore = total();
  search.focus();
  const typed = performance.now();
  search.value = 'v';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  const painted = await paintedWhen(
    proot,
    () => rowsReady() && (firstId() !== before || total() !== totalBefore),
    'the search results',
  );
  const searchMs = painted - typed - SEARCH_DEBOUNCE_MS;
  const requestToPaintMs = painted - searchRequestAt;
  search.value = '';
  search.dispatchEvent(new Event('input', { bubbles: true }));
  search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await paintedWhen(proot, () => rowsReady() && total() === totalBefore, 'the whole fleet again');

  // Scroll top to bottom, counting long tasks.
  const scroller = list()!;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let rowElements = scroller.querySelectorAll('[role="option"]').length;
  let stepMaxMs = 0;
  const steps: number[] = [];
  // In view: rows whose offset (the virtualizer's own `translate`, read from the style, no layout) meets the
  // viewport. Placeholders there mean the step is not done.
  const viewHeight = scroller.clientHeight;
  // Large offsets come back in exponent form (`1.1e+06px`).
  const offsetOf = (row: HTMLElement) => Number(/translate\([^,]+,\s*([-\d.e+]+)px\)/.exec(row.style.transform)?.[1]);
  const rowHeight = scroller.querySelector<HTMLElement>('[role="option"]')!.offsetHeight;
  const viewDone = () => {
    const top = scroller.scrollTop;
    const inView = [...scroller.querySelectorAll<HTMLElement>('[role="option"]')].filter((row) => {
      const offset = offsetOf(row);
      return offset + rowHeight > top && offset < top + viewHeight;
    });
    return (
      inView.length >= Math.floor(viewHeight / rowHeight) && inView.every((row) => row.dataset['id'] !== undefined)
    );
  };
  for (let step = 1; step <= SCROLL_STEPS; step++) {
    const start = performance.now();
    scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * step) / SCROLL_STEPS;
    await paintedWhen(proot, viewDone, `rows in view of ${size} at scroll step ${step}`).catch((error: Error) => {
      const rows = [...scroller.querySelectorAll<HTMLElement>('[role="option"]')].map(
        (row) => `${row.dataset['index']}@${offsetOf(row)}${row.dataset['id'] ? '' : '?'}`,
      );
      throw new Error(`${error.message}: scrollTop ${scroller.scrollTop}, rows ${rows.join(' ')}`);
    });
    const elapsed = performance.now() - start;
    steps.push(elapsed);
    stepMaxMs = Math.max(stepMaxMs, elapsed);
    rowElements = Math.max(rowElements, scroller.querySelectorAll('[role="option"]').length);
    await frame();
  }
  const lastShown =
    scroller.querySelector(`[role="option"][data-index="${Number(totalBefore) - 1}"][data-id]`) !== null;
  await frame();
  observer.disconnect();

  await close();
  const heapFirst = await heap();
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    await open();
    await close();
  }
  const heapAfter = await heap();
  assigner.remove();

  steps.sort((a, b) => a - b);
  return {
    fleet: size,
    openMs: round(openMs),
    debounceMs: SEARCH_DEBOUNCE_MS,
    searchMs: round(searchMs),
    requestToPaintMs: round(requestToPaintMs),
    scrollSteps: SCROLL_STEPS,
    stepMedianMs: round(steps[steps.length >> 1]!),
    stepMaxMs: round(stepMaxMs),
    longTasks: longTasks.length,
    longestTaskMs: round(Math.max(0, ...longTasks)),
    reachedEnd: lastShown,
    rowElements,
    heapFirstMB: mb(heapFirst),
    [`heapAfter${CYCLES}MB`]: mb(heapAfter),
    heapGrowthMB: mb(heapAfter - heapFirst),
  };
}

export async function run(): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (const size of SIZES) rows.push(await measure(size));
  return rows;
}
