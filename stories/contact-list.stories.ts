import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { until } from 'lit/directives/until.js';
import '../components/contact-list/define.js';
import type { ContactList } from '../components/contact-list/contact-list.js';
import type { ContactInput } from '../src/schemas/contact.js';
import type { FaultRule } from '../src/testing/index.js';
import { demoClient, type DemoOptions } from './support/demo-client.js';
import { elementIn, inShadow, typeInto, waitFor } from './support/play.js';

interface Args {
  theme?: 'light' | 'dark';
  pageSize: number;
}

/** Per story: who is signed in, the customer's contacts, and faults (which may name contacts by their name). */
interface DemoParameters extends DemoOptions {
  contacts?: number | ContactInput[];
  faultsFor?: (ids: Record<string, string>, customerId: string) => FaultRule[];
}

/** Typed story parameters for the demo backend. */
const demo = (parameters: DemoParameters) => ({ demo: parameters });

const PEOPLE: ContactInput[] = [
  {
    name: 'Mette Kjær',
    email: 'mette.kjaer@nordhavn-maskiner.dk',
    phone: '+4522334455',
    title: 'Fleet manager',
    notifications: { channels: ['email', 'sms'], events: ['service_due', 'fault_code', 'tamper', 'geofence_exit'] },
  },
  {
    name: 'Jonas Holm',
    phone: '+4540506070',
    title: 'Workshop foreman',
    notifications: { events: ['service_due', 'fault_code', 'low_battery'] },
  },
  {
    name: 'Sofie Andersen',
    email: 'sofie.andersen@nordhavn-maskiner.dk',
    title: 'Purchasing',
    notifications: { optOut: true },
  },
  { name: 'Anders Lund', email: 'anders.lund@nordhavn-maskiner.dk', phone: '+4561728394' },
  { name: 'Ida Mortensen', email: 'ida.mortensen@nordhavn-maskiner.dk', phone: '+4530112233', title: 'Site manager' },
  { name: 'Peter Dahl', email: 'peter.dahl@nordhavn-maskiner.dk', title: 'Service coordinator' },
  { name: 'Camilla Friis', phone: '+4526998877', title: 'Dispatcher' },
  { name: 'Lars Bech', email: 'lars.bech@nordhavn-maskiner.dk', phone: '+4571234567', title: 'CEO' },
];

/** What `addCustomer` accepts as given contacts, like the API's customer create. */
const FIXTURE_CONTACTS_MAX = 100;

const meta: Meta<Args> = {
  title: 'Elements/contact-list',
  component: 'contact-list',
  tags: ['autodocs'],
  args: { pageSize: 1000 },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    pageSize: { control: { type: 'number', min: 1, max: 1000 } },
  },
  parameters: { layout: 'padded' },
  render: (args, context) => {
    const { contacts = PEOPLE, faultsFor, ...options } = (context.parameters['demo'] ?? {}) as DemoParameters;
    const { client, backend } = demoClient({ customers: 5, ...options });
    // The fixture takes at most 100 given contacts (the API's limit per customer create); the rest go through the API.
    const given = Array.isArray(contacts) ? contacts : [];
    const customer = backend.addCustomer({
      name: 'Nordhavn Maskinudlejning ApS',
      address: { street: 'Sundkaj 9', postalCode: '2150', city: 'Nordhavn', country: 'DK' },
      contacts: Array.isArray(contacts) ? given.slice(0, FIXTURE_CONTACTS_MAX) : contacts,
    });
    const rest = given.slice(FIXTURE_CONTACTS_MAX).map((contact) => client.contacts.create(customer.id, contact));
    const list = () => {
      if (faultsFor) {
        const ids = Object.fromEntries(backend.listContacts(customer.id).map((contact) => [contact.name, contact.id]));
        backend.setFaults(faultsFor(ids, customer.id));
      }
      return html`<contact-list
        .client=${client}
        customer-id=${customer.id}
        page-size=${args.pageSize}
        theme=${ifDefined(args.theme)}
        @contacts-changed=${(event: CustomEvent) => console.info('contacts-changed', event.detail)}
      ></contact-list>`;
    };
    return rest.length
      ? html`${until(Promise.all(rest).then(list), html`<p>Adding ${given.length} contacts…</p>`)}`
      : list();
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The element once its first page (or its empty or error state) is on screen. */
async function listIn(canvas: HTMLElement): Promise<ContactList> {
  const list = await elementIn<ContactList>(canvas, 'contact-list');
  // What a user sees: the first rows (the virtualizer renders them after the grid), or a state.
  await inShadow(list, '.grid-body .row, .state.empty, .error-state');
  return list;
}

/** Ticks the checkboxes of the rows at these positions, as clicks would. */
async function selectRows(canvas: HTMLElement, positions: number[]): Promise<ContactList> {
  const list = await listIn(canvas);
  await inShadow(list, 'input[data-select]');
  const boxes = list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-select]');
  for (const position of positions) boxes[position]?.click();
  await list.updateComplete;
  return list;
}

/** A customer's contacts, sorted by name: sort from the column headers, search, Add contact at the top right. */
export const WithContacts: Story = {};

/** No contacts yet: says so, and Add contact is right there. */
export const Empty: Story = { parameters: demo({ contacts: [] }) };

/** A slow answer: the loading state. */
export const Loading: Story = {
  parameters: demo({ faults: [{ match: { method: 'GET', path: '/customers/*/contacts' }, latency: 600_000 }] }),
};

/** The contacts could not be loaded: what happened, and Retry. */
export const LoadFailed: Story = {
  parameters: demo({ retry: 0, faults: [{ match: { method: 'GET', path: '/customers/*/contacts' }, status: 503 }] }),
};

