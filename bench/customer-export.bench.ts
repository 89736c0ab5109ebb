import '../components/customer-list/define.js';
import type { CustomerList } from '../components/customer-list/customer-list.js';
import { createCustomerClient } from '../src/index.js';
import { exportCustomersCsv } from '../src/csv/index.js';
import { createReferenceBackend } from '../src/testing/index.js';

/**
 * Exporting 100,000 customers from `<customer-list>` over the in-process reference backend (no network, so the
 * backend's own work runs in the page and is in every figure), the way a user does it: Export, Export, until
 * the file is handed to the browser. Per case:
 * - `totalMs`: the click on the dialog's Export → the download (target ≤ 5,000);
 * - `longTasks` (> 50 ms, PerformanceObserver 'longtask') during that time, and the `longestMs` (target: none);
 * - `rows` and `fileMB` of the file.
 * Cases: customers only; one row per contact (300,000 contacts); and the SDK's `exportCustomersCsv` alone (no
 * element, no task yields between pages) for comparison.
 */
const CUSTOMERS = 100_000;
const CONTACTS = 300_000;

const round = (value: number) => Math.round(value);

/** Long tasks from now on: how many, the longest, and when the longest began (ms after the recorder started). */
function longTaskRecorder() {
  const tasks: { duration: number; startTime: number }[] = [];
  const start = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ duration: entry.duration, startTime: entry.startTime });
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      observer.disconnect();
      const longest = tasks.reduce((a, b) => (b.duration > a.duration ? b : a), { duration: 0, startTime: start });
      return {
        longTasks: tasks.length,
        longestMs: round(longest.duration),
        longestAtMs: tasks.length ? round(longest.startTime - start) : null,
      };
    },
  };
}

/** Resolves with the blob the page hands to the browser to save. */
function nextDownload(): Promise<Blob> {
  return new Promise((resolve) => {
    const create = URL.createObjectURL;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      URL.createObjectURL = create;
      if (object instanceof Blob) resolve(object);
      return create.call(URL, object);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      HTMLAnchorElement.prototype.click = click;
      if (!this.download) click.call(this);
    };
  });
}

const waitFor = async <T>(probe: () => T | null | undefined | false): Promise<T> => {
  for (;;) {
    const value = probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

async function lines(blob: Blob): Promise<number> {
  const text = await blob.text();
  let count = 0;
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) count++;
  return count - 1;
}

async function exportFromList(list: CustomerList, withContacts: boolean) {
  const root = list.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part~="button-export"]')!.click();
  const start = await waitFor(() => root.querySelector<HTMLButtonElement>('#export-dialog [data-export]'));
  const contacts = root.querySelector<HTMLInputElement>('#export-dialog input[name="withContacts"]')!;
  if (contacts.checked !== withContacts) contacts.click();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const download = nextDownload();
  const recorder = longTaskRecorder();
  const begin = performance.now();
  start.click();
  const blob = await download;
  const totalMs = performance.now() - begin;
  // Long tasks are reported after they end: one more frame lets the last one arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const tasks = recorder.stop();
  await waitFor(() => !root.querySelector('#export-dialog'));
  return { totalMs: round(totalMs), ...tasks, rows: await lines(blob), fileMB: Math.round(blob.size / 1e5) / 10 };
}

export async function run() {
  const backend = createReferenceBackend({ seed: 4, customers: CUSTOMERS, contacts: CONTACTS, equipment: 0 });
  const client = createCustomerClient({ baseUrl: 'https://fleet.bench', auth: 'dev:admin', fetch: backend.fetch });
  const list = document.createElement('customer-list');
  list.client = client;
  document.body.append(list);
  // The list on screen, as a user has it before pressing Export (its first page asked the same query).
  await waitFor(() => list.total !== undefined && list.shadowRoot?.querySelector('[part~="button-export"]'));

  console.profile('export');
  const plain = await exportFromList(list, false);
  console.profileEnd('export');
  console.profile('contacts');
  const contacts = await exportFromList(list, true);
  console.profileEnd('contacts');

  const recorder = longTaskRecorder();
  const begin = performance.now();
  let size = 0;
  for await (const chunk of exportCustomersCsv(client, { sort: 'name' })) size += chunk.length;
  const sdkMs = performance.now() - begin;
  await new Promise((resolve) => setTimeout(resolve, 100));
  const sdk = { totalMs: round(sdkMs), ...recorder.stop(), rows: CUSTOMERS, fileMB: Math.round(size / 1e5) / 10 };

  return [
    { case: `element, ${CUSTOMERS.toLocaleString('en')} customers`, ...plain },
    { case: `element, one row per contact (${CONTACTS.toLocaleString('en')})`, ...contacts },
    { case: 'SDK exportCustomersCsv only (no yields)', ...sdk },
  ];
}
