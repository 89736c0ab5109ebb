import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { EquipmentAssigner } from './equipment-assigner.js';
import { defineElement } from '../shared/registry.js';
import { createCustomerClient } from '../../src/index.js';
import { createReferenceBackend, type FaultRule } from '../../src/testing/index.js';
import type { EquipmentChangeDetail } from '../shared/events.js';
import { waitFor } from '../../stories/support/play.js';

interface Setup {
  fleet?: number;
  assigned?: number;
  role?: 'admin' | 'fleet-admin' | 'user' | 'technician';
  faults?: FaultRule[];
  lang?: string;
}

/** A small fleet and one customer with some of it; the element on the page, its first rows loaded. */
async function setup(options: Setup = {}) {
  const backend = createReferenceBackend({ seed: 3, customers: 6, equipment: options.fleet ?? 200 });
  const customer = backend.addCustomer({ name: 'Test Customer', equipment: options.assigned ?? 30 });
  backend.setFaults(options.faults ?? []);
  const client = createCustomerClient({
    baseUrl: 'https://fleet.test',
    auth: `dev:${options.role ?? 'admin'}`,
    fetch: backend.fetch,
    retry: 0,
  });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <equipment-assigner .client=${client} customer-id=${customer.id}></equipment-assigner>
    </div>`,
  );
  const el = wrapper.querySelector('equipment-assigner') as EquipmentAssigner;
  const root = el.shadowRoot!;
  await waitFor(() => root.querySelector('[role="option"][data-id], .empty-list, .error-state'));
  await el.updateComplete;
  return { el, root, backend, client, customer, owned: () => backend.listEquipment({ customerId: customer.id }) };
}

const rowIds = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('#assigned [role="option"][data-id]')]
    .sort((a, b) => Number(a.dataset['index']) - Number(b.dataset['index']))
    .map((row) => row.dataset['id']!);
const selectedIndexes = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('#assigned [role="option"][aria-selected="true"]')]
    .map((row) => Number(row.dataset['index']))
    .sort((a, b) => a - b);
const text = (root: ShadowRoot, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const press = (key: string) => sendKeys({ press: key });
/** A key with a modifier held, e.g. `chord('Shift', 'ArrowDown')`. */
async function chord(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}
/** Clicks the rows at these indexes, then waits for the element to render the selection. */
async function clickRows(el: EquipmentAssigner, indexes: number[]): Promise<void> {
  for (const index of indexes) el.shadowRoot!.querySelector<HTMLElement>(`#assigned [data-index="${index}"]`)!.click();
  await el.updateComplete;
}
const focused = (root: ShadowRoot) => root.activeElement as HTMLElement | null;

