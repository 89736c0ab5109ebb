import { createCustomerClient } from '../src/index.js';
import { createReferenceBackend } from '../src/testing/index.js';

/**
 * SDK overhead for one page of 1,000 equipment units: `client.equipment.list({ limit: 1000 })` (URL, token,
 * timeouts, retry bookkeeping, schema validation of every unit) against the same request made with the
 * backend's `fetch` and `res.json()`. Both talk to the same in-process backend, so its own cost is in both.
 * Samples alternate (a, b, b, a, ...) so drift and GC hit both sides alike; medians, not means.
 */
const BASE_URL = 'https://fleet.bench';
const CALLS_PER_SAMPLE = 5;
const WARMUP = 20;
const SAMPLES = 40;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function run(): Promise<{ name: string; rawMs: number; sdkMs: number; ratio: number }> {
  const backend = createReferenceBackend({ seed: 1, equipment: 5_000 });
  const client = createCustomerClient({ baseUrl: BASE_URL, auth: 'dev:admin', fetch: backend.fetch });

  const raw = async () => {
    const res = await backend.fetch(`${BASE_URL}/customer/v1/equipment?limit=1000`, {
      headers: { accept: 'application/json', authorization: 'Bearer dev:admin' },
    });
    const page = (await res.json()) as { items: unknown[] };
    if (page.items.length !== 1000) throw new Error(`raw: expected 1000 units, got ${page.items.length}`);
  };
  const sdk = async () => {
    const page = await client.equipment.list({ limit: 1000 });
    if (page.items.length !== 1000) throw new Error(`sdk: expected 1000 units, got ${page.items.length}`);
  };
  const sample = async (call: () => Promise<void>) => {
    const start = performance.now();
    for (let i = 0; i < CALLS_PER_SAMPLE; i++) await call();
    return (performance.now() - start) / CALLS_PER_SAMPLE;
  };

  for (let i = 0; i < WARMUP; i++) {
    await raw();
    await sdk();
  }
  const rawTimes: number[] = [];
  const sdkTimes: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    if (i % 2) {
      rawTimes.push(await sample(raw));
      sdkTimes.push(await sample(sdk));
    } else {
      sdkTimes.push(await sample(sdk));
      rawTimes.push(await sample(raw));
    }
  }
  const rawMs = median(rawTimes);
  const sdkMs = median(sdkTimes);
  return {
    name: 'equipment.list({ limit: 1000 }) vs fetch + res.json()',
    rawMs: Number(rawMs.toFixed(3)),
    sdkMs: Number(sdkMs.toFixed(3)),
    ratio: Number((sdkMs / rawMs).toFixed(3)),
  };
}
