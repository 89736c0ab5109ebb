import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../components/customer-details/define.js';
import type { CustomerDetails } from '../components/customer-details/customer-details.js';
import { createCustomerClient } from '../src/index.js';
import type { AddCustomerInput, ReferenceBackend } from '../src/testing/index.js';
import { demoClient, type DemoOptions } from './support/demo-client.js';
import { elementIn, inShadow, typeInto, waitFor } from './support/play.js';

interface Args {
  theme?: 'light' | 'dark';
}

/** Per story: who is signed in, faults, and the customer to show (added to the seeded backend). */
interface DemoParameters extends DemoOptions {
  customer?: AddCustomerInput;
  /** Show this id instead of an added customer (e.g. one that does not exist). */
  customerId?: string;
}

const demo = (parameters: DemoParameters) => ({ demo: parameters });

/** A realistic customer: every field filled, 4 contacts and 37 units assigned. */
const nordhavn: AddCustomerInput = {
  name: 'Nordhavn Maskinudlejning ApS',
  type: 'RENTAL',
  address: { street: 'Sundkaj 9', postalCode: '2150', city: 'Nordhavn', region: 'Hovedstaden', country: 'DK' },
  phone: '+4533123456',
  email: 'drift@nordhavn-maskiner.dk',
  website: 'https://nordhavn-maskiner.dk',
  externalReference: 'ERP-20417',
  note: 'Prefers calls before 10. Invoices go to the Aarhus office.',
  contacts: 4,
  equipment: 37,
};

/** The backend behind each rendered element, so a play function can change data behind the element's back. */
const backends = new WeakMap<Element, ReferenceBackend>();

const meta: Meta<Args> = {
  title: 'Elements/customer-details',
  component: 'customer-details',
  tags: ['autodocs'],
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  parameters: { layout: 'padded' },
  render: (args, context) => {
    const { customer = nordhavn, customerId, ...options } = (context.parameters['demo'] ?? {}) as DemoParameters;
    const { client, backend } = demoClient(options);
    const id = customerId ?? backend.addCustomer(customer).id;
    return html`<customer-details
      ${ref((element) => element && backends.set(element, backend))}
      .client=${client}
      customer-id=${id}
      theme=${ifDefined(args.theme)}
      @customer-updated=${(event: CustomEvent) => console.info('customer-updated', event.detail)}
      @customer-deleted=${(event: CustomEvent) => console.info('customer-deleted', event.detail)}
    ></customer-details>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Ready once the customer and the user's permissions are on screen. */
async function detailsIn(canvas: HTMLElement): Promise<CustomerDetails> {
  const details = await elementIn<CustomerDetails>(canvas, 'customer-details');
  await inShadow(details, '[data-edit], .notice, [part="not-found"]');
  return details;
}

async function startEditing(canvas: HTMLElement): Promise<CustomerDetails> {
  const details = await detailsIn(canvas);
  (await inShadow(details, '[data-edit]')).click();
  await inShadow(details, '#f-name');
  return details;
}

/** Read-only: relationship type, 4 contacts and 37 units, created and last changed; Edit and Delete customer. */
export const Details: Story = {};

/** Edit pressed: every field unlocked, Save and Cancel at the bottom. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    await startEditing(canvasElement);
  },
};

/**
 * The user edits the name; meanwhile someone else changes the name and the phone; Save gets a 412. Nothing is
 * saved: their changes are shown against the user's, with "Reload their version" and "Overwrite with my edits".
 */
export const Conflict: Story = {
  play: async ({ canvasElement }) => {
    const details = await startEditing(canvasElement);
    typeInto(await inShadow<HTMLInputElement>(details, '#f-name'), 'Nordhavn Maskiner A/S');
    const other = createCustomerClient({
      baseUrl: 'https://fleet.example',
      auth: 'dev:fleet-admin',
      fetch: backends.get(details)!.fetch,
    });
    await other.customers.update(details.customerId!, { name: 'Nordhavn Maskinudlejning A/S', phone: '+4540506070' });
    (await inShadow(details, '[data-save]')).click();
    await inShadow(details, '[part="conflict"]');
  },
};

/** Delete customer pressed: the confirmation names the customer and what else goes (37 assignments, 4 contacts). */
export const DeleteConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const details = await detailsIn(canvasElement);
    (await inShadow(details, '[data-delete]')).click();
    await inShadow(details, 'dialog[open]');
  },
};

/** Saving failed (the network dropped it): the edits stay, with Retry. */
export const SaveFailed: Story = {
  parameters: demo({ customer: nordhavn, retry: 0, faults: [{ match: { method: 'PATCH' }, network: true }] }),
  play: async ({ canvasElement }) => {
    const details = await startEditing(canvasElement);
    typeInto(await inShadow<HTMLInputElement>(details, '#f-phone'), '+4540506070');
    (await inShadow(details, '[data-save]')).click();
    await inShadow(details, '[part~="button-retry"]');
  },
};

/** A customer that does not exist (deleted meanwhile, or a stale link): a clear state, no broken form. */
export const NotFound: Story = { parameters: demo({ customerId: 'cus_does_not_exist' }) };

/** A user who may only read (`dev:user`): the details without Edit and Delete, and why. */
export const ReadOnlyRole: Story = { parameters: demo({ role: 'user' }) };

const danish = (story: () => unknown): TemplateResult => html`<div lang="da">${story()}</div>`;

/** Danish, as the help article words it: Oplysninger, Rediger, Slet kunde; Udlejning; Danmark. */
export const Danish: Story = { decorators: [danish] };

/** `theme="dark"`; without the attribute the element follows the page's `color-scheme`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style="background:#0d0f13;color-scheme:dark;padding:24px;margin:-16px;min-block-size:100vh">
        ${story()}
      </div>`,
  ],
};

/** A 320 px wide panel, editing: one column, full-width buttons. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="inline-size:320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const details = await startEditing(canvasElement);
    await waitFor(() => details.shadowRoot?.querySelector('[data-save]'));
  },
};
