/// <reference types="node" />
/**
 * `npm run api`: the reference API on http://127.0.0.1:4010, seeded with demo data.
 * Environment: PORT (0 = any free port), SEED, CUSTOMERS, EQUIPMENT, LATENCY (ms), LOG=1 (one line per
 * request on stderr). Stdout gets exactly one line, once listening, which scripts wait for.
 */
import { createReferenceBackend } from '../testing/index.js';
import { startReferenceServer } from './index.js';

function numberFromEnv(name: string, fallback: number | undefined): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    process.stderr.write(`${name} must be a whole number >= 0, got "${raw}".\n`);
    process.exit(1);
  }
  return value;
}

const port = numberFromEnv('PORT', 4010) ?? 4010;
const backend = createReferenceBackend({
  seed: numberFromEnv('SEED', undefined),
  customers: numberFromEnv('CUSTOMERS', undefined),
  equipment: numberFromEnv('EQUIPMENT', undefined),
  latency: numberFromEnv('LATENCY', undefined),
});

try {
  const server = await startReferenceServer({
    port,
    backend,
    log: process.env['LOG'] === '1' ? (line) => process.stderr.write(`${line}\n`) : undefined,
  });
  process.stdout.write(`fleet-customers reference API listening on ${server.url}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`Could not start the reference API on port ${port}: ${(error as Error).message}\n`);
  process.exit(1);
}
