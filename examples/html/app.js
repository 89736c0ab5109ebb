// @ts-check
import { createCustomerClient, setDefaultClient } from 'fleet-customers/fleet-customers.min.js';

const api = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:4010';
const client = createCustomerClient({ baseUrl: api, auth: 'dev:admin' });
setDefaultClient(client);

const details = /** @type {HTMLElementTagNameMap['customer-details']} */ (document.querySelector('customer-details'));
const wizard = /** @type {HTMLElementTagNameMap['customer-wizard']} */ (document.querySelector('customer-wizard'));
const created = /** @type {HTMLOutputElement} */ (document.querySelector('#created'));

const [first] = (await client.customers.list({ limit: 1 })).items;
if (first) details.customerId = first.id;
wizard.initial = { name: 'Plain Host ApS' };
wizard.addEventListener('customer-created', (event) => {
  created.value = event.detail.customerId;
});

function typed() {
  // @ts-expect-error customerId is a string
  details.customerId = 42;
}
void typed;
