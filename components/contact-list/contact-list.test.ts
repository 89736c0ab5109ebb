import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { ContactList } from './contact-list.js';
import type { ContactInput } from '../../src/schemas/contact.js';
import type { FaultRule } from '../../src/testing/index.js';
import type { ContactsChangedEvent } from '../shared/events.js';
import { demoClient, type DemoRole } from '../../stories/support/demo-client.js';
import { $, fill, find, focused, press, pressWithControl, tabTo, type } from '../../test/support/dom.js';

/** Six contacts whose name order is known: A..F. */
const PEOPLE: ContactInput[] = [
  { name: 'Anna Berg', email: 'anna@nordhavn.dk', phone: '+4520000001', title: 'Fleet manager' },
  { name: 'Bo Holm', email: 'bo@nordhavn.dk' },
  { name: 'Carl Dam', phone: '+4520000003', title: 'Foreman' },
  { name: 'Dorthe Lund', email: 'dorthe@nordhavn.dk', title: 'Buyer' },
  { name: 'Erik Friis', email: 'erik@nordhavn.dk', phone: '+4520000005' },
  { name: 'Frida Krogh', email: 'frida@nordhavn.dk' },
];

interface MountOptions {
  contacts?: number | ContactInput[];
  role?: DemoRole;
  pageSize?: number;
  lang?: string;
  faults?: (ids: Record<string, string>, customerId: string) => FaultRule[];
}

async function mount(options: MountOptions = {}) {
  const { client, backend } = demoClient({ role: options.role, retry: 0, customers: 3 });
  const customer = backend.addCustomer({
    name: 'Nordhavn Maskinudlejning ApS',
    address: { city: 'Nordhavn', country: 'DK' },
    contacts: options.contacts ?? PEOPLE,
  });
  const ids = Object.fromEntries(backend.listContacts(customer.id).map((contact) => [contact.name, contact.id]));
  if (options.faults) backend.setFaults(options.faults(ids, customer.id));
  // The element itself, not a wrapper: `fixture` waits for a plain element with requestAnimationFrame, which
  // never fires while this page is in the background (test files run two at a time).
  const el = await fixture<ContactList>(
    html`<contact-list
      lang=${options.lang ?? 'en'}
      .client=${client}
      customer-id=${customer.id}
      page-size=${options.pageSize ?? 1000}
    ></contact-list>`,
  );
  // What a user sees once the list is there: its rows (the virtualizer renders them after the grid), or a state.
  await waitUntil(
    () => el.shadowRoot?.querySelector('.grid-body .row, .state.empty, .error-state'),
    'the list did not load',
  );
  await waitUntil(() => el.shadowRoot?.querySelector('.state.loading') === null, 'still loading');
  await el.updateComplete;
  return { el, client, backend, customerId: customer.id, ids };
}

const rowNames = (el: ContactList) =>
  [...el.shadowRoot!.querySelectorAll('.grid-body .row')].map((row) =>
    row
      .querySelector('.col-name')!
      .textContent!.trim()
      .replace(/\s+New$/, ''),
  );
const selectedNames = (el: ContactList) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-select]')]
    .filter((box) => box.checked)
    .map((box) => box.getAttribute('aria-label')!.replace(/^Select /, ''));
/** The screen-reader-only live region (the success message is a second, visible one). */
const liveText = (el: ContactList) => $(el, '.visually-hidden[aria-live="polite"]').textContent!.trim();
const waitForLive = (el: ContactList, pattern: RegExp) =>
  waitUntil(() => pattern.test(liveText(el)), `live region never said ${pattern}`);
/** The visible success message (a polite `role="status"` notice), once it says this. */
const waitForSuccess = (el: ContactList, pattern: RegExp) =>
  waitUntil(
    () => pattern.test(el.shadowRoot!.querySelector('.success-message .success-text')?.textContent?.trim() ?? ''),
    `no success message ${pattern}`,
  );
const checkbox = (el: ContactList, id: string) => $<HTMLInputElement>(el, `input[data-select="${id}"]`);
const isCheckbox = (node: Element | null) => Boolean(node?.matches('input[data-select]'));

/** Tabs into the table and lands on the row checkbox that holds the tab stop. */
async function tabToRows(): Promise<void> {
  await tabTo(isCheckbox);
}