/**
 * 1,000 contacts in one request, virtualized: only the rows near the view are DOM, and the grid still says it
 * has 1,001 rows (`aria-rowcount`, header included) and where each row is (`aria-rowindex`).
 */
export const ThousandContacts: Story = {
  // The backend's own generated contacts (deterministic), stored directly: creating 900 through the API first
  // is what made this story overrun its test's time on a busy machine.
  parameters: demo({ contacts: 1000 }),
  play: async ({ canvasElement }) => {
    // What a user sees once the list is there: the count and the first rows.
    const list = await listIn(canvasElement);
    await waitFor(() => list.shadowRoot?.querySelector('#count')?.textContent === '1,000 contacts');
  },
};

/**
 * Searching keeps the selection: Mette and Jonas are selected, the search "sofie" shows one row, and the panel
 * says that 2 selected contacts are hidden by the search.
 */
export const Searching: Story = {
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [1, 3]);
    typeInto(await inShadow<HTMLInputElement>(list, '#search'), 'sofie');
    list
      .shadowRoot!.querySelector<HTMLInputElement>('#search')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    // The search's own result, as a user reads it: the status text and the one matching row.
    await waitFor(() => list.shadowRoot?.querySelector('#count')?.textContent === '1 contact found.');
    await waitFor(() => list.shadowRoot?.querySelectorAll('.grid-body .row').length === 1);
    await inShadow(list, '.hidden-selected');
  },
};

/** Three rows selected: the action panel at the bottom says how many and offers Edit contacts and Delete contacts. */
export const SelectionWithActionPanel: Story = {
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [0, 2, 3]);
    await inShadow(list, '.action-panel');
  },
};

/**
 * Bulk edit, one row failing: the server answers 503 for Jonas Holm only. Lars and Sofie are saved and leave
 * edit mode; Jonas keeps what was typed and says why; all three stay selected.
 */
export const BulkEditOneRowFailing: Story = {
  parameters: demo({
    retry: 0,
    faultsFor: (ids, customerId) => [
      { match: { method: 'PATCH', path: `/customers/${customerId}/contacts/${ids['Jonas Holm']}` }, status: 503 },
    ],
  }),
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [3, 4, 7]);
    (await inShadow(list, '[data-action="edit"]')).click();
    await inShadow(list, 'input[data-edit]');
    const titles = list.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-field="title"]');
    const values = ['Workshop manager', 'Managing director', 'Head of purchasing'];
    titles.forEach((input, index) => typeInto(input, values[index] ?? ''));
    (await inShadow(list, '[data-action="save"]')).click();
    await inShadow(list, '.row-message');
  },
};

/** Delete contacts asks first, with the count and the first few names. */
export const DeleteConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [0, 1, 2, 3, 4, 5]);
    (await inShadow(list, '[data-action="delete"]')).click();
    await inShadow(list, 'dialog#confirm[open]');
  },
};

/** The Add contact dialog: name, e-mail, phone, title; an e-mail or a phone is needed. */
export const AddContactDialog: Story = {
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    (await inShadow(list, '[data-action="add"]')).click();
    await inShadow(list, 'dialog#add-contact[open]');
  },
};

/** A user who may only read: the list without checkboxes or Add contact, and why. */
export const ReadOnlyRole: Story = {
  parameters: demo({ role: 'user' }),
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await inShadow(list, '.notice');
  },
};

const danish = (story: () => unknown): TemplateResult => html`<div lang="da">${story()}</div>`;

/** Danish, in the help article's words: Kontaktliste, Tilføj kontakt, Rediger kontakter, Slet kontakter. */
export const Danish: Story = {
  decorators: [danish],
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [1, 2]);
    await inShadow(list, '.action-panel');
  },
};

/** `theme="dark"` with a selection; without the attribute the element follows the page's `color-scheme`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style="background:#0d0f13;color-scheme:dark;padding:24px;margin:-16px;min-block-size:100vh">
        ${story()}
      </div>`,
  ],
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [0, 1]);
    await inShadow(list, '.action-panel');
  },
};

/** A 320 px wide panel: every row is a card (name, then e-mail, phone and title each under its label); nothing scrolls sideways. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="inline-size:320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [0]);
    await waitFor(() => list.shadowRoot!.querySelector('.action-panel'));
  },
};

/** Who is told: pick an event; the contacts who would be told, with the channels that reach them. */
export const WhoIsTold: Story = {
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    (await inShadow(list, '[data-who-summary]')).click();
    await inShadow(list, '[data-who-list]');
  },
};

/** Who is told, in Danish and dark. */
export const WhoIsToldDanishDark: Story = {
  args: { theme: 'dark' },
  decorators: [
    danish,
    (story) =>
      html`<div style="background:#0d0f13;color-scheme:dark;padding:24px;margin:-16px;min-block-size:100vh">
        ${story()}
      </div>`,
  ],
  play: WhoIsTold.play!,
};

/** Who is told at 320 px. */
export const WhoIsToldNarrow: Story = {
  decorators: [(story) => html`<div style="inline-size:320px">${story()}</div>`],
  play: WhoIsTold.play!,
};

/** Notifications… for the selection: turn one event or channel on or off, or opt out, for every selected contact. */
export const NotifySelectedDialog: Story = {
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [0, 1, 2]);
    (await inShadow(list, '[data-action="notify"]')).click();
    await inShadow(list, 'dialog#notify-selected[open]');
  },
};

/** Edit contacts: a row's Notifications dialog (channels, events, language, opt-out). */
export const EditNotifications: Story = {
  play: async ({ canvasElement }) => {
    const list = await selectRows(canvasElement, [1]);
    (await inShadow(list, '[data-action="edit"]')).click();
    (await inShadow(list, '[data-notify-edit]')).click();
    await inShadow(list, 'dialog#notify-row[open]');
  },
};
