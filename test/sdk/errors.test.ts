import { expect } from '@open-wc/testing';
import {
  AbortError,
  AuthenticationError,
  ConflictError,
  createCustomerClient,
  CustomerApiError,
  NetworkError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionError,
  PreconditionFailedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  ValidationError,
  type Customer,
} from '../../src/index.js';
import { BODY_LIMIT } from '../../src/testing/index.js';
import { BASE_URL, rejectionOf, setup } from './helpers.js';

describe('SDK errors: one class per failure, from real backend answers', () => {
  it('400 → ValidationError with the violations of each field, message with method, path and request id', async () => {
    const { client } = setup();
    const error = await rejectionOf(client.customers.create({ name: '  ', contacts: [{ name: 'No Way To Reach' }] }));
    expect(error).to.be.instanceOf(ValidationError).and.instanceOf(CustomerApiError);
    const validation = error as ValidationError;
    expect(validation.status).to.equal(400);
    expect(validation.code).to.equal('invalid_request');
    expect(validation.violationsFor('name')).to.have.length(1);
    expect(validation.violations.map((v) => v.field)).to.include('contacts[0].email');
    expect(validation.requestId).to.match(/^req_/);
    expect(validation.message).to.contain(`(POST /customer/v1/customers, request ${validation.requestId})`);
  });

  it('401 → AuthenticationError for a wrong token', async () => {
    const { client, backend } = setup({}, { auth: 'dev:nobody' });
    const error = await rejectionOf(client.me());
    expect(error).to.be.instanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).to.equal(401);
    expect(backend.requests).to.have.length(1); // a fixed token is not worth a second try
  });

  it('403 → PermissionError when dev:user or dev:technician writes', async () => {
    const { backend } = setup();
    for (const auth of ['dev:user', 'dev:technician']) {
      const client = createCustomerClient({ baseUrl: BASE_URL, auth, fetch: backend.fetch });
      const error = await rejectionOf(client.customers.create({ name: 'Not Allowed ApS' }));
      expect(error, auth).to.be.instanceOf(PermissionError);
      expect((error as PermissionError).code).to.equal('forbidden');
      expect(await rejectionOf(client.assignments.assign('cus_x', ['eq_x']))).to.be.instanceOf(PermissionError);
    }
  });

  it('404 → NotFoundError', async () => {
    const { client } = setup();
    const error = await rejectionOf(client.customers.get('cus_does_not_exist'));
    expect(error).to.be.instanceOf(NotFoundError);
    expect((error as NotFoundError).message).to.contain('GET /customer/v1/customers/cus_does_not_exist');
  });

  it('409 → ConflictError listing the units of another customer when assigning without move', async () => {
    const { backend, client } = setup();
    const owner = backend.addCustomer({ name: 'Owner ApS', equipment: 2 });
    const customer = backend.addCustomer({});
    const taken = backend.listEquipment({ customerId: owner.id }).map((unit) => unit.id);
    const error = await rejectionOf(client.assignments.assign(customer.id, taken));
    expect(error).to.be.instanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.conflicts.map((c) => c.id)).to.have.members(taken);
    expect(conflict.conflicts[0]!.customer).to.deep.equal({ id: owner.id, name: 'Owner ApS' });
    expect(backend.getCustomer(owner.id)?.equipmentCount).to.equal(2);
  });

  it('412 → PreconditionFailedError with the server’s current record; the stale change is not applied', async () => {
    const { backend, client } = setup();
    const { id } = backend.addCustomer({ name: 'Original ApS' });
    const { etag } = await client.customers.getWithETag(id);
    const fresh = await client.customers.update(id, { name: 'Fresh ApS' }, { ifMatch: etag });
    const error = await rejectionOf(client.customers.update(id, { name: 'Stale ApS' }, { ifMatch: etag }));
    expect(error).to.be.instanceOf(PreconditionFailedError);
    const current = (error as PreconditionFailedError<Customer>).current;
    expect(current).to.include({ id, name: 'Fresh ApS', version: fresh.version });
    expect(backend.getCustomer(id)).to.include({ name: 'Fresh ApS', version: fresh.version });

    const contact = (await client.contacts.create(id, { name: 'Kim', email: 'kim@example.dk' })).version;
    const contactId = backend.listContacts(id)[0]!.id;
    await client.contacts.update(id, contactId, { title: 'Chef' });
    const stale = await rejectionOf(client.contacts.update(id, contactId, { title: 'Lost' }, { ifMatch: contact }));
    expect(stale).to.be.instanceOf(PreconditionFailedError);
    expect((stale as PreconditionFailedError<{ title?: string }>).current?.title).to.equal('Chef');
  });

  it('413 → PayloadTooLargeError', async () => {
    const { client } = setup();
    const error = await rejectionOf(client.customers.create({ name: 'Big', note: 'x'.repeat(BODY_LIMIT + 1) }));
    expect(error).to.be.instanceOf(PayloadTooLargeError);
    expect((error as PayloadTooLargeError).status).to.equal(413);
  });

  it('429 → RateLimitError at once when Retry-After is beyond maxRetryAfter, carrying retryAfter', async () => {
    const { backend, client } = setup({}, { retry: { backoff: 1, maxRetryAfter: 500 } });
    backend.setFaults([{ status: 429, retryAfter: 30 }]);
    const error = await rejectionOf(client.customers.list());
    expect(error).to.be.instanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).to.equal(30);
    expect(backend.requests).to.have.length(1); // no second attempt, so no 30 s wait
  });

  it('429 → RateLimitError after the retries ran out when Retry-After is within the cap', async () => {
    const { backend, client } = setup();
    backend.setFaults([{ status: 429, retryAfter: 0 }]);
    const error = await rejectionOf(client.customers.list());
    expect(error).to.be.instanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).to.equal(0);
    expect(backend.requests).to.have.length(3); // the first attempt and 2 retries (the default limit)
  });

  it('5xx → ServerError after the retries ran out', async () => {
    const { backend, client } = setup();
    backend.setFaults([{ match: { path: '/customers' }, status: 500 }]);
    const error = await rejectionOf(client.customers.list());
    expect(error).to.be.instanceOf(ServerError);
    expect((error as ServerError).status).to.equal(500);
    expect(backend.requests).to.have.length(3);
  });

  it('a non-JSON error body still maps by status, request id from X-Request-Id', async () => {
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: 'dev:admin',
      retry: 0,
      fetch: async () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'X-Request-Id': 'gw_1' } }),
    });
    const error = await rejectionOf(client.me());
    expect(error).to.be.instanceOf(ServerError);
    expect(error).to.include({ status: 502, requestId: 'gw_1', code: 'unavailable' });
  });

  it('no answer → NetworkError (status 0) after the retries', async () => {
    const { backend, client } = setup();
    backend.setFaults([{ network: true }]);
    const error = await rejectionOf(client.me());
    expect(error).to.be.instanceOf(NetworkError);
    expect((error as NetworkError).status).to.equal(0);
    expect((error as NetworkError).cause).to.be.instanceOf(TypeError);
    expect(backend.requests).to.have.length(3);
  });

  it('an attempt slower than the attempt timeout → TimeoutError', async () => {
    const { backend, client } = setup({}, { timeout: { attempt: 50 }, retry: { limit: 1, backoff: 1 } });
    backend.setFaults([{ latency: 2_000 }]);
    const error = await rejectionOf(client.customers.list());
    expect(error).to.be.instanceOf(TimeoutError);
    expect((error as TimeoutError).message).to.contain('50 ms');
    // Both attempts were cut off (the backend saw them aborted), not waited out.
    expect(backend.requests.map((r) => r.failure)).to.deep.equal(['aborted', 'aborted']);
  });

  it('the total timeout spans retries → TimeoutError', async () => {
    const { backend, client } = setup({}, { timeout: { attempt: 1000, total: 120 }, retry: { limit: 5, backoff: 1 } });
    backend.setFaults([{ status: 503, latency: 100 }]);
    const error = await rejectionOf(client.customers.list());
    expect(error).to.be.instanceOf(TimeoutError);
    expect((error as TimeoutError).message).to.contain('120 ms');
    // Each attempt takes at least 100 ms, so the 120 ms limit fires before a third can start: the 6 attempts
    // the retry limit allows never happen, however slow the machine.
    expect(backend.requests.length).to.be.within(1, 2);
  });

  it('the caller’s abort → AbortError whose cause is the signal’s reason', async () => {
    const { backend, client } = setup();
    backend.setFaults([{ latency: 5_000 }]);
    const controller = new AbortController();
    const reason = new Error('user left the page');
    const call = client.customers.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(reason), 20);
    const error = await rejectionOf(call);
    expect(error).to.be.instanceOf(AbortError);
    expect((error as AbortError).cause).to.equal(reason);
    expect(backend.requests.at(-1)?.failure).to.equal('aborted');
    expect(await rejectionOf(client.me({ signal: AbortSignal.abort() }))).to.be.instanceOf(AbortError);
  });

  it('a malformed 2xx body → ResponseValidationError naming the first bad field', async () => {
    const { backend } = setup();
    const corrupting: typeof fetch = async (input, init) => {
      const response = await backend.fetch(input, init);
      const page = await response.json();
      page.items[3].name = 42;
      return new Response(JSON.stringify(page), { status: response.status, headers: response.headers });
    };
    const client = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin', fetch: corrupting });
    const error = await rejectionOf(client.equipment.list({ limit: 10 }));
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).field).to.equal('items[3].name');
    expect((error as ResponseValidationError).message)
      .to.contain('items[3].name')
      .and.contain('GET /customer/v1/equipment');
  });
});
