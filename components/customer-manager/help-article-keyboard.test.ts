import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EquipmentPicker } from '../equipment-assigner/equipment-picker.js';
import { helpArticleApp } from './help-article.fixture.js';
import { waitFor } from '../../stories/support/play.js';
import { focused, press, pressWithControl, tabTo, type } from '../../test/support/dom.js';

/**
 * The help article end to end in `<customer-manager>` with the keyboard alone (no clicks, no focus() calls):
 * the same six steps as `help-article.test.ts`.
 */

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const is = (selector: string) => (element: Element | null) => element?.matches(selector) ?? false;

/** Shift+Tab until `predicate(focused())` holds. */
async function tabBackTo(predicate: (element: Element | null) => boolean, limit = 40): Promise<void> {
  for (let count = 0; count < limit; count++) {
    if (predicate(focused())) return;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  }
  throw new Error('tabBackTo: never reached the wanted element');
}

describe('the help article with the keyboard alone, in <customer-manager>', () => {
  it('find and open, assign and unassign, edit details, bulk-edit and delete contacts, delete, create', async function () {
    this.timeout(120_000);
    const { el, root, list, backend, nordhavn } = await helpArticleApp();
    const facts = () => text(root.querySelector('.facts'));

    // 1. Find the customer: type in the search, Enter, Down into the list, Enter opens it.
    await tabTo(is('#customer-search'));
    await type('Nordhavn Maskinudlejning');
    await press('Enter');
    await waitFor(() => list.total === 1);
    await press('ArrowDown');
    expect(focused()?.id).to.equal('customers');
    await press('Enter');
    await waitFor(() => text(root.querySelector('#customer-title')) === 'Nordhavn Maskinudlejning ApS');
    expect(el.customerId).to.equal(nordhavn.id);
    await waitFor(() => focused()?.id === 'customer-title');

    // 2. Equipment: Assign equipment, pick two units with Space, Assign; then Unassign one.
    await tabTo(is('[data-assign-trigger]'));
    await press('Enter');
    const assigner = root.querySelector('equipment-assigner')!;
    const picker = assigner.shadowRoot!.querySelector('equipment-picker') as EquipmentPicker;
    await waitFor(() => picker.shadowRoot!.querySelector('#fleet [role="option"][data-id]'), 10_000);
    await waitFor(() => focused()?.id === 'picker-search');
    await press('ArrowDown');
    for (let tries = 0; picker.selectedIds.length < 2 && tries < 20; tries++) {
      await press('Space');
      await press('ArrowDown');
    }
    expect(picker.selectedIds).to.have.length(2);
    await tabTo(is('[data-assign]'));
    await press('Enter');
    await waitFor(() => facts() === 'Rental 3 contacts 7 equipment units');
    await tabTo(is('#assigned'));
    await press('Space');
    await tabTo(is('[data-unassign]'));
    await press('Enter');
    await waitFor(() => assigner.shadowRoot!.querySelector('dialog#confirm[open]'));
    await press('Tab');
    await press('Enter');
    await waitFor(() => facts() === 'Rental 3 contacts 6 equipment units');

    // 3. Details: back to the app's tabs (past the Equipment tab's own Assigned | History), Home, into the panel:
    // Edit, a new name, Save.
    await tabBackTo(is('#tab-equipment'));
    await press('Home');
    await waitFor(() => el.tab === 'details');
    await tabTo(is('[data-edit]'));
    await press('Enter');
    await waitFor(() => focused()?.id === 'f-name');
    await pressWithControl('a');
    await type('Nordhavn Maskiner A/S');
    await tabTo(is('[data-save]'));
    await press('Enter');
    await waitFor(() => text(root.querySelector('#customer-title')) === 'Nordhavn Maskiner A/S');

    // 4. Contact list: select two rows with Space, Edit contacts, a new title, Save; then Delete contacts.
    await tabBackTo(is('#tab-details'));
    await press('ArrowRight');
    await waitFor(() => el.tab === 'contacts');
    await waitFor(() => root.querySelector('contact-list')?.shadowRoot?.querySelector('input[data-select]'));
    await tabTo(is('input[data-select]'));
    await press('Space');
    await press('ArrowDown');
    await press('Space');
    await tabTo(is('[data-action="edit"]'));
    await press('Enter');
    await waitFor(() => focused()?.matches('input[data-edit]'));
    await tabTo(is('input[data-edit][data-field="title"]'));
    await pressWithControl('a');
    await type('Site manager');
    await tabTo(is('[data-action="save"]'));
    await press('Enter');
    await waitFor(() => backend.listContacts(nordhavn.id).some((contact) => contact.title === 'Site manager'));
    await tabTo(is('[data-action="delete"]'));
    await press('Enter');
    await waitFor(() => root.querySelector('contact-list')!.shadowRoot!.querySelector('dialog#confirm[open]'));
    await press('Tab');
    await press('Enter');
    await waitFor(() => facts() === 'Rental 1 contact 6 equipment units');

    // 5. Delete the customer from Details: back to the list, the notice has focus.
    await tabBackTo(is('#tab-contacts'));
    await press('Home');
    await waitFor(() => el.tab === 'details');
    await tabTo(is('[data-delete]'));
    await press('Enter');
    await waitFor(() => root.querySelector('customer-details')!.shadowRoot!.querySelector('dialog[open]'));
    await press('Tab');
    await press('Enter');
    await waitFor(() => el.customerId === '');
    await waitFor(() => focused()?.id === 'deleted-notice');
    expect(backend.getCustomer(nordhavn.id)).to.equal(undefined);
    await waitFor(() => list.total === 0);

    // 6. Create customer: the wizard, Ctrl+Enter through its steps; the new customer opens.
    await tabTo(is('[data-create]'));
    await press('Enter');
    await waitFor(() => root.querySelector('customer-wizard')?.shadowRoot?.querySelector('#f-name'));
    await tabTo(is('#f-name'));
    await type('Aarhus Kranudlejning ApS');
    for (const step of ['contacts', 'review', 'done']) {
      await pressWithControl('Enter');
      await waitFor(
        () => (root.querySelector('customer-wizard') as { step?: string } | null)?.step === step || step === 'done',
      );
    }
    await waitFor(() => text(root.querySelector('#customer-title')) === 'Aarhus Kranudlejning ApS', 10_000);
    expect(backend.getCustomer(el.customerId)?.name).to.equal('Aarhus Kranudlejning ApS');
    await expect(el).to.be.accessible();
  });
});
