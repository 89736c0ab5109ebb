import { fixture, html } from '@open-wc/testing';
import './define.js';
import type { CustomerManager } from './customer-manager.js';
import type { CustomerList } from '../customer-list/customer-list.js';
import { createCustomerClient } from '../../src/index.js';
import { createReferenceBackend } from '../../src/testing/index.js';
import { waitFor } from '../../stories/support/play.js';

/**
 * What both help-article walks (mouse and keyboard) start from: a fleet administrator's app over a small
 * backend with Nordhavn Maskinudlejning ApS (3 contacts, 5 units), the list loaded.
 */
export async function helpArticleApp() {
  const backend = createReferenceBackend({ seed: 21, customers: 15, equipment: 150 });
  const nordhavn = backend.addCustomer({
    name: 'Nordhavn Maskinudlejning ApS',
    type: 'RENTAL',
    contacts: 3,
    equipment: 5,
  });
  const client = createCustomerClient({
    baseUrl: 'https://fleet.test',
    auth: 'dev:fleet-admin',
    fetch: backend.fetch,
    retry: 0,
  });
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en" style="inline-size: 1280px"><customer-manager .client=${client}></customer-manager></div>`,
  );
  const el = wrapper.querySelector('customer-manager') as CustomerManager;
  const list = el.shadowRoot!.querySelector('customer-list') as CustomerList;
  await waitFor(() => list.shadowRoot!.querySelector('[role="option"][data-id]'), 10_000);
  return { el, root: el.shadowRoot!, list, backend, nordhavn };
}
