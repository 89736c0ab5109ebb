import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import './define.js';
import type { ContactList } from './contact-list.js';
import { demoClient } from '../../stories/support/demo-client.js';
import { $, find } from '../../test/support/dom.js';

async function openAddContact(lang = 'en') {
  const { client, backend } = demoClient({ retry: 0, customers: 2 });
  const customer = backend.addCustomer({ name: 'Nordhavn ApS', address: { country: 'DK' }, contacts: [] });
  const el = await fixture<ContactList>(
    html`<contact-list lang=${lang} .client=${client} customer-id=${customer.id}></contact-list>`,
  );
  (await find<HTMLButtonElement>(el, '[data-action="add"]')).click();
  await find(el, 'dialog#add-contact[open]');
  return el;
}

const label = (el: Element, id: string) => $(el, `label[for="${id}"]`).textContent!.replace(/\s+/g, ' ').trim();

describe('add contact dialog', () => {
  it('says at the fields that an e-mail or a phone is required, instead of marking both optional', async () => {
    const el = await openAddContact();
    expect(label(el, 'add-name')).to.equal('Name');
    expect(label(el, 'add-email')).to.equal('E-mail (e-mail or phone required)');
    expect(label(el, 'add-phone')).to.equal('Phone (e-mail or phone required)');
    expect(label(el, 'add-title')).to.equal('Title (optional)');
    await expect(el).to.be.accessible();
  });

  it('says it in Danish too', async () => {
    const el = await openAddContact('da');
    expect(label(el, 'add-email')).to.equal('E-mail (e-mail eller telefon skal udfyldes)');
    await waitUntil(() => label(el, 'add-phone').includes('skal udfyldes'));
  });
});