afterEach(async () => {
  await resetMouse();
});

describe('contact-list', () => {
  describe('showing contacts', () => {
    it('lists name, e-mail, phone formatted for reading and title, sorted by name, and passes axe', async () => {
      const { el } = await mount();
      expect(rowNames(el)).to.deep.equal(PEOPLE.map((person) => person.name));
      const first = el.shadowRoot!.querySelector('.grid-body .row')!;
      expect([...first.children].slice(0, 5).map((cell) => cell.textContent!.trim())).to.deep.equal([
        '',
        'Anna Berg',
        'anna@nordhavn.dk',
        '+45 20 00 00 01',
        'Fleet manager',
      ]);
      // The last column: what the contact is told about (a contact saved without preferences has the defaults).
      expect(first.querySelector('.col-notify .visually-hidden')!.textContent!.trim()).to.equal(
        'By e-mail about service due and fault codes',
      );
      expect($(el, '#count').textContent).to.equal('6 contacts');
      expect($(el, '[role="columnheader"][aria-sort]').textContent!.trim()).to.equal('Name');
      expect($(el, '[role="columnheader"][aria-sort]').getAttribute('aria-sort')).to.equal('ascending');
      await expect(el).to.be.accessible();
    });

    it('shows an empty state that passes axe', async () => {
      const { el } = await mount({ contacts: 0 });
      expect($(el, '.state.empty').textContent).to.contain('This customer has no contacts yet.');
      expect(el.shadowRoot!.querySelector('[role="grid"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders values with markup as text', async () => {
      const markup = '<img src=x onerror=alert(1)>';
      const { el } = await mount({ contacts: [{ name: markup, email: 'x@example.com', title: '<b>boss</b>' }] });
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(rowNames(el)).to.deep.equal([markup]);
      expect(el.shadowRoot!.querySelector('.grid-body')!.textContent).to.contain('<b>boss</b>');
    });

    it('sorts on the server from the column header buttons, with aria-sort', async () => {
      const { el, backend } = await mount();
      backend.clearRequests();
      (await find(el, 'button[data-sort="name"]')).click();
      await waitUntil(() => rowNames(el)[0] === 'Frida Krogh', 'never sorted descending');
      expect(backend.requests.some((request) => request.path.includes('sort=-name'))).to.equal(true);
      expect($(el, '[role="columnheader"][aria-sort]').getAttribute('aria-sort')).to.equal('descending');
      $(el, 'button[data-sort="email"]').click();
      await waitUntil(() => $(el, '[role="columnheader"][aria-sort]').classList.contains('col-email'));
      await waitUntil(() => backend.requests.some((request) => request.path.includes('sort=email')));
    });

    it('searches on the server, debounced, and announces the result', async () => {
      const { el, backend } = await mount();
      backend.clearRequests();
      $(el, '#search').focus();
      await type('dorthe');
      // How many requests typing sends depends on the typing speed (see search.test.ts for the debounce itself);
      // what the user gets is the result of the whole word. On a slow machine "do" alone may already show only
      // Dorthe, so the whole word's search must have gone out too.
      await waitUntil(
        () =>
          backend.requests.some((request) => request.path.includes('search=dorthe')) &&
          rowNames(el).join() === 'Dorthe Lund',
        'the result of the whole word never came',
      );
      const searches = backend.requests.filter((request) => request.path.includes('search='));
      expect(searches.at(-1)!.path).to.contain('search=dorthe');
      expect(rowNames(el)).to.deep.equal(['Dorthe Lund']);
      await waitForLive(el, /^1 contact found\.$/);
      $<HTMLInputElement>(el, '#search').select();
      await type('nobody');
      await press('Enter');
      await find(el, '.state.empty');
      expect($(el, '.state.empty').textContent).to.contain('No contacts match “nobody”.');
    });

    it('shows a load failure with Retry, then the contacts', async () => {
      const { el } = await mount({
        faults: () => [{ match: { method: 'GET', path: '/customers/*/contacts' }, status: 503, times: 1 }],
      });
      expect($(el, '.error-state').textContent).to.contain('The contacts could not be loaded.');
      await expect(el).to.be.accessible();
      $(el, '.error-state button').click();
      await waitUntil(() => rowNames(el).length === 6);
    });

    it('loads further pages on request with "Show more contacts"', async () => {
      const { el } = await mount({ pageSize: 4 });
      expect(rowNames(el).length).to.equal(4);
      expect($(el, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('7');
      expect($(el, '.more').textContent).to.contain('4 of 6 shown');
      $(el, '.more button').click();
      await waitUntil(() => rowNames(el).length === 6);
      expect(el.shadowRoot!.querySelector('.more')).to.equal(null);
      expect($(el, '[role="grid"]').getAttribute('aria-rowcount'), 'six rows and the header row').to.equal('7');
      const indexes = [...el.shadowRoot!.querySelectorAll('.grid-body .row')].map((row) =>
        row.getAttribute('aria-rowindex'),
      );
      expect(indexes).to.deep.equal(['2', '3', '4', '5', '6', '7']);
    });

    it('renders a thousand contacts', async () => {
      const { el } = await mount({ contacts: 1000 });
      expect($(el, '#count').textContent).to.equal('1,000 contacts');
      expect($(el, '[role="grid"]').getAttribute('aria-rowcount')).to.equal('1001');
      // Virtualized: only the rows near the view are DOM, each saying where it is in the whole list.
      expect(el.shadowRoot!.querySelectorAll('.grid-body .row').length).to.be.below(100);
      await tabToRows();
      await sendKeys({ down: 'Control' });
      await press('End');
      await sendKeys({ up: 'Control' });
      await waitUntil(
        () => focused()?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '1001',
        'never reached the last row',
      );
      expect(focused()!.matches('input[data-select]'), 'still in the check box column').to.equal(true);
    });
  });

  describe('selection', () => {
    it('selects with Space and the arrow keys alone, shows the action panel with the count, and passes axe', async () => {
      const { el } = await mount();
      await tabToRows();
      expect(focused()).to.equal(
        checkbox(el, el.shadowRoot!.querySelector<HTMLElement>('input[data-select]')!.dataset['select']!),
      );
      // One tab stop for the whole table: the other rows are reached with the arrows.
      expect(el.shadowRoot!.querySelectorAll('input[data-select][tabindex="0"]').length).to.equal(1);
      await press('Space');
      await press('ArrowDown');
      await press('ArrowDown');
      await press('Space');
      expect(selectedNames(el)).to.deep.equal(['Anna Berg', 'Carl Dam']);
      await sendKeys({ down: 'Shift' });
      await press('ArrowDown');
      await sendKeys({ up: 'Shift' });
      expect(selectedNames(el)).to.deep.equal(['Anna Berg', 'Carl Dam', 'Dorthe Lund']);
      await press('ArrowUp');
      await press('Space');
      expect(selectedNames(el)).to.deep.equal(['Anna Berg', 'Dorthe Lund']);
      expect($(el, '.action-count').textContent).to.equal('2 selected');
      await waitForLive(el, /^2 selected$/);
      const all = $<HTMLInputElement>(el, 'input[data-select-all]');
      expect(all.indeterminate).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('selects all, then none, with the tri-state header checkbox', async () => {
      const { el } = await mount();
      const all = await find<HTMLInputElement>(el, 'input[data-select-all]');
      all.click();
      await el.updateComplete;
      expect(selectedNames(el).length).to.equal(6);
      expect(all.checked).to.equal(true);
      expect(all.indeterminate).to.equal(false);
      all.click();
      await el.updateComplete;
      expect(selectedNames(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('.action-panel')).to.equal(null);
    });

    it('selects a range with Shift+click', async () => {
      const { el, ids } = await mount();
      const clickBox = async (id: string) => {
        const box = checkbox(el, id).getBoundingClientRect();
        await sendMouse({
          type: 'click',
          position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
        });
        await el.updateComplete;
      };
      await clickBox(ids['Bo Holm']!);
      await sendKeys({ down: 'Shift' });
      await clickBox(ids['Erik Friis']!);
      await sendKeys({ up: 'Shift' });
      expect(selectedNames(el)).to.deep.equal(['Bo Holm', 'Carl Dam', 'Dorthe Lund', 'Erik Friis']);
    });
  });

  describe('bulk edit', () => {
    it('edits the selected rows in place and saves only the changed fields, with the keyboard alone', async () => {
      const { el, backend, customerId, ids } = await mount();
      const changes: ContactsChangedEvent['detail'][] = [];
      el.addEventListener('contacts-changed', (event) => changes.push(event.detail));
      await tabToRows();
      await press('Space');
      await press('ArrowDown');
      await press('Space');
      await tabTo((node) => node?.getAttribute('data-action') === 'edit');
      await press('Enter');
      await waitUntil(() => focused()?.matches('input[data-edit]'), 'focus never reached the first input');
      // Labelled per row, so a screen reader knows whose e-mail this is.
      expect(focused()!.getAttribute('aria-label')).to.equal('Name, Anna Berg');
      expect(el.shadowRoot!.querySelectorAll('input[data-edit]').length).to.equal(8);
      await expect(el).to.be.accessible();
      await press('Tab'); // e-mail
      await press('Tab'); // phone
      await press('Tab'); // title
      expect(focused()!.getAttribute('aria-label')).to.equal('Title, Anna Berg');
      await pressWithControl('a');
      await type('Fleet director');
      backend.clearRequests();
      await tabTo((node) => node?.getAttribute('data-action') === 'save');
      await press('Enter');
      await waitForSuccess(el, /^1 contact saved\.$/);

      const patches = backend.requests.filter((request) => request.method === 'PATCH');
      expect(patches.length, 'the unchanged row is not sent').to.equal(1);
      const anna = backend.listContacts(customerId).find((contact) => contact.id === ids['Anna Berg'])!;
      expect(anna.title).to.equal('Fleet director');
      expect(anna.version).to.equal(2);
      expect(el.shadowRoot!.querySelector('input[data-edit]'), 'every row left edit mode').to.equal(null);
      expect(selectedNames(el), 'the selection survives the save').to.deep.equal(['Anna Berg', 'Bo Holm']);
      expect(focused()?.getAttribute('data-action')).to.equal('edit');
      expect(changes).to.deep.equal([{ customerId, created: [], updated: [ids['Anna Berg']], deleted: [] }]);
      expect(el.shadowRoot!.querySelector('.grid-body .row')!.textContent).to.contain('Fleet director');
    });

    it('saves exactly the rows that succeed; a failing row keeps its input and shows its own error', async () => {
      const { el, backend, customerId, ids } = await mount({
        faults: (people, customer) => [
          { match: { method: 'PATCH', path: `/customers/${customer}/contacts/${people['Bo Holm']}` }, status: 503 },
        ],
      });
      for (const name of ['Anna Berg', 'Bo Holm', 'Carl Dam']) checkbox(el, ids[name]!).click();
      await el.updateComplete;
      $(el, '[data-action="edit"]').click();
      await find(el, 'input[data-edit]');
      const input = (name: string, field: string) =>
        $<HTMLInputElement>(el, `input[data-edit="${ids[name]}"][data-field="${field}"]`);
      fill(input('Anna Berg', 'title'), 'Owner');
      fill(input('Bo Holm', 'title'), 'Mechanic');
      fill(input('Carl Dam', 'email'), 'not-an-e-mail');
      await el.updateComplete;
      backend.clearRequests();
      $(el, '[data-action="save"]').click();
      await waitForLive(el, /^2 contacts were not saved: see the message in each row\. 1 field needs attention\.$/);
      await waitForSuccess(el, /^1 contact saved\.$/);

      const stored = Object.fromEntries(backend.listContacts(customerId).map((contact) => [contact.name, contact]));
      expect(stored['Anna Berg']!.title).to.equal('Owner');
      expect(stored['Bo Holm']!.title, 'the failed row was not saved').to.equal(undefined);
      expect(stored['Carl Dam']!.email, 'the invalid row was not sent').to.equal(undefined);
      expect(backend.requests.filter((request) => request.method === 'PATCH').length).to.equal(2);

      expect(el.shadowRoot!.querySelector(`input[data-edit="${ids['Anna Berg']}"]`), 'Anna left edit mode').to.equal(
        null,
      );
      expect(input('Bo Holm', 'title').value, 'Bo keeps what was typed').to.equal('Mechanic');
      expect(input('Bo Holm', 'title').getAttribute('aria-describedby')).to.match(/-message$/);
      expect($(el, '.row-message').textContent).to.contain('Something went wrong on the server');
      expect(input('Carl Dam', 'email').value).to.equal('not-an-e-mail');
      expect(input('Carl Dam', 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(el.shadowRoot!.getElementById(`${input('Carl Dam', 'email').id}-error`)!.textContent).to.contain(
        'Enter a valid e-mail address',
      );
      // Compared by id: chai formatting a DOM element on failure can hang the page.
      await waitUntil(
        () => focused()?.id === input('Carl Dam', 'email').id,
        'focus never reached the first field in error',
      );
      expect(selectedNames(el)).to.deep.equal(['Anna Berg', 'Bo Holm', 'Carl Dam']);
      expect($(el, '.action-count').textContent).to.equal('Editing 2 contacts');
      await expect(el).to.be.accessible();
    });

    it('reports a row changed by someone else (412), keeps the input, and saves it on the second try', async () => {
      const { el, client, backend, customerId, ids } = await mount();
      checkbox(el, ids['Dorthe Lund']!).click();
      await el.updateComplete;
      $(el, '[data-action="edit"]').click();
      const title = await find<HTMLInputElement>(el, `input[data-edit="${ids['Dorthe Lund']}"][data-field="title"]`);
      fill(title, 'Head of purchasing');
      await client.contacts.update(customerId, ids['Dorthe Lund']!, { phone: '+4599887766' });
      $(el, '[data-action="save"]').click();
      await find(el, '.row-message');
      expect($(el, '.row-message').textContent).to.contain('Someone else changed this contact');
      expect(title.value).to.equal('Head of purchasing');
      $(el, '[data-action="save"]').click();
      await waitForSuccess(el, /^1 contact saved\.$/);
      const dorthe = backend.listContacts(customerId).find((contact) => contact.id === ids['Dorthe Lund'])!;
      expect(dorthe.title).to.equal('Head of purchasing');
      expect(dorthe.phone, "the other person's change is kept").to.equal('+4599887766');
    });

    it('shows an edited row’s error when leaving the field, and takes it away once it is fixed', async () => {
      const { el, backend, ids } = await mount();
      checkbox(el, ids['Anna Berg']!).click();
      await el.updateComplete;
      $(el, '[data-action="edit"]').click();
      const email = await find<HTMLInputElement>(el, `input[data-edit="${ids['Anna Berg']}"][data-field="email"]`);
      email.focus();
      fill(email, 'anna@');
      backend.clearRequests();
      $<HTMLInputElement>(el, `input[data-edit="${ids['Anna Berg']}"][data-field="phone"]`).focus();
      await waitUntil(() => email.getAttribute('aria-invalid') === 'true', 'the e-mail never showed its error');
      expect($(el, `#${email.id}-error`).textContent).to.contain('Enter a valid e-mail address');
      await expect(el).to.be.accessible();
      fill(email, 'anna@example.org');
      await waitUntil(() => email.getAttribute('aria-invalid') === 'false', 'the fixed e-mail kept its error');
      expect(el.shadowRoot!.getElementById(`${email.id}-error`)).to.equal(null);
      expect(backend.requests.length, 'nothing is sent before Save').to.equal(0);
    });

    it('Cancel restores the rows and sends nothing', async () => {
      const { el, backend, ids } = await mount();
      checkbox(el, ids['Anna Berg']!).click();
      await el.updateComplete;
      $(el, '[data-action="edit"]').click();
      const name = await find<HTMLInputElement>(el, 'input[data-field="name"]');
      fill(name, 'Someone else');
      backend.clearRequests();
      $(el, '[data-action="cancel"]').click();
      await el.updateComplete;
      expect(rowNames(el)[0]).to.equal('Anna Berg');
      expect(el.shadowRoot!.querySelector('input[data-edit]')).to.equal(null);
      expect(backend.requests.length).to.equal(0);
      expect(focused()?.getAttribute('data-action')).to.equal('edit');
    });
  });

  describe('issue 15 defects', () => {
    it('in bulk edit, a phone error wraps inside its column instead of widening it', async () => {
      const { el, ids } = await mount();
      checkbox(el, ids['Anna Berg']!).click();
      await el.updateComplete;
      $(el, '[data-action="edit"]').click();
      const phone = await find<HTMLInputElement>(el, `input[data-edit="${ids['Anna Berg']}"][data-field="phone"]`);
      const before = phone.closest('.cell')!.getBoundingClientRect().width;
      fill(phone, '12');
      $(el, '[data-action="save"]').click();
      await waitUntil(() => phone.getAttribute('aria-invalid') === 'true', 'the phone never showed its error');
      const after = phone.closest('.cell')!.getBoundingClientRect().width;
      expect(Math.abs(after - before), 'the phone column keeps its width').to.be.below(1);
      expect($(el, `#${phone.id}-error`).getBoundingClientRect().width).to.be.at.most(before);
    });

    for (const lang of ['en', 'da']) {
      it(`at 320 px the sort buttons read whole and stay inside the card (${lang})`, async () => {
        const { el } = await mount({ lang });
        el.style.inlineSize = '320px';
        const head = $(el, '.grid-head .grid-row');
        await waitUntil(() => getComputedStyle(head).display === 'flex', 'the list never became cards');
        const frame = $(el, '.grid-frame').getBoundingClientRect();
        for (const label of el.shadowRoot!.querySelectorAll<HTMLElement>('.grid-head .sort > span')) {
          expect(label.scrollWidth, `"${label.textContent}" is cut`).to.be.at.most(label.clientWidth);
          expect(label.getBoundingClientRect().right).to.be.at.most(frame.right);
        }
        await expect(el).to.be.accessible();
      });
    }

    it('after a save the list shows what the server holds, also what someone else changed meanwhile', async () => {
      const { el, client, customerId, ids } = await mount();
      checkbox(el, ids['Anna Berg']!).click();
      await el.updateComplete;
      $(el, '[data-action="edit"]').click();
      const title = await find<HTMLInputElement>(el, `input[data-edit="${ids['Anna Berg']}"][data-field="title"]`);
      fill(title, 'Owner');
      await client.contacts.update(customerId, ids['Frida Krogh']!, { title: 'Dispatcher' });
      $(el, '[data-action="save"]').click();
      await waitForSuccess(el, /^1 contact saved\.$/);
      await waitUntil(
        () =>
          el.shadowRoot!.querySelector(`[data-key="${ids['Frida Krogh']}"] .col-title`)?.textContent?.trim() ===
          'Dispatcher',
        "the other person's change never showed",
      );
    });

    it('searching keeps the selection and says how many selected rows the search hides', async () => {
      const { el, ids } = await mount();
      for (const name of ['Anna Berg', 'Bo Holm']) checkbox(el, ids[name]!).click();
      await el.updateComplete;
      const search = $<HTMLInputElement>(el, '#search');
      fill(search, 'carl');
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await waitUntil(() => $(el, '#count').textContent === '1 contact found.', 'the search result never came');
      expect($(el, '.hidden-selected').textContent!.trim()).to.equal(
        '2 selected contacts are hidden by the search and left out of Edit and Delete.',
      );
      await waitForLive(el, /^1 contact found\. 2 selected contacts are hidden/);
      fill(search, '');
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await waitUntil(() => $(el, '#count').textContent === '6 contacts', 'the full list never came back');
      expect(selectedNames(el)).to.deep.equal(['Anna Berg', 'Bo Holm']);
    });

    it('a host that cancels contact-delete-request keeps the contacts', async () => {
      const { el, backend, customerId, ids } = await mount();
      const requests: string[][] = [];
      el.addEventListener('contact-delete-request', (event) => {
        requests.push(event.detail.contactIds);
        event.preventDefault();
      });
      checkbox(el, ids['Bo Holm']!).click();
      await el.updateComplete;
      backend.clearRequests();
      $(el, '[data-action="delete"]').click();
      (await find(el, 'dialog#confirm[open] .button.danger')).click();
      // The list settles where the user left it: the question is gone and focus is back on Bo Holm's row.
      await waitUntil(
        () =>
          !el.shadowRoot!.querySelector('dialog#confirm[open]') &&
          focused()?.getAttribute('data-select') === ids['Bo Holm'] &&
          !$<HTMLButtonElement>(el, '[data-action="delete"]').disabled,
        'the list never came back to the contact after the host said no',
      );
      expect(requests).to.deep.equal([[ids['Bo Holm']]]);
      expect(rowNames(el)).to.include('Bo Holm');
      expect($(el, '#count').textContent).to.equal('6 contacts');
      expect(selectedNames(el)).to.deep.equal(['Bo Holm']);
      expect(backend.requests.filter((request) => request.method === 'DELETE').length, 'nothing was sent').to.equal(0);
      expect(backend.listContacts(customerId).length).to.equal(6);
    });
  });

  describe('delete', () => {
    it('confirms with the count and names, then deletes exactly the selected contacts, with the keyboard alone', async () => {
      const { el, backend, customerId, ids } = await mount();
      const changed = oneEvent(el, 'contacts-changed');
      await tabToRows();
      await press('ArrowDown');
      await press('Space');
      await press('ArrowDown');
      await press('ArrowDown');
      await press('Space');
      expect(selectedNames(el)).to.deep.equal(['Bo Holm', 'Dorthe Lund']);
      await tabTo((node) => node?.getAttribute('data-action') === 'delete');
      await press('Enter');
      const dialog = await find<HTMLDialogElement>(el, 'dialog#confirm[open]');
      expect(dialog.querySelector('h2')!.textContent).to.equal('Delete 2 contacts?');
      expect(dialog.textContent).to.contain('Bo Holm and Dorthe Lund will be deleted.');
      expect(focused()!.textContent!.trim(), 'a destructive question starts on Cancel').to.equal('Cancel');
      await expect(el).to.be.accessible();
      await press('Tab');
      expect(focused()!.textContent!.trim()).to.equal('Delete contacts');
      await press('Enter');
      const { detail } = await changed;
      expect(detail).to.deep.equal({
        customerId,
        created: [],
        updated: [],
        deleted: [ids['Bo Holm'], ids['Dorthe Lund']],
      });
      await waitForSuccess(el, /^2 contacts deleted\.$/);
      expect(
        backend
          .listContacts(customerId)
          .map((contact) => contact.name)
          .sort(),
      ).to.deep.equal(['Anna Berg', 'Carl Dam', 'Erik Friis', 'Frida Krogh']);
      expect(rowNames(el)).to.deep.equal(['Anna Berg', 'Carl Dam', 'Erik Friis', 'Frida Krogh']);
      expect($(el, '#count').textContent).to.equal('4 contacts');
      await waitUntil(
        () => focused()?.getAttribute('data-select') === ids['Carl Dam'],
        'focus did not continue in the list, at the row after the deleted ones',
      );
    });

    it('names the first few and counts the rest; Cancel deletes nothing', async () => {
      const { el, backend, customerId } = await mount();
      $(el, 'input[data-select-all]').click();
      await el.updateComplete;
      $(el, '[data-action="delete"]').focus();
      await press('Enter');
      const dialog = await find<HTMLDialogElement>(el, 'dialog#confirm[open]');
      expect(dialog.textContent).to.contain('Anna Berg, Bo Holm, Carl Dam, and 3 more will be deleted.');
      await press('Escape');
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog#confirm[open]'));
      expect(backend.listContacts(customerId).length).to.equal(6);
      expect(focused()?.getAttribute('data-action'), 'focus returns to Delete').to.equal('delete');
    });

    it('reports which contacts are left, and why, after a partial failure', async () => {
      const { el, backend, customerId, ids } = await mount({
        faults: (people, customer) => [
          { match: { method: 'DELETE', path: `/customers/${customer}/contacts/${people['Carl Dam']}` }, status: 503 },
        ],
      });
      for (const name of ['Bo Holm', 'Carl Dam', 'Erik Friis']) checkbox(el, ids[name]!).click();
      await el.updateComplete;
      $(el, '[data-action="delete"]').click();
      (await find(el, 'dialog#confirm[open] .button.danger')).click();
      await find(el, '#delete-report');
      expect($(el, '#delete-report').textContent).to.contain('1 contact was not deleted and is still selected:');
      expect($(el, '#delete-report li').textContent).to.contain('Carl Dam: Something went wrong on the server.');
      expect(
        backend
          .listContacts(customerId)
          .map((contact) => contact.name)
          .sort(),
      ).to.deep.equal(['Anna Berg', 'Carl Dam', 'Dorthe Lund', 'Frida Krogh']);
      expect(selectedNames(el)).to.deep.equal(['Carl Dam']);
      await expect(el).to.be.accessible();
    });
  });

  describe('add contact', () => {
    it('adds a contact from the dialog with the keyboard alone; the schema needs an e-mail or a phone', async () => {
      const { el, backend, customerId } = await mount();
      const changed = oneEvent(el, 'contacts-changed');
      await tabTo((node) => node?.getAttribute('data-action') === 'add');
      await press('Enter');
      await find(el, 'dialog#add-contact[open]');
      await waitUntil(() => focused()?.id === 'add-name', 'focus never reached the name');
      await expect(el).to.be.accessible();
      await type('Mette Kjær');
      await press('Enter');
      await waitUntil(() => focused()?.id === 'add-email', 'focus never moved to the first invalid field');
      expect($(el, '#add-email-error').textContent).to.contain('Enter an e-mail or a phone number');
      await press('Tab');
      await type('22 33 44 55');
      await press('Enter');
      await waitUntil(() => !el.shadowRoot!.querySelector('dialog#add-contact'), 'the dialog never closed');
      await waitForSuccess(el, /^Mette Kjær was added to the contact list\.$/);
      expect(rowNames(el)[0]).to.equal('Mette Kjær');
      expect($(el, '#count').textContent).to.equal('7 contacts');
      const stored = backend.listContacts(customerId).find((contact) => contact.name === 'Mette Kjær')!;
      expect(stored.phone, "the customer's country is the default region").to.equal('+4522334455');
      const { detail } = await changed;
      expect(detail).to.deep.equal({ customerId, created: [stored.id], updated: [], deleted: [] });
      expect(focused()?.getAttribute('data-action'), 'focus returns to Add contact').to.equal('add');
    });

    it('keeps what was typed when the create fails', async () => {
      const { el } = await mount({
        faults: () => [{ match: { method: 'POST', path: '/customers/*/contacts' }, status: 503, times: 1 }],
      });
      $(el, '[data-action="add"]').click();
      const name = await find<HTMLInputElement>(el, '#add-name');
      fill(name, 'Jonas Holm');
      const email = $<HTMLInputElement>(el, '#add-email');
      fill(email, 'jonas@nordhavn.dk');
      $(el, 'button[form="add-contact-form"]').click();
      await find(el, 'dialog#add-contact .error-state');
      expect($(el, 'dialog#add-contact .error-state').textContent).to.contain('The contact was not added.');
      expect($<HTMLInputElement>(el, '#add-name').value).to.equal('Jonas Holm');
      $(el, 'button[form="add-contact-form"]').click();
      await waitUntil(() => rowNames(el)[0] === 'Jonas Holm');
    });
  });

  describe('read-only roles', () => {
    it('see the contacts without checkboxes or Add, and why; passes axe', async () => {
      const { el } = await mount({ role: 'user' });
      await find(el, '.notice');
      expect($(el, '.notice').textContent).to.contain('You can view the contacts, but not change them');
      expect(el.shadowRoot!.querySelector('input[type="checkbox"], [data-action]')).to.equal(null);
      expect(rowNames(el).length).to.equal(6);
      await expect(el).to.be.accessible();
    });
  });

  describe('localization', () => {
    it('speaks Danish under lang="da", with the help article’s words', async () => {
      const { el } = await mount({ lang: 'da' });
      expect($(el, '#title').textContent).to.equal('Kontaktliste');
      expect($(el, '[data-action="add"]').textContent!.trim()).to.equal('Tilføj kontakt');
      $(el, 'input[data-select-all]').click();
      await el.updateComplete;
      expect($(el, '.action-count').textContent).to.equal('6 valgt');
      expect($(el, '[data-action="edit"]').textContent!.trim()).to.equal('Rediger kontakter');
      expect($(el, '[data-action="delete"]').textContent!.trim()).to.equal('Slet kontakter');
      $(el, '[data-action="edit"]').click();
      await find(el, 'input[data-edit]');
      expect($(el, '[data-action="save"]').textContent!.trim()).to.equal('Gem');
    });
  });
});
