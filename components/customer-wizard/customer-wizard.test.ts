import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import './define.js';
import type { CustomerWizard } from './customer-wizard.js';
import type { CustomerInput } from '../../src/schemas/customer.js';
import type { CustomerClient } from '../../src/client/types.js';
import { PermissionError, ValidationError } from '../../src/errors.js';
import { demoClient, type DemoOptions } from '../../stories/support/demo-client.js';
import { $, fill, find, focused, press, pressWithControl, tabTo, type, mountWrapper } from '../../test/support/dom.js';

interface MountOptions extends DemoOptions {
  initial?: Partial<CustomerInput>;
  step?: CustomerWizard['step'];
  client?: CustomerClient;
}

async function mount(options: MountOptions = {}) {
  const demo = demoClient(options);
  const client = options.client ?? demo.client;
  const el = await fixture<CustomerWizard>(
    html`<customer-wizard
      .client=${client}
      .initial=${options.initial}
      step=${options.step ?? 'company'}
    ></customer-wizard>`,
  );
  await find(el, '#step-heading, .notice');
  return { el, backend: demo.backend, client };
}

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const input = (el: Element, id: string) => $<HTMLInputElement>(el, `#${id}`);
const errorOf = (el: Element, id: string) => el.shadowRoot?.querySelector(`#${id}-error`)?.textContent?.trim();
const next = (el: Element) => $<HTMLButtonElement>(el, 'button[type="submit"]').click();
const posts = (backend: { requests: readonly { method: string; path: string }[] }) =>
  backend.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/customers'));

const full: Partial<CustomerInput> = {
  name: 'Fjord Entreprise A/S',
  address: { street: 'Havnegade 1', postalCode: '8000', city: 'Aarhus', country: 'DK' },
  phone: '+4586123456',
  contacts: [{ name: 'Ida Lund', email: 'ida@fjord.dk' }],
};

