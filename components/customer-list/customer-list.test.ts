import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { CustomerList } from './customer-list.js';
import { createCustomerClient } from '../../src/index.js';
import { createReferenceBackend, type FaultRule, type ReferenceBackend } from '../../src/testing/index.js';
import type { Customer } from '../../src/schemas/customer.js';
import { typeInto, waitFor } from '../../stories/support/play.js';

interface Setup {
  customers?: number;
  role?: 'admin' | 'fleet-admin' | 'user' | 'technician';
  faults?: FaultRule[];
  lang?: string;
  backend?: ReferenceBackend;
  attributes?: { search?: string; type?: string; sort?: string };
}

/** A small customer base with a few customers the tests know by name; the list on screen, first rows loaded. */
async function setup(options: Setup = {}) {
  const backend = options.backend ?? createReferenceBackend({ seed: 5, customers: options.customers ?? 30 });
  const known: Customer[] = [];
  if (!options.backend && (options.customers ?? 30) > 0) {
    known.push(
      backend.addCustomer({
        name: 'Zeppelin Kranservice GmbH',
        type: 'SERVICE',
        externalReference: 'ERP-77001',
        email: 'office@zeppelin-kran.example',
        address: { city: 'Flensburg', country: 'DE' },
        contacts: 4,
        equipment: 9,
      }),
    );
  }
  backend.setFaults(options.faults ?? []);
  const client = createCustomerClient({
    baseUrl: 'https://fleet.test',
    auth: `dev:${options.role ?? 'admin'}`,
    fetch: backend.fetch,
    retry: 0,
  });
  const a = options.attributes ?? {};
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <customer-list
        .client=${client}
        search=${a.search ?? ''}
        type=${a.type ?? ''}
        sort=${a.sort ?? 'name'}
      ></customer-list>
    </div>`,
  );
  const el = wrapper.querySelector('customer-list') as CustomerList;
  const root = el.shadowRoot!;
  await waitFor(() => root.querySelector('[role="option"][data-id], .empty-list, .error-state'), 15_000);
  await el.updateComplete;
  return { el, root, backend, client, known };
}

const text = (root: ShadowRoot, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowsShown = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('[role="option"][data-id]')].sort(
    (a, b) => Number(a.dataset['index']) - Number(b.dataset['index']),
  );
const rowText = (row: HTMLElement) => row.textContent!.replace(/[\s\u200b]+/g, ' ').trim();
/** What a screen reader hears after the option's text: each value after its column's name. */
const rowName = (row: HTMLElement) => row.getAttribute('aria-description') ?? '';
const press = (key: string) => sendKeys({ press: key });
/** Waits until the count says `expected`: the answer to the query is on screen. */
const countIs = (root: ShadowRoot, expected: string | RegExp) =>
  waitFor(() => {
    const count = text(root, '[part="count"]');
    return typeof expected === 'string' ? count === expected : expected.test(count);
  }, 10_000);

describe('customer-list', () => {
  describe('the list', () => {
    it('shows the count and each customer with translated type, city and country, counts and last changed', async () => {
      const { root, backend, known } = await setup({ attributes: { sort: '-updatedAt' } });
      expect(text(root, '[part="count"]')).to.equal('31 customers');
      const zeppelin = known[0]!;
      const row = await waitFor(() => root.querySelector<HTMLElement>(`[role="option"][data-id="${zeppelin.id}"]`));
      expect(rowText(row)).to.contain('Zeppelin Kranservice GmbH');
      expect(rowText(row)).to.contain('Flensburg, Germany');
      const content = rowName(row);
      expect(content).to.contain('Zeppelin Kranservice GmbH');
      expect(content).to.contain('Relationship type: Service provider');
      expect(content).to.contain('City and country: Flensburg, Germany');
      expect(content).to.contain('Contacts: 4');
      expect(content).to.contain('Equipment: 9');
      expect(content).to.match(/Last changed: \w{3} \d{1,2}, \d{4}/);
      expect(content).to.contain('ERP-77001');
      expect(row.getAttribute('aria-setsize')).to.equal('31');
      expect(backend.stats().customers).to.equal(31);
      await expect(root.host).to.be.accessible();
    });

    it('keeps fewer than 100 row elements over 100,000 customers', async function () {
      this.timeout(180_000);
      const backend = createReferenceBackend({ seed: 2, customers: 100_000, contacts: 0, equipment: 0 });
      const { el, root } = await setup({ backend });
      expect(text(root, '[part="count"]')).to.equal('100,000 customers');
      const list = root.querySelector<HTMLElement>('#customers')!;
      expect(root.querySelectorAll('[role="option"]').length).to.be.within(5, 99);
      list.focus();
      await press('End');
      const last = await waitFor(() => root.querySelector('[role="option"][data-index="99999"][data-id]'), 30_000);
      expect(last.getAttribute('aria-posinset')).to.equal('100000');
      await el.updateComplete;
      expect(root.querySelectorAll('[role="option"]').length).to.be.within(5, 99);
    });
  });

  describe('search, filter and sort', () => {
    for (const [what, query] of [
      ['name', 'zeppelin kran'],
      ['external reference', 'ERP-77001'],
      ['e-mail', 'office@zeppelin'],
      ['city', 'Flensburg'],
    ] as const) {
      it(`finds a customer by ${what}`, async () => {
        const { el, root, known } = await setup();
        const changes: string[] = [];
        el.addEventListener('change', () => changes.push(el.search));
        typeInto(root.querySelector<HTMLInputElement>('#customer-search')!, query);
        await countIs(root, /^\d+ matching customers?$/);
        const ids = rowsShown(root).map((row) => row.dataset['id']);
        expect(ids).to.include(known[0]!.id);
        expect(changes).to.deep.equal([query]);
      });
    }

    it('says nothing matches the search, and clears it', async () => {
      const { root } = await setup();
      typeInto(root.querySelector<HTMLInputElement>('#customer-search')!, 'qqqxxy');
      await waitFor(() => root.querySelector('.empty-list'));
      expect(text(root, '.empty-list p')).to.equal('Nothing matches “qqqxxy”.');
      await expect(root.host).to.be.accessible();
      root.querySelector<HTMLButtonElement>('.empty-list button')!.click();
      await countIs(root, '31 customers');
      expect(root.querySelector<HTMLInputElement>('#customer-search')!.value).to.equal('');
    });

    it('filters by several relationship types at once', async () => {
      const { el, root } = await setup();
      root.querySelector<HTMLElement>('.type-filter summary')!.click();
      for (const type of ['DEALER', 'RENTAL']) root.querySelector<HTMLInputElement>(`input[value="${type}"]`)!.click();
      await el.updateComplete;
      expect(el.type).to.deep.equal(['DEALER', 'RENTAL']);
      expect(el.getAttribute('type')).to.equal('DEALER,RENTAL');
      await countIs(root, /^\d+ matching customers?$/);
      await expect(root.host).to.be.accessible();
      const rows = rowsShown(root);
      expect(rows.length).to.be.above(0);
      for (const row of rows) expect(rowName(row)).to.match(/Relationship type: (Dealer|Rental)/);
      expect(text(root, '.type-filter summary')).to.equal('Relationship type: 2 types');
      expect(text(root, '.type-field .label')).to.equal('Relationship type');
    });

    it('sorts by equipment, most first, and by name backwards', async () => {
      const { el, root, client } = await setup();
      const select = root.querySelector<HTMLSelectElement>('#customer-sort')!;
      select.value = '-equipmentCount';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.sort).to.equal('-equipmentCount');
      const expected = await client.customers.list({ sort: '-equipmentCount', limit: 3 });
      await waitFor(() => rowsShown(root)[0]?.dataset['id'] === expected.items[0]!.id);
      el.sort = '-name';
      const byName = await client.customers.list({ sort: '-name', limit: 1 });
      await waitFor(() => rowsShown(root)[0]?.dataset['id'] === byName.items[0]!.id);
    });

    it('takes search, type and sort from its attributes', async () => {
      const { root } = await setup({ attributes: { search: 'Flensburg', type: 'SERVICE', sort: '-updatedAt' } });
      await countIs(root, /^\d+ matching customers?$/);
      expect(root.querySelector<HTMLInputElement>('#customer-search')!.value).to.equal('Flensburg');
      expect(root.querySelector<HTMLSelectElement>('#customer-sort')!.value).to.equal('-updatedAt');
      for (const row of rowsShown(root)) expect(rowText(row)).to.contain('Service provider');
    });
  });

  describe('choosing a customer', () => {
    it('a click fires customer-select with the id and marks the row', async () => {
      const { el, root } = await setup();
      const chosen: string[] = [];
      el.addEventListener('customer-select', (event) => chosen.push(event.detail.customerId));
      const row = rowsShown(root)[2]!;
      row.click();
      await el.updateComplete;
      expect(chosen).to.deep.equal([row.dataset['id']]);
      expect(el.customerId).to.equal(row.dataset['id']);
      const marked = root.querySelector<HTMLElement>('[role="option"][aria-selected="true"]')!;
      expect(marked.dataset['id']).to.equal(row.dataset['id']);
      await expect(root.host).to.be.accessible();
    });

    it('arrows, Home, End and Page keys move; Enter and Space open the active row', async () => {
      const { el, root } = await setup();
      const chosen: string[] = [];
      el.addEventListener('customer-select', (event) => chosen.push(event.detail.customerId));
      const list = root.querySelector<HTMLElement>('#customers')!;
      list.focus();
      const active = () => list.getAttribute('aria-activedescendant');
      await press('ArrowDown');
      await press('ArrowDown');
      await el.updateComplete;
      expect(active()).to.equal('customers-2');
      await press('Enter');
      expect(chosen).to.deep.equal([rowsShown(root)[2]!.dataset['id']]);
      await press('End');
      await waitFor(() => active() === 'customers-30');
      await press('Home');
      await waitFor(() => active() === 'customers-0');
      await press('PageDown');
      await waitFor(() => Number(active()?.split('-')[1]) > 2);
      await press('ArrowUp');
      await press(' ');
      expect(chosen).to.have.length(2);
      await el.updateComplete;
      expect(root.querySelector('[role="option"][aria-selected="true"]')!.id).to.equal(active());
    });
  });

  describe('states and permissions', () => {
    it('says when there are no customers yet', async () => {
      const { root } = await setup({ customers: 0 });
      expect(text(root, '.empty-list p')).to.equal('There are no customers yet.');
      expect(text(root, '[part="count"]')).to.equal('0 customers');
      await expect(root.host).to.be.accessible();
    });

    it('shows a failed load with Retry, which loads the customers', async () => {
      const { root } = await setup({
        faults: [{ match: { method: 'GET', path: '/customers' }, status: 503, times: 1 }],
      });
      expect(text(root, '.error-state')).to.contain('The customers could not be loaded.');
      await expect(root.host).to.be.accessible();
      root.querySelector<HTMLButtonElement>('.error-state button')!.click();
      await countIs(root, '31 customers');
      expect(root.querySelector('.error-state')).to.equal(null);
    });

    it('offers Create customer to managers, and fires a cancelable request', async () => {
      const { el, root } = await setup();
      const button = await waitFor(() => root.querySelector<HTMLButtonElement>('[data-create]'));
      expect(button.textContent!.trim()).to.equal('Create customer');
      let request: Event | undefined;
      el.addEventListener('customer-create-request', (event) => (request = event));
      button.click();
      expect(request?.cancelable).to.equal(true);
    });

    it('explains to read-only users why there is no Create customer', async () => {
      const { root } = await setup({ role: 'user' });
      await waitFor(() => root.querySelector('.read-only'));
      expect(root.querySelector('[data-create]')).to.equal(null);
      expect(text(root, '.read-only')).to.equal('Only administrators and fleet administrators can create customers.');
      await expect(root.host).to.be.accessible();
    });

    it('speaks Danish under lang="da"', async () => {
      const { root, known } = await setup({ lang: 'da', role: 'user', attributes: { sort: '-updatedAt' } });
      expect(text(root, 'h2')).to.equal('Kunder');
      expect(text(root, '[part="count"]')).to.equal('31 kunder');
      const row = await waitFor(() => root.querySelector<HTMLElement>(`[data-id="${known[0]!.id}"]`));
      expect(rowText(row)).to.contain('Flensburg, Tyskland');
      await waitFor(() => root.querySelector('.read-only'));
      expect(text(root, '.read-only')).to.not.contain('administrators');
    });
  });
});
