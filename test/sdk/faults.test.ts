import { expect } from '@open-wc/testing';
import type { CustomerApiError } from '../../src/index.js';
import {
  ASSIGNMENT_BATCH_MAX,
  AbortError,
  ConflictError,
  createCustomerClient,
  NetworkError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type AssignmentPartial,
  type ClientHooks,
  type CustomerClient,
} from '../../src/index.js';
import type { FaultRule, ReferenceBackend } from '../../src/testing/index.js';
import { BASE_URL, rejectionOf, setup } from './helpers.js';

/** A seeded stream in [0, 1), so a fault run fails the same requests every time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, code: 'unavailable', message: 'Try again.' }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/**
 * The audit's fault run for writes: 27% of answers lost after the write happened, 10% of requests never
 * arriving, 10% answered 503 and 8% 429 (Retry-After: 0). Reads pass untouched.
 */
function faultyNetwork(backend: ReferenceBackend, seed: number) {
  const next = random(seed);
  const counts = { lost: 0, unreached: 0, unavailable: 0, limited: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'GET') return backend.fetch(request);
    const roll = next();
    if (roll < 0.27) {
      counts.lost++;
      await backend.fetch(request);
      throw new TypeError('Failed to fetch');
    }
    if (roll < 0.37) {
      counts.unreached++;
      throw new TypeError('Failed to fetch');
    }
    if (roll < 0.47) return (counts.unavailable++, answer(503));
    if (roll < 0.55) return (counts.limited++, answer(429, { 'Retry-After': '0' }));
    return backend.fetch(request);
  };
  return { fetch, counts };
}

