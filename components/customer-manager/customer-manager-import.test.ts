import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import './define.js';
import type { CustomerManager } from './customer-manager.js';
import type { CustomerImport } from '../customer-import/customer-import.js';
import { demoClient } from '../../stories/support/demo-client.js';
import { button, choose, csvFile, waitForStep, waitForText } from '../customer-import/test-support.js';

describe('customer-manager: Import customers', () => {
  it('opens the import from the app, and the list shows what was imported', async () => {
    const { client, backend } = demoClient({ customers: 10 });
    const el = await fixture<CustomerManager>(html`<customer-manager .client=${client}></customer-manager>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="button-import"]'), 'the Import customers button');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-import"]')!.click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('[data-part="import"]')?.shadowRoot?.querySelector('#file'),
      'the import',
    );
    const importer = el.shadowRoot!.querySelector<CustomerImport>('[data-part="import"]')!;
    await expect(el).to.be.accessible();
    choose(importer, csvFile('Name,City\nImported From App ApS,Aarhus\n'));
    await waitForStep(importer, 'map');
    button(importer, 'button-primary').click();
    await waitForStep(importer, 'preview');
    button(importer, 'button-primary').click();
    await waitForText(importer, '1 created');
    expect(backend.stats().customers).to.equal(11);
    const list = el.shadowRoot!.querySelector('[data-list]')!;
    await waitUntil(() => list.shadowRoot?.textContent?.includes('Imported From App ApS'), 'the list refreshed');
  });

  it('with the import open, choosing the customer that was open behind it goes back to that customer', async () => {
    const { client } = demoClient({ customers: 10 });
    const el = await fixture<CustomerManager>(html`<customer-manager .client=${client}></customer-manager>`);
    const root = el.shadowRoot!;
    const firstRow = () =>
      root.querySelector('[data-list]')?.shadowRoot?.querySelector<HTMLElement>('[role="option"][data-id]');
    await waitUntil(firstRow, 'the first customer');
    const name = firstRow()!.querySelector('.customer-name')!.textContent!;
    firstRow()!.click();
    await waitUntil(() => root.querySelector('#customer-title')?.textContent === name, 'the customer open');
    root.querySelector<HTMLButtonElement>('[part~="button-import"]')!.click();
    await waitUntil(() => root.querySelector('[data-part="import"]'), 'the import');
    expect(root.querySelector('#customer-title')).to.not.exist;
    firstRow()!.click();
    await waitUntil(() => root.querySelector('#customer-title')?.textContent === name, 'back on the customer');
    expect(root.querySelector('[data-part="import"]')).to.not.exist;
  });
});
