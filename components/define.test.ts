import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/support/wait.js';
import { mountWrapper } from '../test/support/dom.js';
import { defineCustomerElements, CustomerWizard, setDefaultClient } from './define.js';
import './customer-wizard/define.js';
import { demoClient } from '../stories/support/demo-client.js';

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('fleet-customers/define', () => {
  afterEach(() => setDefaultClient(undefined));

  it('registers the default and a prefixed copy side by side, both working', async () => {
    const tags = defineCustomerElements({ prefix: 'acme' });
    expect(tags['customer-wizard']).to.equal('acme-customer-wizard');
    expect(() => defineCustomerElements({ prefix: 'acme' })).to.not.throw();
    expect(() => defineCustomerElements()).to.not.throw();
    const { client } = demoClient();
    const wrapper = await mountWrapper(
      html`<div>
        <customer-wizard .client=${client}></customer-wizard>
        <acme-customer-wizard lang="da" .client=${client}></acme-customer-wizard>
      </div>`,
    );
    const plain = wrapper.querySelector('customer-wizard')!;
    const prefixed = wrapper.querySelector('acme-customer-wizard')!;
    expect(plain).to.be.instanceOf(CustomerWizard);
    expect(prefixed).to.be.instanceOf(CustomerWizard);
    await waitUntil(() => plain.shadowRoot?.querySelector('#f-name') && prefixed.shadowRoot?.querySelector('#f-name'));
    expect(text(plain)).to.contain('Create customer');
    expect(text(prefixed)).to.contain('Opret kunde');
  });

  it('setDefaultClient() reaches elements already on the page', async () => {
    const el = await fixture<CustomerWizard>(html`<customer-wizard></customer-wizard>`);
    await waitUntil(() => text(el).includes('setDefaultClient'));
    setDefaultClient(demoClient().client);
    await waitUntil(() => el.shadowRoot?.querySelector('#f-name'), 'form after the default client is set');
  });

  it('registers into a scoped registry', async () => {
    const registry = new CustomElementRegistry();
    defineCustomerElements({ registry, prefix: 'portal' });
    expect(customElements.get('portal-customer-wizard')).to.equal(undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    root.innerHTML = '<portal-customer-wizard></portal-customer-wizard>';
    const el = root.firstElementChild as CustomerWizard;
    expect(el).to.be.instanceOf(CustomerWizard);
    el.client = demoClient().client;
    await waitUntil(() => el.shadowRoot?.querySelector('#f-name'));
    host.remove();
  });
});