describe('SDK under faults: lost answers, 503s, 429s, network failures', () => {
  it('200 guarded writes (update, updateMany, deleteMany): no 412 caused by their own first attempt', async () => {
    const { backend } = setup();
    const network = faultyNetwork(backend, 2026);
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      fetch: network.fetch,
      retry: { limit: 8, backoff: 1 },
    });
    const customers = Array.from({ length: 80 }, (_, i) => backend.addCustomer({ name: `Fault ${i} ApS` }));
    const holder = backend.addCustomer({ contacts: 120 });
    const contacts = backend.listContacts(holder.id);
    const toUpdate = contacts.slice(0, 80);
    const toDelete = contacts.slice(80);

    const updates = await Promise.all(
      customers.map((customer) =>
        client.customers.update(customer.id, { note: 'saved once' }, { ifMatch: customer.version }).then(
          (value) => ({ id: customer.id, ok: true as const, value, error: undefined }),
          (error: CustomerApiError) => ({ id: customer.id, ok: false as const, value: undefined, error }),
        ),
      ),
    );
    const updated = await client.contacts.updateMany(
      holder.id,
      toUpdate.map((contact) => ({ id: contact.id, patch: { title: 'Saved once' }, ifMatch: contact.version })),
    );
    const deleted = await client.contacts.deleteMany(
      holder.id,
      toDelete.map((contact) => ({ id: contact.id, ifMatch: contact.version })),
    );

    const outcomes = [...updates, ...updated, ...deleted];
    expect(outcomes).to.have.length(200);
    expect(network.counts.lost, 'answers lost after the write').to.be.greaterThan(40);
    const wrong412 = outcomes.filter((outcome) => outcome.error instanceof PreconditionFailedError);
    expect(wrong412.map((outcome) => outcome.id)).to.deep.equal([]);
    // Whatever could not get through in 9 attempts failed as a transport error, never as something else.
    for (const outcome of outcomes.filter((o) => !o.ok)) {
      expect(outcome.error).to.satisfy(
        (e: unknown) => e instanceof NetworkError || e instanceof ServerError || e instanceof RateLimitError,
      );
    }
    expect(outcomes.filter((o) => o.ok).length).to.be.greaterThan(190);
    // What was reported saved is saved, once: each record is one version further, not two.
    for (const outcome of updates.filter((o) => o.ok)) {
      const before = customers.find((c) => c.id === outcome.id)!;
      expect(backend.getCustomer(outcome.id)).to.include({ note: 'saved once', version: before.version + 1 });
    }
    const left = new Map(backend.listContacts(holder.id).map((contact) => [contact.id, contact]));
    for (const outcome of updated.filter((o) => o.ok)) expect(left.get(outcome.id)?.title).to.equal('Saved once');
    for (const outcome of deleted.filter((o) => o.ok)) expect(left.has(outcome.id)).to.equal(false);
  });

  it('a failed create carries its idempotency key; creating again with it makes no duplicate', async () => {
    const { backend, client } = setup({}, { retry: 0 });
    const before = backend.stats().customers;
    backend.setFaults([{ match: { method: 'POST', path: '/customers' }, loseResponse: true, times: 1 }]);
    const input = { name: 'Created Once ApS' };
    const error = await rejectionOf(client.customers.create(input));
    expect(error).to.be.instanceOf(NetworkError);
    const key = (error as NetworkError).idempotencyKey;
    expect(key).to.be.a('string').and.equal(backend.requests[0]!.idempotencyKey);

    const created = await client.customers.create(input, { idempotencyKey: key });
    expect(created.name).to.equal('Created Once ApS');
    expect(backend.stats().customers).to.equal(before + 1);
    expect(backend.requests.at(-1)!.replayed).to.equal(true);
    // Reads carry no key; every kind of write does, so their errors name it too.
    expect((await rejectionOf(client.customers.delete('cus_missing'))) as CustomerApiError)
      .to.have.property('idempotencyKey')
      .that.is.a('string');
    expect(((await rejectionOf(client.customers.get('cus_missing'))) as CustomerApiError).idempotencyKey).to.equal(
      undefined,
    );
  });

  describe('error.partial of a batched assignment says what is applied, not applied and unknown', () => {
    const IDS = 25_000;
    /** Runs an assignment of 25,000 free units, arming `rules` once the first batch of 10,000 is in. */
    async function assignWith(
      rules: FaultRule[],
      options: { retry?: number; timeout?: number; hooks?: ClientHooks; signal?: AbortSignal } = {},
    ) {
      const { backend } = setup({ equipment: IDS + 100, assignedShare: 0 });
      const client: CustomerClient = createCustomerClient({
        baseUrl: BASE_URL,
        auth: 'dev:admin',
        fetch: backend.fetch,
        retry: { limit: options.retry ?? 2, backoff: 1, maxRetryAfter: 60_000 },
        timeout: options.timeout === undefined ? undefined : { attempt: options.timeout },
        hooks: options.hooks,
      });
      const customer = backend.addCustomer({});
      const ids = backend
        .listEquipment({ customerId: null })
        .slice(0, IDS)
        .map((unit) => unit.id);
      const error = await rejectionOf(
        client.assignments.assign(customer.id, ids, {
          signal: options.signal,
          onProgress: ({ done }) => {
            if (done === ASSIGNMENT_BATCH_MAX) backend.setFaults(rules);
          },
        }),
      );
      const partial = (error as CustomerApiError).partial!;
      return { error, partial, ids, count: backend.getCustomer(customer.id)!.equipmentCount, backend };
    }
    const first = (ids: string[]) => ids.slice(0, ASSIGNMENT_BATCH_MAX);
    const second = (ids: string[]) => ids.slice(ASSIGNMENT_BATCH_MAX, 2 * ASSIGNMENT_BATCH_MAX);
    const rest = (ids: string[]) => ids.slice(2 * ASSIGNMENT_BATCH_MAX);
    const expectPartial = (partial: AssignmentPartial, ids: string[], unknown: boolean) => {
      expect(partial.applied).to.deep.equal(first(ids));
      expect(partial.unknown).to.deep.equal(unknown ? second(ids) : []);
      expect(partial.notApplied).to.deep.equal(unknown ? rest(ids) : [...second(ids), ...rest(ids)]);
      expect(partial.remaining).to.deep.equal(ids.slice(ASSIGNMENT_BATCH_MAX));
      expect(partial.result.assigned).to.equal(ASSIGNMENT_BATCH_MAX);
    };
    const POST = { method: 'POST' };

    it('batch 2 lost, then 503, 503 → ServerError; batch 2 is unknown (and was in fact applied)', async () => {
      const { error, partial, ids, count } = await assignWith([
        { match: POST, loseResponse: true, times: 1 },
        { match: POST, status: 503 },
      ]);
      expect(error).to.be.instanceOf(ServerError);
      expectPartial(partial, ids, true);
      expect(count).to.equal(2 * ASSIGNMENT_BATCH_MAX);
    });

    it('batch 2 lost, then 429, 429 → RateLimitError; batch 2 is unknown', async () => {
      const { error, partial, ids } = await assignWith([
        { match: POST, loseResponse: true, times: 1 },
        { match: POST, status: 429, retryAfter: 0 },
      ]);
      expect(error).to.be.instanceOf(RateLimitError);
      expectPartial(partial, ids, true);
    });

    it('503, 503, 503 → ServerError; batch 2 is known not applied', async () => {
      const { error, partial, ids, count } = await assignWith([{ match: POST, status: 503 }]);
      expect(error).to.be.instanceOf(ServerError);
      expectPartial(partial, ids, false);
      expect(count).to.equal(ASSIGNMENT_BATCH_MAX);
    });

    it('429 beyond maxRetryAfter → RateLimitError at once; batch 2 is known not applied', async () => {
      const { error, partial, ids } = await assignWith([{ match: POST, status: 429, retryAfter: 3600 }]);
      expect(error).to.be.instanceOf(RateLimitError);
      expectPartial(partial, ids, false);
    });

    it('a 409 → ConflictError; batch 2 is known not applied', async () => {
      const { error, partial, ids } = await assignWith([{ match: POST, status: 409 }]);
      expect(error).to.be.instanceOf(ConflictError);
      expectPartial(partial, ids, false);
    });

    it('no answer at all → NetworkError; batch 2 is unknown', async () => {
      const { error, partial, ids } = await assignWith([{ match: POST, network: true }]);
      expect(error).to.be.instanceOf(NetworkError);
      expectPartial(partial, ids, true);
    });

    it('a 500 → ServerError; batch 2 is unknown (the server may have failed after the write)', async () => {
      const { error, partial, ids } = await assignWith([{ match: POST, status: 500 }], { retry: 0 });
      expect(error).to.be.instanceOf(ServerError);
      expectPartial(partial, ids, true);
    });

    it('an attempt timeout → TimeoutError; batch 2 is unknown', async () => {
      const { error, partial, ids } = await assignWith([{ match: POST, latency: 5_000 }], {
        retry: 0,
        timeout: 1_000,
      });
      expect(error).to.be.instanceOf(TimeoutError);
      expectPartial(partial, ids, true);
    });

    it('an abort while batch 2 waits out a 503 → AbortError; batch 2 is known not applied', async () => {
      const controller = new AbortController();
      const { error, partial, ids, backend } = await assignWith([{ match: POST, status: 503, retryAfter: 30 }], {
        signal: controller.signal,
        // The 503 says wait 30 s; the abort comes as soon as it is in, during that wait.
        hooks: { afterResponse: ({ status }) => status === 503 && queueMicrotask(() => controller.abort()) },
      });
      expect(error).to.be.instanceOf(AbortError);
      expectPartial(partial, ids, false);
      expect(backend.requests.filter((r) => r.method === 'POST')).to.have.length(2);
    });
  });
});
