import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../components/customer-import/define.js';
import type { CustomerImport } from '../components/customer-import/customer-import.js';
import type { ReferenceBackend } from '../src/testing/index.js';
import { demoClient, type DemoOptions } from './support/demo-client.js';
import { elementIn, inShadow, waitFor } from './support/play.js';

interface Args {
  theme?: 'light' | 'dark';
  lang?: string;
}

interface DemoParameters extends DemoOptions {
  setup?: (backend: ReferenceBackend) => void;
}

/** A Danish Excel export: semicolons, numbered contacts, one bad e-mail, one near-duplicate, one update. */
const SAMPLE = [
  'Navn;Ekstern reference;Adresse;Postnummer;By;Land;Telefon;E-mail;Kontakt 1 navn;Kontakt 1 e-mail',
  'Fjord Maskiner ApS;ERP-1;Havnegade 1;8000;Aarhus;DK;86 12 34 56;info@fjord.dk;Ida Lund;ida@fjord.dk',
  'Vestjysk Entreprise;ERP-77;Storegade 4;6700;Esbjerg;DK;;kontor@vestjysk.dk;;',
  'Hansen Maskiner;;Industrivej 3;5000;Odense;DK;;ikke-en-mail;Ole Hansen;ole@hansen.dk',
  'Nord Udlejning A/S;;Kajen 2;9000;Aalborg;DK;;;;',
].join('\r\n');

const meta: Meta<Args> = {
  title: 'Elements/customer-import',
  component: 'customer-import',
  tags: ['autodocs'],
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'da'] },
  },
  parameters: {
    layout: 'padded',
    controls: {
      exclude:
        /^(fc[A-Z]\w*|dependencies|scope|l10n|user|api|live|confirmer|view|file|targets|plan|sent|result|undoList|controller|focusAfter|tagFor|sdk)$/,
    },
  },
  render: (args, context) => {
    const { setup, ...options } = (context.parameters['demo'] ?? {}) as DemoParameters;
    const { client, backend } = demoClient(options);
    backend.addCustomer({ name: 'Vestjysk Entreprise A/S', externalReference: 'ERP-77' });
    backend.addCustomer({ name: 'Nord Udlejning', phone: '+4598123456' });
    setup?.(backend);
    return html`<customer-import
      .client=${client}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      @customers-imported=${(event: CustomEvent) => console.info('customers-imported', event.detail)}
    ></customer-import>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

async function importerIn(canvas: HTMLElement): Promise<CustomerImport> {
  const el = await elementIn<CustomerImport>(canvas, 'customer-import');
  await inShadow(el, '#file');
  return el;
}

/** Feeds the sample as if chosen in the file dialog, then moves to `step`. */
async function advance(canvas: HTMLElement, step: 'map' | 'preview' | 'import'): Promise<CustomerImport> {
  const el = await importerIn(canvas);
  const input = await inShadow<HTMLInputElement>(el, '#file');
  const transfer = new DataTransfer();
  transfer.items.add(new File([SAMPLE], 'kunder.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitFor(() => el.step === 'map');
  if (step === 'map') return el;
  (await inShadow(el, '[part~="button-primary"]')).click();
  await waitFor(() => el.step === 'preview');
  if (step === 'preview') return el;
  (await inShadow(el, '[part~="button-skip-all"]')).click();
  await el.updateComplete;
  (await inShadow(el, '[part~="button-primary"]')).click();
  await inShadow(el, '#done-title');
  return el;
}

/** Step 1: choose or drop a file; the template to start from. */
export const ChooseFile: Story = {};

/** Step 2: Danish headers recognised; every mapping can be changed. */
export const MapColumns: Story = { play: async ({ canvasElement }) => void (await advance(canvasElement, 'map')) };

/** Step 3: one update, one error at its cell, one possible duplicate to decide on. */
export const Preview: Story = { play: async ({ canvasElement }) => void (await advance(canvasElement, 'preview')) };

/** Step 4: done, with the rows that did not get in and Undo. */
export const Imported: Story = { play: async ({ canvasElement }) => void (await advance(canvasElement, 'import')) };

/** A PDF chosen by mistake: a clear message, nothing else happens. */
export const NotACsvFile: Story = {
  play: async ({ canvasElement }) => {
    const el = await importerIn(canvasElement);
    const input = await inShadow<HTMLInputElement>(el, '#file');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.7\n'], 'kunder.pdf'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await inShadow(el, '#file-problem');
  },
};

export const Danish: Story = { args: { lang: 'da' }, play: MapColumns.play! };
export const DanishPreview: Story = { args: { lang: 'da' }, play: Preview.play! };
export const DarkTheme: Story = { args: { theme: 'dark' }, play: Preview.play! };
