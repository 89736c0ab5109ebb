import { expect } from '@open-wc/testing';
import { AbortError, AuthenticationError, createCustomerClient, ServerError } from '../../src/index.js';
import { BASE_URL, rejectionOf, setup } from './helpers.js';

describe('SDK retries, idempotency, token refresh and abort', () => {
  it('retries a GET on 503 and succeeds', async () => {
    const { backend, client } = setup();
    backend.setFaults([{ match: { path: '/customers' }, status: 503, times: 2 }]);
    const page = await client.customers.list();
    expect(page.items.length).to.be.greaterThan(0);
    expect(backend.requests.map((r) => r.status)).to.deep.equal([503, 503, 200]);
  });

  it('honours Retry-After on 503 within the cap: the wait it names, not the backoff', async () => {
    const waits: number[] = [];
    const { backend, client } = setup({}, { hooks: { beforeRetry: ({ delayMs }) => waits.push(delayMs) } });
    backend.setFaults([{ status: 503, retryAfter: 1, times: 1 }]);
    await client.me();
    expect(waits).to.deep.equal([1000]); // the backoff here is 1 ms
    expect(backend.requests.map((r) => r.status)).to.deep.equal([503, 200]);
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

  it('abort stops a call during its wait before a retry: AbortError, no further request', async () => {
    const { backend } = setup();
    // Retry-After: 30 makes the wait 30 s; only the abort can end the call within the test's timeout.
    backend.setFaults([{ status: 503, retryAfter: 30 }]);
    const controller = new AbortController();
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch: backend.fetch,
      retry: { limit: 5, backoff: 1 },
      hooks: { afterResponse: () => queueMicrotask(() => controller.abort()) },
    });
    const error = await rejectionOf(client.customers.list({}, { signal: controller.signal }));
    expect(error).to.be.instanceOf(AbortError);
    expect(backend.requests.map((r) => r.status)).to.deep.equal([503]);
  });

  it('abort stops a request in flight and the retries it would have had', async () => {
    const { backend } = setup();
    const controller = new AbortController();
    // The first request hangs (5 s); the abort comes as soon as it is in flight.
    backend.setFaults([{ latency: 5_000, times: 1 }]);
    const inFlight: typeof fetch = (input, init) => {
      queueMicrotask(() => controller.abort());
      return backend.fetch(input, init);
    };
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch: inFlight,
      retry: { backoff: 1 },
    });
    expect(await rejectionOf(client.me({ signal: controller.signal }))).to.be.instanceOf(AbortError);
    // A retry would have come back at once (the slow fault is spent); the next call's answer is the positive
    // signal that nothing else was sent in between.
    const other = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin', fetch: backend.fetch });
    expect((await other.me()).role).to.equal('admin');
    expect(backend.requests.map((r) => r.failure ?? r.status)).to.deep.equal(['aborted', 200]);
  });
});
