import { expect } from '@open-wc/testing';
import { createReferenceBackend, type ReferenceBackend } from '../../src/testing/index.js';

const ORIGIN = 'https://api.example';
const BASE = `${ORIGIN}/customer/v1`;

interface Sent {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of many shapes; the assertions check it.
  body: any;
  headers: Headers;
}

/** A raw request through the backend's own fetch, as a host page would send it. */
async function send(
  backend: ReferenceBackend,
  method: string,
  path: string,
  options: { body?: unknown; role?: string | null; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { ...options.headers };
  const role = options.role === undefined ? 'admin' : options.role;
  if (role !== null) headers['Authorization'] = `Bearer dev:${role}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  }
  const response = await backend.fetch(`${BASE}${path}`, { method, headers, body, signal: options.signal });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

const get = (backend: ReferenceBackend, path: string, role?: string | null) => send(backend, 'GET', path, { role });

function fieldsOf(sent: Sent): Record<string, string> {
  return Object.fromEntries(
    (sent.body.violations ?? []).map((v: { field: string; code: string }) => [v.field, v.code]),
  );
}

describe('reference backend', () => {
  let backend: ReferenceBackend;
  beforeEach(() => {
    backend = createReferenceBackend({ seed: 3, customers: 12, equipment: 200 });
  });

  describe('validation', () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['an empty name', { name: '  ' }, 'name', 'required'],
      ['a bad e-mail', { name: 'A', email: 'not-an-email' }, 'email', 'invalid_email'],
      ['a phone not in E.164', { name: 'A', phone: '12 34 56 78' }, 'phone', 'invalid_phone'],
      ['an unknown country', { name: 'A', address: { country: 'XX' } }, 'address.country', 'invalid_country'],
      ['a 128-character name', { name: 'x'.repeat(128) }, 'name', 'too_long'],
      ['an unknown type', { name: 'A', type: 'PARTNER' }, 'type', 'invalid_choice'],
      [
        'an unreachable second contact',
        { name: 'A', contacts: [{ name: 'Mette Jensen', email: 'mette@example.dk' }, { name: 'Lars Nielsen' }] },
        'contacts[1].email',
        'unreachable',
      ],
    ];
    for (const [what, body, field, code] of cases) {
      it(`refuses ${what} with a violation on ${field}, creating nothing`, async () => {
        const before = backend.stats();
        const sent = await send(backend, 'POST', '/customers', { body });
        expect(sent.status).to.equal(400);
        expect(sent.body.code).to.equal('invalid_request');
        expect(fieldsOf(sent)[field]).to.equal(code);
        expect(sent.body.requestId).to.equal(sent.headers.get('X-Request-Id'));
        expect(backend.stats()).to.deep.equal(before);
      });
    }

    it('accepts a 127-character name and defaults the type to OTHER', async () => {
      const sent = await send(backend, 'POST', '/customers', { body: { name: 'ø'.repeat(127) } });
      expect(sent.status).to.equal(201);
      expect(sent.body.type).to.equal('OTHER');
    });

    it('names the body when it is not JSON, and the parameter when a query is bad', async () => {
      const bad = await send(backend, 'POST', '/customers', { body: '{"name":' });
      expect(fieldsOf(bad)).to.deep.equal({ '(body)': 'invalid' });
      const query = await get(backend, '/customers?limit=0&type=DEALER,FOO&sort=nope');
      expect(query.status).to.equal(400);
      expect(Object.keys(fieldsOf(query))).to.have.members(['limit', 'type[1]', 'sort']);
      expect(fieldsOf(await get(backend, '/equipment?limit=ten'))).to.deep.equal({ limit: 'invalid' });
    });

    it('refuses a body over 1 MiB with 413', async () => {
      const sent = await send(backend, 'POST', '/customers', { body: { name: 'A', note: 'x'.repeat(1_100_000) } });
      expect(sent.status).to.equal(413);
      expect(sent.body.code).to.equal('payload_too_large');
    });

    it('checks a contact patch against the merged contact', async () => {
      const customer = backend.addCustomer({ contacts: [{ name: 'Søren Kjær', email: 'soren@example.dk' }] });
      const [contact] = backend.listContacts(customer.id);
      const sent = await send(backend, 'PATCH', `/customers/${customer.id}/contacts/${contact!.id}`, {
        body: { email: null },
      });
      expect(sent.status).to.equal(400);
      expect(fieldsOf(sent)).to.deep.equal({ email: 'unreachable' });
    });
  });

  describe('authentication and roles', () => {
    it('answers 401 without a valid dev token', async () => {
      expect((await get(backend, '/customers', null)).status).to.equal(401);
      const wrong = await send(backend, 'GET', '/me', { role: null, headers: { Authorization: 'Bearer abc' } });
      expect(wrong.status).to.equal(401);
      expect(wrong.body.code).to.equal('unauthenticated');
    });

    for (const [role, manages] of [
      ['admin', true],
      ['fleet-admin', true],
      ['user', false],
      ['technician', false],
    ] as const) {
      it(`lets ${role} read${manages ? ' and write' : ', not write (403)'}`, async () => {
        const me = await get(backend, '/me', role);
        expect(me.body.role).to.equal(role);
        expect(me.body.permissions.manageCustomers).to.equal(manages);
        expect((await get(backend, '/customers', role)).status).to.equal(200);
        const created = await send(backend, 'POST', '/customers', { role, body: { name: 'Nordic Lift Rental A/S' } });
        expect(created.status).to.equal(manages ? 201 : 403);
        if (!manages) expect(created.body.code).to.equal('forbidden');
      });
    }
  });

  describe('paging', () => {
    it('sees each of 10,000 units exactly once at limit 1000', async () => {
      const big = createReferenceBackend({ seed: 9, customers: 20, equipment: 10_000 });
      for (const sort of ['name', '-brand']) {
        const seen = new Set<string>();
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query: string = `/equipment?limit=1000&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`;
          const page = await get(big, query);
          expect(page.status).to.equal(200);
          expect(page.body.total).to.equal(10_000);
          for (const unit of page.body.items) seen.add(unit.id);
          cursor = page.body.nextCursor;
          pages++;
        } while (cursor);
        expect(seen.size).to.equal(10_000);
        expect(pages).to.equal(10);
      }
    });

    it('keeps its place when units are inserted mid-way', async () => {
      const before = new Set(backend.listEquipment().map((unit) => unit.id));
      const first = await get(backend, '/equipment?limit=50');
      const ids: string[] = first.body.items.map((unit: { id: string }) => unit.id);
      // One unit sorts before the cursor, one after: neither may shift the next page.
      backend.addEquipment({ name: '000 First in line' });
      const late = backend.addEquipment({ name: 'zzz Last in line' });
      let cursor = first.body.nextCursor;
      while (cursor) {
        const page = await get(backend, `/equipment?limit=50&cursor=${cursor}`);
        ids.push(...page.body.items.map((unit: { id: string }) => unit.id));
        cursor = page.body.nextCursor;
      }
      expect(new Set(ids).size).to.equal(ids.length);
      expect(ids.filter((id) => before.has(id)).length).to.equal(before.size);
      expect(ids).to.include(late.id);
    });

    it('jumps to a far page by offset, and refuses an offset with a cursor or below 0', async () => {
      const backend = createReferenceBackend({ seed: 9, customers: 40, equipment: 10 });
      const whole = await get(backend, '/customers?limit=25&sort=name');
      const far = await get(backend, '/customers?limit=5&offset=10&sort=name');
      expect(far.status).to.equal(200);
      const ids = (page: typeof whole) => page.body.items.map((customer: { id: string }) => customer.id);
      expect(ids(far)).to.deep.equal(ids(whole).slice(10, 15));
      const next = await get(backend, `/customers?limit=5&sort=name&cursor=${far.body.nextCursor}`);
      const after = await get(backend, '/customers?limit=5&offset=15&sort=name');
      expect(ids(next)).to.deep.equal(ids(after));
      const past = await get(backend, `/customers?offset=${whole.body.total}`);
      expect([past.body.items.length, past.body.nextCursor]).to.deep.equal([0, null]);
      const both = await get(backend, `/customers?limit=5&offset=5&cursor=${whole.body.nextCursor}`);
      expect([both.status, fieldsOf(both)]).to.deep.equal([400, { offset: 'invalid' }]);
      const negative = await get(backend, '/customers?offset=-1');
      expect(negative.status).to.equal(400);
      expect(Object.keys(fieldsOf(negative))).to.deep.equal(['offset']);
    });

    it('refuses a cursor used with another query', async () => {
      const page = await get(backend, '/equipment?limit=5&sort=name');
      const other = await get(backend, `/equipment?limit=5&sort=brand&cursor=${page.body.nextCursor}`);
      expect(other.status).to.equal(400);
      expect(fieldsOf(other)).to.deep.equal({ cursor: 'invalid' });
      expect((await get(backend, '/equipment?cursor=garbage')).status).to.equal(400);
    });

    it('searches case- and accent-insensitively', async () => {
      const customer = backend.addCustomer({ name: 'Bauunternehmung Krüger GmbH' });
      const found = await get(backend, '/customers?search=KRUGER');
      expect(found.body.items.map((c: { id: string }) => c.id)).to.include(customer.id);
      const withContact = backend.addCustomer({ contacts: [{ name: 'Søren Østergaard', phone: '+4512345678' }] });
      const contacts = await get(backend, `/customers/${withContact.id}/contacts?search=SOREN%20OSTER`);
      expect(contacts.body.items.map((c: { name: string }) => c.name)).to.deep.equal(['Søren Østergaard']);
      const byPhone = await get(backend, `/customers/${withContact.id}/contacts?search=%2B45%2012%2034`);
      expect(byPhone.body.total).to.equal(1);
    });
  });

  describe('customers', () => {
    it('lists, sorts and searches what create, rename, contacts and delete left, in order both ways', async () => {
      const names = async (query: string): Promise<string[]> =>
        (await get(backend, `/customers?limit=100&${query}`)).body.items.map((c: { name: string }) => c.name);
      const created = (await send(backend, 'POST', '/customers', { body: { name: 'AAA Zzyzx ApS' } })).body;
      expect((await names('sort=name'))[0]).to.equal('AAA Zzyzx ApS');
      expect(await names('search=zzyzx')).to.deep.equal(['AAA Zzyzx ApS']);
      const renamed = await send(backend, 'PATCH', `/customers/${created.id}`, {
        body: { name: 'Zzz Qqqx GmbH' },
        headers: { 'If-Match': `"v${created.version}"` },
      });
      expect(renamed.status).to.equal(200);
      expect(await names('search=zzyzx')).to.deep.equal([]);
      expect(await names('search=qqqx')).to.deep.equal(['Zzz Qqqx GmbH']);
      expect((await names('sort=-name'))[0]).to.equal('Zzz Qqqx GmbH');
      expect((await names('sort=-updatedAt'))[0]).to.equal('Zzz Qqqx GmbH');
      const all = (await get(backend, '/customers?limit=100&sort=contactCount')).body.items;
      const counts = all.map((c: { contactCount: number }) => c.contactCount);
      expect(counts).to.deep.equal([...counts].sort((a, b) => a - b));
      for (let i = 0; i < 25; i++) {
        const contact = await send(backend, 'POST', `/customers/${created.id}/contacts`, {
          body: { name: `Contact ${i}`, email: `c${i}@b.dk` },
        });
        expect(contact.status).to.equal(201);
      }
      const top = (await get(backend, '/customers?limit=1&sort=-contactCount')).body.items[0];
      expect([top.id, top.contactCount]).to.deep.equal([created.id, 25]);
      const current = (await get(backend, `/customers/${created.id}`)).body;
      await send(backend, 'DELETE', `/customers/${created.id}`, { headers: { 'If-Match': `"v${current.version}"` } });
      expect(await names('search=qqqx')).to.deep.equal([]);
      expect(await names('sort=-name')).to.not.include('Zzz Qqqx GmbH');
      expect((await get(backend, '/customers')).body.total).to.equal(12);
    });

    it('cascades a delete to contacts and assignments', async () => {
      const customer = backend.addCustomer({ contacts: 3, equipment: 5 });
      const units = backend.listEquipment({ customerId: customer.id }).map((unit) => unit.id);
      expect(units).to.have.length(5);
      expect((await send(backend, 'DELETE', `/customers/${customer.id}`)).status).to.equal(204);
      expect((await get(backend, `/customers/${customer.id}`)).status).to.equal(404);
      expect(backend.listContacts(customer.id)).to.deep.equal([]);
      const after = backend.listEquipment().filter((unit) => units.includes(unit.id));
      expect(after.every((unit) => unit.customer === null)).to.equal(true);
    });

    it('answers 412 with the current record for a stale If-Match, and accepts "v<version>"', async () => {
      const customer = backend.addCustomer();
      const read = await get(backend, `/customers/${customer.id}`);
      const etag = read.headers.get('ETag')!;
      expect(etag).to.match(/^"[0-9a-f]+"$/);
      const first = await send(backend, 'PATCH', `/customers/${customer.id}`, {
        body: { note: 'Gate code <1234> & ask for Ole' },
        headers: { 'If-Match': etag },
      });
      expect(first.status).to.equal(200);
      expect(first.body.version).to.equal(customer.version + 1);
      const stale = await send(backend, 'PATCH', `/customers/${customer.id}`, {
        body: { note: 'lost' },
        headers: { 'If-Match': etag },
      });
      expect(stale.status).to.equal(412);
      expect(stale.body.current.note).to.equal('Gate code <1234> & ask for Ole');
      expect(stale.headers.get('ETag')).to.equal(first.headers.get('ETag'));
      const byVersion = await send(backend, 'PATCH', `/customers/${customer.id}`, {
        body: { note: null },
        headers: { 'If-Match': `"v${first.body.version}"` },
      });
      expect(byVersion.status).to.equal(200);
      expect(byVersion.body).to.not.have.property('note');
    });

    it("guards contacts with If-Match by version, and hides another customer's contact", async () => {
      const customer = backend.addCustomer({ contacts: [{ name: 'Mette Jensen', email: 'mette@example.dk' }] });
      const other = backend.addCustomer();
      const [contact] = backend.listContacts(customer.id);
      const path = `/customers/${customer.id}/contacts/${contact!.id}`;
      const stale = await send(backend, 'PATCH', path, {
        body: { title: 'Site manager' },
        headers: { 'If-Match': '"v9"' },
      });
      expect(stale.status).to.equal(412);
      expect(stale.body.current).to.deep.equal(contact);
      const fresh = await send(backend, 'PATCH', path, {
        body: { title: 'Site manager' },
        headers: { 'If-Match': '"v1"' },
      });
      expect(fresh.body).to.include({ title: 'Site manager', version: 2 });
      expect(fresh.headers.get('ETag')).to.match(/^"[0-9a-f]+"$/);
      expect((await send(backend, 'DELETE', `/customers/${other.id}/contacts/${contact!.id}`)).status).to.equal(404);
    });

    it('keeps external references unique, ignoring case', async () => {
      backend.addCustomer({ externalReference: 'ERP-99001' });
      const clash = await send(backend, 'POST', '/customers', { body: { name: 'B', externalReference: 'erp-99001' } });
      expect(clash.status).to.equal(409);
      expect(fieldsOf(clash)).to.have.property('externalReference');
    });
  });

  describe('assignments', () => {
    it('refuses units of another customer with 409 and changes nothing, then moves them on request', async () => {
      const owner = backend.addCustomer({ name: 'Hansen & Søn Entreprenør ApS', equipment: 3 });
      const taker = backend.addCustomer({ equipment: 0 });
      const ids = backend.listEquipment({ customerId: owner.id }).map((unit) => unit.id);
      const free = backend.listEquipment({ customerId: null })[0]!.id;
      const refused = await send(backend, 'POST', `/customers/${taker.id}/equipment`, {
        body: { assign: [free, ...ids] },
      });
      expect(refused.status).to.equal(409);
      expect(refused.body.conflicts).to.deep.equal(
        ids.map((id) => ({ id, customer: { id: owner.id, name: 'Hansen & Søn Entreprenør ApS' } })),
      );
      expect(backend.getCustomer(taker.id)!.equipmentCount).to.equal(0);
      const moved = await send(backend, 'POST', `/customers/${taker.id}/equipment`, {
        body: { assign: [free, ...ids], move: true },
      });
      expect(moved.body).to.deep.equal({ assigned: 4, unassigned: 0, moved: 3, skipped: [] });
      expect(backend.getCustomer(owner.id)!.equipmentCount).to.equal(0);
      expect(backend.getCustomer(taker.id)!.equipmentCount).to.equal(4);
    });

    it('skips unknown, already assigned and not assigned ids, with reasons', async () => {
      const mine = backend.addCustomer({ equipment: 1 });
      const other = backend.addCustomer({ equipment: 1 });
      const [own] = backend.listEquipment({ customerId: mine.id });
      const [theirs] = backend.listEquipment({ customerId: other.id });
      const sent = await send(backend, 'POST', `/customers/${mine.id}/equipment`, {
        body: { assign: ['eq_nope', own!.id], unassign: [theirs!.id] },
      });
      expect(sent.status).to.equal(200);
      expect(sent.body.skipped).to.deep.equal([
        { id: theirs!.id, reason: 'not_assigned' },
        { id: 'eq_nope', reason: 'not_found' },
        { id: own!.id, reason: 'already_assigned' },
      ]);
      const customerUnits = await get(backend, `/customers/${mine.id}/equipment`);
      expect(customerUnits.body.items.map((u: { id: string }) => u.id)).to.deep.equal([own!.id]);
      expect(customerUnits.body.items[0].customer).to.deep.equal({ id: mine.id, name: mine.name });
    });

    it('filters the fleet by assignment', async () => {
      const customer = backend.addCustomer({ equipment: 2 });
      const none = await get(backend, '/equipment?assignment=none&limit=1000');
      expect(none.body.items.every((u: { customer: unknown }) => u.customer === null)).to.equal(true);
      const other = await get(backend, `/equipment?assignment=other&customerId=${customer.id}&limit=1000`);
      const owners = other.body.items.map((u: { customer: { id: string } }) => u.customer.id);
      expect(owners).to.not.include(customer.id);
      expect(none.body.total + other.body.total + 2).to.equal(backend.stats().equipment);
      const facets = await get(backend, '/equipment/facets');
      const brands = facets.body.brands.map((f: { value: string }) => f.value);
      expect(brands).to.deep.equal([...brands].sort());
    });
  });

  describe('idempotency', () => {
    it('replays a repeated POST instead of creating twice', async () => {
      const before = backend.stats().customers;
      const options = { body: { name: 'Van der Berg Verhuur B.V.' }, headers: { 'Idempotency-Key': 'key-1' } };
      const first = await send(backend, 'POST', '/customers', options);
      const again = await send(backend, 'POST', '/customers', options);
      expect(again.status).to.equal(201);
      expect(again.body).to.deep.equal(first.body);
      expect(backend.stats().customers).to.equal(before + 1);
      expect(backend.requests.map((r) => r.replayed ?? false)).to.deep.equal([false, true]);
      const reused = await send(backend, 'POST', '/customers', { ...options, body: { name: 'Another' } });
      expect(reused.status).to.equal(409);
      expect(reused.body.message).to.contain('different body');
    });
  });

  describe('faults', () => {
    it('forces a status a given number of times, then is spent', async () => {
      backend.setFaults([{ match: { method: 'GET', path: '/customers' }, status: 503, times: 1 }]);
      const failed = await get(backend, '/customers');
      expect(failed.status).to.equal(503);
      expect(failed.body.code).to.equal('unavailable');
      expect(backend.faults).to.deep.equal([]);
      expect((await get(backend, '/customers')).status).to.equal(200);
    });

    it('adds Retry-After to a 429', async () => {
      backend.setFaults([{ status: 429, retryAfter: 2 }]);
      const limited = await get(backend, '/me');
      expect(limited.status).to.equal(429);
      expect(limited.body.code).to.equal('rate_limited');
      expect(limited.headers.get('Retry-After')).to.equal('2');
    });

    it('performs the write when only the response is lost', async () => {
      const before = backend.stats().customers;
      backend.setFaults([{ match: { method: 'POST' }, loseResponse: true, times: 1 }]);
      let error: unknown;
      await send(backend, 'POST', '/customers', { body: { name: 'Lost' } }).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(TypeError);
      expect(backend.stats().customers).to.equal(before + 1);
      expect(backend.requests.at(-1)).to.include({ status: 201, failure: 'lost-response' });
    });

    it('rejects before handling on a network fault', async () => {
      const before = backend.stats().customers;
      backend.setFaults([{ network: true, match: { path: /\/customers$/ } }]);
      let error: unknown;
      await send(backend, 'POST', '/customers', { body: { name: 'Never' } }).catch((e: unknown) => (error = e));
      expect(error).to.be.instanceOf(TypeError);
      expect(backend.stats().customers).to.equal(before);
      expect((await get(backend, '/me')).status).to.equal(200);
    });

    it('spends a rule only on the requests it applied to', async () => {
      backend.setFaults([
        { network: true, times: 1 },
        { match: { method: 'POST' }, loseResponse: true, times: 1 },
      ]);
      const outcomes: string[] = [];
      for (let i = 0; i < 3; i++) {
        await send(backend, 'POST', '/customers', { body: { name: `Try ${i}` } }).then(
          (sent) => outcomes.push(String(sent.status)),
          () => outcomes.push('rejected'),
        );
      }
      expect(outcomes).to.deep.equal(['rejected', 'rejected', '201']);
      expect(backend.requests.map((r) => r.failure ?? r.status)).to.deep.equal(['network', 'lost-response', 201]);
    });

    it('rejects with AbortError when aborted during latency', async () => {
      const slow = createReferenceBackend({ customers: 1, equipment: 0, latency: 5_000 });
      const controller = new AbortController();
      // `send` runs synchronously up to the latency wait, so this abort lands during the 5 s of latency;
      // were the wait not abortable, the test would time out instead of rejecting.
      const pending = send(slow, 'GET', '/me', { signal: controller.signal });
      controller.abort();
      let error: unknown;
      await pending.catch((e: unknown) => (error = e));
      expect((error as DOMException).name).to.equal('AbortError');
      expect(slow.requests.map((r) => r.failure)).to.deep.equal(['aborted']);
    });
  });

  describe('list pages after writes', () => {
    it('answers a page with what the store holds after each write, though pages are cached', async () => {
      const first = (await get(backend, '/customers?limit=5')).body.items[0];
      const renamed = await send(backend, 'PATCH', `/customers/${first.id}`, { body: { name: 'Aaaa Renamed ApS' } });
      expect(renamed.status).to.equal(200);
      const afterRename = (await get(backend, '/customers?limit=5')).body.items[0];
      expect([afterRename.id, afterRename.name]).to.deep.equal([first.id, 'Aaaa Renamed ApS']);
      await send(backend, 'POST', `/customers/${first.id}/contacts`, { body: { name: 'Ny', phone: '+4512345678' } });
      const afterContact = (await get(backend, '/customers?limit=5')).body.items[0];
      expect(afterContact.contactCount).to.equal(first.contactCount + 1);
    });
  });

  describe('requests it cannot read correctly', () => {
    const post = (body: BodyInit, contentType: string | null) =>
      backend.fetch(`${BASE}/customers`, {
        method: 'POST',
        headers: { Authorization: 'Bearer dev:admin', ...(contentType ? { 'Content-Type': contentType } : {}) },
        body,
      });

    it('answers 415 unless the body is application/json in UTF-8, and stores nothing', async () => {
      const before = backend.stats().customers;
      const json = JSON.stringify({ name: 'København ApS' });
      const refused = await Promise.all(
        ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=iso-8859-1', null].map(
          async (type) => (await post(json, type)).status,
        ),
      );
      expect(refused).to.deep.equal([415, 415, 415, 415]);
      expect(backend.stats().customers).to.equal(before);
      const stored = await post(json, 'application/json; charset=utf-8');
      expect(stored.status).to.equal(201);
      expect((await stored.json()).name).to.equal('København ApS');
    });

    it('answers 400 for invalid UTF-8 instead of storing U+FFFD', async () => {
      const bytes = new Uint8Array([
        ...new TextEncoder().encode('{"name":"A'),
        0xff,
        ...new TextEncoder().encode('"}'),
      ]);
      const sent = await post(bytes, 'application/json');
      expect(sent.status).to.equal(400);
      expect((await sent.json()).violations[0]).to.include({
        field: '(body)',
        message: 'The body is not valid UTF-8.',
      });
    });

    it('answers 400 for a body nested deeper than 16 levels', async () => {
      const sent = await post(`{"name":${'['.repeat(17)}${']'.repeat(17)}}`, 'application/json');
      expect(sent.status).to.equal(400);
      expect((await sent.json()).violations[0].message).to.equal('The body nests deeper than 16 levels.');
    });

    it('refuses dot segments (400) instead of resolving them to another customer', async () => {
      const created = await send(backend, 'POST', '/customers', { body: { name: 'Keep Me ApS' } });
      for (const path of [`/customers/x/../${created.body.id}`, `/customers/x/%2e%2e/${created.body.id}`]) {
        expect((await send(backend, 'DELETE', path)).status, path).to.equal(400);
      }
      expect((await get(backend, `/customers/${created.body.id}`)).status).to.equal(200);
    });

    it('answers 405 with Allow for a method the API does not have', async () => {
      const sent = await send(backend, 'PUT', '/customers', { body: { name: 'A' } });
      expect(sent.status).to.equal(405);
      expect(sent.headers.get('Allow')).to.equal('GET, POST');
    });
  });

  describe('determinism', () => {
    it('gives the same data for the same seed, and other data for another', async () => {
      const page = async (seed: number) =>
        (await get(createReferenceBackend({ seed }), '/equipment?limit=20&sort=-lastSeenAt')).body;
      expect(await page(5)).to.deep.equal(await page(5));
      expect(await page(6)).to.not.deep.equal(await page(5));
      const customers = (await get(backend, '/customers?limit=50')).body;
      await send(backend, 'POST', '/customers', { body: { name: 'Temporary' } });
      backend.reset();
      expect((await get(backend, '/customers?limit=50')).body).to.deep.equal(customers);
    });
  });
});
