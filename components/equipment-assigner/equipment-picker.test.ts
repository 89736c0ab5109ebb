import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './define.js';
import type { EquipmentAssigner } from './equipment-assigner.js';
import type { EquipmentPicker } from './equipment-picker.js';
import { createCustomerClient } from '../../src/index.js';
import { createReferenceBackend, type ReferenceBackend } from '../../src/testing/index.js';
import type { EquipmentChangeDetail } from '../shared/events.js';
import { waitFor } from '../../stories/support/play.js';

interface Setup {
  fleet?: number;
  assigned?: number;
  /** Share of the fleet assigned to the seeded customers. */
  assignedShare?: number;
  /** Wraps the backend's fetch, e.g. to fail or slow one request. */
  fetch?: (backend: ReferenceBackend) => typeof fetch;
}

async function setup(options: Setup = {}) {
  const backend = createReferenceBackend({
    seed: 5,
    customers: 6,
    equipment: options.fleet ?? 150,
    ...(options.assignedShare === undefined ? {} : { assignedShare: options.assignedShare }),
  });
  const customer = backend.addCustomer({ name: 'Picker Customer', equipment: options.assigned ?? 10 });
  const client = createCustomerClient({
    baseUrl: 'https://fleet.test',
    auth: 'dev:admin',
    fetch: options.fetch?.(backend) ?? backend.fetch,
    retry: 0,
  });
  const el = await fixture<EquipmentAssigner>(
    html`<equipment-assigner .client=${client} customer-id=${customer.id}></equipment-assigner>`,
  );
  const root = el.shadowRoot!;
  await waitFor(() => root.querySelector('[role="option"][data-id], .empty-list'));
  const trigger = await waitFor(() => root.querySelector<HTMLButtonElement>('[data-assign-trigger]'));
  const picker = root.querySelector<EquipmentPicker>('equipment-picker')!;
  const events: EquipmentChangeDetail[] = [];
  el.addEventListener('equipment-assigned', (event) => events.push(event.detail));
  return {
    el,
    root,
    picker,
    proot: picker.shadowRoot!,
    trigger,
    backend,
    client,
    customer,
    events,
    owned: () => backend.listEquipment({ customerId: customer.id }).map((unit) => unit.id),
    ownerOf: (id: string) => backend.listEquipment().find((unit) => unit.id === id)?.customer?.id ?? null,
  };
}
type Ctx = Awaited<ReturnType<typeof setup>>;

