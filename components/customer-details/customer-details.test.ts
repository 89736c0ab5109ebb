import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { CustomerDetails } from './customer-details.js';
import { createCustomerClient, type Customer, type CustomerClient } from '../../src/index.js';
import { createReferenceBackend, type FaultRule, type ReferenceBackend } from '../../src/testing/index.js';
import { en as sharedEn } from '../shared/i18n/en.js';
import sharedDa from '../shared/i18n/da.js';
import { detailsEn } from './i18n/en.js';
import detailsDa from './i18n/da.js';
import { $, find, focused, press, tabTo, type } from '../../test/support/dom.js';

/** A request the element sent, with its body: what "only the changed fields" is checked against. */
interface Sent {
  method: string;
  path: string;
  body: unknown;
  ifMatch: string | null;
}

interface Setup {
  backend: ReferenceBackend;
  client: CustomerClient;
  /** Another user's client on the same backend, to change things behind the element's back. */
  other: CustomerClient;
  sent: Sent[];
  /** Every request as it left the SDK, so a test can see its signal abort while it is still in flight. */
  requests: Request[];
}

function setup(options: { role?: string; faults?: FaultRule[]; retry?: number } = {}): Setup {
  const backend = createReferenceBackend({ seed: 3, customers: 5, equipment: 120, faults: options.faults ?? [] });
  const sent: Sent[] = [];
  const requests: Request[] = [];
  const spy: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    sent.push({
      method: request.method,
      path: new URL(request.url).pathname,
      body: text ? JSON.parse(text) : undefined,
      ifMatch: request.headers.get('if-match'),
    });
    return backend.fetch(request);
  };
  const base = { baseUrl: 'https://fleet.test', fetch: spy };
  return {
    backend,
    sent,
    requests,
    client: createCustomerClient({ ...base, auth: `dev:${options.role ?? 'admin'}`, retry: options.retry ?? 0 }),
    other: createCustomerClient({ baseUrl: 'https://fleet.test', fetch: backend.fetch, auth: 'dev:fleet-admin' }),
  };
}

const en = { ...sharedEn, ...detailsEn };
const da = { ...sharedDa, ...detailsDa };

const nordhavn = {
  name: 'Nordhavn Maskinudlejning ApS',
  type: 'RENTAL' as const,
  phone: '+4533123456',
  email: 'drift@nordhavn-maskiner.dk',
  website: 'https://nordhavn-maskiner.dk',
  externalReference: 'ERP-20417',
  address: { street: 'Sundkaj 9', postalCode: '2150', city: 'Nordhavn', country: 'DK' },
  note: 'Prefers calls before 10.',
};

