import { expect } from '@open-wc/testing';
import {
  ASSIGNMENT_BATCH_MAX,
  AbortError,
  ConflictError,
  createCustomerClient,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
  type BatchProgress,
} from '../../src/index.js';
import { BASE_URL, rejectionOf, setup, wait } from './helpers.js';

describe('SDK lists and batches at scale', () => {
  it('iterate over 10,000 units sees each exactly once', async () => {
    const { backend, client } = setup({ equipment: 10_000 });
    const seen = new Set<string>();
    let count = 0;
    for await (const unit of client.equipment.iterate({ limit: 1000, sort: '-operatingHours' })) {
      seen.add(unit.id);
      count++;
    }
    expect(count).to.equal(10_000);
    expect(seen.size).to.equal(10_000);
    expect(backend.requests).to.have.length(10);
  });

  it('iterate fetches lazily: leaving the loop stops the requests', async () => {
    const { backend, client } = setup();
    let count = 0;
    for await (const _unit of client.equipment.iterate({ limit: 5 })) if (++count === 7) break;
    expect(backend.requests).to.have.length(2);
  });

  it('assign of 25,000 ids sends 3 sequential requests and reports progress 10000/20000/25000', async () => {
    const { backend, client } = setup({ equipment: 26_000, assignedShare: 0 });
    const customer = backend.addCustomer({});
    const ids = backend
      .listEquipment({ customerId: null })
      .slice(0, 25_000)
      .map((unit) => unit.id);
    const progress: BatchProgress[] = [];
    const result = await client.assignments.assign(customer.id, ids, { onProgress: (p) => progress.push(p) });
    expect(result).to.deep.equal({ assigned: 25_000, unassigned: 0, moved: 0, skipped: [] });
    expect(progress).to.deep.equal([
      { done: 10_000, total: 25_000 },
      { done: 20_000, total: 25_000 },
      { done: 25_000, total: 25_000 },
    ]);
    const posts = backend.requests.filter((r) => r.method === 'POST');
    expect(posts).to.have.length(3);
    expect(new Set(posts.map((r) => r.idempotencyKey)).size).to.equal(3);
    expect(backend.getCustomer(customer.id)?.equipmentCount).to.equal(25_000);
  });

  it('results of batches are summed, skipped ids concatenated', async () => {
    const { backend, client } = setup({ equipment: 12_000, assignedShare: 0 });
    const customer = backend.addCustomer({});
    const free = backend.listEquipment({ customerId: null }).map((unit) => unit.id);
    await client.assignments.assign(customer.id, free.slice(0, 5));
    const ids = [...free.slice(0, 10_500), 'eq_missing'];
    const result = await client.assignments.assign(customer.id, ids);
    expect(result.assigned).to.equal(10_495);
    expect(result.skipped.map((s) => s.reason)).to.deep.equal([...Array(5).fill('already_assigned'), 'not_found']);
  });

  it('a failing batch throws its error with `partial`: what the batches before it applied', async () => {
    const { backend, client } = setup({ equipment: 15_000, assignedShare: 0 });
    const owner = backend.addCustomer({ equipment: 1 });
    const customer = backend.addCustomer({});
    const taken = backend.listEquipment({ customerId: owner.id })[0]!.id;
    const free = backend
      .listEquipment({ customerId: null })
      .slice(0, 12_000)
      .map((unit) => unit.id);
    const ids = [...free, taken]; // the second batch holds a unit of another customer
    const progress: BatchProgress[] = [];
    const error = await rejectionOf(
      client.assignments.assign(customer.id, ids, { onProgress: (p) => progress.push(p) }),
    );
    expect(error).to.be.instanceOf(ConflictError);
    const partial = (error as ConflictError).partial!;
    expect(partial.applied).to.deep.equal(ids.slice(0, ASSIGNMENT_BATCH_MAX));
    expect(partial.remaining).to.deep.equal(ids.slice(ASSIGNMENT_BATCH_MAX));
    expect(partial.result.assigned).to.equal(ASSIGNMENT_BATCH_MAX);
    expect(progress).to.deep.equal([{ done: ASSIGNMENT_BATCH_MAX, total: ids.length }]);
    // Each batch is atomic: exactly the first one is in.
    expect(backend.getCustomer(customer.id)?.equipmentCount).to.equal(ASSIGNMENT_BATCH_MAX);
  });

  it('updateMany with one invalid row saves the others and reports each outcome in input order', async () => {
    const { backend, client } = setup();
    const customer = backend.addCustomer({ contacts: 3 });
    const [a, b, c] = backend.listContacts(customer.id);
    const outcomes = await client.contacts.updateMany(customer.id, [
      { id: a!.id, patch: { title: 'Driftschef' } },
      { id: b!.id, patch: { email: 'not-an-email' } },
      { id: c!.id, patch: { title: 'Indkøber' }, ifMatch: c!.version },
    ]);
    expect(outcomes.map((o) => [o.id, o.ok])).to.deep.equal([
      [a!.id, true],
      [b!.id, false],
      [c!.id, true],
    ]);
    expect(outcomes[0]!.value?.title).to.equal('Driftschef');
    expect(outcomes[1]!.error).to.be.instanceOf(ValidationError);
    expect((outcomes[1]!.error as ValidationError).violationsFor('email')).to.have.length(1);
    const saved = backend.listContacts(customer.id);
    expect(saved.find((x) => x.id === a!.id)?.title).to.equal('Driftschef');
    expect(saved.find((x) => x.id === b!.id)?.email).to.equal(b!.email);
    expect(saved.find((x) => x.id === c!.id)?.title).to.equal('Indkøber');
  });

  it('deleteMany reports a missing or stale contact and deletes the rest', async () => {
    const { backend, client } = setup();
    const customer = backend.addCustomer({ contacts: 3 });
    const [a, b, c] = backend.listContacts(customer.id);
    const outcomes = await client.contacts.deleteMany(customer.id, [
      a!.id,
      'con_missing',
      { id: b!.id, ifMatch: b!.version + 1 },
      { id: c!.id, ifMatch: c!.version },
    ]);
    expect(outcomes.map((o) => o.ok)).to.deep.equal([true, false, false, true]);
    expect(outcomes[1]!.error).to.be.instanceOf(NotFoundError);
    expect(outcomes[2]!.error).to.be.instanceOf(PreconditionFailedError);
    expect(backend.listContacts(customer.id).map((x) => x.id)).to.deep.equal([b!.id]);
  });

  it('updateMany keeps at most 4 requests in flight', async () => {
    const { backend } = setup({}, {});
    const customer = backend.addCustomer({ contacts: 10 });
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      most = Math.max(most, ++inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return await backend.fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const client = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin', fetch: counting });
    const contacts = backend.listContacts(customer.id);
    const outcomes = await client.contacts.updateMany(
      customer.id,
      contacts.map((contact) => ({ id: contact.id, patch: { title: 'Ny' } })),
    );
    expect(outcomes.every((o) => o.ok)).to.equal(true);
    expect(most).to.equal(4);
  });

  it('an abort during updateMany ends the unfinished items with AbortError outcomes', async () => {
    const { backend, client } = setup({ latency: 100 });
    const customer = backend.addCustomer({ contacts: 8 });
    const controller = new AbortController();
    const call = client.contacts.updateMany(
      customer.id,
      backend.listContacts(customer.id).map((contact) => ({ id: contact.id, patch: { title: 'Ny' } })),
      { signal: controller.signal },
    );
    // Abort while the second group of 4 is in flight: the first 4 answered, the rest never will.
    while (backend.requests.length < 4) await wait(5);
    await wait(20);
    controller.abort();
    const outcomes = await call;
    expect(outcomes.slice(0, 4).every((o) => o.ok)).to.equal(true);
    expect(outcomes.slice(4).every((o) => o.error instanceof AbortError)).to.equal(true);
  });
});