const press = (key: string) => sendKeys({ press: key });
async function chord(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}
const text = (root: ShadowRoot, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (proot: ShadowRoot, list = 'fleet') =>
  [...proot.querySelectorAll<HTMLElement>(`#${list} [role="option"][data-id]`)].sort(
    (a, b) => Number(a.dataset['index']) - Number(b.dataset['index']),
  );
const shown = (proot: ShadowRoot) =>
  rows(proot)
    .map((row) => row.dataset['id'])
    .join();

/** Opens Select equipment with the keyboard: focus on the trigger, Enter. */
async function openWithKeyboard(ctx: Ctx): Promise<void> {
  ctx.trigger.focus();
  await press('Enter');
  await waitFor(() => ctx.proot.querySelector('dialog#picker[open] #fleet [role="option"][data-id]'));
}

async function choose(ctx: Ctx, id: string, value: string): Promise<void> {
  const before = shown(ctx.proot);
  const select = ctx.proot.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await waitFor(() => shown(ctx.proot) !== before && rows(ctx.proot).length > 0);
}

/** Puts focus on the fleet list and on the option at `index`. */
async function focusOption(ctx: Ctx, index: number): Promise<void> {
  const list = ctx.proot.querySelector<HTMLElement>('#fleet')!;
  list.focus();
  await press('Home');
  for (let i = 0; i < index; i++) await press('ArrowDown');
  await waitFor(() => list.getAttribute('aria-activedescendant') === `fleet-${index}`);
}

const selectedCount = (proot: ShadowRoot) => text(proot, '.selected-count');
/** A button of the "Move N units from other customers?" question, by what it says. */
const moveButton = (proot: ShadowRoot, label: string) =>
  [...proot.querySelectorAll<HTMLElement>('dialog#move button')].find(
    (button) => button.textContent?.trim() === label,
  )!;

describe('equipment-picker (Select equipment)', () => {
  it('opens from Assign equipment with the keyboard, focus in the search box, the whole fleet listed, axe clean', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    expect(ctx.picker.shadowRoot!.activeElement?.id).to.equal('picker-search');
    expect(text(ctx.proot, '[part="count"]')).to.equal('150 units');
    const list = ctx.proot.querySelector('#fleet')!;
    expect(list.getAttribute('aria-multiselectable')).to.equal('true');
    expect(rows(ctx.proot)[0]!.getAttribute('aria-setsize')).to.equal('150');
    await expect(ctx.el).to.be.accessible();
  });

  it('searches on the server after a pause in typing, not on every keystroke', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    const target = ctx.backend.listEquipment().find((unit) => unit.customer === null && unit.serialNumber)!;
    ctx.backend.clearRequests();
    await sendKeys({ type: target.serialNumber! });
    await waitFor(() => shown(ctx.proot) === target.id);
    // A busy machine may pause mid-word and search a part first; never one request per keystroke, and the last
    // request is the whole serial number.
    const searches = ctx.backend.requests.filter((request) => request.path.includes('search='));
    expect(searches.length).to.be.within(1, Math.max(1, target.serialNumber!.length - 1));
    expect(decodeURIComponent(searches.at(-1)!.path.replace(/\+/g, ' '))).to.contain(`search=${target.serialNumber}`);
    expect(text(ctx.proot, '[part="count"]')).to.equal('1 matching unit');
  });

  it('filters by assignment and brand (from the facets), on the server', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'none');
    expect(rows(ctx.proot).every((row) => row.textContent!.includes('Not assigned'))).to.equal(true);
    await choose(ctx, 'picker-assignment', 'other');
    const names = rows(ctx.proot).map((row) => row.querySelector('.owner-chip')!.textContent!.trim());
    expect(names.length).to.be.above(0);
    expect(names).to.not.include('Picker Customer');
    expect(names).to.not.include('Already assigned here');
    await choose(ctx, 'picker-assignment', 'any');
    const brandOption = ctx.proot.querySelector<HTMLOptionElement>('#picker-brand option:nth-child(2)')!;
    expect(brandOption.textContent).to.match(/\(\d+\)$/);
    await choose(ctx, 'picker-brand', brandOption.value);
    const total = ctx.backend.listEquipment().filter((unit) => unit.brand === brandOption.value).length;
    expect(text(ctx.proot, '[part="count"]')).to.equal(total === 1 ? '1 matching unit' : `${total} matching units`);
    expect(ctx.backend.requests.at(-1)!.path).to.contain(`brand=${encodeURIComponent(brandOption.value)}`);
    await expect(ctx.el).to.be.accessible();
  });

  it('marks units already assigned to this customer and never selects them', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    const mine = await waitFor(() => ctx.proot.querySelector<HTMLElement>('#fleet [aria-disabled="true"][data-id]'));
    expect(ctx.owned()).to.include(mine.dataset['id']);
    expect(mine.textContent).to.contain('Already assigned here');
    mine.click();
    await focusOption(ctx, Number(mine.dataset['index']));
    await press('Space');
    await chord('Control', 'a');
    await waitFor(() => selectedCount(ctx.proot) === `${150 - 10} selected`);
    expect(ctx.picker.selectedIds).to.not.include.members(ctx.owned());
  });

  it('with the keyboard alone: selection kept across searches, reviewed, assigned; focus back; the list shows them', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'none');
    const first = rows(ctx.proot)[0]!.dataset['id']!;
    const second = rows(ctx.proot)[1]!.dataset['id']!;
    await focusOption(ctx, 0);
    await press('Space');
    await press('ArrowDown');
    await press('Space');
    expect(selectedCount(ctx.proot)).to.equal('2 selected');
    // Another search: the two stay selected.
    const third = ctx.backend
      .listEquipment()
      .find((unit) => unit.customer === null && ![first, second].includes(unit.id))!;
    const search = ctx.proot.querySelector<HTMLInputElement>('#picker-search')!;
    search.focus();
    await sendKeys({ type: third.serialNumber! });
    await waitFor(() => shown(ctx.proot) === third.id);
    await press('ArrowDown');
    expect(ctx.proot.activeElement?.id).to.equal('fleet');
    await press('Space');
    expect(selectedCount(ctx.proot)).to.equal('3 selected');
    // Review: uncheck the second, keep the others.
    ctx.proot.querySelector<HTMLElement>('[part~="button-review"]')!.focus();
    await press('Enter');
    await waitFor(() => rows(ctx.proot, 'review').length === 3);
    await expect(ctx.el).to.be.accessible();
    const reviewList = ctx.proot.querySelector<HTMLElement>('#review')!;
    reviewList.focus();
    const position = rows(ctx.proot, 'review').findIndex((row) => row.dataset['id'] === second);
    for (let i = 0; i < position; i++) await press('ArrowDown');
    await press('Space');
    expect(selectedCount(ctx.proot)).to.equal('2 selected');
    // Tab to Assign and press it.
    const assign = ctx.proot.querySelector<HTMLElement>('[data-assign]')!;
    for (let i = 0; i < 6 && ctx.proot.activeElement !== assign; i++) await press('Tab');
    expect(ctx.proot.activeElement).to.equal(assign);
    await press('Enter');
    await waitFor(() => !ctx.picker.isOpen);
    expect(ctx.events).to.deep.equal([{ customerId: ctx.customer.id, equipmentIds: [first, third.id] }]);
    expect(ctx.owned()).to.include.members([first, third.id]);
    expect(ctx.owned()).to.not.include(second);
    expect(ctx.owned().length).to.equal(12);
    expect(ctx.root.activeElement).to.equal(ctx.trigger);
    await waitFor(() => text(ctx.root, '[part="count"]') === '12 units');
    await waitFor(() => text(ctx.root, '.success-notice').includes('2 units assigned.'));
  });

  it('Review pressed while a search is still pending stays on the review once that search runs', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'none');
    await focusOption(ctx, 0);
    await press('Space');
    expect(selectedCount(ctx.proot)).to.equal('1 selected');
    const search = ctx.proot.querySelector<HTMLInputElement>('#picker-search')!;
    search.value = 'zz-no-such-unit';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    ctx.proot.querySelector<HTMLElement>('[part~="button-review"]')!.click();
    await waitFor(() => ctx.backend.requests.some((request) => request.path.includes('zz-no-such-unit')));
    await waitFor(() => rows(ctx.proot, 'review').length === 1);
    expect(ctx.proot.querySelector('#review')).to.exist;
    expect(ctx.proot.querySelector('#fleet')).to.not.exist;
  });

  it('assigning to a customer that had none lists the new units and their count, as the server holds them', async () => {
    const ctx = await setup({ assigned: 0 });
    expect(text(ctx.root, '.empty-list')).to.equal('No equipment is assigned to this customer yet.');
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'none');
    const chosen = rows(ctx.proot)
      .slice(0, 2)
      .map((row) => row.dataset['id']!);
    await focusOption(ctx, 0);
    await press('Space');
    await press('ArrowDown');
    await press('Space');
    ctx.proot.querySelector<HTMLElement>('[data-assign]')!.click();
    await waitFor(() => !ctx.picker.isOpen);
    // What the user reads: the message, the count and the two rows, with no empty-state left over.
    await waitFor(() => text(ctx.root, '[part="count"]') === '2 units');
    await waitFor(
      () =>
        [...ctx.root.querySelectorAll<HTMLElement>('#assigned [role="option"][data-id]')]
          .map((row) => row.dataset['id'])
          .sort()
          .join() === [...chosen].sort().join(),
    );
    await waitFor(() => text(ctx.root, '.success-notice').includes('2 units assigned.'));
    expect(ctx.root.querySelector('.empty-list')).to.equal(null);
    expect(ctx.owned().sort()).to.deep.equal([...chosen].sort());
    await expect(ctx.el).to.be.accessible();
  });

  it('at 320 px lists every unit as a card that keeps its serial number and owner', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const ctx = await setup();
      await openWithKeyboard(ctx);
      const row = rows(ctx.proot)[0]!;
      const unit = ctx.backend.listEquipment().find((each) => each.id === row.dataset['id'])!;
      const serial = row.querySelector<HTMLElement>('.serial')!;
      await waitFor(() => serial.offsetWidth > 100);
      expect(serial.innerText.replace(/\s+/g, ' ').trim()).to.equal(`Serial number: ${unit.serialNumber}`);
      expect(serial.scrollWidth).to.be.at.most(serial.clientWidth);
      const status = row.querySelector<HTMLElement>('.status')!;
      expect(status.offsetWidth).to.be.above(0);
      expect(row.getBoundingClientRect().right).to.be.at.most(320);
      await expect(ctx.el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('at 320 px a keyboard user reads the focused unit whole: name, serial number and owner, nothing cut short', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const ctx = await setup();
      await openWithKeyboard(ctx);
      await choose(ctx, 'picker-assignment', 'other');
      // Into the list from the search box with ArrowDown, then one row down, as a keyboard user would.
      ctx.proot.querySelector<HTMLInputElement>('#picker-search')!.focus();
      await press('ArrowDown');
      await press('ArrowDown');
      const list = ctx.proot.querySelector<HTMLElement>('#fleet')!;
      await waitFor(() => list.getAttribute('aria-activedescendant') === 'fleet-1');
      const option = ctx.proot.querySelector<HTMLElement>('#fleet-1')!;
      const unit = ctx.backend.listEquipment().find((each) => each.id === option.dataset['id'])!;
      const fullName = unit.externalReference ? `${unit.name} ${unit.externalReference}` : unit.name;
      const line = await waitFor(() => ctx.proot.querySelector<HTMLElement>('[part="full-text"]'));
      await waitFor(() => line.innerText.includes(fullName));
      expect(line.offsetHeight).to.be.above(0);
      expect(line.scrollWidth).to.be.at.most(line.clientWidth);
      expect(line.getBoundingClientRect().right).to.be.at.most(320);
      expect(line.innerText).to.contain(`Serial number: ${unit.serialNumber ?? 'Not given'}`);
      const owner = option.querySelector<HTMLElement>('.owner-chip.other')!.textContent!.trim();
      expect(line.innerText).to.contain(owner);
      // Screen readers hear the option's own text, which holds the whole name too.
      expect(option.textContent!.replace(/\s+/g, ' ')).to.contain(fullName);
      await expect(ctx.el).to.be.accessible();
      list.blur();
      await waitFor(() => line.offsetHeight === 0);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('never moves a unit of another customer without "Move them here"; can assign only the others', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'other');
    const theirs = rows(ctx.proot)[0]!.dataset['id']!;
    const owner = ctx.ownerOf(theirs);
    await focusOption(ctx, 0);
    await press('Space');
    await choose(ctx, 'picker-assignment', 'none');
    const free = rows(ctx.proot)[0]!.dataset['id']!;
    rows(ctx.proot)[0]!.click();
    await ctx.picker.updateComplete;
    expect(selectedCount(ctx.proot)).to.equal('2 selected');

    const question = async () => {
      ctx.proot.querySelector<HTMLElement>('[data-assign]')!.click();
      return waitFor(() => ctx.proot.querySelector<HTMLDialogElement>('dialog#move[open]'));
    };
    // Escape: nothing sent.
    let dialog = await question();
    expect(text(ctx.proot, 'dialog#move h2')).to.equal('Move 1 unit from another customer?');
    expect(text(ctx.proot, 'dialog#move')).to.contain(ctx.backend.getCustomer(owner!)!.name);
    expect(ctx.proot.activeElement?.textContent?.trim()).to.equal('Move them here');
    await expect(ctx.el).to.be.accessible();
    await press('Escape');
    await waitFor(() => !dialog.open);
    expect(ctx.picker.isOpen).to.equal(true);
    expect(ctx.ownerOf(theirs)).to.equal(owner);
    expect(ctx.ownerOf(free)).to.equal(null);
    // "Assign only the others": the free unit only.
    dialog = await question();
    moveButton(ctx.proot, 'Assign only the others').click();
    await waitFor(() => !ctx.picker.isOpen);
    expect(ctx.ownerOf(free)).to.equal(ctx.customer.id);
    expect(ctx.ownerOf(theirs)).to.equal(owner);
    expect(ctx.events.at(-1)!.equipmentIds).to.deep.equal([free]);
    // Now move it, confirmed.
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'other');
    const row = rows(ctx.proot).find((each) => each.dataset['id'] === theirs)!;
    row.click();
    await question();
    moveButton(ctx.proot, 'Move them here').click();
    await waitFor(() => !ctx.picker.isOpen);
    expect(ctx.ownerOf(theirs)).to.equal(ctx.customer.id);
    expect(ctx.events.at(-1)!.equipmentIds).to.deep.equal([theirs]);
  });

  it('a unit taken by another customer meanwhile (409) is not moved without asking', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'none');
    const id = rows(ctx.proot)[0]!.dataset['id']!;
    rows(ctx.proot)[0]!.click();
    const other = ctx.backend.addCustomer({ name: 'Rival ApS' });
    await ctx.client.assignments.assign(other.id, [id]);
    ctx.proot.querySelector<HTMLElement>('[data-assign]')!.click();
    await waitFor(() => ctx.proot.querySelector('dialog#move[open]'));
    expect(text(ctx.proot, 'dialog#move')).to.contain('Rival ApS');
    moveButton(ctx.proot, 'Cancel').click();
    await waitFor(() => !ctx.proot.querySelector('dialog#move[open]'));
    expect(ctx.ownerOf(id)).to.equal(other.id);
    expect(selectedCount(ctx.proot)).to.equal('1 selected');
  });

  it('a failure keeps the selection and Retry sends it again', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'none');
    const ids = rows(ctx.proot)
      .slice(0, 3)
      .map((row) => row.dataset['id']!);
    for (const row of rows(ctx.proot).slice(0, 3)) row.click();
    ctx.backend.setFaults([{ match: { method: 'POST', path: '/customers/*/equipment' }, network: true, times: 1 }]);
    ctx.proot.querySelector<HTMLElement>('[data-assign]')!.click();
    await waitFor(() => ctx.proot.querySelector('.error-state'));
    expect(text(ctx.proot, '.error-state')).to.contain('The equipment was not assigned.');
    expect(text(ctx.proot, '.error-state')).to.contain('Your selection is kept');
    expect(selectedCount(ctx.proot)).to.equal('3 selected');
    expect(ctx.picker.isOpen).to.equal(true);
    await expect(ctx.el).to.be.accessible();
    ctx.proot.querySelector<HTMLElement>('.error-state button')!.click();
    await waitFor(() => !ctx.picker.isOpen);
    expect(ctx.owned()).to.include.members(ids);
    expect(ctx.events.at(-1)!.equipmentIds).to.deep.equal(ids);
  });

  it('over 10,000 units: batches with a progress bar; a failed batch says exactly what was done and keeps the rest', async function () {
    this.timeout(60_000);
    let posts = 0;
    let release: () => void = () => {};
    const secondBatchSent = new Promise<void>((resolve) => (release = resolve));
    const ctx = await setup({
      fleet: 10_400,
      assigned: 0,
      assignedShare: 0,
      fetch: (backend) => async (input, init) => {
        // The SDK may pass a Request (ky does) or a URL with init; only method and URL are read, never the body.
        const request = input instanceof Request ? input : new Request(input, init);
        if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/equipment') && ++posts === 2) {
          release();
          await new Promise((resolve) => setTimeout(resolve, 300));
          return new Response(JSON.stringify({ status: 503, code: 'unavailable', message: 'Down', requestId: 'x' }), {
            status: 503,
            headers: { 'content-type': 'application/json' },
          });
        }
        return backend.fetch(input, init);
      },
    });
    await openWithKeyboard(ctx);
    ctx.proot.querySelector<HTMLElement>('#fleet')!.focus();
    await chord('Control', 'a');
    await waitFor(() => selectedCount(ctx.proot) === '10,400 selected', 20_000);
    ctx.proot.querySelector<HTMLElement>('[data-assign]')!.click();
    await secondBatchSent;
    const progress = await waitFor(() => ctx.proot.querySelector('progress'));
    expect(progress.value).to.equal(10_000);
    expect(progress.max).to.equal(10_400);
    expect(text(ctx.proot, '[part="progress"]')).to.equal('Assigning 10,000 of 10,400…');
    await waitFor(() => ctx.proot.querySelector('.error-state'));
    expect(text(ctx.proot, '.error-state')).to.contain(
      '10,000 were done before the error; 400 were not and are still selected.',
    );
    expect(selectedCount(ctx.proot)).to.equal('400 selected');
    expect(ctx.owned().length).to.equal(10_000);
    expect(ctx.events.length).to.equal(1);
    expect(ctx.events[0]!.equipmentIds.length).to.equal(10_000);
    ctx.proot.querySelector<HTMLElement>('.error-state button')!.click();
    await waitFor(() => !ctx.picker.isOpen, 20_000);
    expect(ctx.owned().length).to.equal(10_400);
    expect(ctx.events.at(-1)!.equipmentIds.length).to.equal(400);
  });

  it('says which units were not assigned and why (skipped)', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    await choose(ctx, 'picker-assignment', 'none');
    const [a, b] = rows(ctx.proot);
    a!.click();
    b!.click();
    const name = ctx.backend.listEquipment().find((unit) => unit.id === a!.dataset['id'])!.name;
    await ctx.client.assignments.assign(ctx.customer.id, [a!.dataset['id']!]);
    ctx.proot.querySelector<HTMLElement>('[data-assign]')!.click();
    await waitFor(() => !ctx.picker.isOpen);
    await waitFor(() => ctx.root.querySelector('.notice .skipped'));
    expect(text(ctx.root, '.notice')).to.contain('1 unit assigned.');
    expect(text(ctx.root, '.notice .skipped')).to.equal(`${name}: was already assigned to this customer`);
    expect(ctx.events.at(-1)!.equipmentIds).to.deep.equal([b!.dataset['id']]);
  });

  it('Escape closes at once without a selection; with one it asks first', async () => {
    const ctx = await setup();
    await openWithKeyboard(ctx);
    await press('Escape');
    await waitFor(() => !ctx.picker.isOpen);
    expect(ctx.root.activeElement).to.equal(ctx.trigger);
    await openWithKeyboard(ctx);
    await focusOption(ctx, 0);
    await chord('Control', 'a');
    await waitFor(() => /^\d+ selected$/.test(selectedCount(ctx.proot)) && selectedCount(ctx.proot) !== '0 selected');
    await press('Escape');
    await waitFor(() => ctx.proot.querySelector('dialog#discard[open]'));
    await expect(ctx.el).to.be.accessible();
    // Focus starts on "Keep selecting".
    await press('Enter');
    await waitFor(() => !ctx.proot.querySelector('dialog#discard[open]'));
    expect(ctx.picker.isOpen).to.equal(true);
    await press('Escape');
    await waitFor(() => ctx.proot.querySelector('dialog#discard[open]'));
    await press('Tab');
    await press('Enter');
    await waitFor(() => !ctx.picker.isOpen);
    expect(ctx.events).to.deep.equal([]);
    expect(ctx.root.activeElement).to.equal(ctx.trigger);
  });

  it('renders names with markup as text', async () => {
    const ctx = await setup();
    const evil = ctx.backend.addCustomer({ name: '<i>Evil</i> & Co' });
    const unit = ctx.backend.addEquipment({ name: '<b>Zz unit</b>', customerId: evil.id });
    await openWithKeyboard(ctx);
    await sendKeys({ type: 'Zz unit' });
    const row = await waitFor(() => ctx.proot.querySelector<HTMLElement>(`#fleet [data-id="${unit.id}"]`));
    expect(row.querySelector('b, i')).to.equal(null);
    expect(row.textContent).to.contain('<b>Zz unit</b>');
    expect(row.textContent).to.contain('<i>Evil</i> & Co');
  });

  it('a scrollbar drag right after opening lands where it was dragged (not pulled back)', async function () {
    this.timeout(30_000);
    const ctx = await setup({ fleet: 10_000 });
    await openWithKeyboard(ctx);
    const list = ctx.proot.querySelector<HTMLElement>('#fleet')!;
    expect(list.scrollHeight).to.be.above(100_000);
    list.scrollTop = 11_000;
    await waitFor(() => {
      const rows = [...list.querySelectorAll<HTMLElement>('[role="option"][data-id]')];
      return rows.some((row) => Number(row.dataset['index']) > 200);
    }, 2000);
    expect(list.scrollTop).to.be.closeTo(11_000, 50);
  });

  it('100,000 units: fewer than 100 row elements, End jumps to the last unit', async function () {
    this.timeout(60_000);
    const ctx = await setup({ fleet: 100_000 });
    await openWithKeyboard(ctx);
    const list = ctx.proot.querySelector<HTMLElement>('#fleet')!;
    expect(list.querySelectorAll('[role="option"]').length).to.be.below(100);
    expect(rows(ctx.proot)[0]!.getAttribute('aria-setsize')).to.equal('100000');
    list.focus();
    await press('End');
    await waitFor(() => list.querySelector('[data-index="99999"][data-id]'), 10_000);
    expect(list.getAttribute('aria-activedescendant')).to.equal('fleet-99999');
    expect(list.querySelectorAll('[role="option"]').length).to.be.below(100);
    const last = await ctx.client.equipment.list({ sort: '-name', limit: 1, customerId: ctx.customer.id });
    expect(list.querySelector<HTMLElement>('[data-index="99999"]')!.dataset['id']).to.equal(last.items[0]!.id);
  });
});
