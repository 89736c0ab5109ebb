import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { CustomerList } from './customer-list.js';
import { createCustomerClient, type Customer, type CustomerClient } from '../../src/index.js';
import { createReferenceBackend, type ReferenceBackend } from '../../src/testing/index.js';
import { deepActiveElement } from '../shared/focus.js';
import { parse } from '../../test/csv/parse.js';
import { waitFor } from '../../stories/support/play.js';

interface Download {
  name: string;
  bytes: Uint8Array;
  text: string;
}

/** What the user gets: every file the page hands to the browser to save (the blob and its file name). */
function captureDownloads() {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob || !this.download) return click.call(this);
    void blob.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      downloads.push({ name: this.download, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
    });
  };
  return {
    downloads,
    restore() {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

let capture: ReturnType<typeof captureDownloads>;
beforeEach(() => (capture = captureDownloads()));
afterEach(() => capture.restore());

interface Setup {
  lang?: string;
  customers?: number;
  backend?: ReferenceBackend;
  attributes?: { search?: string; type?: string };
}

async function setup(options: Setup = {}) {
  const backend = options.backend ?? createReferenceBackend({ seed: 9, customers: options.customers ?? 40 });
  const zeppelin = backend.addCustomer({
    name: 'Zeppelin Kranservice GmbH',
    type: 'SERVICE',
    externalReference: 'ERP-77001',
    address: { city: 'Flensburg', country: 'DE' },
    contacts: 4,
  });
  const client = createCustomerClient({ baseUrl: 'https://fleet.test', auth: 'dev:user', fetch: backend.fetch });
  const a = options.attributes ?? {};
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <customer-list .client=${client} search=${a.search ?? ''} type=${a.type ?? ''}></customer-list>
    </div>`,
  );
  const el = wrapper.querySelector('customer-list') as CustomerList;
  const root = el.shadowRoot!;
  await waitFor(() => el.total !== undefined && root.querySelector('[part~="button-export"]'), 15_000);
  return { el, root, backend, client, zeppelin };
}

const press = (key: string) => sendKeys({ press: key });
const text = (root: ShadowRoot, selector: string) =>
  root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = () => deepActiveElement() as HTMLElement | null;

/** Opens the dialog from the keyboard: Tab to Export (the first control of the list), Enter. */
async function openExport(root: ShadowRoot) {
  (document.activeElement as HTMLElement | null)?.blur();
  await press('Tab');
  expect(focused()?.getAttribute('part')).to.contain('button-export');
  await press('Enter');
  const dialog = await waitFor(() => root.querySelector<HTMLDialogElement>('dialog#export-dialog[open]'));
  await waitFor(() => focused()?.hasAttribute('data-export'));
  return dialog;
}

/** Presses Export (focused when the dialog opens) and waits for the file. */
async function exportNow(root: ShadowRoot): Promise<Download> {
  if (!focused()?.hasAttribute('data-export')) root.querySelector<HTMLElement>('#export-dialog [data-export]')!.focus();
  await press('Enter');
  const file = await waitFor(() => capture.downloads[0], 20_000);
  await waitFor(() => !root.querySelector('dialog#export-dialog'));
  return file;
}

function table(file: Download, separator: string) {
  expect([...file.bytes.slice(0, 3)], 'UTF-8 BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
  const [headers = [], ...rows] = parse(file.text.slice(1), separator);
  const cell = (row: readonly string[], header: string) => {
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`No column “${header}” in ${headers.join(' | ')}`);
    return row[index];
  };
  return { headers, rows, cell };
}

async function matching(client: CustomerClient, query: Parameters<CustomerClient['customers']['iterate']>[0]) {
  const out: Customer[] = [];
  for await (const customer of client.customers.iterate({ ...query, limit: 1000 })) out.push(customer);
  return out;
}

describe('customer-list export', () => {
  it('exports exactly the listed customers with their search and filter, in the template columns', async () => {
    const { root, client } = await setup({ attributes: { type: 'SERVICE,RENTAL' } });
    const dialog = await openExport(root);
    const expected = await matching(client, { type: ['SERVICE', 'RENTAL'], sort: 'name' });
    expect(dialog.textContent).to.contain(`The ${expected.length} customers that match the search and filters`);
    await expect(root.host).to.be.accessible();
    // English writes decimals with a point: comma is the default separator.
    expect(root.querySelector<HTMLInputElement>('input[name="separator"][value=","]')!.checked).to.equal(true);
    const file = await exportNow(root);
    expect(file.name).to.match(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    const { headers, rows, cell } = table(file, ',');
    expect(headers).to.deep.equal([
      'Customer ID',
      'External reference',
      'Name',
      'Address',
      'Postal code',
      'City',
      'Region',
      'Country',
      'Phone',
      'E-mail',
      'Website',
      'Customer type',
      'Note',
    ]);
    expect(rows.map((row) => cell(row, 'Customer ID'))).to.deep.equal(expected.map((c) => c.id));
    expect(rows.map((row) => cell(row, 'Name'))).to.deep.equal(expected.map((c) => c.name));
    expect(new Set(rows.map((row) => cell(row, 'Customer type')))).to.deep.equal(new Set(['SERVICE', 'RENTAL']));
    await waitFor(() => text(root, '[role="status"]') === `Exported ${expected.length} customers.`);
    expect(focused()?.getAttribute('part')).to.contain('button-export');
  });

  it('in Danish: semicolon by default, Danish headers and letters, quoting and formulas neutralised', async () => {
    const backend = createReferenceBackend({ seed: 9, customers: 20 });
    const tricky = backend.addCustomer({
      name: 'Ærø Maskinudlejning, "Syd" ApS',
      externalReference: '=HYPERLINK("http://x.example","klik")',
      phone: '+4512345678',
      address: { street: 'Søndergade 4\nBaghuset', postalCode: '5970', city: 'Ærøskøbing', country: 'DK' },
      note: '@SUM(1+1); -2',
      type: 'RENTAL',
    });
    const { root } = await setup({ backend, lang: 'da', attributes: { search: 'Ærø Maskinudlejning' } });
    const dialog = await openExport(root);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Eksportér kunder');
    expect(dialog.textContent).to.contain('Skilletegn');
    expect(root.querySelector<HTMLInputElement>('input[name="separator"][value=";"]')!.checked).to.equal(true);
    await expect(root.host).to.be.accessible();
    const file = await exportNow(root);
    expect(file.name).to.match(/^kunder-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.text).to.contain('"Ærø Maskinudlejning, ""Syd"" ApS"');
    expect(file.text).to.contain('"Søndergade 4\nBaghuset"');
    const { headers, rows, cell } = table(file, ';');
    expect(headers.slice(0, 4)).to.deep.equal(['Kunde-ID', 'Ekstern reference', 'Navn', 'Adresse']);
    expect(rows).to.have.length(1);
    const row = rows[0]!;
    expect(cell(row, 'Kunde-ID')).to.equal(tricky.id);
    expect(cell(row, 'Navn')).to.equal('Ærø Maskinudlejning, "Syd" ApS');
    expect(cell(row, 'By')).to.equal('Ærøskøbing');
    // What a spreadsheet would run as a formula starts with an apostrophe; everything else is as entered.
    expect(cell(row, 'Ekstern reference')).to.equal(`'=HYPERLINK("http://x.example","klik")`);
    expect(cell(row, 'Telefon')).to.equal("'+4512345678");
    expect(cell(row, 'Note')).to.equal("'@SUM(1+1); -2");
    await waitFor(() => text(root, '[role="status"]') === 'Eksporterede 1 kunde.');
  });

  it('one row per contact, chosen with the keyboard, with comma instead of semicolon', async () => {
    const { root, client, zeppelin } = await setup({ lang: 'da', attributes: { search: 'Zeppelin Kranservice' } });
    await openExport(root);
    // Export ← Cancel ← template ← contacts checkbox ← separator radios.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 4; i++) await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect((focused() as HTMLInputElement).name).to.equal('separator');
    await press('ArrowDown');
    expect(root.querySelector<HTMLInputElement>('input[name="separator"][value=","]')!.checked).to.equal(true);
    await press('Tab');
    expect((focused() as HTMLInputElement).name).to.equal('withContacts');
    await press('Space');
    for (let i = 0; i < 3; i++) await press('Tab');
    expect(focused()?.hasAttribute('data-export')).to.equal(true);
    const file = await exportNow(root);
    const { headers, rows, cell } = table(file, ',');
    expect(headers.slice(-4)).to.deep.equal(['Kontaktnavn', 'Kontakt e-mail', 'Kontakttelefon', 'Kontakttitel']);
    const contacts = (await client.contacts.list(zeppelin.id, { limit: 100 })).items;
    expect(rows).to.have.length(4);
    expect(rows.every((row) => cell(row, 'Kunde-ID') === zeppelin.id)).to.equal(true);
    expect(rows.map((row) => cell(row, 'Kontaktnavn')).sort()).to.deep.equal(contacts.map((c) => c.name).sort());
    expect(rows.map((row) => cell(row, 'Kontakt e-mail')).sort()).to.deep.equal(
      contacts.map((c) => c.email ?? '').sort(),
    );
  });

  it('shows progress and Cancel export stops the requests; nothing is downloaded', async () => {
    const backend = createReferenceBackend({ seed: 3, customers: 2_500, contacts: 0, equipment: 0 });
    const { root } = await setup({ backend });
    await openExport(root);
    // The first page comes at once; the second takes until the user gives up.
    backend.setFaults([{ match: { path: /cursor=/ }, latency: 60_000 }]);
    const before = backend.requests.length;
    await press('Enter');
    const progress = await waitFor(() => root.querySelector('[part="export-progress"]'));
    const shown = await waitFor(() => /^([1-9][\d,]*) of 2,501 customers$/.exec(text(root, '.export-count')), 10_000);
    const done = Number(shown[1]!.replace(/,/g, ''));
    expect(done).to.be.within(1, 2_500);
    expect(progress.querySelector('progress')!.value).to.equal(done);
    expect(progress.querySelector('progress')!.max).to.equal(2_501);
    await expect(root.host).to.be.accessible();
    expect(focused()?.hasAttribute('data-cancel-export')).to.equal(true);
    await press('Enter');
    await waitFor(() => !root.querySelector('dialog#export-dialog'));
    await waitFor(() => text(root, '[role="status"]') === 'Export cancelled. Nothing was downloaded.');
    // The page in flight is aborted, and no page after it is asked for.
    await waitFor(() => backend.requests.slice(before).some((r) => r.failure === 'aborted'));
    const exports = backend.requests.slice(before);
    expect(exports.map((r) => r.failure ?? r.status)).to.deep.equal([200, 'aborted']);
    expect(capture.downloads).to.deep.equal([]);
  });

  it('Escape while exporting cancels too', async () => {
    const backend = createReferenceBackend({ seed: 3, customers: 1_500, contacts: 0, equipment: 0 });
    const { root } = await setup({ backend });
    await openExport(root);
    backend.setFaults([{ match: { path: /cursor=/ }, latency: 60_000 }]);
    await press('Enter');
    await waitFor(() => /^[1-9][\d,]* of 1,501 customers$/.test(text(root, '.export-count')), 10_000);
    await press('Escape');
    await waitFor(() => !root.querySelector('dialog#export-dialog'));
    await waitFor(() => text(root, '[role="status"]') === 'Export cancelled. Nothing was downloaded.');
    await waitFor(() => backend.requests.some((r) => r.failure === 'aborted'));
    expect(capture.downloads).to.deep.equal([]);
  });

  it('downloads the import template in the list’s language', async () => {
    const { root } = await setup({ lang: 'da' });
    await openExport(root);
    root.querySelector<HTMLButtonElement>('[part~="button-template"]')!.click();
    const file = await waitFor(() => capture.downloads[0]);
    expect(file.name).to.equal('kunder-skabelon.csv');
    const { headers, rows } = table(file, ';');
    expect(headers).to.include.members(['Navn', 'Adresse', 'Postnummer', 'By', 'Land', 'Telefon', 'Kundetype']);
    expect(headers).not.to.include('Kunde-ID');
    expect(rows).to.deep.equal([]);
  });
});
