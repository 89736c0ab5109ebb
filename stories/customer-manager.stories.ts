import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/customer-manager/define.js';
import type { CustomerManager } from '../components/customer-manager/customer-manager.js';
import { createCustomerClient } from '../src/index.js';
import { createReferenceBackend, type FaultRule } from '../src/testing/index.js';
import type { DemoRole } from './support/demo-client.js';
import { elementIn, inShadow } from './support/play.js';

interface Args {
  theme?: 'light' | 'dark';
  lang: 'en' | 'da';
  /** Width of the frame around the app, e.g. `320px`; empty for the whole canvas. */
  width: string;
  tab?: 'details' | 'contacts' | 'equipment';
  urlState: boolean;
}

/** Per story: the backend's size, who is signed in and what fails. */
interface AppParameters {
  customers?: number;
  contacts?: number;
  equipment?: number;
  role?: DemoRole;
  faults?: FaultRule[];
  retry?: number;
}

const app = (parameters: AppParameters) => ({ app: parameters });

const meta: Meta<Args> = {
  title: 'Customers app',
  component: 'customer-manager',
  tags: ['autodocs'],
  args: { lang: 'en', width: '', urlState: false },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'da'] },
    tab: { control: 'inline-radio', options: [undefined, 'details', 'contacts', 'equipment'] },
  },
  parameters: { layout: 'padded' },
  render: (args, context) => {
    const options = (context.parameters['app'] ?? {}) as AppParameters;
    const customers = options.customers ?? 60;
    const backend = createReferenceBackend({
      seed: 7,
      customers,
      contacts: options.contacts ?? customers * 3,
      equipment: options.equipment ?? 1_500,
      faults: options.faults ?? [],
    });
    const client = createCustomerClient({
      baseUrl: 'https://fleet.example',
      auth: `dev:${options.role ?? 'fleet-admin'}`,
      fetch: backend.fetch,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
    });
    return html`<div
      lang=${args.lang}
      style="max-inline-size: ${args.width || 'none'}; ${args.theme === 'dark' ? 'background:#16181d;' : ''}"
    >
      <customer-manager
        .client=${client}
        theme=${ifDefined(args.theme)}
        tab=${ifDefined(args.tab)}
        ?url-state=${args.urlState}
        @customer-manager-change=${(event: CustomEvent) => console.info('customer-manager-change', event.detail)}
      ></customer-manager>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The app once the list's first rows (or its empty or error state) are on screen. */
async function managerIn(canvas: HTMLElement): Promise<CustomerManager> {
  const manager = await elementIn<CustomerManager>(canvas, 'customer-manager');
  const list = await inShadow(manager, 'customer-list');
  await inShadow(list, '[role="option"][data-id], .empty-list, .error-state', 20_000);
  return manager;
}

/** Opens the first customer in the list, as a click would, and waits for its tab. */
async function openFirst(canvas: HTMLElement): Promise<CustomerManager> {
  const manager = await managerIn(canvas);
  const list = await inShadow(manager, 'customer-list');
  (await inShadow(list, '[role="option"][data-index="0"][data-id]')).click();
  await inShadow(manager, '[role="tabpanel"] [data-part]', 20_000);
  return manager;
}

/**
 * The whole Customers app over the seeded in-process backend, signed in as a fleet administrator: find a
 * customer, open it (it lands on Equipment), work in its tabs, create customers. What `npm start` opens on.
 */
export const CustomersApp: Story = {
  args: { urlState: true },
  play: async ({ canvasElement }) => void (await managerIn(canvasElement)),
};

/** A customer open on its Equipment tab, the list beside it. */
export const CustomerOpen: Story = { play: async ({ canvasElement }) => void (await openFirst(canvasElement)) };

/** Signed in as a user who may only read: no Create customer, and why. */
export const ReadOnly: Story = {
  parameters: app({ role: 'user' }),
  play: async ({ canvasElement }) => void (await openFirst(canvasElement)),
};

/** Danish, as the help article: Kunder, Opret kunde, Oplysninger, Kontaktliste, Udstyr. */
export const Danish: Story = {
  args: { lang: 'da' },
  play: async ({ canvasElement }) => void (await openFirst(canvasElement)),
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => void (await openFirst(canvasElement)),
};

/** 320 px wide: the list as two-line cards; a customer replaces it, with Back. */
export const Narrow320: Story = {
  name: '320 px',
  args: { width: '320px' },
  play: async ({ canvasElement }) => void (await managerIn(canvasElement)),
};

/** 100,000 customers: the list is virtualized and server-paged, so it costs what 50 would. */
export const HundredThousandCustomers: Story = {
  name: '100,000 customers',
  parameters: app({ customers: 100_000, contacts: 20_000, equipment: 2_000 }),
  play: async ({ canvasElement }) => void (await managerIn(canvasElement)),
};

/** The backend fails every customer list request: the error, with Retry. */
export const FailingBackend: Story = {
  parameters: app({ faults: [{ match: { method: 'GET', path: '/customers' }, status: 503 }], retry: 0 }),
  play: async ({ canvasElement }) => void (await managerIn(canvasElement)),
};
