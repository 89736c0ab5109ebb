import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './define.js';
import type { EquipmentAssigner } from './equipment-assigner.js';
import type { EquipmentPicker } from './equipment-picker.js';
import { createCustomerClient } from '../../src/index.js';
import { createReferenceBackend } from '../../src/testing/index.js';
import { waitFor } from '../../stories/support/play.js';

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * Hansen A/S and Berg Rental, and a scenario across days on a clock the test moves: Excavator X assigned to
 * Hansen (2 Dec), moved to Berg (3 Dec 14:02), Loader Y assigned to Hansen and unassigned again (4 Dec), plus
 * `extra` more units assigned to Hansen (5 Dec) for paging. The element shows Hansen.
 */
async function setup(options: { lang?: string; extra?: number } = {}) {
  let now = new Date('2026-12-02T09:00:00Z');
  const backend = createReferenceBackend({ seed: 3, customers: 0, equipment: 0, now: () => now });
  const client = createCustomerClient({
    baseUrl: 'https://fleet.test',
    auth: 'dev:admin',
    fetch: backend.fetch,
    retry: 0,
  });
  const hansen = backend.addCustomer({ name: 'Hansen A/S' });
  const berg = backend.addCustomer({ name: 'Berg Rental' });
  const excavator = backend.addEquipment({ name: 'Excavator X' });
  const loader = backend.addEquipment({ name: 'Loader Y' });
  await client.assignments.assign(hansen.id, [excavator.id]);
  now = new Date('2026-12-03T14:02:00Z');
  await client.assignments.move(berg.id, [excavator.id]);
  now = new Date('2026-12-04T08:00:00Z');
  await client.assignments.assign(hansen.id, [loader.id]);
  now = new Date('2026-12-04T16:30:00Z');
  await client.assignments.unassign(hansen.id, [loader.id]);
  now = new Date('2026-12-05T10:00:00Z');
  const extra = Array.from({ length: options.extra ?? 0 }, (_, i) => backend.addEquipment({ name: `Unit ${i}` }));
  if (extra.length)
    await client.assignments.assign(
      hansen.id,
      extra.map((unit) => unit.id),
    );

  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <equipment-assigner .client=${client} customer-id=${hansen.id}></equipment-assigner>
    </div>`,
  );
  const el = wrapper.querySelector('equipment-assigner') as EquipmentAssigner;
  const root = el.shadowRoot!;
  await waitFor(() => root.querySelector('[role="option"][data-id], .empty-list'));
  return { el, root, backend, client, hansen, berg, excavator, loader };
}

const entries = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('[part="history-entry"]')].map((entry) =>
    entry.textContent!.replace(/\s+/g, ' ').trim(),
  );
const focused = (root: ShadowRoot) => root.activeElement as HTMLElement | null;
const when = (iso: string, locale = 'en') => new Intl.DateTimeFormat(locale, WHEN).format(new Date(iso));

async function openHistory(root: ShadowRoot): Promise<void> {
  root.querySelector<HTMLElement>('#tab-history')!.click();
  await waitFor(() => root.querySelector('[part="history-entry"], #panel-history .empty-list'));
}

describe('equipment-assigner: history', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the History tab shows every change of the customer, newest first, with who and when', async () => {
    const { root } = await setup();
    await openHistory(root);
    expect(entries(root)).to.deep.equal([
      `Loader Y unassigned from Hansen A/S by Astrid Holm · ${when('2026-12-04T16:30:00Z')}`,
      `Loader Y assigned to Hansen A/S by Astrid Holm · ${when('2026-12-04T08:00:00Z')}`,
      `Excavator X moved from Hansen A/S to Berg Rental by Astrid Holm · ${when('2026-12-03T14:02:00Z')}`,
      `Excavator X assigned to Hansen A/S by Astrid Holm · ${when('2026-12-02T09:00:00Z')}`,
    ]);
    expect(root.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-04T16:30:00.000Z');
    expect(root.querySelector('#panel-history .count')!.textContent!.trim()).to.equal('4 changes');
    await expect(root.host).to.be.accessible();
  });

  it('filtering by unit shows only that unit, and All units brings the rest back', async () => {
    const { root, excavator } = await setup();
    await openHistory(root);
    const select = root.querySelector<HTMLSelectElement>('#history-unit')!;
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'All units',
      'Excavator X',
      'Loader Y',
    ]);
    select.value = excavator.id;
    select.dispatchEvent(new Event('change'));
    await waitFor(() => entries(root).length === 2 && entries(root).every((entry) => entry.startsWith('Excavator X')));
    expect(root.querySelector('#panel-history .count')!.textContent!.trim()).to.equal('2 changes');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => entries(root).length === 4);
  });

  it('Show more appends the next page and moves focus to its first entry', async () => {
    const { root } = await setup({ extra: 25 });
    await openHistory(root);
    expect(entries(root)).to.have.length(20);
    root.querySelector<HTMLElement>('[data-history-more]')!.click();
    await waitFor(() => entries(root).length === 29);
    await waitFor(() => focused(root)?.matches('[part="history-entry"]'));
    expect(focused(root)!.textContent).to.contain('Unit 4 assigned to Hansen A/S');
    expect(root.querySelector('[data-history-more]')).to.equal(null);
    expect(entries(root).at(-1)).to.contain('Excavator X assigned to Hansen A/S');
  });

  it('works with the keyboard alone: arrow to the tab, Tab to the filter, Enter on Show more', async () => {
    const { root, excavator } = await setup({ extra: 25 });
    root.querySelector<HTMLElement>('#tab-assigned')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => root.querySelector('[part="history-entry"]'));
    expect(focused(root)?.id).to.equal('tab-history');
    expect(root.querySelector('#tab-history')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    expect(focused(root)?.id).to.equal('history-unit');
    await sendKeys({ press: 'Tab' });
    expect(focused(root)?.matches('[data-history-more]')).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => entries(root).length === 29);
    await waitFor(() => focused(root)?.matches('[part="history-entry"]'));
    // Back to the filter and down to Excavator X (options: All units, Excavator X, Loader Y, Unit 0…).
    root.querySelector<HTMLElement>('#history-unit')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitFor(() => entries(root).length === 2);
    expect(root.querySelector<HTMLSelectElement>('#history-unit')!.value).to.equal(excavator.id);
    root.querySelector<HTMLElement>('#tab-history')!.focus();
    await sendKeys({ press: 'Home' });
    expect(focused(root)?.id).to.equal('tab-assigned');
    await waitFor(() => root.querySelector('#panel-assigned'));
    await expect(root.host).to.be.accessible();
  });

  it('speaks Danish: tabs, sentences and dates', async () => {
    const { root } = await setup({ lang: 'da' });
    expect(root.querySelector('#tab-history')!.textContent!.trim()).to.equal('Historik');
    expect(root.querySelector('#tab-assigned')!.textContent!.trim()).to.equal('Tildelt');
    await openHistory(root);
    expect(entries(root)[2]).to.equal(
      `Excavator X flyttet fra Hansen A/S til Berg Rental af Astrid Holm · ${when('2026-12-03T14:02:00Z', 'da')}`,
    );
    expect(entries(root)[0]).to.contain('Tildelingen af Loader Y til Hansen A/S er fjernet');
    expect(root.querySelector('#panel-history .count')!.textContent!.trim()).to.equal('4 ændringer');
    await expect(root.host).to.be.accessible();
  });

  it('a customer with no changes says so, and the view fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const backend = createReferenceBackend({ seed: 3, customers: 0, equipment: 0 });
    const client = createCustomerClient({ baseUrl: 'https://fleet.test', auth: 'dev:user', fetch: backend.fetch });
    const customer = backend.addCustomer({ name: 'New A/S' });
    const el = await fixture<EquipmentAssigner>(
      html`<equipment-assigner .client=${client} customer-id=${customer.id}></equipment-assigner>`,
    );
    const root = el.shadowRoot!;
    await waitFor(() => root.querySelector('.empty-list'));
    await openHistory(root);
    expect(root.querySelector('#panel-history .empty-list')!.textContent).to.contain('No equipment has been assigned');
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('a change made in the Assigned tab shows when History is opened again', async () => {
    const { root, el, hansen, client, backend } = await setup();
    await openHistory(root);
    const unit = backend.addEquipment({ name: 'Dumper Z' });
    await client.assignments.assign(hansen.id, [unit.id]);
    root.querySelector<HTMLElement>('#tab-assigned')!.click();
    await el.updateComplete;
    await openHistory(root);
    await waitFor(() => entries(root)[0]?.startsWith('Dumper Z assigned to Hansen A/S'));
  });
});

describe('equipment-picker: last assigned', () => {
  it('a unit with no customer now says whom it was last assigned to, and when', async () => {
    const { root, loader, excavator } = await setup();
    root.querySelector<HTMLElement>('[data-assign-trigger]')!.click();
    const picker = root.querySelector<EquipmentPicker>('equipment-picker')!;
    const proot = picker.shadowRoot!;
    const row = await waitFor(() => proot.querySelector<HTMLElement>(`#fleet [data-id="${loader.id}"]`));
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date('2026-12-04T08:00:00Z'));
    expect(row.querySelector('.last-assigned')!.textContent!.trim()).to.equal(`Last: Hansen A/S, ${date}`);
    // A unit that has a customer shows that customer, not a "last" line.
    const held = proot.querySelector<HTMLElement>(`#fleet [data-id="${excavator.id}"]`)!;
    expect(held.textContent).to.contain('Berg Rental');
    expect(held.querySelector('.last-assigned')).to.equal(null);
    await expect(picker).to.be.accessible();
  });
});
