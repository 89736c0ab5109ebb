import { expect } from '@open-wc/testing';
import {
  createCustomerClient,
  CustomerApiError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
} from '../../src/index.js';
import { BASE_URL, rejectionOf, setup } from './helpers.js';

/** A fetch that answers each call with the next of `answers` and keeps the requests it got. */
function scripted(answers: Array<() => Response>) {
  const seen: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    seen.push(new Request(input, init));
    return answers[Math.min(seen.length, answers.length) - 1]!();
  };
  return { fetch, seen };
}
const json =
  (status: number, body: object, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const ME = { id: 'usr_1', name: 'A', role: 'admin', permissions: { manageCustomers: true } };

describe('SDK hooks that act, and ky doing the retries', () => {
  it('beforeRequest adds headers (a tenant, a trace id) on every attempt, but cannot replace the SDK’s own', async () => {
    const { backend } = setup();
    const seen: Request[] = [];
    const recording: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      seen.push(request.clone());
      return backend.fetch(request);
    };
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch: recording,
      retry: { backoff: 1 },
      hooks: {
        beforeRequest: async ({ headers, attempt }) => {
          headers.set('X-Tenant', 'acme');
          headers.set('X-Request-Id', `trace-${attempt}`);
          headers.set('Authorization', 'Bearer dev:user');
          headers.set('Idempotency-Key', 'forged');
        },
      },
    });
    backend.setFaults([{ match: { method: 'POST' }, status: 503, times: 1 }]);
    await client.customers.create({ name: 'Traced ApS' });
    expect(seen.map((r) => r.headers.get('x-tenant'))).to.deep.equal(['acme', 'acme']);
    expect(seen.map((r) => r.headers.get('x-request-id'))).to.deep.equal(['trace-1', 'trace-2']);
    expect(seen.map((r) => r.headers.get('authorization'))).to.deep.equal(['Bearer dev:admin', 'Bearer dev:admin']);
    expect(seen[0]!.headers.get('idempotency-key')).not.to.equal('forged');
    // The backend keeps a caller's request id: it comes back on errors.
    const error = await rejectionOf(client.customers.get('cus_missing'));
    expect(error).to.be.instanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).to.equal('trace-1');
  });

  it('shouldRetry may veto a retry the rules allow; it sees our error class, and cannot force one', async () => {
    const { backend } = setup();
    const asked: unknown[] = [];
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch: backend.fetch,
      retry: { backoff: 1 },
      hooks: {
        shouldRetry: ({ error, method }) => {
          asked.push(error);
          return method === 'GET' ? false : true;
        },
      },
    });
    backend.setFaults([{ status: 503 }]);
    expect(await rejectionOf(client.me())).to.be.instanceOf(ServerError);
    expect(backend.requests).to.have.length(1);
    expect(asked).to.have.length(1);
    expect(asked[0]).to.be.instanceOf(ServerError);

    backend.clearRequests();
    backend.setFaults([{ match: { method: 'POST' }, status: 400 }]);
    await rejectionOf(client.customers.create({ name: 'X' }));
    expect(backend.requests).to.have.length(1); // `true` did not force a retry of a 400
  });

  it('beforeError may enrich the error or replace it with another CustomerApiError', async () => {
    const { backend } = setup();
    const make = (beforeError: NonNullable<Parameters<typeof createCustomerClient>[0]['hooks']>['beforeError']) =>
      createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin', fetch: backend.fetch, hooks: { beforeError } });

    const enriched = await rejectionOf(
      make(({ error }) => {
        Object.assign(error, { screen: 'customer-details' });
      }).customers.get('cus_missing'),
    );
    expect(enriched).to.be.instanceOf(NotFoundError).and.to.have.property('screen', 'customer-details');

    const replaced = await rejectionOf(
      make(
        ({ error }) => new CustomerApiError(`Kunden findes ikke (${error.status})`, { status: error.status }),
      ).customers.get('cus_missing'),
    );
    expect(replaced).to.be.instanceOf(CustomerApiError).and.not.instanceOf(NotFoundError);
    expect((replaced as Error).message).to.equal('Kunden findes ikke (404)');

    const ignored = await rejectionOf(make(() => new Error('not ours') as CustomerApiError).customers.get('cus_x'));
    expect(ignored).to.be.instanceOf(NotFoundError);
  });

  it('getting the token does not count against the attempt timeout', async () => {
    // The answer is scripted (no backend work inside the attempt), so only the token's own delay could exceed it.
    const { fetch, seen } = scripted([json(200, ME)]);
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: () => new Promise((resolve) => setTimeout(() => resolve('dev:admin'), 1_500)),
      fetch,
      timeout: { attempt: 1_000 },
      retry: 0,
    });
    expect((await client.me()).role).to.equal('admin');
    expect(seen).to.have.length(1);
  });

  it('a 413 is never retried, even with Retry-After', async () => {
    const { fetch, seen } = scripted([
      json(413, { code: 'payload_too_large', message: 'Too big' }, { 'Retry-After': '0' }),
    ]);
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch,
      retry: { limit: 5, backoff: 1 },
    });
    expect(await rejectionOf(client.customers.create({ name: 'Big' }))).to.be.instanceOf(PayloadTooLargeError);
    expect(await rejectionOf(client.me())).to.be.instanceOf(PayloadTooLargeError);
    expect(seen).to.have.length(2);
  });

  it('RateLimit-Reset is honoured like Retry-After: the wait it names, not the backoff', async () => {
    const { fetch, seen } = scripted([json(429, { code: 'rate_limited' }, { 'RateLimit-Reset': '0' }), json(200, ME)]);
    const waits: number[] = [];
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch,
      // Without the header the wait would be a random share of 60 s.
      retry: { limit: 1, backoff: 60_000 },
      hooks: { beforeRetry: ({ delayMs }) => waits.push(delayMs) },
    });
    expect((await client.me()).role).to.equal('admin');
    expect(seen).to.have.length(2);
    expect(waits).to.deep.equal([0]);
  });

  it('an X-RateLimit-Reset (epoch seconds) beyond maxRetryAfter fails at once with retryAfter in seconds', async () => {
    const reset = Math.ceil(Date.now() / 1000) + 3600;
    const { fetch, seen } = scripted([json(429, { code: 'rate_limited' }, { 'X-RateLimit-Reset': String(reset) })]);
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch,
      retry: { maxRetryAfter: 1000 },
    });
    const error = await rejectionOf(client.me());
    expect(error).to.be.instanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).to.be.within(3590, 3601);
    expect(seen).to.have.length(1);
  });
});
