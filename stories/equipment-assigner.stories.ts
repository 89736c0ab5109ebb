import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/equipment-assigner/define.js';
import type { EquipmentAssigner } from '../components/equipment-assigner/equipment-assigner.js';
import type { EquipmentPicker } from '../components/equipment-assigner/equipment-picker.js';
import { createCustomerClient } from '../src/index.js';
import { createReferenceBackend, type FaultRule, type ReferenceBackend } from '../src/testing/index.js';
import type { DemoRole } from './support/demo-client.js';
import { elementIn, inShadow, typeInto, waitFor } from './support/play.js';

interface Args {
  theme?: 'light' | 'dark';
}

/** Per story: the fleet's size, how many units the customer has, who is signed in, latency and faults. */
interface FleetParameters {
  /** Units in the whole fleet (up to 100,000). Default 600. */
  fleet?: number;
  /** Units assigned to the customer shown. Default 50. */
  assigned?: number;
  role?: DemoRole;
  faults?: FaultRule[];
  /** Client retries; failure stories turn them off so the failure shows at once. */
  retry?: number;
  /** Changes to make once the element is on screen (e.g. someone else assigning units meanwhile). */
  setup?: (backend: ReferenceBackend, customerId: string) => void;
}

const fleet = (parameters: FleetParameters) => ({ fleet: parameters });

