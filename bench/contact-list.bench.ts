import '../components/contact-list/define.js';
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-selection-column.js';
import type { ContactList } from '../components/contact-list/contact-list.js';
import type { Contact } from '../src/schemas/contact.js';
import { createCustomerClient } from '../src/index.js';
import { createReferenceBackend } from '../src/testing/index.js';

/**
 * The contact list at 1,000 contacts beside vaadin-grid over the same SDK data, in one run (medians of RUNS):
 * - `mountMs`: element in the page → the first frame with rows (ours: includes the SDK call; vaadin-grid: the
 *   same `contacts.list` call, then `items`);
 * - `selectAllMs`: the select-all check box → the next frame (vaadin-grid: `selectedItems = all`, which is
 *   what its select-all does);
 * - `editMs` / `cancelMs`: Edit contacts on all 1,000 selected rows → the frame with focus in the first input;
 *   Cancel → the frame after (vaadin-grid has no bulk edit);
 * - `scrollLongTasks`: long tasks (> 50 ms, PerformanceObserver 'longtask') over a wheel-speed scroll from the
 *   top to the bottom (120 px per frame, as one wheel notch per frame), and `scrollWorstFrameMs`.
 * Numbers only: nothing here asserts a time.
 */
const ROWS = 1000;
const RUNS = 5;
const BASE_URL = 'https://fleet.bench';

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
const median = (values: number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! * 10) / 10;

async function until(probe: () => unknown, what: string, timeout = 30_000): Promise<void> {
  const start = performance.now();
  while (!probe()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function data() {
  const backend = createReferenceBackend({ seed: 1, customers: 3 });
  const customer = backend.addCustomer({ name: 'Bench', contacts: ROWS });
  const client = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin', fetch: backend.fetch });
  return { client, customerId: customer.id };
}

/** Long tasks and the slowest frame while `scroller` scrolls from top to bottom at wheel speed. */
async function wheelScroll(scroller: HTMLElement): Promise<{ longTasks: number; worstFrame: number }> {
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  observer.observe({ type: 'longtask', buffered: false });
  let worstFrame = 0;
  let last = await frame();
  while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 1) {
    scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, bubbles: true }));
    scroller.scrollTop += 120;
    const now = await frame();
    worstFrame = Math.max(worstFrame, now - last);
    last = now;
  }
  await frame();
  observer.disconnect();
  return { longTasks, worstFrame };
}

async function ours() {
  const { client, customerId } = data();
  const t0 = performance.now();
  const el = document.createElement('contact-list') as ContactList;
  el.client = client;
  el.customerId = customerId;
  document.body.append(el);
  const root = () => el.shadowRoot!;
  await until(() => root()?.querySelector('.grid-body .row input[data-select]'), 'our rows');
  const mount = (await frame()) - t0;

  const t1 = performance.now();
  root().querySelector<HTMLInputElement>('input[data-select-all]')!.click();
  await el.updateComplete;
  const selectAll = (await frame()) - t1;

  const t2 = performance.now();
  root().querySelector<HTMLElement>('[data-action="edit"]')!.click();
  await until(() => root().activeElement?.matches('input[data-edit]'), 'focus in the first input');
  const edit = (await frame()) - t2;

  const t3 = performance.now();
  root().querySelector<HTMLElement>('[data-action="cancel"]')!.click();
  await until(() => !root().querySelector('input[data-edit]'), 'edit mode to end');
  const cancel = (await frame()) - t3;

  const scroll = await wheelScroll(root().querySelector<HTMLElement>('.grid-frame')!);
  el.remove();
  return { mount, selectAll, edit, cancel, ...scroll };
}

async function vaadin() {
  const { client, customerId } = data();
  const t0 = performance.now();
  const grid = document.createElement('vaadin-grid') as unknown as HTMLElement & {
    items: Contact[];
    selectedItems: Contact[];
    $: { table: HTMLElement };
  };
  grid.style.height = '32rem';
  grid.innerHTML = `<vaadin-grid-selection-column></vaadin-grid-selection-column>
    <vaadin-grid-column path="name" header="Name"></vaadin-grid-column>
    <vaadin-grid-column path="email" header="E-mail"></vaadin-grid-column>
    <vaadin-grid-column path="phone" header="Phone"></vaadin-grid-column>
    <vaadin-grid-column path="title" header="Title"></vaadin-grid-column>`;
  document.body.append(grid);
  const page = await client.contacts.list(customerId, { limit: ROWS, sort: 'name' });
  grid.items = page.items;
  const first = page.items[0]!.name;
  await until(
    () => [...grid.querySelectorAll('vaadin-grid-cell-content')].some((cell) => cell.textContent?.trim() === first),
    'vaadin rows',
  );
  const mount = (await frame()) - t0;

  const t1 = performance.now();
  grid.selectedItems = [...page.items];
  const selectAll = (await frame()) - t1;

  const scroll = await wheelScroll(grid.$.table);
  grid.remove();
  return { mount, selectAll, ...scroll };
}

export async function run() {
  const a: Awaited<ReturnType<typeof ours>>[] = [];
  const b: Awaited<ReturnType<typeof vaadin>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so neither gets the warmer JIT or the quieter machine.
    a.push(await ours());
    b.push(await vaadin());
  }
  const pick = <T, K extends keyof T>(list: T[], key: K) => median(list.map((item) => Number(item[key])));
  return [
    {
      list: 'contact-list (virtualized grid)',
      rows: ROWS,
      mountMs: pick(a, 'mount'),
      selectAllMs: pick(a, 'selectAll'),
      editMs: pick(a, 'edit'),
      cancelMs: pick(a, 'cancel'),
      scrollLongTasks: Math.max(...a.map((run) => run.longTasks)),
      scrollWorstFrameMs: pick(a, 'worstFrame'),
    },
    {
      list: 'vaadin-grid 25.3.0',
      rows: ROWS,
      mountMs: pick(b, 'mount'),
      selectAllMs: pick(b, 'selectAll'),
      editMs: '—',
      cancelMs: '—',
      scrollLongTasks: Math.max(...b.map((run) => run.longTasks)),
      scrollWorstFrameMs: pick(b, 'worstFrame'),
    },
  ];
}
