import { expect } from '@open-wc/testing';
import { AbortError, AuthenticationError, createCustomerClient, ServerError } from '../../src/index.js';
import { BASE_URL, rejectionOf, setup, wait } from './helpers.js';

describe('SDK retries, idempotency, token refresh and abort', () => {
  it('retries a GET on 503 and succeeds', async () => {
    const { backend, client } = setup();
    backend.setFaults([{ match: { path: '/customers' }, status: 503, times: 2 }]);
    const page = await client.customers.list();
    expect(page.items.length).to.be.greaterThan(0);
    expect(backend.requests.map((r) => r.status)).to.deep.equal([503, 503, 200]);
  });

  it('honours Retry-After on 503 within the cap', async () => {
    const { backend, client } = setup();
    backend.setFaults([{ status: 503, retryAfter: 1, times: 1 }]);
    const started = performance.now();
    await client.me();
    expect(performance.now() - started).to.be.at.least(950);
    expect(backend.requests).to.have.length(2);
  });

  it('a create whose answer is lost is retried with the same key: exactly one customer, one replay', async () => {
    const { backend, client } = setup();
    const before = backend.stats().customers;
    backend.setFaults([{ match: { method: 'POST', path: '/customers' }, loseResponse: true, times: 1 }]);
    const created = await client.customers.create({ name: 'Once Only ApS' });
    expect(backend.stats().customers).to.equal(before + 1);
    expect(backend.getCustomer(created.id)?.name).to.equal('Once Only ApS');
    const posts = backend.requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(2);
    expect(posts[0]!.failure).to.equal('lost-response');
    expect(posts[1]!.idempotencyKey).to.be.a('string').and.equal(posts[0]!.idempotencyKey);
    expect(posts[1]!.replayed).to.equal(true);
  });

  it('every POST carries an Idempotency-Key: a fresh one per call, the caller’s own when given', async () => {
    const { backend, client } = setup();
    const customer = backend.addCustomer({});
    await client.customers.create({ name: 'A ApS' });
    await client.customers.create({ name: 'B ApS' }, { idempotencyKey: 'import-row-17' });
    await client.contacts.create(customer.id, { name: 'C', email: 'c@example.dk' });
    await client.assignments.assign(customer.id, []);
    const keys = backend.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey);
    expect(keys).to.have.length(3);
    expect(keys[1]).to.equal('import-row-17');
    expect(new Set(keys).size).to.equal(3);
    expect(keys[0]).to.match(/^[\da-f-]{32,36}$/);
  });

  it('a POST is retried (it has a key); a PATCH only when If-Match makes the repeat safe', async () => {
    const { backend, client } = setup();
    const { id, version } = backend.addCustomer({ name: 'Patch Me ApS' });

    backend.setFaults([{ match: { method: 'POST' }, status: 503, times: 1 }]);
    await client.customers.create({ name: 'Retried ApS' });
    expect(backend.requests.filter((r) => r.method === 'POST').map((r) => r.status)).to.deep.equal([503, 201]);

    backend.clearRequests();
    backend.setFaults([{ match: { method: 'PATCH' }, status: 503, times: 1 }]);
    const error = await rejectionOf(client.customers.update(id, { note: 'blind' }));
    expect(error).to.be.instanceOf(ServerError);
    expect(backend.requests).to.have.length(1);

    backend.clearRequests();
    backend.setFaults([{ match: { method: 'PATCH' }, status: 503, times: 1 }]);
    const updated = await client.customers.update(id, { note: 'guarded' }, { ifMatch: version });
    expect(updated.note).to.equal('guarded');
    expect(backend.requests.map((r) => r.status)).to.deep.equal([503, 200]);
  });

  it('a DELETE whose answer is lost is retried with the same key and gets the first outcome replayed', async () => {
    const { backend, client } = setup();
    const { id } = backend.addCustomer({});
    backend.setFaults([{ match: { method: 'DELETE' }, loseResponse: true, times: 1 }]);
    await client.customers.delete(id);
    expect(backend.getCustomer(id)).to.equal(undefined);
    expect(backend.requests.map((r) => [r.status, r.replayed ?? false])).to.deep.equal([
      [204, false],
      [204, true],
    ]);
    expect(backend.requests[1]!.idempotencyKey).to.be.a('string').and.equal(backend.requests[0]!.idempotencyKey);
  });

  it('against a server that ignores the key, a retried DELETE that finds the record gone counts as done', async () => {
    const { backend } = setup();
    const keyless: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      request.headers.delete('idempotency-key');
      return backend.fetch(request);
    };
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch: keyless,
      retry: { backoff: 1 },
    });
    const { id } = backend.addCustomer({});
    backend.setFaults([{ match: { method: 'DELETE' }, loseResponse: true, times: 1 }]);
    await client.customers.delete(id);
    expect(backend.getCustomer(id)).to.equal(undefined);
    expect(backend.requests.map((r) => r.status)).to.deep.equal([204, 404]);
  });

  it('on 401 asks the token provider once more and repeats the request once', async () => {
    const tokens = ['dev:expired', 'dev:admin'];
    let calls = 0;
    const { backend, client } = setup({}, { auth: async () => tokens[calls++]! });
    const user = await client.me();
    expect(user.role).to.equal('admin');
    expect(calls).to.equal(2);
    expect(backend.requests.map((r) => r.status)).to.deep.equal([401, 200]);
  });

  it('a second 401 → AuthenticationError; the provider is asked per request, nothing cached', async () => {
    let calls = 0;
    const { backend, client } = setup({}, { auth: () => (calls++, 'dev:revoked') });
    expect(await rejectionOf(client.me())).to.be.instanceOf(AuthenticationError);
    expect(calls).to.equal(2);
    expect(backend.requests).to.have.length(2);

    let failing = 0;
    const broken = setup({}, { auth: () => Promise.reject(new Error(`refresh failed ${++failing}`)) });
    const error = await rejectionOf(broken.client.me());
    expect(error).to.be.instanceOf(AuthenticationError);
    expect(broken.backend.requests).to.have.length(0);
  });

  it('abort stops a call during its backoff: no further requests', async () => {
    const { backend, client } = setup({}, { retry: { limit: 5, backoff: 2_000 } });
    backend.setFaults([{ status: 503 }]);
    const controller = new AbortController();
    const call = client.customers.list({}, { signal: controller.signal });
    while (backend.requests.length < 1) await wait(5);
    const abortedAt = performance.now();
    controller.abort();
    const error = await rejectionOf(call);
    expect(error).to.be.instanceOf(AbortError);
    expect(performance.now() - abortedAt).to.be.below(100);
    const count = backend.requests.length;
    await wait(500);
    expect(backend.requests.length).to.equal(count);
  });

  it('abort stops a request in flight and the retries it would have had', async () => {
    const { backend, client } = setup({}, { retry: { limit: 5, backoff: 1 } });
    backend.setFaults([{ status: 503, latency: 60 }]);
    const controller = new AbortController();
    const call = client.me({ signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await rejectionOf(call)).to.be.instanceOf(AbortError);
    const count = backend.requests.length;
    expect(count).to.be.within(1, 2);
    await wait(300);
    expect(backend.requests.length).to.equal(count);
  });
});
