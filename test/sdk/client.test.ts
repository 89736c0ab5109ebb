import { expect } from '@open-wc/testing';
import { createCustomerClient, type RequestInfo } from '../../src/index.js';
import { BASE_URL, setup } from './helpers.js';

describe('SDK client: every method against the reference backend', () => {
  it('me() returns the current user and what they may do', async () => {
    const { backend, client } = setup();
    const admin = await client.me();
    expect(admin.role).to.equal('admin');
    expect(admin.permissions.manageCustomers).to.equal(true);
    const technician = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:technician', fetch: backend.fetch });
    expect((await technician.me()).permissions.manageCustomers).to.equal(false);
  });

  it('customers.list pages, filters by type (comma-separated) and leaves undefined out of the query', async () => {
    const { backend, client } = setup();
    const page = await client.customers.list({ type: ['DEALER', 'RENTAL'], limit: 5, search: undefined });
    expect(page.items.length).to.be.within(1, 5);
    for (const customer of page.items) expect(['DEALER', 'RENTAL']).to.include(customer.type);
    const path = backend.requests.at(-1)!.path;
    expect(decodeURIComponent(path)).to.contain('type=DEALER,RENTAL');
    expect(path).not.to.contain('search');
    if (page.nextCursor) {
      const next = await client.customers.list({ type: ['DEALER', 'RENTAL'], limit: 5, cursor: page.nextCursor });
      expect(next.items.map((c) => c.id)).not.to.include.members(page.items.map((c) => c.id));
    }
  });

  it('customers.iterate follows the cursors to the last page', async () => {
    const { backend, client } = setup({ customers: 45 });
    const ids: string[] = [];
    for await (const customer of client.customers.iterate({ limit: 10 })) ids.push(customer.id);
    expect(ids.length).to.equal(backend.stats().customers);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('customers.create (with contacts), get, getWithETag, update with ifMatch, delete', async () => {
    const { backend, client } = setup();
    const created = await client.customers.create({
      name: 'Hansen & Søn Entreprenør ApS',
      address: { city: 'Aarhus', country: 'DK' },
      contacts: [{ name: 'Mette Jensen', email: 'mette@hansen-son.dk' }],
    });
    expect(created.type).to.equal('OTHER');
    expect(created.contactCount).to.equal(1);
    expect((await client.customers.get(created.id)).name).to.equal('Hansen & Søn Entreprenør ApS');

    const { data, etag } = await client.customers.getWithETag(created.id);
    expect(etag).to.match(/^".+"$/);
    const updated = await client.customers.update(created.id, { phone: '+4587654321' }, { ifMatch: etag });
    expect(updated.phone).to.equal('+4587654321');
    expect(updated.version).to.be.greaterThan(data.version);
    expect(backend.getCustomer(created.id)?.phone).to.equal('+4587654321');

    // A version number is sent as "v<version>", which the API accepts in If-Match.
    const renamed = await client.customers.update(created.id, { name: 'Hansen & Søn' }, { ifMatch: updated.version });
    expect(renamed.name).to.equal('Hansen & Søn');

    await client.customers.delete(created.id, { ifMatch: renamed.version });
    expect(backend.getCustomer(created.id)).to.equal(undefined);
  });

  it('contacts: list, iterate, create, update, delete', async () => {
    const { backend, client } = setup();
    const customer = backend.addCustomer({ contacts: 3 });
    const page = await client.contacts.list(customer.id, { sort: 'name' });
    expect(page.total).to.equal(3);
    const names = page.items.map((c) => c.name);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));

    const contact = await client.contacts.create(customer.id, { name: 'Ole Hansen', phone: '+4512345678' });
    expect(contact.customerId).to.equal(customer.id);
    const seen: string[] = [];
    for await (const each of client.contacts.iterate(customer.id, { limit: 2 })) seen.push(each.id);
    expect(seen).to.have.length(4).and.to.include(contact.id);

    const updated = await client.contacts.update(
      customer.id,
      contact.id,
      { title: 'Værkfører' },
      { ifMatch: contact.version },
    );
    expect(updated.title).to.equal('Værkfører');
    await client.contacts.delete(customer.id, contact.id);
    expect(backend.listContacts(customer.id).map((c) => c.id)).not.to.include(contact.id);
  });

  it('equipment: list searches the fleet with filters, iterate, facets', async () => {
    const { client } = setup();
    const facets = await client.equipment.facets();
    expect(facets.brands.length).to.be.greaterThan(0);
    const brand = facets.brands[0]!;
    const page = await client.equipment.list({ brand: [brand.value], assignment: 'none', limit: 1000 });
    for (const unit of page.items) {
      expect(unit.brand).to.equal(brand.value);
      expect(unit.customer).to.equal(null);
    }
    const all = await client.equipment.list({ brand: [brand.value] });
    expect(all.total).to.equal(brand.count);
    let count = 0;
    for await (const _unit of client.equipment.iterate({ brand: [brand.value], limit: 3 })) count++;
    expect(count).to.equal(brand.count);
  });

  it('assignments: list a customer’s equipment, assign, move, unassign', async () => {
    const { backend, client } = setup();
    const customer = backend.addCustomer({ equipment: 2 });
    const other = backend.addCustomer({ equipment: 1 });
    const free = backend
      .listEquipment({ customerId: null })
      .slice(0, 3)
      .map((u) => u.id);
    const taken = backend.listEquipment({ customerId: other.id }).map((u) => u.id);

    expect((await client.assignments.list(customer.id)).total).to.equal(2);
    const assigned = await client.assignments.assign(customer.id, free);
    expect(assigned).to.deep.include({ assigned: 3, moved: 0 });
    const moved = await client.assignments.move(customer.id, taken);
    expect(moved.moved).to.equal(1);
    const ids: string[] = [];
    for await (const unit of client.assignments.iterate(customer.id, { limit: 2 })) ids.push(unit.id);
    expect(ids)
      .to.have.length(6)
      .and.to.include.members([...free, ...taken]);

    const unassigned = await client.assignments.unassign(customer.id, [free[0]!, 'eq_missing']);
    expect(unassigned.unassigned).to.equal(1);
    expect(unassigned.skipped).to.deep.equal([{ id: 'eq_missing', reason: 'not_found' }]);
    expect(backend.getCustomer(customer.id)?.equipmentCount).to.equal(5);
  });

  it('baseUrl may carry a path prefix and a trailing slash; the SDK adds /customer/v1', async () => {
    const { backend } = setup();
    const client = createCustomerClient({
      baseUrl: 'https://fleet.test/api/',
      auth: 'dev:admin',
      fetch: backend.fetch,
    });
    await client.me();
    expect(backend.requests.at(-1)!.path).to.equal('/api/customer/v1/me');
  });

  it('uses globalThis.fetch as it is at call time when no fetch is given', async () => {
    const { backend } = setup();
    const client = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin' });
    const original = globalThis.fetch;
    globalThis.fetch = backend.fetch as typeof fetch;
    try {
      expect((await client.me()).role).to.equal('admin');
    } finally {
      globalThis.fetch = original;
    }
    expect(backend.requests).to.have.length(1);
  });

  it('hooks see our own small objects per attempt: method, path, attempt, status, retry delay', async () => {
    const seen: Array<[string, Record<string, unknown>]> = [];
    const record = (name: string) => (arg: object) => seen.push([name, { ...arg }]);
    const { backend, client } = setup(
      {},
      { hooks: { beforeRequest: record('before'), afterResponse: record('after'), beforeRetry: record('retry') } },
    );
    backend.setFaults([{ match: { path: '/me' }, status: 503, times: 1 }]);
    await client.me();
    expect(seen.map(([name]) => name)).to.deep.equal(['before', 'after', 'retry', 'before', 'after']);
    const [before, after, retry] = seen.map(([, arg]) => arg) as [
      RequestInfo,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    expect(before).to.include({ method: 'GET', path: '/customer/v1/me', attempt: 1 });
    expect(after).to.include({ status: 503, attempt: 1 });
    expect(after.requestId).to.match(/^req_/);
    expect(after.durationMs).to.be.a('number');
    expect(retry.error).to.have.property('status', 503);
    expect(retry.delayMs).to.be.within(0, 1);
    expect(seen[3]![1]).to.include({ attempt: 2 });
  });

  it('a hook that throws does not break the call', async () => {
    const { client } = setup(
      {},
      {
        hooks: {
          beforeRequest: () => {
            throw new Error('hook bug');
          },
        },
      },
    );
    expect((await client.me()).role).to.equal('admin');
  });
});