const meta: Meta<Args> = {
  title: 'Elements/equipment-assigner',
  component: 'equipment-assigner',
  tags: ['autodocs'],
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  parameters: { layout: 'padded' },
  render: (args, context) => {
    const options = (context.parameters['fleet'] ?? {}) as FleetParameters;
    const backend = createReferenceBackend({ seed: 7, customers: 40, equipment: options.fleet ?? 600 });
    const customer = backend.addCustomer({ name: 'Nordhavn Maskinudlejning ApS', equipment: options.assigned ?? 50 });
    options.setup?.(backend, customer.id);
    backend.setFaults(options.faults ?? []);
    const client = createCustomerClient({
      baseUrl: 'https://fleet.example',
      auth: `dev:${options.role ?? 'admin'}`,
      fetch: backend.fetch,
      ...(options.retry === undefined ? {} : { retry: options.retry }),
    });
    return html`<equipment-assigner
      .client=${client}
      customer-id=${customer.id}
      theme=${ifDefined(args.theme)}
      @equipment-assigned=${(event: CustomEvent) => console.info('equipment-assigned', event.detail)}
      @equipment-unassigned=${(event: CustomEvent) => console.info('equipment-unassigned', event.detail)}
    ></equipment-assigner>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The element once its first rows (or its empty state) are on screen. */
async function assignerIn(canvas: HTMLElement): Promise<EquipmentAssigner> {
  const assigner = await elementIn<EquipmentAssigner>(canvas, 'equipment-assigner');
  await inShadow(assigner, '[role="option"][data-id], .empty-list, .notice', 15_000);
  return assigner;
}

/** Clicks the rows at these positions, as a user would. */
async function clickRows(root: ShadowRoot, positions: number[], shift = false): Promise<void> {
  for (const position of positions) {
    const row = await waitFor(() =>
      root.querySelector<HTMLElement>(`[role="option"][data-index="${position}"][data-id]`),
    );
    row.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, shiftKey: shift }));
  }
}

/** Opens Select equipment and waits for its first rows. */
async function openPicker(canvas: HTMLElement): Promise<ShadowRoot> {
  const assigner = await assignerIn(canvas);
  (await inShadow(assigner, '[data-assign-trigger]')).click();
  const picker = await inShadow<EquipmentPicker>(assigner, 'equipment-picker');
  await inShadow(picker, 'dialog#picker[open] [role="option"][data-id]', 15_000);
  return picker.shadowRoot!;
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** The ids on screen in the picker, to wait for the list to change. */
const shownIds = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('#fleet [role="option"][data-id]')].map((row) => row.dataset['id']).join();

/** Rendering done: the first rows (or the empty state) are on screen. */
const loaded: Story['play'] = async ({ canvasElement }) => {
  await assignerIn(canvasElement);
};

/** A customer with 50 units: search, sort, select; Assign equipment at the top right. */
export const FiftyUnits: Story = { play: loaded };

/** No equipment yet: says so; Assign equipment is right there. */
export const Empty: Story = { parameters: fleet({ assigned: 0 }), play: loaded };

/** 10,000 assigned units: a virtualized list, so only the rows in view exist; scrolling loads pages as needed. */
export const TenThousandUnits: Story = { parameters: fleet({ fleet: 12_000, assigned: 10_000 }), play: loaded };

/** Three units selected: the action panel at the bottom says how many and offers Unassign [Fjern tildeling]. */
export const SelectionWithActionPanel: Story = {
  play: async ({ canvasElement }) => {
    const assigner = await assignerIn(canvasElement);
    await clickRows(assigner.shadowRoot!, [0]);
    await clickRows(assigner.shadowRoot!, [2], true);
    await inShadow(assigner, '.action-panel');
  },
};

/** Unassign asks first, with the count. */
export const UnassignConfirmation: Story = {
  play: async ({ canvasElement }) => {
    const assigner = await assignerIn(canvasElement);
    await clickRows(assigner.shadowRoot!, [1, 3]);
    (await inShadow(assigner, '[data-unassign]')).click();
    await inShadow(assigner, 'dialog#confirm[open]');
  },
};

/** Select equipment [Vælg udstyr] over a fleet of 100,000 units: the first page is on screen, the rest loads as it scrolls. */
export const PickerOver100000Units: Story = {
  parameters: fleet({ fleet: 100_000 }),
  play: async ({ canvasElement }) => {
    await openPicker(canvasElement);
  },
};

/** Searching the fleet by name, serial number or external reference, on the server, as you type. */
export const Searching: Story = {
  parameters: fleet({ fleet: 5_000 }),
  play: async ({ canvasElement }) => {
    const root = await openPicker(canvasElement);
    const before = shownIds(root);
    typeInto(root.querySelector<HTMLInputElement>('#picker-search')!, 'volvo');
    await waitFor(() => shownIds(root) !== before && root.querySelector('#fleet [data-id]'));
  },
};

/** Filters: units not assigned to anyone, of one brand (brands and types come from `equipment.facets()`). */
export const Filters: Story = {
  parameters: fleet({ fleet: 5_000 }),
  play: async ({ canvasElement }) => {
    const root = await openPicker(canvasElement);
    const before = shownIds(root);
    choose(root.querySelector<HTMLSelectElement>('#picker-assignment')!, 'none');
    // The brand with the most units ("Volvo (123)"), so the filtered list is not empty.
    await waitFor(() => root.querySelector('#picker-brand option:nth-child(2)'));
    const count = (option: HTMLOptionElement) =>
      Number(/\(([\d,.]+)\)$/.exec(option.text)?.[1]?.replace(/\D/g, '') ?? 0);
    const brands = [...root.querySelectorAll<HTMLOptionElement>('#picker-brand option')].slice(1);
    const brand = brands.reduce((best, option) => (count(option) > count(best) ? option : best));
    choose(root.querySelector<HTMLSelectElement>('#picker-brand')!, brand.value);
    await waitFor(() => shownIds(root) !== before && root.querySelector('#fleet [data-id]'));
  },
};

/** Units of other customers carry their name; assigning them asks before moving them here. */
export const MovingFromAnotherCustomer: Story = {
  play: async ({ canvasElement }) => {
    const root = await openPicker(canvasElement);
    const before = shownIds(root);
    choose(root.querySelector<HTMLSelectElement>('#picker-assignment')!, 'other');
    await waitFor(() => shownIds(root) !== before && root.querySelector('#fleet [data-id]'));
    await clickRows(root, [0, 1]);
    root.querySelector<HTMLElement>('[data-assign]')!.click();
    await waitFor(() => root.querySelector('dialog#move[open]'));
  },
};

/**
 * Assigning 24,000 units (every unassigned unit of a 60,000-unit fleet, chosen with Ctrl+A): the SDK sends three
 * requests of at most 10,000 ids, each answered after 2 s here, and the progress bar follows.
 */
export const AssigningWithProgress: Story = {
  parameters: fleet({
    fleet: 60_000,
    faults: [{ match: { method: 'POST', path: '/customers/*/equipment' }, latency: 2000 }],
  }),
  play: async ({ canvasElement }) => {
    const root = await openPicker(canvasElement);
    const before = shownIds(root);
    choose(root.querySelector<HTMLSelectElement>('#picker-assignment')!, 'none');
    await waitFor(() => shownIds(root) !== before && root.querySelector('#fleet [data-id]'));
    const list = root.querySelector<HTMLElement>('#fleet')!;
    list.focus();
    list.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true, composed: true }));
    await waitFor(
      () =>
        !root.querySelector('.selected-count[aria-busy="true"]') &&
        root.querySelector('[data-assign][aria-disabled="false"]'),
      15_000,
    );
    root.querySelector<HTMLElement>('[data-assign]')!.click();
    await waitFor(() => (root.querySelector('progress')?.value ?? 0) >= 10_000, 15_000);
  },
};

/** The request fails (no answer): what happened, the selection kept, and Retry. */
export const FailureWithRetry: Story = {
  parameters: fleet({
    retry: 0,
    faults: [{ match: { method: 'POST', path: '/customers/*/equipment' }, network: true, times: 1 }],
  }),
  play: async ({ canvasElement }) => {
    const root = await openPicker(canvasElement);
    const before = shownIds(root);
    choose(root.querySelector<HTMLSelectElement>('#picker-assignment')!, 'none');
    await waitFor(() => shownIds(root) !== before && root.querySelector('#fleet [data-id]'));
    await clickRows(root, [0, 2, 4]);
    root.querySelector<HTMLElement>('[data-assign]')!.click();
    await waitFor(() => root.querySelector('.error-state'));
  },
};

/** Someone else assigned one of the chosen units meanwhile: the two others are assigned, and the note says which was not and why. */
export const PartlySkipped: Story = {
  play: async ({ canvasElement }) => {
    const assigner = await assignerIn(canvasElement);
    const root = await openPicker(canvasElement);
    const before = shownIds(root);
    choose(root.querySelector<HTMLSelectElement>('#picker-assignment')!, 'none');
    await waitFor(() => shownIds(root) !== before && root.querySelector('#fleet [data-id]'));
    await clickRows(root, [0, 1, 2]);
    const first = root.querySelector<HTMLElement>('#fleet [data-index="0"]')!.dataset['id']!;
    await assigner.client!.assignments.assign(assigner.customerId, [first]);
    root.querySelector<HTMLElement>('[data-assign]')!.click();
    await inShadow(assigner, '.notice.warning .skipped');
  },
};

/** A user who may only read (role `user`): the list, without checkboxes, Assign or Unassign, and why. */
export const ReadOnlyRole: Story = {
  parameters: fleet({ role: 'user' }),
  play: async ({ canvasElement }) => {
    const assigner = await assignerIn(canvasElement);
    await inShadow(assigner, '.notice');
  },
};

const danish = (story: () => unknown): TemplateResult => html`<div lang="da">${story()}</div>`;

/** Danish, in the help article's words: Udstyr, Tildel udstyr, Fjern tildeling. */
export const Danish: Story = {
  decorators: [danish],
  play: async ({ canvasElement }) => {
    const assigner = await assignerIn(canvasElement);
    await clickRows(assigner.shadowRoot!, [0, 1]);
    await inShadow(assigner, '.action-panel');
  },
};

/** Vælg udstyr, in Danish. */
export const DanishPicker: Story = {
  decorators: [danish],
  play: async ({ canvasElement }) => {
    const root = await openPicker(canvasElement);
    await clickRows(root, [0]);
  },
};

const dark = (story: () => unknown): TemplateResult =>
  html`<div style="background:#0d0f13;color-scheme:dark;padding:24px;margin:-16px;min-block-size:100vh">
    ${story()}
  </div>`;

/** `theme="dark"` with a selection; without the attribute the element follows the page's `color-scheme`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [dark],
  play: async ({ canvasElement }) => {
    const assigner = await assignerIn(canvasElement);
    await clickRows(assigner.shadowRoot!, [0, 1]);
    await inShadow(assigner, '.action-panel');
  },
};

/** The picker in the dark, with units of other customers and units already here. */
export const DarkPicker: Story = {
  args: { theme: 'dark' },
  decorators: [dark],
  play: async ({ canvasElement }) => {
    const root = await openPicker(canvasElement);
    await clickRows(root, [0, 3]);
  },
};

/** The History tab: the customer's assignment changes, newest first, filterable by unit; Show more pages on. */
export const History: Story = {
  play: async ({ canvasElement }) => {
    const assigner = await assignerIn(canvasElement);
    (await inShadow(assigner, '#tab-history')).click();
    await inShadow(assigner, '[part="history-entry"]', 15_000);
  },
};

/** A 320 px wide panel: rows turn into two lines, the toolbar and the action panel wrap. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="inline-size:320px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const assigner = await assignerIn(canvasElement);
    await clickRows(assigner.shadowRoot!, [0]);
  },
};
