import { expect } from '@open-wc/testing';
import type { CustomerList } from '../customer-list/customer-list.js';
import { helpArticleApp } from './help-article.fixture.js';
import { typeInto, waitFor } from '../../stories/support/play.js';

/**
 * The help article ("How do I manage customers?"), end to end in `<customer-manager>`, with the mouse: find and
 * open a customer; assign and unassign equipment; edit the details; bulk-edit contacts, then delete some;
 * delete the customer; create a new one. `help-article-keyboard.test.ts` walks the same steps with keys alone.
 */

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const inside = <T extends Element = HTMLElement>(host: Element, selector: string, timeout = 10_000) =>
  waitFor(() => host.shadowRoot?.querySelector<T>(selector), timeout);
const click = (element: Element) =>
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
const lastButton = (dialog: Element) => [...dialog.querySelectorAll<HTMLButtonElement>('button')].at(-1)!;
/** The list row's values after their column names, as a screen reader hears them after the row's text. */
const described = (row: Element | null) => row?.getAttribute('aria-description') ?? '';
const listRow = (list: CustomerList, id: string) =>
  list.shadowRoot!.querySelector<HTMLElement>(`[role="option"][data-id="${id}"]`);

describe('the help article with the mouse, in <customer-manager>', () => {
  it('find and open, assign and unassign, edit details, bulk-edit and delete contacts, delete, create', async function () {
    this.timeout(90_000);
    const { el, root, list, backend, nordhavn } = await helpArticleApp();
    const facts = () => text(root.querySelector('.facts'));

    // 1. Find a customer and open it: it lands on Equipment.
    typeInto(list.shadowRoot!.querySelector<HTMLInputElement>('#customer-search')!, 'Nordhavn');
    await waitFor(
      () => list.search === 'Nordhavn' && /matching/.test(text(list.shadowRoot!.querySelector('[part="count"]'))),
    );
    click(await waitFor(() => listRow(list, nordhavn.id)));
    await waitFor(() => text(root.querySelector('#customer-title')) === 'Nordhavn Maskinudlejning ApS');
    expect(facts()).to.equal('Rental 3 contacts 5 equipment units');
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-equipment');
    await expect(el).to.be.accessible();

    // 2. Assign equipment (top right, Select equipment, Assign), then unassign one from the action panel.
    const assigner = await inside(el, '[role="tabpanel"] equipment-assigner');
    click(await inside(assigner, '[data-assign-trigger]'));
    const picker = await inside(assigner, 'equipment-picker');
    await inside(picker, 'dialog#picker[open] #fleet [role="option"][data-id]');
    const free = [
      ...picker.shadowRoot!.querySelectorAll('#fleet [role="option"][data-id]:not([aria-disabled="true"])'),
    ];
    free.slice(0, 2).forEach(click);
    await waitFor(() => picker.shadowRoot!.querySelector('[data-assign][aria-disabled="false"]'));
    await expect(picker).to.be.accessible();
    click(picker.shadowRoot!.querySelector('[data-assign]')!);
    await waitFor(() => facts() === 'Rental 3 contacts 7 equipment units');
    await waitFor(() => described(listRow(list, nordhavn.id)).includes('Equipment: 7'));
    click(await inside(assigner, '#assigned [role="option"][data-id]'));
    click(await inside(assigner, '[data-unassign]'));
    const unassign = await inside(assigner, 'dialog#confirm[open]');
    click(lastButton(unassign));
    await waitFor(() => facts() === 'Rental 3 contacts 6 equipment units');
    await waitFor(() => described(listRow(list, nordhavn.id)).includes('Equipment: 6'));
    expect(backend.listEquipment({ customerId: nordhavn.id })).to.have.length(6);

    // 3. Edit the details: Edit, change the name, Save; the header and the list follow.
    click(root.querySelector('#tab-details')!);
    const details = await inside(el, '[role="tabpanel"] customer-details');
    click(await inside(details, '[data-edit]'));
    typeInto(await inside<HTMLInputElement>(details, '#f-name'), 'Nordhavn Maskiner A/S');
    click(details.shadowRoot!.querySelector('[data-save]')!);
    await waitFor(() => text(root.querySelector('#customer-title')) === 'Nordhavn Maskiner A/S');
    await waitFor(() => text(listRow(list, nordhavn.id)).includes('Nordhavn Maskiner A/S'));
    await expect(el).to.be.accessible();

    // 4. Bulk-edit contacts (select two, Edit contacts, change a title, Save), then delete them.
    click(root.querySelector('#tab-contacts')!);
    const contacts = await inside(el, '[role="tabpanel"] contact-list');
    await inside(contacts, 'input[data-select]');
    [...contacts.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-select]')]
      .slice(0, 2)
      .forEach((box) => box.click());
    click(await inside(contacts, '[data-action="edit"]'));
    typeInto(await inside<HTMLInputElement>(contacts, 'input[data-edit][data-field="title"]'), 'Site manager');
    click(contacts.shadowRoot!.querySelector('[data-action="save"]')!);
    await waitFor(() => !contacts.shadowRoot!.querySelector('input[data-edit]'));
    expect(backend.listContacts(nordhavn.id).map((contact) => contact.title)).to.include('Site manager');
    click(await inside(contacts, '[data-action="delete"]'));
    click(lastButton(await inside(contacts, 'dialog#confirm[open]')));
    await waitFor(() => facts() === 'Rental 1 contact 6 equipment units');
    await waitFor(() => described(listRow(list, nordhavn.id)).includes('Contacts: 1'));

    // 5. Delete the customer (Delete customer under the form): back to the list, without it.
    click(root.querySelector('#tab-details')!);
    const again = await inside(el, '[role="tabpanel"] customer-details');
    click(await inside(again, '[data-delete]'));
    click(lastButton(await inside(again, 'dialog[open]')));
    await waitFor(() => el.customerId === '');
    expect(text(root.querySelector('#deleted-notice'))).to.contain('Nordhavn Maskiner A/S was deleted');
    await waitFor(() => list.total === 0);
    expect(text(list.shadowRoot!.querySelector('.empty-list p'))).to.equal('Nothing matches “Nordhavn”.');
    expect(listRow(list, nordhavn.id)).to.equal(null);
    expect(backend.getCustomer(nordhavn.id)).to.equal(undefined);
    await expect(el).to.be.accessible();

    // 6. Create a customer: Create customer, the wizard, Save: the new customer opens.
    click(await inside(list, '[data-create]'));
    const wizard = await inside(el, 'customer-wizard');
    typeInto(await inside<HTMLInputElement>(wizard, '#f-name'), 'Aarhus Kranudlejning ApS');
    click(wizard.shadowRoot!.querySelector('button[type="submit"]')!);
    await inside(wizard, '.contact, [data-add-contact], [part~="button-add"]');
    click(wizard.shadowRoot!.querySelector('button[type="submit"]')!);
    click(await inside(wizard, '[data-save]'));
    await waitFor(() => text(root.querySelector('#customer-title')) === 'Aarhus Kranudlejning ApS', 10_000);
    expect(el.customerId).to.not.equal('');
    expect(backend.getCustomer(el.customerId)?.name).to.equal('Aarhus Kranudlejning ApS');
    await expect(el).to.be.accessible();
  });
});