describe('customer-wizard', () => {
  describe('the whole flow with the keyboard alone', () => {
    it('creates a customer with a contact, default type Other, phone in E.164, and fires customer-created', async () => {
      const { el, backend } = await mount();
      const before = backend.stats().customers;
      input(el, 'f-name').focus();
      await type('Keyboard Maskiner ApS');
      await tabTo((node) => node?.id === 'f-country');
      await type('Denm');
      await press('ArrowDown', 'Enter');
      expect(input(el, 'f-country').value).to.equal('Denmark');
      await press('Tab');
      expect(focused()?.id).to.equal('f-phone');
      await type('86 12 34 56');
      await press('Tab');
      expect(input(el, 'f-phone').value).to.equal('+4586123456');
      await expect(el).to.be.accessible();
      await press('Enter');
      await waitUntil(() => el.step === 'contacts', 'contacts step');
      await waitUntil(() => focused()?.id === 'step-heading', 'focus on the step heading');
      await expect(el).to.be.accessible();

      await tabTo((node) => node?.hasAttribute('data-add-contact') ?? false);
      await press('Enter');
      await waitUntil(() => focused()?.getAttribute('name')?.endsWith('.name'), 'focus in the new row');
      await type('Ida Lund');
      await press('Tab');
      await type('ida@keyboard.dk');
      await press('Tab');
      await type('40 50 60 70');
      await press('Enter');
      await waitUntil(() => el.step === 'review', 'review step');
      // Formatted for reading, as Details and the contact list show it; stored as E.164 (checked below).
      expect(text(el)).to.contain('Ida Lund').and.to.contain('+45 40 50 60 70').and.to.contain('Other');
      await expect(el).to.be.accessible();

      const created = oneEvent(el, 'customer-created');
      await pressWithControl('Enter');
      const event = await created;
      await waitUntil(() => el.step === 'done', 'done step');
      await expect(el).to.be.accessible();

      const customer = backend.getCustomer(event.detail.customerId)!;
      expect(customer).to.include({ name: 'Keyboard Maskiner ApS', type: 'OTHER', phone: '+4586123456' });
      expect(customer.address?.country).to.equal('DK');
      expect(backend.listContacts(customer.id).map((contact) => contact.phone)).to.deep.equal(['+4540506070']);
      expect(backend.stats().customers).to.equal(before + 1);
    });

    it('Ctrl+Enter goes forward from inside a field', async () => {
      const { el } = await mount({ initial: { name: 'Ctrl Enter ApS' } });
      input(el, 'f-email').focus();
      await pressWithControl('Enter');
      await waitUntil(() => el.step === 'contacts');
    });

    it('"Create another customer" starts over on the company step', async () => {
      const { el } = await mount({ initial: full, step: 'review' });
      await el.save();
      await waitUntil(() => el.step === 'done');
      (await find(el, '.footer .button.primary')).click();
      await waitUntil(() => el.step === 'company');
    });
  });

  describe('validation (rules from the SDK schema)', () => {
    it('requires a name: message at the field, aria-invalid + aria-describedby, focus moves there on Next', async () => {
      const { el } = await mount();
      next(el);
      await waitUntil(() => errorOf(el, 'f-name'));
      const name = input(el, 'f-name');
      expect(errorOf(el, 'f-name')).to.contain('Required.');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.contain('f-name-error');
      expect(focused()).to.equal(name);
      expect(el.step).to.equal('company');
      await expect(el).to.be.accessible();
    });

    it('checks on blur and clears the message as soon as the value is fixed', async () => {
      const { el } = await mount();
      const email = input(el, 'f-email');
      fill(email, 'not-an-email');
      email.blur();
      await waitUntil(() => errorOf(el, 'f-email'));
      expect(errorOf(el, 'f-email')).to.contain('valid e-mail');
      fill(email, 'ok@example.com');
      await waitUntil(() => !errorOf(el, 'f-email'));
    });

    it('rejects a phone that cannot become E.164 and a name over 127 characters', async () => {
      const { el } = await mount();
      fill(input(el, 'f-name'), 'x'.repeat(128));
      fill(input(el, 'f-phone'), '12345');
      next(el);
      await waitUntil(() => errorOf(el, 'f-phone'));
      expect(errorOf(el, 'f-phone')).to.contain('country code');
      expect(errorOf(el, 'f-name')).to.equal('!This is too long: at most 127 characters.');
    });

    it('rejects a country that is not on the list', async () => {
      const { el } = await mount({ initial: { name: 'Narnia Trading' } });
      const country = input(el, 'f-country');
      fill(country, 'Narnia');
      country.blur();
      await waitUntil(() => errorOf(el, 'f-country'));
      expect(errorOf(el, 'f-country')).to.contain('Choose a country from the list');
    });

    it('a contact needs a name, and an e-mail or a phone', async () => {
      const { el } = await mount({ initial: { name: 'Rows ApS', contacts: [{ name: '' }] }, step: 'contacts' });
      next(el);
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.error').length === 2);
      const messages = [...el.shadowRoot!.querySelectorAll('.error')].map((node) => node.textContent?.trim());
      expect(messages[0]).to.contain('Required.');
      expect(messages[1]).to.contain('e-mail or a phone');
      expect(focused()?.getAttribute('name')).to.match(/\.name$/);
      expect(el.step).to.equal('contacts');
    });

    it('allows zero contacts and says so plainly', async () => {
      const { el } = await mount({ initial: { name: 'Solo ApS' }, step: 'contacts' });
      expect(text(el)).to.contain('No contacts yet');
      next(el);
      await waitUntil(() => el.step === 'review');
      expect(text(el)).to.contain('No contacts.');
    });

    it('Back keeps everything typed', async () => {
      const { el } = await mount({ initial: { name: 'Back ApS' } });
      fill(input(el, 'f-city'), 'Odense');
      next(el);
      await waitUntil(() => el.step === 'contacts');
      $<HTMLButtonElement>(el, '[part~="button-back"]').click();
      await waitUntil(() => el.step === 'company');
      expect(input(el, 'f-city').value).to.equal('Odense');
    });

    it('removing a row moves focus to the row that took its place and keeps the other rows', async () => {
      const { el } = await mount({
        initial: {
          name: 'Rows ApS',
          contacts: [
            { name: 'A', email: 'a@x.dk' },
            { name: 'B', email: 'b@x.dk' },
          ],
        },
        step: 'contacts',
      });
      $<HTMLButtonElement>(el, '[data-remove]').click();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('.contact').length === 1);
      expect((focused() as HTMLInputElement).value).to.equal('B');
    });
  });

  describe('server answers', () => {
    function rejecting(client: CustomerClient, error: Error): CustomerClient {
      return { ...client, customers: { ...client.customers, create: () => Promise.reject(error) } };
    }

    it('maps server violations on the company step back to their fields', async () => {
      const { client } = demoClient();
      const error = new ValidationError('Invalid', {
        status: 400,
        violations: [
          { field: 'name', message: 'Required.', code: 'required' },
          { field: 'address.country', message: 'Choose a country', code: 'invalid_country' },
        ],
      });
      const { el } = await mount({ client: rejecting(client, error), initial: full, step: 'review' });
      await el.save();
      await waitUntil(() => el.step === 'company' && errorOf(el, 'f-country'));
      expect(errorOf(el, 'f-name')).to.contain('Required.');
      expect(errorOf(el, 'f-country')).to.contain('Choose a country from the list');
      expect(focused()).to.equal(input(el, 'f-name'));
    });

    it('maps contacts[1].email to the second contact row on the contacts step', async () => {
      const { client } = demoClient();
      const error = new ValidationError('Invalid', {
        status: 400,
        violations: [{ field: 'contacts[1].email', message: 'Bad e-mail', code: 'invalid_email' }],
      });
      const initial = {
        ...full,
        contacts: [
          { name: 'A', email: 'a@x.dk' },
          { name: 'B', email: 'b@x.dk' },
        ],
      };
      const { el } = await mount({ client: rejecting(client, error), initial, step: 'review' });
      await el.save();
      await waitUntil(() => el.step === 'contacts');
      const rows = el.shadowRoot!.querySelectorAll('.contact');
      expect(rows[0]!.querySelector('[aria-invalid="true"]')).to.equal(null);
      const invalid = rows[1]!.querySelector<HTMLInputElement>('[aria-invalid="true"]')!;
      expect(invalid.value).to.equal('b@x.dk');
      expect(focused()).to.equal(invalid);
    });

    it('a duplicate external reference (409 from the real backend) lands at that field', async () => {
      const demo = demoClient();
      demo.backend.addCustomer({ name: 'Holder', externalReference: 'ERP-1' });
      const { el } = await mount({
        client: demo.client,
        initial: { ...full, externalReference: 'ERP-1' },
        step: 'review',
      });
      await el.save();
      await waitUntil(() => errorOf(el, 'f-external-reference'));
      expect(errorOf(el, 'f-external-reference')).to.contain('external reference');
    });

    it('a 403 while saving shows the permission explanation instead of the form', async () => {
      const { client } = demoClient();
      const { el } = await mount({
        client: rejecting(client, new PermissionError('Forbidden', { status: 403 })),
        initial: full,
        step: 'review',
      });
      await el.save();
      await waitUntil(() => text(el).includes('Only administrators and fleet administrators can create customers.'));
      expect(el.shadowRoot!.querySelector('form, [data-save]')).to.equal(null);
    });
  });

  describe('saving is idempotent', () => {
    it('pressing Save twice while saving sends one request and creates one customer', async () => {
      const { el, backend } = await mount({
        initial: full,
        step: 'review',
        faults: [{ match: { method: 'POST', path: '/customers' }, latency: 150 }],
      });
      const before = backend.stats().customers;
      const save = $<HTMLButtonElement>(el, '[data-save]');
      save.click();
      save.click();
      await pressWithControl('Enter');
      await waitUntil(() => el.step === 'done', 'saved');
      expect(posts(backend)).to.have.length(1);
      expect(backend.stats().customers).to.equal(before + 1);
    });

    it('a retry after a lost response reuses the idempotency key and creates nothing twice', async () => {
      const { el, backend } = await mount({
        initial: full,
        step: 'review',
        retry: 0,
        faults: [{ match: { method: 'POST', path: '/customers' }, loseResponse: true, times: 1 }],
      });
      const before = backend.stats().customers;
      await el.save();
      const retry = await find(el, '[part~="button-retry"]');
      expect(text(el)).to.contain('could not be reached').and.to.contain('Nothing you entered is lost.');
      retry.click();
      await waitUntil(() => el.step === 'done');
      const [first, second] = posts(backend) as { idempotencyKey?: string; replayed?: boolean }[];
      expect(first!.idempotencyKey).to.be.a('string');
      expect(second!.idempotencyKey).to.equal(first!.idempotencyKey);
      expect(second!.replayed).to.equal(true);
      expect(backend.stats().customers).to.equal(before + 1);
    });

    it('changed data after a failure gets a new key', async () => {
      const { el, backend } = await mount({
        initial: full,
        step: 'review',
        retry: 0,
        faults: [{ match: { method: 'POST', path: '/customers' }, network: true, times: 1 }],
      });
      await el.save();
      await find(el, '[part~="button-retry"]');
      el.initial = { ...full, name: 'Fjord Entreprise II A/S' };
      el.step = 'review';
      await el.updateComplete;
      await el.save();
      await waitUntil(() => el.step === 'done');
      const keys = posts(backend).map((request) => (request as { idempotencyKey?: string }).idempotencyKey);
      expect(keys[1]).to.not.equal(keys[0]);
    });
  });

  describe('failures keep the input and offer Retry', () => {
    const cases = [
      { name: 'network failure', fault: { network: true }, message: 'could not be reached' },
      { name: '429', fault: { status: 429, retryAfter: 7 }, message: 'Too many requests. Try again in 7 seconds.' },
      { name: '503', fault: { status: 503 }, message: 'Something went wrong on the server' },
      { name: '500', fault: { status: 500 }, message: 'Something went wrong on the server' },
    ];
    for (const { name, fault, message } of cases) {
      it(`${name}: a clear message, everything still there, Retry resends and succeeds`, async () => {
        const { el, client } = await mount({
          initial: full,
          step: 'review',
          retry: 0,
          faults: [{ match: { method: 'POST', path: '/customers' }, times: 1, ...fault }],
        });
        await el.save();
        const retry = await find(el, '[part~="button-retry"]');
        expect(text(el)).to.contain(message);
        expect(text(el)).to.contain('Fjord Entreprise A/S').and.to.contain('Ida Lund');
        await expect(el).to.be.accessible();
        retry.click();
        await waitUntil(() => el.step === 'done');
        // Exactly one customer of that name: the retry created it, and never a second one.
        const found = await client.customers.list({ search: 'Fjord Entreprise A/S' });
        expect(found.items.map((customer) => customer.name)).to.deep.equal(['Fjord Entreprise A/S']);
      });
    }

    it('a timeout says so', async () => {
      const { el } = await mount({
        initial: full,
        step: 'review',
        retry: 0,
        timeout: 100,
        faults: [{ match: { method: 'POST', path: '/customers' }, latency: 1000, times: 1 }],
      });
      await el.save();
      await find(el, '[part~="button-retry"]');
      expect(text(el)).to.contain('took too long');
    });
  });

  describe('cancel', () => {
    it('fires a cancelable wizard-cancel; when prevented nothing is lost', async () => {
      const { el } = await mount();
      fill(input(el, 'f-name'), 'Half Done ApS');
      el.addEventListener('wizard-cancel', (event) => event.preventDefault(), { once: true });
      const fired = oneEvent(el, 'wizard-cancel');
      $<HTMLButtonElement>(el, '[part~="button-cancel"]').click();
      const event = await fired;
      expect(event.detail.dirty).to.equal(true);
      expect(event.cancelable && event.composed && event.bubbles).to.equal(true);
      await el.updateComplete;
      expect(input(el, 'f-name').value).to.equal('Half Done ApS');
    });

    it('when not prevented, resets to the initial data', async () => {
      const { el } = await mount({ initial: { name: 'Start ApS' }, step: 'contacts' });
      $<HTMLButtonElement>(el, '[part~="button-cancel"]').click();
      await waitUntil(() => el.step === 'company');
      expect(input(el, 'f-name').value).to.equal('Start ApS');
    });
  });

  describe('likely duplicates', () => {
    it('points out a similar name before going on, and lets the user continue', async () => {
      const demo = demoClient();
      demo.backend.addCustomer({ name: 'Hansen & Søn ApS' });
      const { el } = await mount({ client: demo.client, initial: { name: 'Hansen og Søn A/S' } });
      next(el);
      const warning = await find(el, '#duplicates');
      expect(warning.textContent).to.contain('Hansen & Søn ApS');
      expect(el.step).to.equal('company');
      await waitUntil(() => focused() === warning);
      next(el);
      await waitUntil(() => el.step === 'contacts');
    });

    it('points out the same external reference', async () => {
      const demo = demoClient();
      demo.backend.addCustomer({ name: 'Other Name ApS', externalReference: 'REF-77' });
      const { el } = await mount({ client: demo.client, initial: { name: 'Brand New', externalReference: 'REF-77' } });
      next(el);
      const warning = await find(el, '#duplicates');
      expect(warning.textContent).to.contain('Other Name ApS');
    });
  });

  describe('permissions', () => {
    for (const role of ['user', 'technician'] as const) {
      it(`${role}: a plain explanation instead of the form`, async () => {
        const { el } = await mount({ role });
        await waitUntil(() => text(el).includes('Only administrators and fleet administrators can create customers.'));
        expect(el.shadowRoot!.querySelector('form')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('fleet-admin may create', async () => {
      const { el } = await mount({ role: 'fleet-admin' });
      expect(el.shadowRoot!.querySelector('form')).to.not.equal(null);
    });
  });

  describe('localization', () => {
    it('speaks Danish under lang="da" and switches live when the ancestor changes', async () => {
      const { client } = demoClient();
      const wrapper = await mountWrapper(
        html`<div lang="da"><customer-wizard .client=${client}></customer-wizard></div>`,
      );
      const el = wrapper.querySelector('customer-wizard')!;
      await find(el, '#step-heading');
      expect(text(el)).to.contain('Opret kunde').and.to.contain('Andet').and.to.contain('Forhandler');
      expect(text(el)).to.contain('Serviceudbyder');
      await expect(el).to.be.accessible();
      wrapper.lang = 'en';
      await waitUntil(() => text(el).includes('Create customer'));
      expect(text(el)).to.not.contain('Opret kunde');
    });

    it('names countries in the current language', async () => {
      const { client } = demoClient();
      const wrapper = await mountWrapper(
        html`<div lang="da"><customer-wizard .client=${client} .initial=${full} step="review"></customer-wizard></div>`,
      );
      const el = wrapper.querySelector('customer-wizard')!;
      await find(el, '#step-heading');
      expect(text(el)).to.contain('Danmark').and.to.contain('Gem');
    });

    it('a host can override any string', async () => {
      const { client } = demoClient();
      const el = await fixture<CustomerWizard>(
        html`<customer-wizard .client=${client} .strings=${{ createCustomer: 'New client' }}></customer-wizard>`,
      );
      await find(el, '#step-heading');
      expect(text(el)).to.contain('New client');
    });
  });

  describe('safety', () => {
    it('renders markup in a company name as text and runs nothing', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      const demo = demoClient();
      demo.backend.addCustomer({ name: evil });
      const { el } = await mount({ client: demo.client, initial: { ...full, name: evil }, step: 'review' });
      expect(text(el)).to.contain(evil);
      await el.save();
      await waitUntil(() => el.step === 'done');
      expect(text(el)).to.contain(`${evil} was created.`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('without any client it says how to connect one', async () => {
      const el = await fixture<CustomerWizard>(html`<customer-wizard></customer-wizard>`);
      await find(el, '.notice');
      expect(text(el)).to.contain('setDefaultClient');
    });
  });

  describe('step and initial', () => {
    const shows: Record<CustomerWizard['step'], (el: CustomerWizard) => void> = {
      company: (el) => expect(input(el, 'f-name').value).to.equal('Fjord Entreprise A/S'),
      contacts: (el) => expect(input(el, 'c' + contactRowKey(el) + '-email').value).to.equal('ida@fjord.dk'),
      review: (el) => expect(text(el)).to.contain('Havnegade 1').and.to.contain('+45 86 12 34 56'),
      done: (el) => expect(text(el)).to.contain('Create another customer'),
    };
    const headings = {
      company: 'Company',
      contacts: 'Contacts',
      review: 'Review',
      done: 'Fjord Entreprise A/S was created.',
    };
    for (const step of ['company', 'contacts', 'review', 'done'] as const) {
      it(`step="${step}" shows that step directly and passes axe`, async () => {
        const { el } = await mount({ initial: full, step });
        expect(el.getAttribute('step')).to.equal(step);
        expect(el.shadowRoot!.querySelector('#step-heading')?.textContent?.trim()).to.equal(headings[step]);
        shows[step](el);
        await expect(el).to.be.accessible();
      });
    }

    it('keeps website, note and region from initial and saves them', async () => {
      const { el, backend } = await mount({
        initial: {
          ...full,
          website: 'https://fjord.example',
          note: 'Key account',
          address: { ...full.address, region: 'Midtjylland' },
        },
        step: 'review',
      });
      const created = oneEvent(el, 'customer-created');
      await el.save();
      const customer = backend.getCustomer((await created).detail.customerId)!;
      expect(customer).to.include({ website: 'https://fjord.example', note: 'Key account' });
      expect(customer.address?.region).to.equal('Midtjylland');
    });

    it('101 contacts: Save says the limit at the contacts step and sends nothing', async () => {
      const contacts = Array.from({ length: 101 }, (_, index) => ({ name: `P${index}`, email: `p${index}@x.dk` }));
      const { el, backend } = await mount({ initial: { ...full, contacts }, step: 'review' });
      const before = posts(backend).length;
      await el.save();
      await waitUntil(() => el.step === 'contacts', 'back at the contacts step');
      const message = await find(el, '#contacts-error');
      expect(message.textContent).to.contain('At most 100 contacts can be saved with a new customer. Remove 1 contact');
      await waitUntil(() => focused() === message, 'focus on the message');
      expect(posts(backend).length).to.equal(before);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[data-remove]').click();
      await waitUntil(() => !el.shadowRoot!.querySelector('#contacts-error'), 'the message goes at 100');
    });
  });

  describe('cancel asks before discarding typed input', () => {
    it('Keep editing keeps everything; Discard changes resets', async () => {
      const { el } = await mount();
      fill(input(el, 'f-name'), 'Half Done ApS');
      $<HTMLButtonElement>(el, '[part~="button-cancel"]').click();
      const dialog = await find(el, '#confirm');
      expect(dialog.textContent).to.contain('Discard your changes?');
      expect(focused()?.textContent?.trim()).to.equal('Keep editing');
      await expect(el).to.be.accessible();
      (focused() as HTMLButtonElement).click();
      await waitUntil(() => !el.shadowRoot!.querySelector('#confirm'), 'question closed');
      expect(input(el, 'f-name').value).to.equal('Half Done ApS');

      $<HTMLButtonElement>(el, '[part~="button-cancel"]').click();
      const discard = await find<HTMLButtonElement>(el, '#confirm .button.danger');
      expect(discard.textContent?.trim()).to.equal('Discard changes');
      discard.click();
      await waitUntil(() => input(el, 'f-name')?.value === '', 'reset');
    });
  });

  describe('narrow (320 px)', () => {
    it('stacks the step buttons as Next / Back / Cancel', async () => {
      const demo = demoClient();
      const wrapper = await mountWrapper(
        html`<div style="inline-size: 320px">
          <customer-wizard .client=${demo.client} step="contacts"></customer-wizard>
        </div>`,
      );
      const el = wrapper.querySelector('customer-wizard')!;
      await find(el, '#step-heading');
      const buttons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.footer .button')];
      const order = buttons
        .map((button) => ({ label: button.textContent!.trim(), top: button.getBoundingClientRect().top }))
        .sort((a, b) => a.top - b.top)
        .map((button) => button.label);
      expect(order).to.deep.equal(['Next', 'Back', 'Cancel']);
      const lefts = new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().left)));
      expect(lefts.size, 'one column, no stagger').to.equal(1);
    });
  });
});

/** The row key of the first contact row (ids are `c<key>-<field>`). */
function contactRowKey(el: Element): string {
  return /^c(\d+)-/.exec(el.shadowRoot!.querySelector('[id$="-name"][id^="c"]')!.id)![1]!;
}