async function mount(s: Setup, customer: Customer | { id: string }, lang = 'en'): Promise<CustomerDetails> {
  // The element itself, not a wrapper: a plain wrapper makes fixture() wait for an animation frame, which a
  // background page (tests run two pages at once) never gets. `lang` on the element is its nearest lang.
  const el = await fixture<CustomerDetails>(
    html`<customer-details lang=${lang} .client=${s.client} customer-id=${customer.id}></customer-details>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('.title, .error-state'), 'customer shown');
  // Permissions load alongside: ready once Edit or the read-only reason is on screen.
  await waitUntil(() => el.shadowRoot?.querySelector('[data-edit], .notice'), 'permissions known');
  return el;
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const patches = (s: Setup) => s.sent.filter((request) => request.method === 'PATCH');

/** Focuses a control from the keyboard, selects what it holds, and types over it. */
async function retype(el: CustomerDetails, selector: string, value: string): Promise<void> {
  await tabTo((node) => node === $(el, selector));
  await sendKeys({ down: 'Control' });
  await press('a');
  await sendKeys({ up: 'Control' });
  if (value) await type(value);
  else await press('Backspace');
}

async function startEditing(el: CustomerDetails): Promise<void> {
  $(el, '[data-edit]').click();
  await find(el, '#f-name');
}

describe('customer-details', () => {
  describe('reading', () => {
    it('shows the details read-only with type, counts and times in the current language', async () => {
      const s = setup();
      const customer = s.backend.addCustomer({ ...nordhavn, contacts: 4, equipment: 37 });
      const el = await mount(s, customer);
      const shown = text(el);
      expect($(el, '.title').textContent).to.equal(nordhavn.name);
      expect(shown).to.contain('Rental').and.contain('Sundkaj 9').and.contain('2150 Nordhavn').and.contain('Denmark');
      // The phone formatted for reading, as the wizard's review and the contact list show it.
      expect(shown).to.contain('+45 33 12 34 56').and.contain('ERP-20417').and.contain('Prefers calls before 10.');
      const facts = $(el, '.facts').textContent!.replace(/\s+/g, ' ');
      expect(facts)
        .to.match(/Contacts\s*4/)
        .and.match(/Equipment\s*37/);
      const created = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(customer.createdAt),
      );
      expect(facts).to.contain(created);
      expect(el.shadowRoot!.querySelector('input, textarea')).to.equal(null);
      expect($(el, '[data-edit]').textContent!.trim()).to.equal('Edit');
      expect($(el, '[data-delete]').textContent!.trim()).to.equal('Delete customer');
      await expect(el).to.be.accessible();
    });

    it('renders values with markup as text', async () => {
      const s = setup();
      const name = '<img src=x onerror=alert(1)>';
      const customer = s.backend.addCustomer({ name, note: '<b>bold</b>', contacts: 1 });
      const el = await mount(s, customer);
      expect($(el, '.title').textContent).to.equal(name);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      $(el, '[data-delete]').click();
      const dialog = await find<HTMLDialogElement>(el, 'dialog[open]');
      expect(dialog.textContent).to.contain(name);
      expect(dialog.querySelector('img')).to.equal(null);
    });

    it('shows a clear state for a customer that does not exist', async () => {
      const s = setup();
      const el = await fixture<CustomerDetails>(
        html`<customer-details .client=${s.client} customer-id="cus_gone"></customer-details>`,
      );
      await find(el, '[part="not-found"]');
      expect(text(el)).to.contain(en.customerNotFound);
      expect(el.shadowRoot!.querySelector('form, [data-edit], [data-delete]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows read-only roles the details without Edit and Delete, and why', async () => {
      const s = setup({ role: 'technician' });
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer);
      expect(el.shadowRoot!.querySelector('[data-edit], [data-delete]')).to.equal(null);
      expect(text(el)).to.contain(en.noPermissionChange).and.contain(nordhavn.name);
      await expect(el).to.be.accessible();
    });

    it('loads again when customer-id changes, aborting the load still running', async () => {
      const s = setup();
      const first = s.backend.addCustomer({ name: 'First Customer A/S' });
      const second = s.backend.addCustomer({ name: 'Second Customer A/S' });
      s.backend.setFaults([{ match: { method: 'GET', path: `/customers/${first.id}` }, latency: 5_000 }]);
      const el = await fixture<CustomerDetails>(
        html`<customer-details .client=${s.client} customer-id=${first.id}></customer-details>`,
      );
      const inFlight = (id: string) => s.requests.find((request) => request.url.endsWith(id));
      await waitUntil(() => inFlight(first.id), 'first load sent');
      el.customerId = second.id;
      await waitUntil(() => el.shadowRoot?.querySelector('.title')?.textContent === second.name, 'second shown', {
        timeout: 10_000,
      });
      expect(inFlight(first.id)!.signal.aborted, 'the first load was aborted').to.equal(true);
      expect(el.getAttribute('customer-id')).to.equal(second.id);
    });

    it('switching customer-id quickly shows the second customer, never the first, though its answer comes late', async () => {
      const backend = createReferenceBackend({ seed: 3, customers: 5, equipment: 0 });
      const first = backend.addCustomer({ name: 'First Customer A/S' });
      const second = backend.addCustomer({ name: 'Second Customer A/S' });
      backend.setFaults([{ match: { method: 'GET', path: `/customers/${first.id}` }, latency: 400 }]);
      // A network that answers even after the element gave up on the request (a proxy ignoring the abort): the
      // element alone must keep that late answer off the screen.
      const client = createCustomerClient({
        baseUrl: 'https://fleet.test',
        auth: 'dev:admin',
        retry: 0,
        fetch: (input, init) => backend.fetch(new Request(new Request(input, init), { signal: null })),
      });
      const answered: string[] = [];
      const getWithETag = client.customers.getWithETag;
      (client.customers as { getWithETag: typeof getWithETag }).getWithETag = (id, options) => {
        const loading = getWithETag(id, options);
        loading.then(
          () => answered.push(id),
          () => answered.push(id),
        );
        return loading;
      };
      const el = await fixture<CustomerDetails>(
        html`<customer-details .client=${client} customer-id=${first.id}></customer-details>`,
      );
      let firstShown = false;
      const watch = new MutationObserver(() => (firstShown ||= text(el).includes(first.name)));
      watch.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      el.customerId = second.id;
      await waitUntil(() => el.shadowRoot?.querySelector('.title')?.textContent === second.name, 'second shown');
      await waitUntil(() => answered.includes(first.id), 'the first answer arrived');
      await el.updateComplete;
      watch.disconnect();
      expect($(el, '.title').textContent).to.equal(second.name);
      expect(firstShown, 'the first customer was never on screen').to.equal(false);
    });

    it('removing the element aborts its load; putting it back loads again', async () => {
      const s = setup();
      const customer = s.backend.addCustomer({ name: 'Moved Around A/S' });
      s.backend.setFaults([{ match: { method: 'GET', path: `/customers/${customer.id}` }, latency: 5_000, times: 1 }]);
      const el = await fixture<CustomerDetails>(
        html`<customer-details .client=${s.client} customer-id=${customer.id}></customer-details>`,
      );
      const parent = el.parentElement!;
      const inFlight = () => s.requests.find((request) => request.url.endsWith(customer.id));
      await waitUntil(inFlight, 'the load sent');
      el.remove();
      await waitUntil(() => inFlight()!.signal.aborted, 'the load aborted');
      parent.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.title')?.textContent === customer.name, 'loaded again', {
        timeout: 10_000,
      });
    });

    it('follows the nearest lang: Danish words from the help article', async () => {
      const s = setup();
      const customer = s.backend.addCustomer({ ...nordhavn, type: 'DEALER', contacts: 2, equipment: 3 });
      const el = await mount(s, customer, 'da');
      expect(text(el)).to.contain('Oplysninger').and.contain('Forhandler').and.contain('Danmark');
      expect($(el, '[data-edit]').textContent!.trim()).to.equal('Rediger');
      expect($(el, '[data-delete]').textContent!.trim()).to.equal('Slet kunde');
      await startEditing(el);
      expect($(el, '[data-save]').textContent!.trim()).to.equal('Gem');
      expect($(el, '[data-cancel]').textContent!.trim()).to.equal('Annuller');
    });
  });

  describe('editing', () => {
    it('Edit → change → Save with the keyboard alone, sending only the changed field with If-Match', async () => {
      const s = setup();
      const customer = s.backend.addCustomer({ ...nordhavn, contacts: 2 });
      const el = await mount(s, customer);
      await tabTo((node) => node === $(el, '[data-edit]'));
      await press('Enter');
      await find(el, '#f-name');
      expect(focused()).to.equal($(el, '#f-name'));
      await expect(el).to.be.accessible();

      await retype(el, '#f-name', 'Nordhavn Maskiner A/S');
      const updated = oneEvent(el, 'customer-updated');
      await tabTo((node) => node === $(el, '[data-save]'));
      await press('Enter');
      const event = await updated;

      expect(event.detail).to.deep.equal({ customerId: customer.id, changed: ['name'] });
      expect(patches(s)).to.have.length(1);
      expect(patches(s)[0]!.body).to.deep.equal({ name: 'Nordhavn Maskiner A/S' });
      expect(patches(s)[0]!.ifMatch).to.match(/^"/);
      const record = s.backend.getCustomer(customer.id)!;
      expect(record.name).to.equal('Nordhavn Maskiner A/S');
      expect(record.phone).to.equal(nordhavn.phone);
      await waitUntil(() => el.shadowRoot?.querySelector('[data-edit]'), 'back to read-only');
      expect($(el, '.title').textContent).to.equal('Nordhavn Maskiner A/S');
      await waitUntil(() => focused() === $(el, '[data-edit]'), 'focus back on Edit');
    });

    it('sends only the changed fields: an address change sends the address, a cleared field sends null', async () => {
      const s = setup();
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer);
      await startEditing(el);
      await retype(el, '#f-city', 'København Ø');
      await retype(el, '#f-email', '');
      await retype(el, '#f-phone', '40 50 60 70');
      $(el, '[data-save]').click();
      await waitUntil(() => el.shadowRoot?.querySelector('[data-edit]'), 'saved');

      expect(patches(s).map((request) => request.body)).to.deep.equal([
        {
          phone: '+4540506070',
          email: null,
          address: { street: 'Sundkaj 9', postalCode: '2150', city: 'København Ø', country: 'DK' },
        },
      ]);
      const record = s.backend.getCustomer(customer.id)!;
      expect(record.email).to.equal(undefined);
      expect(record.phone).to.equal('+4540506070');
      expect(record.address?.city).to.equal('København Ø');
      expect(record.name).to.equal(nordhavn.name);
    });

    it('Save without changes sends nothing; Cancel restores the last saved values', async () => {
      const s = setup();
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer);
      await startEditing(el);
      $(el, '[data-save]').click();
      await find(el, '[data-edit]');
      await startEditing(el);
      await retype(el, '#f-name', 'Something else');
      await tabTo((node) => node === $(el, '[data-cancel]'));
      await press('Enter');
      // Typed input is not thrown away without a question.
      const question = await find(el, 'dialog[open]');
      expect(question.textContent).to.contain('Discard your changes?');
      await press('Enter'); // focus starts on "Keep editing"
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]'), 'question closed');
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Something else');
      $(el, '[data-cancel]').click();
      (await find<HTMLButtonElement>(el, 'dialog[open] .button.danger')).click();
      await find(el, '[data-edit]');
      expect(patches(s)).to.have.length(0);
      expect($(el, '.title').textContent).to.equal(nordhavn.name);
      await startEditing(el);
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal(nordhavn.name);
    });

    it('validates with the SDK schema and shows the translated message at the field', async () => {
      const s = setup();
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer, 'da');
      await startEditing(el);
      await retype(el, '#f-name', '');
      await retype(el, '#f-email', 'not-an-email');
      $(el, '[data-save]').click();
      await waitUntil(() => $(el, '#f-name').getAttribute('aria-invalid') === 'true');
      expect(focused()).to.equal($(el, '#f-name'));
      expect($(el, '#f-name-error').textContent).to.contain(da.violation.required);
      expect($(el, '#f-email-error').textContent).to.contain(da.violation.invalid_email);
      expect($(el, '#f-email').getAttribute('aria-describedby')).to.contain('f-email-error');
      expect(patches(s)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('puts server violations at their field (an external reference another customer has)', async () => {
      const s = setup();
      s.backend.addCustomer({ name: 'Holder A/S', externalReference: 'ERP-1' });
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer);
      await startEditing(el);
      await retype(el, '#f-external-reference', 'ERP-1');
      $(el, '[data-save]').click();
      await waitUntil(() => $(el, '#f-external-reference').getAttribute('aria-invalid') === 'true');
      expect($(el, '#f-external-reference-error').textContent).to.contain(en.violation.duplicate);
      expect($<HTMLInputElement>(el, '#f-external-reference').value).to.equal('ERP-1');
    });

    it('keeps the edits after a failed save (503, network, 429) and offers Retry', async () => {
      for (const fault of [{ status: 503 }, { network: true }, { status: 429, retryAfter: 1 }] as FaultRule[]) {
        const s = setup();
        const customer = s.backend.addCustomer(nordhavn);
        const el = await mount(s, customer);
        s.backend.setFaults([{ match: { method: 'PATCH' }, times: 1, ...fault }]);
        await startEditing(el);
        await retype(el, '#f-name', 'Still here ApS');
        $(el, '[data-save]').click();
        const retry = await find(el, '[part~="button-retry"]');
        expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Still here ApS');
        expect(text(el)).to.contain(en.inputKept);
        await expect(el).to.be.accessible();
        retry.click();
        await waitUntil(() => s.backend.getCustomer(customer.id)?.name === 'Still here ApS', 'retry saved');
        await find(el, '[data-edit]');
        el.remove();
      }
    });
  });

  describe('someone else changed it (412)', () => {
    async function conflicted(): Promise<{ s: Setup; el: CustomerDetails; customer: Customer }> {
      const s = setup();
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer);
      await startEditing(el);
      await retype(el, '#f-name', 'Mine ApS');
      await retype(el, '#f-city', 'Aarhus');
      await s.other.customers.update(customer.id, { name: 'Theirs ApS', phone: '+4599887766' });
      $(el, '[data-save]').click();
      await find(el, '[part="conflict"]');
      return { s, el, customer };
    }

    it('says so, shows their changes against mine, keeps my edits and changes nothing on the server', async () => {
      const { s, el, customer } = await conflicted();
      expect(text(el)).to.contain(en.conflictTitle);
      await waitUntil(() => focused() === $(el, '#conflict-title'), 'focus on the conflict');
      const rows = [...el.shadowRoot!.querySelectorAll('.diff li')].map((row) =>
        [...row.querySelectorAll('.diff-field, dd')].map((cell) => cell.textContent!.trim()),
      );
      expect(rows).to.deep.equal([
        [en.companyName, 'Theirs ApS', 'Mine ApS'],
        [en.phone, '+45 99 88 77 66', en.conflictNotChangedByYou],
      ]);
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Mine ApS');
      expect($<HTMLInputElement>(el, '#f-city').value).to.equal('Aarhus');
      const record = s.backend.getCustomer(customer.id)!;
      expect(record.name).to.equal('Theirs ApS');
      expect(record.address?.city).to.equal('Nordhavn');
      expect(s.backend.requests.filter((request) => request.method === 'PATCH').map((r) => r.status)).to.deep.equal([
        200, 412,
      ]);
      await expect(el).to.be.accessible();
    });

    it('overwrites only deliberately: my fields on top of their version, theirs kept elsewhere', async () => {
      const { s, el, customer } = await conflicted();
      const updated = oneEvent(el, 'customer-updated');
      $(el, '[data-overwrite]').click();
      const event = await updated;
      expect(event.detail.changed).to.deep.equal(['name', 'address']);
      const record = s.backend.getCustomer(customer.id)!;
      expect(record.name).to.equal('Mine ApS');
      expect(record.address?.city).to.equal('Aarhus');
      expect(record.phone).to.equal('+4599887766');
      const last = patches(s).at(-1)!;
      expect(last.ifMatch).to.equal(`"v${customer.version + 1}"`);
      await find(el, '[data-edit]');
    });

    it('reloads their version and keeps my edits visible to copy', async () => {
      const { s, el, customer } = await conflicted();
      const before = patches(s).length;
      $(el, '[data-reload]').click();
      await find(el, '[part="kept-edits"]');
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Theirs ApS');
      expect($<HTMLInputElement>(el, '#f-phone').value).to.equal('+45 99 88 77 66');
      const kept = $(el, '[part="kept-edits"]').textContent!;
      expect(kept).to.contain('Mine ApS').and.contain('Aarhus');
      expect(s.backend.getCustomer(customer.id)!.name).to.equal('Theirs ApS');
      expect(patches(s)).to.have.length(before);
      await expect(el).to.be.accessible();
      // Saving now is based on their version: no conflict.
      await retype(el, '#f-city', 'Aarhus');
      $(el, '[data-save]').click();
      await waitUntil(() => s.backend.getCustomer(customer.id)!.address?.city === 'Aarhus');
      expect(s.backend.getCustomer(customer.id)!.name).to.equal('Theirs ApS');
    });

    it('does not call it a conflict when only the counts changed (a contact was added)', async () => {
      const s = setup();
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer);
      await startEditing(el);
      await retype(el, '#f-name', 'Mine ApS');
      await s.other.contacts.create(customer.id, { name: 'New Person', email: 'new@example.com' });
      $(el, '[data-save]').click();
      await waitUntil(() => s.backend.getCustomer(customer.id)!.name === 'Mine ApS');
      await find(el, '[data-edit]');
      expect(el.shadowRoot!.querySelector('[part="conflict"]')).to.equal(null);
    });
  });

  describe('what the user sees after a save, and the country control', () => {
    it('a save shows "Your changes are saved." visibly, politely, until the next edit', async () => {
      const s = setup();
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer);
      await startEditing(el);
      await retype(el, '#f-name', 'Nordhavn Udlejning ApS');
      $(el, '[data-save]').click();
      const message = await find(el, '[part~="success"]');
      await waitUntil(() => message.textContent?.includes('Your changes are saved.'), 'the message shows');
      expect(message.closest('[role="status"]'), 'in a polite status region').to.not.equal(null);
      expect(message.getBoundingClientRect().height, 'visible, not only for screen readers').to.be.greaterThan(20);
      await expect(el).to.be.accessible();
      await startEditing(el);
      expect(el.shadowRoot!.querySelector('[part~="success"]')).to.equal(null);
    });

    it('the phone reads formatted in the form as in the details, an untouched one is no change, saved as E.164', async () => {
      const s = setup();
      const customer = s.backend.addCustomer(nordhavn);
      const el = await mount(s, customer);
      await startEditing(el);
      expect($<HTMLInputElement>(el, '#f-phone').value).to.equal('+45 33 12 34 56');
      await retype(el, '#f-name', 'Nordhavn Udlejning ApS');
      // Through the phone field and out again: still the same number, still formatted.
      await tabTo((node) => node === $(el, '#f-phone'));
      await press('Tab');
      expect($<HTMLInputElement>(el, '#f-phone').value).to.equal('+45 33 12 34 56');
      $(el, '[data-save]').click();
      await find(el, '[data-edit]');
      expect(patches(s).map((request) => request.body)).to.deep.equal([{ name: 'Nordhavn Udlejning ApS' }]);

      await startEditing(el);
      await retype(el, '#f-phone', '40 50 60 70');
      await press('Tab');
      expect($<HTMLInputElement>(el, '#f-phone').value, 'read as a Danish number once left').to.equal(
        '+45 40 50 60 70',
      );
      $(el, '[data-save]').click();
      await find(el, '[data-edit]');
      expect(patches(s).at(-1)!.body).to.deep.equal({ phone: '+4540506070' });
      expect(s.backend.getCustomer(customer.id)!.phone).to.equal('+4540506070');
      expect(text(el)).to.contain('+45 40 50 60 70');
    });

    it('the country is the same type-to-filter combobox as in the wizard', async () => {
      const s = setup();
      const el = await mount(s, s.backend.addCustomer(nordhavn));
      await startEditing(el);
      const country = $<HTMLInputElement>(el, '#f-country');
      expect(country.getAttribute('role')).to.equal('combobox');
      expect(country.value).to.equal('Denmark');
    });
  });

  describe('delete request', () => {
    it('fires a cancelable customer-delete-request after the user said yes; preventing it deletes nothing', async () => {
      const s = setup();
      const customer = s.backend.addCustomer({ name: 'Keep Me ApS' });
      const el = await mount(s, customer);
      el.addEventListener('customer-delete-request', (event) => event.preventDefault(), { once: true });
      const request = oneEvent(el, 'customer-delete-request');
      $(el, '[data-delete]').click();
      (await find<HTMLButtonElement>(el, 'dialog[open] .button.danger')).click();
      const event = await request;
      expect(event.detail.customerId).to.equal(customer.id);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]'), 'question closed');
      expect(s.backend.getCustomer(customer.id)?.name).to.equal('Keep Me ApS');
      expect($(el, '.title').textContent).to.equal('Keep Me ApS');
    });
  });

  describe('deleting', () => {
    it('Delete → confirm with the keyboard: names the customer and what else goes, then deletes all of it', async () => {
      const s = setup();
      const customer = s.backend.addCustomer({ name: 'Vestjysk Entreprise A/S', contacts: 4, equipment: 37 });
      expect(s.backend.listEquipment({ customerId: customer.id })).to.have.length(37);
      const el = await mount(s, customer);
      await tabTo((node) => node === $(el, '[data-delete]'));
      await press('Enter');
      const dialog = await find<HTMLDialogElement>(el, 'dialog[open]');
      const body = dialog.textContent!.replace(/\s+/g, ' ');
      expect(body).to.contain('Delete Vestjysk Entreprise A/S?');
      expect(body).to.contain('removes 37 equipment assignments and deletes 4 contacts');
      await expect(el).to.be.accessible();

      const deleted = oneEvent(el, 'customer-deleted');
      // Focus starts on Cancel (a destructive action); the confirm button is the next stop.
      expect(focused()?.textContent?.trim()).to.equal(en.cancel);
      await press('Tab');
      expect(focused()?.textContent?.trim()).to.equal(en.deleteCustomer);
      await press('Enter');
      expect((await deleted).detail).to.deep.equal({ customerId: customer.id });

      expect(s.backend.getCustomer(customer.id)).to.equal(undefined);
      expect(s.backend.listContacts(customer.id)).to.deep.equal([]);
      expect(s.backend.listEquipment({ customerId: customer.id })).to.deep.equal([]);
      const request = s.sent.find((each) => each.method === 'DELETE')!;
      expect(request.ifMatch).to.match(/^"/);
      await waitUntil(() => focused() === $(el, '#deleted-title'), 'focus on the result');
      await expect(el).to.be.accessible();
    });

    it('counts with correct singular and plural, in English and Danish', async () => {
      const s = setup();
      const one = s.backend.addCustomer({ name: 'One A/S', contacts: 1, equipment: 1 });
      const many = s.backend.addCustomer({ name: 'Many A/S', contacts: 4, equipment: 37 });
      const confirmText = async (customer: Customer, lang: string) => {
        const el = await mount(s, customer, lang);
        $(el, '[data-delete]').click();
        const dialog = await find<HTMLDialogElement>(el, 'dialog[open]');
        const body = dialog.textContent!.replace(/\s+/g, ' ');
        dialog.close();
        return body;
      };
      expect(await confirmText(one, 'en')).to.contain('removes 1 equipment assignment and deletes 1 contact.');
      expect(await confirmText(one, 'da')).to.contain('fjerner 1 tildeling af udstyr og sletter 1 kontakt.');
      expect(await confirmText(many, 'da')).to.contain('fjerner 37 tildelinger af udstyr og sletter 4 kontakter.');
      expect(s.backend.getCustomer(one.id)).to.not.equal(undefined);
    });

    it('Cancel deletes nothing and returns focus to Delete customer', async () => {
      const s = setup();
      const customer = s.backend.addCustomer({ name: 'Kept A/S', contacts: 2, equipment: 2 });
      const el = await mount(s, customer);
      $(el, '[data-delete]').focus();
      await press('Enter');
      await find(el, 'dialog[open]');
      await press('Escape');
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog[open]'));
      expect(focused()).to.equal($(el, '[data-delete]'));
      expect(s.sent.some((request) => request.method === 'DELETE')).to.equal(false);
      expect(s.backend.getCustomer(customer.id)).to.not.equal(undefined);
    });

    it('asks with the counts as they are now, and deletes nothing if they change after the question', async () => {
      const s = setup();
      const customer = s.backend.addCustomer({ name: 'Busy A/S', contacts: 1 });
      const el = await mount(s, customer);
      await s.other.contacts.create(customer.id, { name: 'Second', email: 'second@example.com' });
      $(el, '[data-delete]').click();
      let dialog = await find<HTMLDialogElement>(el, 'dialog[open]');
      expect(dialog.textContent).to.contain('deletes 2 contacts');
      await s.other.contacts.create(customer.id, { name: 'Third', email: 'third@example.com' });
      [...dialog.querySelectorAll('button')].find((button) => button.textContent!.includes(en.deleteCustomer))!.click();
      await find(el, '.danger-zone .notice');
      expect(text(el)).to.contain(en.deleteStale);
      expect(s.backend.getCustomer(customer.id)).to.not.equal(undefined);
      expect($(el, '.facts').textContent).to.contain('3');
      $(el, '[data-delete]').click();
      dialog = await find<HTMLDialogElement>(el, 'dialog[open]');
      expect(dialog.textContent).to.contain('deletes 3 contacts');
    });
  });
});
