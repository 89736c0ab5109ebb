import { expect } from '@open-wc/testing';
import type { CustomerBulkRow, ImportProgress } from '../../src/index.js';
import { setup } from './helpers.js';

const rowsOf = (count: number, prefix = 'Bulk'): CustomerBulkRow[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `${prefix} Kunde ${i}`,
    externalReference: `${prefix}-${i}`,
    address: { city: 'Odense', country: 'DK' },
  }));

describe('SDK customers.importMany', () => {
  it('imports 2,500 rows in 3 batches with progress, each row created once', async () => {
    const { backend, client } = setup();
    const progress: ImportProgress[] = [];
    const result = await client.customers.importMany(rowsOf(2500), { onProgress: (p) => progress.push(p) });
    expect(result.created).to.equal(2500);
    expect(result.failed).to.equal(0);
    expect(result.results.every((row, i) => row.index === i && row.status === 'created')).to.equal(true);
    expect(progress.map((p) => p.done)).to.deep.equal([1000, 2000, 2500]);
    expect(backend.requests.filter((r) => r.path.endsWith('/customers/bulk'))).to.have.length(3);
    expect(backend.stats().customers).to.equal(40 + 2500);
  });

  it('a re-import with the same external references updates or leaves unchanged, never duplicates', async () => {
    const { backend, client } = setup();
    await client.customers.importMany(rowsOf(20));
    const again = rowsOf(20);
    again[3] = { ...again[3]!, phone: '+4512345678' };
    const result = await client.customers.importMany(again);
    expect(result.created).to.equal(0);
    expect(result.updated).to.equal(1);
    expect(result.unchanged).to.equal(19);
    const updated = result.results[3]!;
    expect(updated.status).to.equal('updated');
    if (updated.status !== 'updated') return;
    expect(updated.customer?.phone).to.equal('+4512345678');
    expect(updated.previous?.phone).to.equal(undefined);
    expect(updated.etag).to.be.a('string');
    expect(backend.stats().customers).to.equal(60);
  });

  it('a row with a customer id updates that customer; an unknown id fails the row', async () => {
    const { backend, client } = setup();
    const known = backend.addCustomer({ name: 'Id Match ApS' });
    const result = await client.customers.importMany([
      { id: known.id, name: 'Id Match ApS', note: 'from the file' },
      { id: 'cus_missing', name: 'Nobody' },
    ]);
    expect(result.results.map((row) => row.status)).to.deep.equal(['updated', 'failed']);
    expect(backend.getCustomer(known.id)?.note).to.equal('from the file');
    expect(backend.stats().customers).to.equal(41);
  });

  it('a bad row fails alone with violations at paths within the row', async () => {
    const { client } = setup();
    const rows = rowsOf(3);
    rows[1] = { name: 'Bad Email ApS', email: 'not-an-email', contacts: [{ name: 'Ole' }] };
    const result = await client.customers.importMany(rows);
    expect(result.created).to.equal(2);
    const failed = result.results[1]!;
    expect(failed.status).to.equal('failed');
    const fields = (failed as { violations?: { field: string }[] }).violations?.map((v) => v.field);
    expect(fields).to.include('email');
    expect(fields).to.include('contacts[0].email');
  });

  it('a lost answer is retried with the same key: the batch is created once', async () => {
    const { backend, client } = setup();
    backend.setFaults([{ match: { method: 'POST', path: '/customers/bulk' }, loseResponse: true, times: 1 }]);
    const result = await client.customers.importMany(rowsOf(10));
    expect(result.created).to.equal(10);
    expect(backend.stats().customers).to.equal(50);
    const bulk = backend.requests.filter((r) => r.path.endsWith('/customers/bulk'));
    expect(bulk).to.have.length(2);
    expect(bulk[0]!.idempotencyKey).to.equal(bulk[1]!.idempotencyKey);
    expect(bulk[1]!.replayed).to.equal(true);
  });

  it('a batch that keeps failing marks its rows failed and the other batches still land', async () => {
    const { backend, client } = setup({}, { retry: 0 });
    backend.setFaults([{ match: { method: 'POST', path: '/customers/bulk' }, status: 503, times: 1 }]);
    const result = await client.customers.importMany(rowsOf(30), { batchSize: 10 });
    expect(result.failed).to.equal(10);
    expect(result.created).to.equal(20);
    const first = result.results[0]!;
    expect(first.status).to.equal('failed');
    expect((first as { error?: { status: number } }).error?.status).to.equal(503);
    // Calling again with the same key re-sends only what failed; the landed batches are replayed, not re-created.
    const retry = await client.customers.importMany(rowsOf(30), {
      batchSize: 10,
      idempotencyKey: result.idempotencyKey,
    });
    expect(retry.created).to.equal(30);
    expect(backend.stats().customers).to.equal(70);
  });

  it('stops at an abort and leaves the rows not sent skipped', async () => {
    const { client } = setup();
    const controller = new AbortController();
    const result = await client.customers.importMany(rowsOf(30), {
      batchSize: 10,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.batch === 0) controller.abort();
      },
    });
    expect(result.aborted).to.equal(true);
    expect(result.created).to.equal(10);
    expect(result.skipped).to.equal(20);
    expect(result.results[25]!.status).to.equal('skipped');
  });

  it('match finds customers by external reference, normalised name and phone', async () => {
    const { backend, client } = setup();
    const a = backend.addCustomer({ name: 'Hansen Maskiner A/S', externalReference: 'ERP-1' });
    const b = backend.addCustomer({ name: 'Nord Udlejning', phone: '+4587654321' });
    const found = await client.customers.match({
      externalReferences: ['erp-1'],
      names: ['hansen  maskiner', 'Nobody'],
      phones: ['+45 87 65 43 21'],
    });
    const byId = new Map(found.map((item) => [item.customer.id, item.matchedBy]));
    expect(byId.get(a.id)).to.have.members(['externalReference', 'name']);
    expect(byId.get(b.id)).to.deep.equal(['phone']);
  });
});
