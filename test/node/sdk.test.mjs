/**
 * The built SDK in Node 20 over real HTTP: imports `fleet-customers` itself (package.json `exports`, after
 * `npm run build`) and talks to the reference API server whose URL `scripts/run-node-tests.mjs` puts in
 * FLEET_API_URL. Proves the SDK needs nothing from the DOM and works with Node's own fetch.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomerClient, CustomerApiError, PermissionError, PreconditionFailedError } from 'fleet-customers';

const baseUrl = process.env.FLEET_API_URL;
const admin = () => createCustomerClient({ baseUrl, auth: 'dev:admin', retry: { backoff: 1 } });

describe('fleet-customers in Node over HTTP', { skip: baseUrl ? false : 'FLEET_API_URL is not set' }, () => {
  test('lists customers', async () => {
    // The server is seeded with 40 customers (other tests only add): a page of 5 is full and has a next one.
    const page = await admin().customers.list({ limit: 5 });
    assert.equal(page.items.length, 5);
    assert.ok(page.total >= 40, `total ${page.total}`);
    assert.equal(typeof page.nextCursor, 'string');
    const next = await admin().customers.list({ limit: 5, cursor: page.nextCursor });
    const ids = new Set([...page.items, ...next.items].map((customer) => customer.id));
    assert.equal(ids.size, 10);
  });

  test('creates a customer with contacts, reads it back with its ETag', async () => {
    const client = admin();
    const created = await client.customers.create({
      name: 'Node Test Maskinudlejning ApS',
      address: { city: 'Odense', country: 'DK' },
      contacts: [{ name: 'Jens Nielsen', email: 'jens@example.dk' }],
    });
    assert.equal(created.type, 'OTHER');
    assert.equal(created.contactCount, 1);
    const { data, etag } = await client.customers.getWithETag(created.id);
    assert.equal(data.id, created.id);
    assert.ok(etag.length > 0);
    const contacts = await client.contacts.list(created.id);
    assert.deepEqual(
      contacts.items.map((contact) => contact.name),
      ['Jens Nielsen'],
    );
  });

  test('a stale update fails with PreconditionFailedError carrying the current record', async () => {
    const client = admin();
    const created = await client.customers.create({ name: 'Node Test Stale ApS' });
    const { etag } = await client.customers.getWithETag(created.id);
    const renamed = await client.customers.update(created.id, { name: 'Node Test Fresh ApS' }, { ifMatch: etag });
    await assert.rejects(
      client.customers.update(created.id, { name: 'Node Test Lost ApS' }, { ifMatch: etag }),
      (error) => {
        assert.ok(error instanceof PreconditionFailedError);
        assert.ok(error instanceof CustomerApiError);
        assert.equal(error.status, 412);
        assert.equal(error.current?.name, 'Node Test Fresh ApS');
        assert.equal(error.current?.version, renamed.version);
        return true;
      },
    );
    assert.equal((await client.customers.get(created.id)).name, 'Node Test Fresh ApS');
  });

  test('iterates equipment page by page, each unit once', async () => {
    const client = admin();
    const { total } = await client.equipment.list({ limit: 1 });
    const seen = new Set();
    for await (const unit of client.equipment.iterate({ limit: 250 })) seen.add(unit.id);
    assert.equal(seen.size, total);
  });

  test('a user without manageCustomers gets PermissionError (403) on a write', async () => {
    const client = createCustomerClient({ baseUrl, auth: 'dev:user' });
    assert.equal((await client.me()).permissions.manageCustomers, false);
    await assert.rejects(client.customers.create({ name: 'Not Allowed ApS' }), (error) => {
      assert.ok(error instanceof PermissionError);
      assert.equal(error.status, 403);
      assert.doesNotMatch(error.message, /dev:user/);
      return true;
    });
  });
});
