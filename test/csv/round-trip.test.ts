import { expect, fixture, html } from '@open-wc/testing';
import '../../components/customer-list/define.js';
import '../../components/customer-import/define.js';
import type { CustomerList } from '../../components/customer-list/customer-list.js';
import type { CustomerImport } from '../../components/customer-import/customer-import.js';
import {
  button,
  captureDownloads,
  choose,
  waitForStep,
  waitForText,
} from '../../components/customer-import/test-support.js';
import { createCustomerClient } from '../../src/index.js';
import { createReferenceBackend, type ReferenceBackend } from '../../src/testing/index.js';
import { waitFor } from '../../stories/support/play.js';

/**
 * Issue 13's round-trip: a file exported from `<customer-list>`, imported unchanged into `<customer-import>`,
 * is all updates of the customers it came from, never a new one, and the import changes nothing.
 */
function backendWithHardCases(): ReferenceBackend {
  const backend = createReferenceBackend({ seed: 13, customers: 45, contacts: 90, equipment: 0 });
  backend.addCustomer({
    name: 'Ærø Entreprenør, "Syd" ApS',
    externalReference: '=SUM(A1:A2)',
    phone: '+4512345678',
    address: { street: 'Søndergade 4\nBaghuset', postalCode: '5970', city: 'Ærøskøbing', country: 'DK' },
    note: "@reminder; -3 + 4, 'quoted'",
    website: 'https://aeroe.example/a?b=1,2',
    type: 'CONTRACTOR',
    contacts: [
      { name: 'Åse Ørsted', email: 'aase@aeroe.example', title: '+ formand' },
      { name: 'Bo "Bøf" Berg', phone: '+4587654321' },
    ],
  });
  backend.addCustomer({ name: 'Without Reference Or Contacts', type: 'OTHER' });
  return backend;
}

async function exportFile(client: ReturnType<typeof createCustomerClient>, lang: string, withContacts: boolean) {
  const downloads = captureDownloads();
  try {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang=${lang}><customer-list .client=${client}></customer-list></div>`,
    );
    const list = wrapper.querySelector('customer-list') as CustomerList;
    const root = list.shadowRoot!;
    const exportButton = await waitFor(
      () => list.total !== undefined && root.querySelector<HTMLButtonElement>('[part~="button-export"]'),
      15_000,
    );
    exportButton.click();
    const start = await waitFor(() => root.querySelector<HTMLButtonElement>('#export-dialog [data-export]'));
    const contacts = root.querySelector<HTMLInputElement>('#export-dialog input[name="withContacts"]')!;
    if (contacts.checked !== withContacts) contacts.click();
    start.click();
    await waitFor(() => !root.querySelector('#export-dialog'), 20_000);
    const [text] = await downloads.texts();
    wrapper.remove();
    return { text: text!, total: list.total! };
  } finally {
    downloads.restore();
  }
}

async function importFile(client: ReturnType<typeof createCustomerClient>, text: string) {
  const el = await fixture<CustomerImport>(html`<customer-import lang="en" .client=${client}></customer-import>`);
  await waitFor(() => el.shadowRoot?.querySelector('#file'));
  choose(el, new File([text], 'export.csv', { type: 'text/csv' }));
  await waitForStep(el, 'map');
  button(el, 'button-primary').click();
  await waitForStep(el, 'preview');
  return el;
}

describe('export, then import the file unchanged', () => {
  it('with one row per contact, in Danish: every customer is an update, and importing changes nothing', async () => {
    const backend = backendWithHardCases();
    const client = createCustomerClient({ baseUrl: 'https://fleet.test', auth: 'dev:admin', fetch: backend.fetch });
    const { text, total } = await exportFile(client, 'da', true);
    expect(text.startsWith('\uFEFFKunde-ID;')).to.equal(true);
    const before = backend.stats();

    const el = await importFile(client, text);
    await waitForText(el, `0 new, ${total} updated, 0 with errors, 0 possible duplicates`);
    button(el, 'button-primary').click();
    await waitForText(el, 'Import finished', 30_000);
    await waitForText(el, `0 created, 0 updated, ${total} unchanged, 0 not imported`);
    expect(backend.stats()).to.deep.equal(before);
  });

  it('customers only, in English: the same', async () => {
    const backend = backendWithHardCases();
    const client = createCustomerClient({ baseUrl: 'https://fleet.test', auth: 'dev:admin', fetch: backend.fetch });
    const { text, total } = await exportFile(client, 'en', false);
    expect(text.startsWith('\uFEFFCustomer ID,')).to.equal(true);
    const tricky = (await client.customers.list({ search: 'Ærø Entreprenør' })).items[0]!;

    const el = await importFile(client, text);
    await waitForText(el, `0 new, ${total} updated, 0 with errors, 0 possible duplicates`);
    button(el, 'button-primary').click();
    await waitForText(el, `0 created, 0 updated, ${total} unchanged, 0 not imported`, 30_000);
    expect(await client.customers.get(tricky.id)).to.deep.equal(tricky);
  });
});
