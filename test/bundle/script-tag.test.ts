import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { createReferenceBackend } from '../../src/testing/index.js';
import { setDefaultClient as setDefaultClientFromEsm } from '../../components/shared/client.js';
import type * as Bundle from '../../src/bundle.js';

/**
 * The single minified file a host loads with `<script type="module">`, as built (`npm test` builds first):
 * it registers every element, exports the SDK, and its minified styles still lay the wizard out.
 */
// @ts-expect-error: a build output, typed only by its source (src/bundle.ts).
const bundle = (await import('../../dist/fleet-customers.min.js')) as typeof Bundle;

describe('fleet-customers.min.js', () => {
  it('registers every element under its default tag', () => {
    for (const tag of Object.keys(bundle.elements)) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('exports the SDK and lets the page set one default client for every element', async () => {
    const backend = createReferenceBackend({ seed: 5, customers: 3, equipment: 10 });
    const client = bundle.createCustomerClient({
      baseUrl: 'https://fleet.test',
      auth: 'dev:admin',
      fetch: backend.fetch,
    });
    bundle.setDefaultClient(client);
    const wizard = document.createElement('customer-wizard');
    document.body.append(wizard);
    try {
      const root = wizard.shadowRoot!;
      await waitUntil(() => root.querySelector('input[name="name"]'), 'the company step renders');
      const name = root.querySelector<HTMLInputElement>('input[name="name"]');
      expect(name, 'the company step renders').to.exist;
      // The minified style sheets still apply: the primary button is styled, the field has a visible border.
      const primary = root.querySelector<HTMLElement>('.button.primary')!;
      const style = getComputedStyle(primary);
      expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(parseFloat(style.paddingInlineStart)).to.be.greaterThan(4);
      expect(parseFloat(getComputedStyle(name!).borderTopWidth)).to.be.greaterThan(0);
      await expect(wizard).to.be.accessible();
    } finally {
      wizard.remove();
      bundle.setDefaultClient(undefined);
    }
  });

  it('loads a language from the chunks beside the file when a page first shows it', async () => {
    const backend = createReferenceBackend({ seed: 7, customers: 1, equipment: 1 });
    bundle.setDefaultClient(
      bundle.createCustomerClient({ baseUrl: 'https://fleet.test', auth: 'dev:admin', fetch: backend.fetch }),
    );
    const page = document.createElement('div');
    page.lang = 'da';
    page.append(document.createElement('customer-wizard'));
    document.body.append(page);
    try {
      const root = page.firstElementChild!.shadowRoot!;
      await waitUntil(() => root.querySelector('.button.primary')?.textContent?.includes('Næste'), 'Danish');
    } finally {
      page.remove();
      bundle.setDefaultClient(undefined);
    }
  });

  it("a default client set by another copy of the package (the ESM entries) reaches the bundle's elements", async () => {
    const backend = createReferenceBackend({ seed: 6, customers: 2, equipment: 5 });
    const client = bundle.createCustomerClient({
      baseUrl: 'https://fleet.test',
      auth: 'dev:admin',
      fetch: backend.fetch,
    });
    const created = await client.customers.create({ name: 'Copy Two ApS', type: 'OTHER' });
    const details = document.createElement('customer-details');
    details.setAttribute('customer-id', created.id);
    document.body.append(details);
    try {
      const root = details.shadowRoot!;
      await waitUntil(() => root.textContent?.includes('Not connected'), 'without a client it says so');
      // The copy compiled from the sources, not the bundle: a separate module with its own `setDefaultClient`.
      setDefaultClientFromEsm(client);
      await waitUntil(() => root.querySelector('[part~="title"]')?.textContent?.includes('Copy Two ApS'), 'shown');
      expect(root.textContent).to.not.include('Not connected');
    } finally {
      details.remove();
      setDefaultClientFromEsm(undefined);
    }
  });
});