describe('equipment-assigner', () => {
  describe('the list', () => {
    it('shows each unit with name, brand and model, type, serial number, hours and last seen, and the count', async () => {
      const { root, owned } = await setup();
      expect(text(root, '[part="count"]')).to.equal('30 units');
      const first = root.querySelector<HTMLElement>('#assigned [role="option"][data-index="0"]')!;
      const unit = owned().find((each) => each.id === first.dataset['id'])!;
      const content = first.textContent!.replace(/\s+/g, ' ');
      expect(content).to.contain(unit.name);
      expect(content).to.contain(`Serial number: ${unit.serialNumber}`);
      expect(content).to.contain('Brand and model:');
      expect(content).to.contain('Operating hours:');
      expect(content).to.contain('Last seen:');
      expect(first.getAttribute('aria-posinset')).to.equal('1');
      expect(first.getAttribute('aria-setsize')).to.equal('30');
    });

    it('is a labelled multi-select listbox and passes axe', async () => {
      const { el, root } = await setup();
      const list = root.querySelector('#assigned')!;
      expect(list.getAttribute('role')).to.equal('listbox');
      expect(list.getAttribute('aria-multiselectable')).to.equal('true');
      expect(list.getAttribute('aria-label')).to.equal('Assigned equipment');
      await expect(el).to.be.accessible();
    });

    it('searches on the server and sorts', async () => {
      const { el, root, owned, backend, client, customer } = await setup();
      const target = owned()[4]!;
      const search = root.querySelector<HTMLInputElement>('#search')!;
      search.focus();
      await sendKeys({ type: target.serialNumber! });
      await waitFor(() => rowIds(root).join() === target.id);
      expect(text(root, '[part="count"]')).to.equal('1 matching unit');
      // A slow machine types slowly: a part of the serial number may be searched first; the whole one goes last.
      await waitFor(() =>
        backend.requests
          .filter((request) => request.path.includes('search='))
          .at(-1)
          ?.path.includes(`search=${encodeURIComponent(target.serialNumber!)}&`),
      );
      await chord('Control', 'a');
      await press('Backspace');
      await waitFor(() => rowIds(root).length > 1);
      const sort = root.querySelector<HTMLSelectElement>('#sort')!;
      sort.value = '-operatingHours';
      sort.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const expected = await client.assignments.list(customer.id, { sort: '-operatingHours', limit: 5 });
      await waitFor(() => rowIds(root).slice(0, 5).join() === expected.items.map((unit) => unit.id).join());
    });

    it('says when the customer has no equipment yet', async () => {
      const { el, root } = await setup({ assigned: 0 });
      expect(text(root, '.empty-list')).to.equal('No equipment is assigned to this customer yet.');
      await expect(el).to.be.accessible();
    });

    it('shows a load failure with Retry that loads again', async () => {
      const { el, root, backend } = await setup({
        faults: [{ match: { method: 'GET', path: '/customers/*/equipment' }, status: 503, times: 1 }],
      });
      await waitFor(() => root.querySelector('.error-state'));
      expect(text(root, '.error-state')).to.contain('The equipment could not be loaded.');
      await expect(el).to.be.accessible();
      expect(backend.faults).to.deep.equal([]);
      root.querySelector<HTMLButtonElement>('.error-state button')!.click();
      await waitFor(() => rowIds(root).length > 0 && !root.querySelector('.error-state'));
    });

    it('renders values with markup as text', async () => {
      const backend = createReferenceBackend({ seed: 3, customers: 2, equipment: 10 });
      const customer = backend.addCustomer({ name: 'X' });
      backend.addEquipment({
        name: '<img src=x onerror=alert(1)>',
        brand: '<b>Bold</b>',
        serialNumber: '<script>1</script>',
        customerId: customer.id,
      });
      const client = createCustomerClient({ baseUrl: 'https://fleet.test', auth: 'dev:admin', fetch: backend.fetch });
      const el = await fixture<EquipmentAssigner>(
        html`<equipment-assigner .client=${client} customer-id=${customer.id}></equipment-assigner>`,
      );
      const root = el.shadowRoot!;
      const row = await waitFor(() => root.querySelector('#assigned [role="option"][data-id]'));
      expect(row.querySelector('img, b, script')).to.equal(null);
      expect(row.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect(row.textContent).to.contain('<b>Bold</b>');
    });

    it('keeps the DOM small with 10,000 assigned units and loads pages while scrolling', async function () {
      this.timeout(30_000);
      const { root } = await setup({ fleet: 10_500, assigned: 10_000 });
      expect(text(root, '[part="count"]')).to.equal('10,000 units');
      const list = root.querySelector<HTMLElement>('#assigned')!;
      expect(list.querySelectorAll('[role="option"]').length).to.be.below(100);
      list.scrollTop = list.scrollHeight / 2;
      await waitFor(() => {
        const rows = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
        return rows.some((row) => Number(row.dataset['index']) > 4000) && rows.every((row) => row.dataset['id']);
      }, 15_000);
      expect(list.querySelectorAll('[role="option"]').length).to.be.below(100);
      list.scrollTop = list.scrollHeight;
      await waitFor(() => list.querySelector('[role="option"][data-index="9999"][data-id]'), 15_000);
    });
  });

  describe('the look (the one list look)', () => {
    it('is a card whose list is as tall as its rows, with dividers across the whole row', async () => {
      const { el, root } = await setup({ assigned: 3 });
      const card = root.querySelector<HTMLElement>('[part="base"]')!;
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      const list = root.querySelector<HTMLElement>('#assigned')!;
      await waitFor(() => list.querySelectorAll('[role="option"][data-id]').length === 3);
      const row = list.querySelector<HTMLElement>('[role="option"]')!;
      // No empty band below three rows, and no strip beside them where the dividers stopped short.
      expect(Math.abs(list.clientHeight - 3 * row.offsetHeight)).to.be.below(2);
      expect(row.offsetWidth).to.equal(list.offsetWidth);
      const title = root.querySelector<HTMLElement>('[part="columns"] .unit-cell.name')!;
      expect(getComputedStyle(title).textTransform).to.equal('none');
      expect(title.offsetHeight).to.be.below(2 * parseFloat(getComputedStyle(title).lineHeight || '20'));
      await expect(el).to.be.accessible();
    });

    it('offers the full text of every value a cell may cut short', async () => {
      const { root, owned } = await setup();
      const first = root.querySelector<HTMLElement>('#assigned [role="option"][data-index="0"]')!;
      const unit = owned().find((each) => each.id === first.dataset['id'])!;
      expect(first.querySelector('.name')!.getAttribute('title')).to.contain(unit.name);
      expect(first.querySelector('.serial')!.getAttribute('title')).to.equal(unit.serialNumber);
    });

    it('at 320 px shows each unit as a card with its serial number readable', async () => {
      const { el, root, owned } = await setup();
      el.style.inlineSize = '320px';
      const first = root.querySelector<HTMLElement>('#assigned [role="option"][data-index="0"]')!;
      const unit = owned().find((each) => each.id === first.dataset['id'])!;
      const serial = first.querySelector<HTMLElement>('.serial')!;
      await waitFor(() => serial.textContent!.includes(unit.serialNumber!) && serial.offsetWidth > 100);
      expect(serial.innerText.replace(/\s+/g, ' ').trim()).to.equal(`Serial number: ${unit.serialNumber}`);
      expect(serial.scrollWidth).to.be.at.most(serial.clientWidth);
      expect(first.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      await expect(el).to.be.accessible();
    });
  });

  describe('selection with the keyboard', () => {
    it('moves with the arrows, toggles with Space, extends with Shift+arrows, and keeps the active option', async () => {
      const { root } = await setup();
      const list = root.querySelector<HTMLElement>('#assigned')!;
      list.focus();
      expect(list.getAttribute('aria-activedescendant')).to.equal('assigned-0');
      await press('Space');
      await press('ArrowDown');
      await press('ArrowDown');
      expect(list.getAttribute('aria-activedescendant')).to.equal('assigned-2');
      await chord('Shift', 'ArrowDown');
      await chord('Shift', 'ArrowDown');
      await waitFor(() => selectedIndexes(root).length === 4);
      expect(selectedIndexes(root)).to.deep.equal([0, 2, 3, 4]);
      expect(list.getAttribute('aria-activedescendant')).to.equal('assigned-4');
      expect(text(root, '.action-count')).to.equal('4 selected');
      await press('Space');
      expect(selectedIndexes(root)).to.deep.equal([0, 2, 3]);
    });

    it('selects all with Ctrl+A, none with Ctrl+A again, and clears with Escape', async () => {
      const { root } = await setup();
      const list = root.querySelector<HTMLElement>('#assigned')!;
      list.focus();
      await chord('Control', 'a');
      await waitFor(() => text(root, '.action-count') === '30 selected');
      expect(root.querySelector<HTMLInputElement>('.select-all')!.checked).to.equal(true);
      await chord('Control', 'a');
      await waitFor(() => !root.querySelector('.action-panel'));
      await press('Space');
      await press('Escape');
      await waitFor(() => !root.querySelector('.action-panel'));
    });

    it('keeps the active option through scrolling far away and back (virtualized rows)', async function () {
      this.timeout(30_000);
      const { root } = await setup({ fleet: 3000, assigned: 2000 });
      const list = root.querySelector<HTMLElement>('#assigned')!;
      list.focus();
      await press('End');
      await waitFor(() => list.getAttribute('aria-activedescendant') === 'assigned-1999');
      await waitFor(() => list.querySelector('#assigned-1999[data-id]'));
      await press('Home');
      await waitFor(() => list.getAttribute('aria-activedescendant') === 'assigned-0');
      await press('PageDown');
      const active = Number(list.getAttribute('aria-activedescendant')!.split('-')[1]);
      expect(active).to.be.above(1);
      expect(focused(root)).to.equal(list);
    });

    it('selects a Shift+click range across rows never shown', async function () {
      this.timeout(30_000);
      const { root } = await setup({ fleet: 2000, assigned: 1500 });
      const list = root.querySelector<HTMLElement>('#assigned')!;
      list.querySelector<HTMLElement>('[data-index="0"]')!.click();
      list.focus();
      await chord('Shift', 'End');
      await waitFor(() => text(root, '.action-count') === '1,500 selected');
    });
  });

  describe('unassigning', () => {
    it('with the keyboard alone: select, Unassign, confirm; one request; the backend and list change exactly', async () => {
      const { el, root, backend, owned, customer } = await setup();
      const events: EquipmentChangeDetail[] = [];
      el.addEventListener('equipment-unassigned', (event) => events.push(event.detail));
      const list = root.querySelector<HTMLElement>('#assigned')!;
      list.focus();
      await press('ArrowDown');
      await press('Space');
      await press('ArrowDown');
      await press('ArrowDown');
      await press('Space');
      const chosen = [rowIds(root)[1]!, rowIds(root)[3]!];
      await waitFor(() => root.querySelector('[data-unassign]'));
      await press('Tab');
      await press('Tab');
      expect(focused(root)?.hasAttribute('data-unassign')).to.equal(true);
      backend.clearRequests();
      await press('Enter');
      const dialog = await waitFor(() => root.querySelector('dialog#confirm[open]'));
      expect(text(root, 'dialog#confirm h2')).to.equal('Unassign 2 units?');
      await expect(el).to.be.accessible();
      // Destructive: focus starts on Cancel.
      expect(focused(root)?.textContent?.trim()).to.equal('Cancel');
      await press('Tab');
      await press('Enter');
      await waitFor(() => !dialog.isConnected || !(dialog as HTMLDialogElement).open);
      await waitFor(() => events.length === 1);
      expect(events[0]).to.deep.equal({ customerId: customer.id, equipmentIds: chosen });
      const posts = backend.requests.filter((request) => request.method === 'POST');
      expect(posts.length).to.equal(1);
      expect(owned().map((unit) => unit.id)).to.not.include.members(chosen);
      expect(owned().length).to.equal(28);
      await waitFor(() => text(root, '[part="count"]') === '28 units');
      expect(rowIds(root)).to.not.include.members(chosen);
      // The one visible success message, polite.
      await waitFor(() => text(root, '.success-notice').includes('2 units unassigned.'));
      expect(root.querySelector('.success-notice')!.closest('[role="status"]')).to.not.equal(null);
      await waitFor(() => focused(root) === list);
    });

    it('fires a cancelable equipment-unassign-request first; cancelled, nothing is sent', async () => {
      const { el, root, backend, customer, owned } = await setup();
      const requests: unknown[] = [];
      el.addEventListener('equipment-unassign-request', (event) => {
        requests.push(event.detail);
        event.preventDefault();
      });
      await clickRows(el, [0]);
      const chosen = rowIds(root).slice(0, 1);
      root.querySelector<HTMLElement>('[data-unassign]')!.click();
      (await waitFor(() => root.querySelector<HTMLElement>('dialog#confirm[open] .button.danger'))).click();
      await waitFor(() => requests.length === 1);
      expect(requests[0]).to.deep.equal({ customerId: customer.id, equipmentIds: chosen });
      await waitFor(() => !root.querySelector('dialog#confirm[open]'));
      expect(backend.requests.filter((request) => request.method === 'POST')).to.have.length(0);
      expect(owned().length).to.equal(30);
      expect(text(root, '.action-count')).to.equal('1 selected');
    });

    it('Cancel in the confirmation changes nothing', async () => {
      const { el, root, owned } = await setup();
      await clickRows(el, [0]);
      root.querySelector<HTMLElement>('[data-unassign]')!.click();
      await waitFor(() => root.querySelector('dialog#confirm[open]'));
      await press('Enter');
      await waitFor(() => !root.querySelector('dialog#confirm[open]'));
      expect(owned().length).to.equal(30);
      expect(text(root, '.action-count')).to.equal('1 selected');
    });

    it('a failure keeps the selection and offers Retry', async () => {
      const { el, root, owned } = await setup({
        faults: [{ match: { method: 'POST', path: '/customers/*/equipment' }, status: 503, times: 1 }],
      });
      await clickRows(el, [0, 1]);
      root.querySelector<HTMLElement>('[data-unassign]')!.click();
      (await waitFor(() => root.querySelector<HTMLElement>('dialog#confirm[open] .button.danger'))).click();
      await waitFor(() => root.querySelector('.error-state'));
      expect(text(root, '.error-state')).to.contain('The equipment was not unassigned.');
      expect(text(root, '.action-count')).to.equal('2 selected');
      expect(owned().length).to.equal(30);
      await expect(el).to.be.accessible();
      root.querySelector<HTMLElement>('.error-state button')!.click();
      await waitFor(() => owned().length === 28);
    });

    it('says which units were not unassigned and why', async () => {
      const { el, root, client, customer } = await setup();
      const [first, second] = rowIds(root);
      await clickRows(el, [0, 1]);
      // Someone else unassigns one of them meanwhile.
      await client.assignments.unassign(customer.id, [first!]);
      root.querySelector<HTMLElement>('[data-unassign]')!.click();
      (await waitFor(() => root.querySelector<HTMLElement>('dialog#confirm[open] .button.danger'))).click();
      await waitFor(() => root.querySelector('.notice .skipped'));
      expect(text(root, '.notice')).to.contain('1 unit unassigned.');
      expect(text(root, '.notice .skipped')).to.contain('was not assigned to this customer');
      expect(second).to.be.a('string');
    });
  });

  describe('registration', () => {
    it('under a prefix, renders its Select equipment dialog under the same prefix', async () => {
      const tag = defineElement(EquipmentAssigner, { prefix: 'zz' });
      expect(tag).to.equal('zz-equipment-assigner');
      const backend = createReferenceBackend({ seed: 3, customers: 2, equipment: 50 });
      const customer = backend.addCustomer({ equipment: 3 });
      const client = createCustomerClient({ baseUrl: 'https://fleet.test', auth: 'dev:admin', fetch: backend.fetch });
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as EquipmentAssigner;
      el.client = client;
      el.customerId = customer.id;
      wrapper.append(el);
      const trigger = await waitFor(() => el.shadowRoot!.querySelector<HTMLElement>('[data-assign-trigger]'));
      trigger.click();
      const picker = await waitFor(() => el.shadowRoot!.querySelector('zz-equipment-picker'));
      await waitFor(() => picker.shadowRoot?.querySelector('dialog#picker[open] [role="option"][data-id]'));
    });
  });

  describe('permissions and language', () => {
    it('read-only roles see the list without selection, Assign or Unassign, and why', async () => {
      const { el, root } = await setup({ role: 'user' });
      await waitFor(() => root.querySelector('.notice'));
      expect(text(root, '.notice')).to.contain('Only administrators and fleet administrators can assign');
      expect(root.querySelector('[data-assign-trigger], [data-unassign], .select-all, .check')).to.equal(null);
      const list = root.querySelector<HTMLElement>('#assigned')!;
      expect(list.hasAttribute('aria-multiselectable')).to.equal(false);
      list.focus();
      await press('ArrowDown');
      await waitFor(() => list.getAttribute('aria-activedescendant')?.startsWith('assigned-'));
      const first = list.getAttribute('aria-activedescendant');
      await press('Space');
      // The next move is the positive signal that Space was handled before we look for a selection.
      await press('ArrowDown');
      await waitFor(() => list.getAttribute('aria-activedescendant') !== first);
      expect(root.querySelector('#assigned [aria-selected="true"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('speaks Danish under lang="da" (Udstyr, Tildel udstyr, Fjern tildeling)', async () => {
      const { el, root } = await setup({ lang: 'da' });
      expect(text(root, '#title')).to.equal('Udstyr');
      expect(text(root, '[data-assign-trigger]')).to.equal('Tildel udstyr');
      await clickRows(el, [0]);
      await waitFor(() => root.querySelector('[data-unassign]'));
      expect(text(root, '[data-unassign]')).to.equal('Fjern tildeling');
      expect(text(root, '.action-count')).to.equal('1 valgt');
    });
  });
});
