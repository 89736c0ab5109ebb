import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test/support/wait.js';
import { mountWrapper } from '../../test/support/dom.js';
import { html as staticHtml } from 'lit/static-html.js';
import { FleetElement } from './fleet-element.js';
import { ClientController, setDefaultClient } from './client.js';
import { CurrentUserController, currentUser } from './current-user.js';
import { defineElement } from './registry.js';
import { demoClient } from '../../stories/support/demo-client.js';

class ClientLeaf extends FleetElement {
  static override readonly fcName = 'fc-client-leaf';
  readonly user = new CurrentUserController(this);
  readonly api = new ClientController(this, (client) => this.user.load(client));
  override render() {
    return html`${this.user.canManage === undefined ? 'unknown' : this.user.canManage ? 'manager' : 'reader'}`;
  }
}

class ClientBranch extends FleetElement {
  static override readonly fcName = 'fc-client-branch';
  static override readonly dependencies = [ClientLeaf];
  readonly api = new ClientController(this);
  override render() {
    const leaf = this.tagFor('fc-client-leaf');
    return staticHtml`<${leaf}></${leaf}>`;
  }
}
defineElement(ClientBranch);

const leafIn = (branch: Element) => branch.shadowRoot!.querySelector('fc-client-leaf') as ClientLeaf;

describe('shared/client and current user', () => {
  afterEach(() => setDefaultClient(undefined));

  it("nested elements get the host's client through context", async () => {
    const { client } = demoClient();
    const branch = await fixture<ClientBranch>(html`<fc-client-branch .client=${client}></fc-client-branch>`);
    const leaf = leafIn(branch);
    await waitUntil(() => leaf.api.client === client);
    await waitUntil(() => leaf.shadowRoot!.textContent === 'manager');
  });

  it("an element's own client wins over its host's; the page default fills in last", async () => {
    const outer = demoClient().client;
    const own = demoClient({ role: 'user' }).client;
    const fallback = demoClient({ role: 'technician' }).client;
    setDefaultClient(fallback);
    const bare = await fixture<ClientLeaf>(html`<fc-client-leaf></fc-client-leaf>`);
    expect(bare.api.client).to.equal(fallback);
    const branch = await fixture<ClientBranch>(html`<fc-client-branch .client=${outer}></fc-client-branch>`);
    const leaf = leafIn(branch);
    leaf.client = own;
    await waitUntil(() => leaf.shadowRoot!.textContent === 'reader');
    expect(leaf.api.client).to.equal(own);
  });

  it('loads me() once per client, however many elements ask', async () => {
    const { client, backend } = demoClient();
    const wrapper = await mountWrapper(
      html`<div>
        <fc-client-leaf .client=${client}></fc-client-leaf><fc-client-leaf .client=${client}></fc-client-leaf>
        <fc-client-branch .client=${client}></fc-client-branch>
      </div>`,
    );
    await currentUser(client);
    // All three show the role they were told: each has asked by now, so a second request would be in the log.
    const leaves = [...wrapper.querySelectorAll('fc-client-leaf'), leafIn(wrapper.querySelector('fc-client-branch')!)];
    await waitUntil(
      () => leaves.every((leaf) => leaf.shadowRoot?.textContent === 'manager'),
      'every element knows the role',
    );
    expect(backend.requests.filter((request) => request.path.endsWith('/me'))).to.have.length(1);
  });

  it('a failed me() is not cached, so a retry asks again', async () => {
    const { client, backend } = demoClient({ retry: 0, faults: [{ match: { path: '/me' }, status: 503, times: 1 }] });
    let failed = false;
    await currentUser(client).catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect((await currentUser(client)).role).to.equal('admin');
    expect(backend.requests.filter((request) => request.path.endsWith('/me'))).to.have.length(2);
  });
});
