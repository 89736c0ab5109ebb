import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { CustomerManager } from './customer-manager.js';
import type { CustomerList } from '../customer-list/customer-list.js';
import type { ManagerChangeDetail } from './events.js';
import { createCustomerClient } from '../../src/index.js';
import { createReferenceBackend } from '../../src/testing/index.js';
import { typeInto, waitFor } from '../../stories/support/play.js';

interface Setup {
  role?: 'admin' | 'user';
  lang?: string;
  width?: string;
  urlState?: boolean;
  tab?: string;
  /** Open this known customer from the start, through the `customer-id` attribute. */
  opened?: 'nordhavn';
}

/** A small backend with two customers the tests know; the app on the page with its list loaded. */
async function setup(options: Setup = {}) {
  const backend = createReferenceBackend({ seed: 11, customers: 20, equipment: 120 });
  const nordhavn = backend.addCustomer({
    name: 'Nordhavn Maskinudlejning ApS',
    type: 'RENTAL',
    contacts: 3,
    equipment: 5,
  });
  const hansen = backend.addCustomer({ name: 'Hansen & Søn Entreprenør ApS', type: 'CONTRACTOR', contacts: 1 });
  const client = createCustomerClient({
    baseUrl: 'https://fleet.test',
    auth: `dev:${options.role ?? 'admin'}`,
    fetch: backend.fetch,
    retry: 0,
  });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'} style="inline-size: ${options.width ?? '1200px'}">
      <customer-manager
        .client=${client}
        ?url-state=${options.urlState ?? false}
        tab=${options.tab ?? 'equipment'}
        customer-id=${options.opened ? nordhavn.id : ''}
      ></customer-manager>
    </div>`,
  );
  const el = wrapper.querySelector('customer-manager') as CustomerManager;
  await el.updateComplete; // a language other than English loads first
  const root = el.shadowRoot!;
  const list = root.querySelector('customer-list') as CustomerList;
  await waitFor(() => list.shadowRoot!.querySelector('[role="option"][data-id]'), 10_000);
  const changes: ManagerChangeDetail[] = [];
  el.addEventListener('customer-manager-change', (event) => changes.push(event.detail));
  return { el, root, list, backend, client, nordhavn, hansen, changes };
}

const text = (root: ParentNode | null | undefined, selector: string) =>
  root?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Finds a customer with the list's search and clicks its row, as a user would. */
async function open(list: CustomerList, name: string): Promise<void> {
  const search = list.shadowRoot!.querySelector<HTMLInputElement>('#customer-search')!;
  typeInto(search, name);
  await waitFor(() => list.search === name && /matching/.test(text(list.shadowRoot, '[part="count"]')));
  const row = await waitFor(() =>
    [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"][data-id]')].find((each) =>
      each.textContent!.includes(name),
    ),
  );
  row.click();
}

/** The open tab's element once it has rendered. */
const panelElement = (root: ShadowRoot, tag: string) =>
  waitFor(
    () =>
      root.querySelector<HTMLElement>(`[role="tabpanel"] ${tag}`)?.shadowRoot &&
      root.querySelector<HTMLElement>(`[role="tabpanel"] ${tag}`)!,
    10_000,
  );

describe('customer-manager', () => {
  it('opens a customer on its Equipment tab, with name, type and counts in the header', async () => {
    const { el, root, list, nordhavn, changes } = await setup();
    await open(list, 'Nordhavn');
    await waitFor(() => text(root, '#customer-title') === 'Nordhavn Maskinudlejning ApS');
    expect(text(root, '.facts')).to.equal('Rental 3 contacts 5 equipment units');
    expect(el.customerId).to.equal(nordhavn.id);
    expect(el.getAttribute('customer-id')).to.equal(nordhavn.id);
    const tabs = [...root.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
    expect(tabs).to.deep.equal(['Details', 'Contact list', 'Equipment']);
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-equipment');
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-equipment');
    await panelElement(root, 'equipment-assigner');
    expect(changes.at(-1)).to.include({ customerId: nordhavn.id, tab: 'equipment' });
    expect(list.shadowRoot!.querySelector('[aria-selected="true"]')!.getAttribute('data-id')).to.equal(nordhavn.id);
    // Beside the list there is nothing to go back to: only Hide list shows.
    expect(getComputedStyle(root.querySelector('[data-back]')!).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('tabs follow the ARIA pattern: arrows, Home and End move and show the panel; code loads on first use', async () => {
    const { el, root, list } = await setup();
    expect(customElements.get('customer-details')).to.equal(undefined);
    expect(customElements.get('contact-list')).to.equal(undefined);
    await open(list, 'Nordhavn');
    const equipmentTab = await waitFor(() => root.querySelector<HTMLElement>('#tab-equipment'));
    equipmentTab.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => el.tab === 'details');
    expect(root.activeElement?.id).to.equal('tab-details');
    await panelElement(root, 'customer-details');
    expect(customElements.get('customer-details')).to.not.equal(undefined);
    expect(root.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal('tab-details');
    await sendKeys({ press: 'ArrowRight' });
    await waitFor(() => el.tab === 'contacts');
    await panelElement(root, 'contact-list');
    await sendKeys({ press: 'End' });
    await waitFor(() => el.tab === 'equipment');
    await sendKeys({ press: 'Home' });
    await waitFor(() => el.tab === 'details');
    await sendKeys({ press: 'ArrowLeft' });
    await waitFor(() => el.tab === 'equipment');
    expect(el.getAttribute('tab')).to.equal('equipment');
    await expect(el).to.be.accessible();
  });

  it('the tab and customer-id attributes choose what opens, in Danish too', async () => {
    const { root } = await setup({ lang: 'da', tab: 'contacts', opened: 'nordhavn' });
    await waitFor(() => text(root, '#customer-title') === 'Nordhavn Maskinudlejning ApS');
    const tabs = [...root.querySelectorAll('[role="tab"]')].map((tab) => tab.textContent!.trim());
    expect(tabs).to.deep.equal(['Oplysninger', 'Kontaktliste', 'Udstyr']);
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-contacts');
    expect(text(root, '.facts')).to.equal('Udlejning 3 kontakter 5 enheder');
    await panelElement(root, 'contact-list');
  });

  it('url-state keeps customer, tab and search in the query string; back and forward work', async () => {
    const start = location.href;
    try {
      const { el, root, list, nordhavn, hansen } = await setup({ urlState: true });
      await open(list, 'Nordhavn');
      await waitFor(() => new URL(location.href).searchParams.get('customer') === nordhavn.id);
      expect(new URL(location.href).searchParams.get('search')).to.equal('Nordhavn');
      (await waitFor(() => root.querySelector<HTMLElement>('#tab-details'))).click();
      await waitFor(() => new URL(location.href).searchParams.get('tab') === 'details');
      await open(list, 'Hansen');
      await waitFor(() => el.customerId === hansen.id);
      await waitFor(() => new URL(location.href).searchParams.get('customer') === hansen.id);

      history.back();
      await waitFor(() => el.customerId === nordhavn.id && el.tab === 'details');
      await waitFor(() => text(root, '#customer-title') === 'Nordhavn Maskinudlejning ApS');
      history.back();
      await waitFor(() => el.tab === 'equipment');
      expect(el.customerId).to.equal(nordhavn.id);
      history.forward();
      await waitFor(() => el.tab === 'details');
      history.forward();
      await waitFor(() => el.customerId === hansen.id);
      expect(list.search).to.equal('Hansen');
    } finally {
      history.replaceState(null, '', start);
    }
  });

  it('asks before leaving an unsaved Details edit for another customer; Keep editing stays', async () => {
    const { el, root, list, nordhavn, hansen } = await setup({ tab: 'details' });
    await open(list, 'Nordhavn');
    const details = await panelElement(root, 'customer-details');
    (await waitFor(() => details.shadowRoot!.querySelector<HTMLElement>('[data-edit]'))).click();
    const name = await waitFor(() => details.shadowRoot!.querySelector<HTMLInputElement>('#f-name'));
    typeInto(name, 'Nordhavn Maskiner A/S');
    // Details asks with the shared guard in its own dialog; a part without it gets the manager's.
    const question = () =>
      root.querySelector('dialog#discard[open]') ?? details.shadowRoot!.querySelector('dialog[open]');
    await open(list, 'Hansen');
    const dialog = await waitFor(question);
    expect(text(dialog, 'h2')).to.equal('Discard your changes?');
    await expect(el).to.be.accessible();
    [...dialog.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Keep editing')!.click();
    await waitFor(() => !question());
    expect(el.customerId).to.equal(nordhavn.id);
    expect(details.shadowRoot!.querySelector<HTMLInputElement>('#f-name')!.value).to.equal('Nordhavn Maskiner A/S');
    await waitFor(() => list.customerId === nordhavn.id);

    const again = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"][data-id]')].find((row) =>
      row.textContent!.includes('Hansen'),
    )!;
    again.click();
    const second = await waitFor(question);
    [...second.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Discard changes')!.click();
    await waitFor(() => el.customerId === hansen.id);
  });

  it('on a narrow screen shows the list, then the customer with Back, never scrolling sideways', async () => {
    const { el, root, list } = await setup({ width: '320px' });
    const app = root.querySelector<HTMLElement>('.app')!;
    expect(app.scrollWidth).to.be.at.most(app.clientWidth);
    await open(list, 'Nordhavn');
    await waitFor(() => text(root, '#customer-title') === 'Nordhavn Maskinudlejning ApS');
    await panelElement(root, 'equipment-assigner');
    expect(getComputedStyle(root.querySelector('.list-pane')!).display).to.equal('none');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
    root.querySelector<HTMLElement>('[data-back]')!.click();
    await waitFor(() => el.customerId === '');
    expect(getComputedStyle(root.querySelector('.list-pane')!).display).to.not.equal('none');
  });
});
