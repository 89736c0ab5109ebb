/**
 * The bulk import over real HTTP with the built SDK: rows become customers once, a repeat of the same call
 * (same Idempotency-Key) is replayed, and a re-import by external reference updates instead of duplicating.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCustomerClient } from 'fleet-customers';

const baseUrl = process.env.FLEET_API_URL;
const admin = () => createCustomerClient({ baseUrl, auth: 'dev:admin', retry: { backoff: 1 } });

describe('bulk import over HTTP', { skip: baseUrl ? false : 'FLEET_API_URL is not set' }, () => {
  test('importMany creates, a repeat with the same key replays, a re-import updates', async () => {
    const client = admin();
    const tag = `node-import-${Date.now()}`;
    const rows = Array.from({ length: 5 }, (_, i) => ({ name: `Node Import ${i}`, externalReference: `${tag}-${i}` }));
    const first = await client.customers.importMany(rows, { batchSize: 2 });
    assert.equal(first.created, 5);
    const repeat = await client.customers.importMany(rows, { batchSize: 2, idempotencyKey: first.idempotencyKey });
    assert.deepEqual(
      repeat.results.map((row) => row.customer?.id),
      first.results.map((row) => row.customer?.id),
    );
    const changed = rows.map((row, i) => (i === 0 ? { ...row, note: 'changed' } : row));
    const again = await client.customers.importMany(changed);
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 1, 4]);
    const page = await client.customers.list({ search: tag, limit: 50 });
    assert.equal(page.total, 5);
  });

  test('the raw endpoint answers one result per row and 400 for more than 1,000 rows', async () => {
    const headers = { Authorization: 'Bearer dev:admin', 'Content-Type': 'application/json' };
    const url = `${baseUrl}/customer/v1/customers/bulk`;
    const ok = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ rows: [{ name: 'Raw Row' }, {}] }) });
    assert.equal(ok.status, 200);
    const body = await ok.json();
    assert.deepEqual(
      body.results.map((row) => row.status),
      ['created', 'failed'],
    );
    assert.equal(body.results[1].violations[0].field, 'name');
    const rows = Array.from({ length: 1001 }, () => ({ name: 'x' }));
    const tooMany = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ rows }) });
    assert.equal(tooMany.status, 400);
  });
});
