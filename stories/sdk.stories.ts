import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import { createCustomerClient, type CustomerType } from '../src/index.js';
import { createReferenceBackend } from '../src/testing/index.js';

/**
 * The SDK on its own: a plain Lit template that lists customers from the in-process reference backend, to
 * show what `createCustomerClient` returns before any of our elements is involved.
 */
interface Args {
  search: string;
  type: CustomerType | '';
  limit: number;
}

async function customerTable({ search, type, limit }: Args) {
  const backend = createReferenceBackend({ seed: 1 });
  const client = createCustomerClient({ baseUrl: 'https://fleet.example', auth: 'dev:admin', fetch: backend.fetch });
  const page = await client.customers.list({ search: search || undefined, type: type ? [type] : undefined, limit });
  return html`
    <p>${page.items.length} of ${page.total} customers</p>
    <table>
      <caption>
        Customers from
        <code>client.customers.list()</code>
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Type</th>
          <th scope="col">City</th>
          <th scope="col">Contacts</th>
          <th scope="col">Equipment</th>
        </tr>
      </thead>
      <tbody>
        ${page.items.map(
          (customer) =>
            html`<tr>
              <td>${customer.name}</td>
              <td>${customer.type}</td>
              <td>${customer.address?.city ?? ''}</td>
              <td>${customer.contactCount}</td>
              <td>${customer.equipmentCount}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}

const meta: Meta<Args> = {
  title: 'SDK/List customers',
  args: { search: '', type: '', limit: 10 },
  argTypes: {
    type: {
      control: 'select',
      options: ['', 'CONTRACTOR', 'DEALER', 'DISTRIBUTOR', 'OEM', 'RENTAL', 'SERVICE', 'OTHER'],
    },
    limit: { control: { type: 'number', min: 1, max: 100 } },
  },
  render: (args) => html`
    <style>
      table {
        border-collapse: collapse;
        font:
          14px system-ui,
          sans-serif;
      }
      th,
      td {
        text-align: start;
        padding: 4px 12px;
        border-block-end: 1px solid #ccd;
      }
    </style>
    ${until(customerTable(args), html`<p>Loading…</p>`)}
  `,
};
export default meta;

export const FirstPage: StoryObj<Args> = {};
export const Search: StoryObj<Args> = { args: { search: 'a/s' } };
export const Dealers: StoryObj<Args> = { args: { type: 'DEALER' } };
