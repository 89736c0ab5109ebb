import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/customer-wizard/define.js';
import type { CustomerWizard } from '../components/customer-wizard/customer-wizard.js';
import type { CustomerInput } from '../src/schemas/customer.js';
import type { ReferenceBackend } from '../src/testing/index.js';
import { demoClient, type DemoOptions } from './support/demo-client.js';
import { elementIn, inShadow, waitFor } from './support/play.js';

interface Args {
  step: CustomerWizard['step'];
  theme?: 'light' | 'dark';
  initial?: Partial<CustomerInput>;
}

/** Per story: who is signed in, faults, latency, and data to add to the seeded backend. */
interface DemoParameters extends DemoOptions {
  setup?: (backend: ReferenceBackend) => void;
}

/** Typed story parameters for the demo backend. */
const demo = (parameters: DemoParameters) => ({ demo: parameters });

const filled: Partial<CustomerInput> = {
  name: 'Nordhavn Maskinudlejning ApS',
  address: { street: 'Sundkaj 9', postalCode: '2150', city: 'Nordhavn', country: 'DK' },
  phone: '+4533123456',
  email: 'drift@nordhavn-maskiner.dk',
  externalReference: 'ERP-20417',
  type: 'RENTAL',
  contacts: [
    { name: 'Mette Kjær', email: 'mette@nordhavn-maskiner.dk', phone: '+4522334455' },
    { name: 'Jonas Holm', phone: '+4540506070' },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/customer-wizard',
  component: 'customer-wizard',
  tags: ['autodocs'],
  args: { step: 'company' },
  argTypes: {
    step: { control: 'inline-radio', options: ['company', 'contacts', 'review', 'done'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    initial: { control: 'object' },
  },
  parameters: {
    layout: 'padded',
    // The manifest lists private members too; the docs table shows only the public API.
    controls: {
      exclude:
        /^(fc[A-Z]\w*|dependencies|scope|l10n|user|api|live|country|start|attempt|focusAfterUpdate|duplicate\w*|draft|errors|saving|saveError|formMessage|created|setCompany|setContact|addContact|removeContact|blurField|leaveContactRow|goTo|submit|back|cancel|startOver|onKeyDown|tagFor)$/,
    },
  },
  render: (args, context) => {
    const { setup, ...options } = (context.parameters['demo'] ?? {}) as DemoParameters;
    const { client, backend } = demoClient(options);
    setup?.(backend);
    return html`<customer-wizard
      .client=${client}
      .initial=${args.initial}
      step=${args.step}
      theme=${ifDefined(args.theme)}
      @customer-created=${(event: CustomEvent) => console.info('customer-created', event.detail)}
      @wizard-cancel=${(event: CustomEvent) => console.info('wizard-cancel', event.detail)}
    ></customer-wizard>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

async function wizardIn(canvas: HTMLElement): Promise<CustomerWizard> {
  const wizard = await elementIn<CustomerWizard>(canvas, 'customer-wizard');
  // Ready once the permission check is done and a step is on screen.
  await inShadow(wizard, '#step-heading, .notice');
  return wizard;
}

async function pressSave(canvas: HTMLElement): Promise<CustomerWizard> {
  const wizard = await wizardIn(canvas);
  (await inShadow(wizard, '[data-save]')).click();
  return wizard;
}

/** Step 1, empty: name, address, phone, e-mail, external reference, and the relationship type (Other). */
export const Company: Story = {};

/** Step 2 with two contacts; each needs an e-mail or a phone. */
export const Contacts: Story = { args: { step: 'contacts', initial: filled } };

/** Step 3: everything as it will be saved, with Edit links back to each step. */
export const Review: Story = { args: { step: 'review', initial: filled } };

/** Save pressed, the server is slow: the button says so and ignores further presses. */
export const Saving: Story = {
  args: { step: 'review', initial: filled },
  parameters: demo({ faults: [{ match: { method: 'POST', path: '/customers' }, latency: 600_000 }] }),
  play: async ({ canvasElement }) => {
    const wizard = await pressSave(canvasElement);
    await waitFor(() => wizard.shadowRoot?.querySelector('[data-save][aria-disabled="true"]'));
  },
};

/** Saved: the confirmation, `customer-created` fired, and a way to create another. */
export const Saved: Story = {
  args: { step: 'review', initial: filled },
  play: async ({ canvasElement }) => {
    const wizard = await pressSave(canvasElement);
    await waitFor(() => wizard.step === 'done');
  },
};

/** The server rejects a field (an external reference another customer has): the message lands at the field. */
export const ServerValidationError: Story = {
  args: { step: 'review', initial: { ...filled, externalReference: 'ERP-10001' } },
  parameters: demo({
    setup: (backend) => backend.addCustomer({ name: 'Vestjysk Entreprise A/S', externalReference: 'ERP-10001' }),
  }),
  play: async ({ canvasElement }) => {
    const wizard = await pressSave(canvasElement);
    await inShadow(wizard, '#f-external-reference[aria-invalid="true"]');
  },
};

/** The network drops the request: a clear message, Retry resends the same request, nothing typed is lost. */
export const NetworkFailureWithRetry: Story = {
  args: { step: 'review', initial: filled },
  parameters: demo({ retry: 0, faults: [{ match: { method: 'POST', path: '/customers' }, network: true, times: 1 }] }),
  play: async ({ canvasElement }) => {
    const wizard = await pressSave(canvasElement);
    await inShadow(wizard, '[part~="button-retry"]');
  },
};

/** A user who may not create customers sees why instead of the form. */
export const PermissionDenied: Story = { parameters: demo({ role: 'user' }) };

/** A likely duplicate (similar name of an existing customer) pointed out on the Company step. */
export const LikelyDuplicate: Story = {
  args: { initial: { name: 'Nordhavn Maskinudlejning' } },
  parameters: demo({ setup: (backend) => backend.addCustomer({ name: 'Nordhavn Maskinudlejning ApS' }) }),
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    (await inShadow<HTMLButtonElement>(wizard, 'button[type="submit"]')).click();
    await inShadow(wizard, '#duplicates');
  },
};

const danish = (story: () => unknown): TemplateResult => html`<div lang="da">${story()}</div>`;

/** Danish, as the help article words it (Opret kunde, Forhandler, Serviceudbyder, Andet, Gem, ...). */
export const Danish: Story = { decorators: [danish] };

/** Danish review step: country names and types through `Intl` and the Danish table. */
export const DanishReview: Story = { args: { step: 'review', initial: filled }, decorators: [danish] };

/** `theme="dark"`; without the attribute the element follows the page's `color-scheme`. */
export const DarkTheme: Story = {
  args: { theme: 'dark', step: 'contacts', initial: filled },
  decorators: [
    (story) =>
      html`<div style="background:#0d0f13;color-scheme:dark;padding:24px;margin:-16px;min-block-size:100vh">
        ${story()}
      </div>`,
  ],
};

/** A 320 px wide panel: one column, full-width buttons. */
export const Narrow: Story = {
  args: { initial: { name: 'Hansen & Søn ApS', address: { country: 'DK' } } },
  decorators: [(story) => html`<div style="inline-size:320px">${story()}</div>`],
};

/** Right-to-left: the layout mirrors (logical properties throughout). */
export const RightToLeft: Story = {
  args: { step: 'contacts', initial: filled },
  decorators: [(story) => html`<div dir="rtl">${story()}</div>`],
};
