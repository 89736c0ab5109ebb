import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import './define.js';
import type { ContactList } from './contact-list.js';
import type { ContactInput } from '../../src/schemas/contact.js';
import { demoClient } from '../../stories/support/demo-client.js';
import { $, fill, find, focused, press, tabTo } from '../../test/support/dom.js';

const PEOPLE: ContactInput[] = [
  {
    name: 'Anna Berg',
    email: 'anna@nordhavn.dk',
    phone: '+4520000001',
    notifications: { channels: ['email', 'sms'], events: ['service_due', 'tamper'] },
  },
  { name: 'Bo Holm', email: 'bo@nordhavn.dk', notifications: { optOut: true } },
  { name: 'Carl Dam', phone: '+4520000003' },
  { name: 'Dorthe Lund', email: 'dorthe@nordhavn.dk', notifications: { events: ['low_battery'] } },
];

async function mount(lang = 'en', contacts: ContactInput[] = PEOPLE) {
  const { client, backend } = demoClient({ retry: 0, customers: 1 });
  const customer = backend.addCustomer({
    name: 'Nordhavn Maskinudlejning ApS',
    address: { city: 'Nordhavn', country: 'DK' },
    contacts,
  });
  const ids = Object.fromEntries(backend.listContacts(customer.id).map((contact) => [contact.name, contact.id]));
  const el = await fixture<ContactList>(
    html`<contact-list lang=${lang} .client=${client} customer-id=${customer.id}></contact-list>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('.grid-body .row'), 'the list did not load');
  await el.updateComplete;
  return { el, client, backend, customerId: customer.id, ids };
}

/** What the notifications cell of a contact's row says to a screen reader (its visually hidden sentence). */
const summaryOf = (el: ContactList, id: string) => {
  const cell = $(el, `.row[data-key="${id}"] .col-notify`);
  const hidden = cell.querySelector('.visually-hidden');
  return (hidden ?? cell).textContent!.replace(/\s+/g, ' ').trim();
};
const visibleSummaryOf = (el: ContactList, id: string) =>
  [...el.shadowRoot!.querySelectorAll(`.row[data-key="${id}"] .col-notify :is(.badge, .event-count)`)]
    .map((part) => part.textContent!.trim())
    .join(' ');

const box = (el: ContactList, selector: string) => $<HTMLInputElement>(el, selector);

describe('notification preferences in the contact list', () => {
  it('shows per contact what they are told about, and who opted out, readable by screen readers', async () => {
    const { el, ids } = await mount();
    expect(summaryOf(el, ids['Anna Berg']!)).to.equal('By e-mail and sms about service due and tamper');
    expect(visibleSummaryOf(el, ids['Anna Berg']!)).to.equal('E-mail SMS 2 events');
    expect(summaryOf(el, ids['Bo Holm']!)).to.equal('Opted out');
    // Created without preferences and without an e-mail: SMS, about service due and fault codes.
    expect(summaryOf(el, ids['Carl Dam']!)).to.equal('By sms about service due and fault codes');
    await expect(el).to.be.accessible();
  });

  it('says it in Danish', async () => {
    const { el, ids } = await mount('da');
    await waitUntil(() => summaryOf(el, ids['Anna Berg']!).startsWith('Via'));
    expect(summaryOf(el, ids['Anna Berg']!)).to.equal('Via e-mail og sms om service forfalder og manipulation');
    expect(summaryOf(el, ids['Bo Holm']!)).to.equal('Frameldt');
    expect($(el, '.grid-head .col-notify').textContent!.trim()).to.equal('Underretninger');
  });

  it('Add contact sets the preferences; they show in the list and persist on reload', async () => {
    const { el, client, customerId } = await mount();
    (await find<HTMLButtonElement>(el, '[data-action="add"]')).click();
    await find(el, 'dialog#add-contact[open]');
    // Defaults of a new contact at a Danish customer: e-mail, service due and fault codes, in Danish.
    expect(box(el, '[data-notify="channels:email"]').checked).to.equal(true);
    expect(box(el, '[data-notify="events:service_due"]').checked).to.equal(true);
    expect(box(el, '[data-notify="events:fault_code"]').checked).to.equal(true);
    expect($<HTMLSelectElement>(el, '#add-notify-language').value).to.equal('da');
    await expect(el).to.be.accessible();
    await fill($(el, '#add-name'), 'Erik Friis');
    await fill($(el, '#add-email'), 'erik@nordhavn.dk');
    box(el, '[data-notify="events:fault_code"]').click();
    box(el, '[data-notify="events:geofence_exit"]').click();
    $(el, 'button[form="add-contact-form"]').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog#add-contact[open]'), 'the dialog stayed open');
    const row = await find(el, '.row:has(.col-name[title="Erik Friis"])');
    const id = row.dataset['key']!;
    await waitUntil(
      () => summaryOf(el, id) === 'By e-mail about service due and geofence exit',
      `the row says ${summaryOf(el, id)}`,
    );
    const saved = (await client.contacts.list(customerId)).items.find((c) => c.id === id)!;
    expect(saved.notifications).to.deep.equal({
      channels: ['email'],
      events: ['service_due', 'geofence_exit'],
      language: 'da',
      optOut: false,
    });
    await el.reload();
    await waitUntil(() => summaryOf(el, id) === 'By e-mail about service due and geofence exit');
  });

  it('SMS without a phone: the box says why, and the violation shows at the channels', async () => {
    const { el } = await mount();
    (await find<HTMLButtonElement>(el, '[data-action="add"]')).click();
    await find(el, 'dialog#add-contact[open]');
    const sms = box(el, '[data-notify="channels:sms"]');
    expect(sms.getAttribute('aria-describedby')).to.equal('add-notify-sms-hint');
    expect($(el, '#add-notify-sms-hint').textContent!.trim()).to.equal('SMS needs a phone number.');
    await fill($(el, '#add-name'), 'Gitte');
    await fill($(el, '#add-email'), 'gitte@nordhavn.dk');
    sms.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#add-notify-channels-error'), 'no error at the channels');
    expect($(el, '#add-notify-channels-error').textContent).to.contain('SMS needs a phone number: add one');
    expect($(el, '#add-notify-channels').getAttribute('aria-describedby')).to.contain('add-notify-channels-error');
    expect(sms.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    // Submitting moves focus to the first box of the field that needs attention.
    $(el, 'button[form="add-contact-form"]').click();
    await waitUntil(() => focused() === box(el, '[data-notify="channels:email"]'), 'focus did not go to channels');
    // A phone fixes it.
    await fill($(el, '#add-phone'), '+4520000009');
    await waitUntil(() => !el.shadowRoot!.querySelector('#add-notify-channels-error'), 'the error stayed');
  });

  it('bulk: notify all selected about service due, with per-contact outcomes; the opt-out is kept', async () => {
    const { el, client, customerId, ids } = await mount();
    for (const name of ['Bo Holm', 'Dorthe Lund']) box(el, `input[data-select="${ids[name]}"]`).click();
    await el.updateComplete;
    (await find<HTMLButtonElement>(el, '[data-action="notify"]')).click();
    await find(el, 'dialog#notify-selected[open]');
    await expect(el).to.be.accessible();
    const target = $<HTMLSelectElement>(el, '#notify-target');
    target.value = 'event:service_due';
    target.dispatchEvent(new Event('change'));
    $(el, 'button[form="notify-form"]').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog#notify-selected[open]'), 'the dialog stayed open');
    const contacts = (await client.contacts.list(customerId)).items;
    const bo = contacts.find((c) => c.id === ids['Bo Holm'])!;
    const dorthe = contacts.find((c) => c.id === ids['Dorthe Lund'])!;
    expect(dorthe.notifications?.events).to.deep.equal(['service_due', 'low_battery']);
    expect(bo.notifications?.events).to.include('service_due');
    expect(bo.notifications?.optOut).to.equal(true);
    await waitUntil(() => summaryOf(el, ids['Dorthe Lund']!) === 'By e-mail about service due and low battery');
  });

  it('bulk: turning SMS on lists the contacts without a phone by name, and saves the others', async () => {
    const { el, client, customerId, ids } = await mount();
    for (const name of ['Carl Dam', 'Dorthe Lund']) box(el, `input[data-select="${ids[name]}"]`).click();
    await el.updateComplete;
    (await find<HTMLButtonElement>(el, '[data-action="notify"]')).click();
    await find(el, 'dialog#notify-selected[open]');
    const target = $<HTMLSelectElement>(el, '#notify-target');
    target.value = 'channel:sms';
    target.dispatchEvent(new Event('change'));
    $(el, 'button[form="notify-form"]').click();
    const report = await find(el, '[data-notify-failures]');
    expect(report.textContent!.trim()).to.equal('1 contact was not changed:');
    expect($(el, 'dialog#notify-selected .report').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Dorthe Lund: SMS needs a phone number: add one, or leave SMS off.',
    );
    await expect(el).to.be.accessible();
    const dorthe = (await client.contacts.list(customerId)).items.find((c) => c.id === ids['Dorthe Lund'])!;
    expect(dorthe.notifications?.channels).to.deep.equal(['email']);
  });

  it('who is told: pick an event with the keyboard, see exactly the contacts and channels', async () => {
    const { el, ids } = await mount();
    const summary = await tabTo((node) => node instanceof HTMLElement && node.matches('[data-who-summary]'), 60);
    expect(summary).to.equal($(el, '[data-who-summary]'));
    await press('Enter');
    const list = await find(el, '[data-who-list]');
    const told = () =>
      [...el.shadowRoot!.querySelectorAll('[data-who-list] li')].map((li) => [
        li.querySelector('.who-name')!.textContent!.trim(),
        [...li.querySelectorAll('[data-channel]')].map((b) => b.getAttribute('data-channel')).join(','),
      ]);
    // Service due: Anna by e-mail and SMS, Carl by SMS; Bo opted out, Dorthe did not ask for it.
    expect(told()).to.deep.equal([
      ['Anna Berg', 'email,sms'],
      ['Carl Dam', 'sms'],
    ]);
    expect(list.querySelector(`[data-who="${ids['Bo Holm']}"]`)).to.equal(null);
    await expect(el).to.be.accessible();
    await press('Tab');
    expect(focused()).to.equal($(el, '#who-event'));
    const select = $<HTMLSelectElement>(el, '#who-event');
    select.value = 'low_battery';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => told().length === 1 && told()[0]![0] === 'Dorthe Lund', 'the list did not follow');
    select.value = 'geofence_enter';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '[data-who-count]').textContent!.trim() === 'Nobody is told about this event.');
    await expect(el).to.be.accessible();
  });

  it('Edit contacts changes a row’s preferences; the opt-out is kept and the change persists on reload', async () => {
    const { el, client, customerId, ids } = await mount();
    const bo = ids['Bo Holm']!;
    box(el, `input[data-select="${bo}"]`).click();
    await el.updateComplete;
    (await find<HTMLButtonElement>(el, '[data-action="edit"]')).click();
    const button = await find<HTMLButtonElement>(el, `[data-notify-edit="${bo}"]`);
    button.click();
    await find(el, 'dialog#notify-row[open]');
    await expect(el).to.be.accessible();
    box(el, '#notify-row [data-notify="events:tamper"]').click();
    $(el, '[data-notify-done]').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog#notify-row[open]'), 'the dialog stayed open');
    (await find<HTMLButtonElement>(el, '[data-action="save"]')).click();
    await waitUntil(() => !el.shadowRoot!.querySelector('.row.editing'), 'the row stayed in edit mode');
    const saved = (await client.contacts.list(customerId)).items.find((c) => c.id === bo)!;
    expect(saved.notifications?.events).to.deep.equal(['service_due', 'fault_code', 'tamper']);
    expect(saved.notifications?.optOut).to.equal(true);
    await el.reload();
    await waitUntil(() => summaryOf(el, bo) === 'Opted out');
  });

  it('Edit contacts: SMS for a row without a phone shows at that row’s notifications, and focus goes there', async () => {
    const { el, ids } = await mount();
    const dorthe = ids['Dorthe Lund']!;
    box(el, `input[data-select="${dorthe}"]`).click();
    await el.updateComplete;
    (await find<HTMLButtonElement>(el, '[data-action="edit"]')).click();
    (await find<HTMLButtonElement>(el, `[data-notify-edit="${dorthe}"]`)).click();
    await find(el, 'dialog#notify-row[open]');
    box(el, '#notify-row [data-notify="channels:sms"]').click();
    await waitUntil(
      () => el.shadowRoot!.querySelector('#notify-row .fieldset.invalid .error'),
      'no error in the dialog',
    );
    await expect(el).to.be.accessible();
    $(el, '[data-notify-done]').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog#notify-row[open]'));
    (await find<HTMLButtonElement>(el, '[data-action="save"]')).click();
    const button = $(el, `[data-notify-edit="${dorthe}"]`);
    await waitUntil(() => focused() === button, 'focus did not go to the notifications of the row');
    const error = $(el, `#${button.id}-error`);
    expect(error.textContent).to.contain('SMS needs a phone number');
    expect(button.getAttribute('aria-describedby')).to.equal(`${button.id}-error`);
    await expect(el).to.be.accessible();
  });

  it('keyboard alone: select, Notifications…, apply; Edit contacts reaches the row’s notifications with Tab', async () => {
    const { el, client, customerId, ids } = await mount();
    await tabTo((node) => node instanceof HTMLInputElement && node.matches('input[data-select]'));
    await press('ArrowDown', 'ArrowDown', 'ArrowDown', 'Space');
    await waitUntil(() => box(el, `input[data-select="${ids['Dorthe Lund']}"]`).checked, 'Dorthe not selected');
    await tabTo((node) => node?.getAttribute('data-action') === 'notify');
    await press('Enter');
    await find(el, 'dialog#notify-selected[open]');
    await waitUntil(() => focused()?.matches('input[type="radio"]'), 'focus did not start at the change');
    await tabTo((node) => node?.matches('button[form="notify-form"]') ?? false);
    await press('Enter');
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog#notify-selected[open]'), 'the dialog stayed open');
    const dorthe = (await client.contacts.list(customerId)).items.find((c) => c.id === ids['Dorthe Lund'])!;
    expect(dorthe.notifications?.events).to.deep.equal(['service_due', 'low_battery']);
    // Edit contacts: Tab from the title goes to the row's notifications; Enter opens its dialog.
    await tabTo((node) => node?.getAttribute('data-action') === 'edit');
    await press('Enter');
    await waitUntil(() => focused()?.matches('input[data-edit]'), 'focus never reached the first input');
    await press('Tab', 'Tab', 'Tab', 'Tab');
    expect(focused()).to.equal($(el, `[data-notify-edit="${ids['Dorthe Lund']}"]`));
    await press('Enter');
    await find(el, 'dialog#notify-row[open]');
    await waitUntil(() => focused()?.matches('#notify-row input[type="checkbox"]'), 'focus not in the dialog');
    await press('Escape');
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog#notify-row[open]'), 'Escape did not close it');
    await waitUntil(() => focused() === $(el, `[data-notify-edit="${ids['Dorthe Lund']}"]`), 'focus not returned');
  });

  it('bulk: a contact changed meanwhile is reported, read again, and Apply again saves it', async () => {
    const { el, client, customerId, ids } = await mount();
    const dorthe = ids['Dorthe Lund']!;
    box(el, `input[data-select="${dorthe}"]`).click();
    await el.updateComplete;
    // Someone else renames Dorthe after the list was read.
    await client.contacts.update(customerId, dorthe, { title: 'Buyer' });
    (await find<HTMLButtonElement>(el, '[data-action="notify"]')).click();
    await find(el, 'dialog#notify-selected[open]');
    $(el, 'button[form="notify-form"]').click();
    await find(el, '[data-notify-failures]');
    expect($(el, 'dialog#notify-selected .report').textContent).to.contain('Dorthe Lund: Someone else changed');
    await waitUntil(() => $(el, `.row[data-key="${dorthe}"] .col-title`).textContent!.trim() === 'Buyer');
    $(el, 'button[form="notify-form"]').click();
    await waitUntil(() => !el.shadowRoot!.querySelector('dialog#notify-selected[open]'), 'the dialog stayed open');
    const saved = (await client.contacts.list(customerId)).items.find((c) => c.id === dorthe)!;
    expect(saved.notifications?.events).to.deep.equal(['service_due', 'low_battery']);
    expect(saved.title).to.equal('Buyer');
  });

  it('Edit contacts: clearing the phone of a contact told by SMS says so at that row’s notifications', async () => {
    const { el, backend, ids } = await mount();
    const anna = ids['Anna Berg']!;
    box(el, `input[data-select="${anna}"]`).click();
    await el.updateComplete;
    (await find<HTMLButtonElement>(el, '[data-action="edit"]')).click();
    const phone = await find<HTMLInputElement>(el, `input[data-edit="${anna}"][data-field="phone"]`);
    await fill(phone, '');
    backend.clearRequests();
    (await find<HTMLButtonElement>(el, '[data-action="save"]')).click();
    const button = $(el, `[data-notify-edit="${anna}"]`);
    await waitUntil(() => el.shadowRoot!.querySelector(`#${button.id}-error`), 'no error at the notifications');
    expect($(el, `#${button.id}-error`).textContent).to.contain('SMS needs a phone number');
    expect(backend.requests.filter((r) => r.method === 'PATCH').length, 'nothing sent').to.equal(0);
    await expect(el).to.be.accessible();
  });
});
