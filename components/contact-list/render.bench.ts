/**
 * A quick measurement, not a test (no timed assertions): rendering 1,000 contacts in headless Chromium.
 * Run alone: `npx wtr --files components/contact-list/render.bench.ts`.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { ContactList } from './contact-list.js';
import { demoClient } from '../../stories/support/demo-client.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(1);

describe('contact-list rendering, 1,000 contacts (measurement)', () => {
  it('measures', async function () {
    this.timeout(120_000);
    const load: number[] = [];
    const sdk: number[] = [];
    const firstRender: number[] = [];
    const litOnly: number[] = [];
    const frames: number[] = [];
    const toggle: number[] = [];
    const selectAll: number[] = [];
    const edit: number[] = [];
    for (let run = 0; run < 7; run++) {
      const { client, backend } = demoClient({ customers: 3 });
      const customer = backend.addCustomer({ name: 'Bench', contacts: 1000 });
      let t = performance.now();
      await client.contacts.list(customer.id, { limit: 1000 });
      sdk.push(performance.now() - t);
      t = performance.now();
      const el = await fixture<ContactList>(
        html`<contact-list .client=${client} customer-id=${customer.id}></contact-list>`,
      );
      let rendered = 0;
      await waitUntil(
        () => {
          const done = el.shadowRoot!.querySelectorAll('tbody tr').length === 1000;
          if (done && !rendered) rendered = performance.now();
          return done;
        },
        '',
        { interval: 1, timeout: 20000 },
      );
      el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      await frame();
      load.push(performance.now() - t);
      // Lit render alone: rows are in; re-render everything from scratch by replacing the rows array copy.
      const host = el as unknown as { rows: unknown[] };
      const rows = host.rows;
      host.rows = [];
      await el.updateComplete;
      t = performance.now();
      host.rows = [...rows];
      await el.updateComplete;
      litOnly.push(performance.now() - t);
      el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      firstRender.push(performance.now() - t);
      const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
      let last = performance.now();
      for (let step = 0; step < 60; step++) {
        wrap.scrollTop += 400;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      wrap.scrollTop = 0;
      const box = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-select]')[500]!;
      t = performance.now();
      box.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      toggle.push(performance.now() - t);
      t = performance.now();
      el.shadowRoot!.querySelector<HTMLInputElement>('input[data-select-all]')!.click();
      await el.updateComplete;
      el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      selectAll.push(performance.now() - t);
      t = performance.now();
      el.shadowRoot!.querySelector<HTMLElement>('[data-action="edit"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('input[data-edit]').length === 4000, '', { interval: 1 });
      el.shadowRoot!.querySelector('table')!.getBoundingClientRect();
      edit.push(performance.now() - t);
      el.remove();
    }
    console.log(
      `median of 7 runs (ms): SDK list of 1,000 (in-process backend + validation) ${median(sdk)}; ` +
        `element mount → 1,000 rows laid out ${median(load)}; Lit render of 1,000 rows ${median(litOnly)}, + style and layout ${median(firstRender)}; ` +
        `toggle one row ${median(toggle)}; select all ${median(selectAll)}; edit all 1,000 (4,000 inputs) ${median(edit)}; scrolling frames median ${median(frames)}, worst ${Math.max(...frames).toFixed(1)}`,
    );
  });
});
