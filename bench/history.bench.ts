import { createReferenceBackend } from '../src/testing/index.js';

/**
 * Assignment history at scale, in the in-process reference backend: 100,000 units, 200 customers and
 * 1,000,000 history events (the seed's assignments plus `historyEvents` random assigns, unassigns and moves).
 * Each figure is one request through `backend.fetch` and `res.json()` (routing, auth, validation, the query,
 * serialisation), median and p95 of 201 samples after 20 warm-up calls, each sample a different customer or
 * unit so no answer is served from a warm cache of the same key. Target: median ≤ 10 ms.
 */
const BASE_URL = 'https://fleet.bench';
const UNITS = 100_000;
const CUSTOMERS = 200;
const SAMPLES = 201;
const WARMUP = 20;
const HEADERS = { accept: 'application/json', authorization: 'Bearer dev:admin' };

const round = (value: number) => Math.round(value * 100) / 100;
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function run() {
  const seedStart = performance.now();
  const assigned = Math.round(UNITS * 0.6);
  // The seed records one event per assigned unit; the rest makes the million.
  const backend = createReferenceBackend({
    seed: 1,
    customers: CUSTOMERS,
    contacts: 0,
    equipment: UNITS,
    historyEvents: 1_000_000 - assigned,
  });
  const seedMs = performance.now() - seedStart;
  const get = async (path: string) => {
    const res = await backend.fetch(`${BASE_URL}/customer/v1${path}`, { headers: HEADERS });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { items: { id: string }[]; nextCursor: string | null; total: number };
  };
  const customers = (await get('/customers?limit=1000&sort=-equipmentCount')).items.map((c) => c.id);
  const units = (await get('/equipment?limit=1000')).items.map((u) => u.id);
  const biggest = customers[0]!;
  const events = (await get(`/customers/${biggest}/equipment/history?limit=1`)).total;

  // Deep pages: the cursor after 5 pages of 1,000 (the 5,001st event of a customer's history), found before timing.
  const deepCursors: string[] = [];
  for (const id of customers.slice(0, 5)) {
    let cursor: string | null = null;
    for (let page = 0; page < 5; page++) {
      const next: { nextCursor: string | null } = await get(
        `/customers/${id}/equipment/history?limit=1000${cursor ? `&cursor=${cursor}` : ''}`,
      );
      if (!next.nextCursor) break;
      cursor = next.nextCursor;
    }
    if (cursor) deepCursors.push(`/customers/${id}/equipment/history?cursor=${cursor}`);
  }

  const days = ['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-12-01'];
  const cases: { name: string; path: (i: number) => string }[] = [
    {
      name: 'customer history, first page',
      path: (i) => `/customers/${customers[i % customers.length]}/equipment/history`,
    },
    { name: 'customer history, biggest customer', path: () => `/customers/${biggest}/equipment/history` },
    { name: 'unit history, first page', path: (i) => `/equipment/${units[i % 1000]}/history` },
    { name: 'customer history, deep page (5,000 in)', path: (i) => deepCursors[i % deepCursors.length]! },
    {
      name: 'customer history of one unit',
      path: (i) => `/customers/${biggest}/equipment/history?unitId=${units[i % 1000]}`,
    },
    {
      name: 'at query (units held that day)',
      path: (i) => `/customers/${customers[i % customers.length]}/equipment?at=${days[i % days.length]}`,
    },
    {
      // A different instant every sample (20 min 34 s apart from 26 Oct), so no answer comes from the list cache.
      name: 'at query, biggest customer, at an instant',
      path: (i) =>
        `/customers/${biggest}/equipment?at=${new Date(Date.UTC(2026, 9, 26) + i * 1_234_567).toISOString()}`,
    },
  ];
  const rows = [];
  for (const { name, path } of cases) {
    for (let i = 0; i < WARMUP; i++) await get(path(i + 500));
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const start = performance.now();
      await get(path(i));
      times.push(performance.now() - start);
    }
    rows.push({ name, medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)) });
  }
  rows.push({
    name: `seed: ${UNITS} units, 1,000,000 events (biggest customer: ${events})`,
    medianMs: round(seedMs),
    p95Ms: NaN,
  });
  return rows;
}
