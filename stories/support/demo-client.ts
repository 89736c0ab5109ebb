import { createCustomerClient, type CustomerClient, type RetryOptions } from '../../src/index.js';
import { createReferenceBackend, type FaultRule, type ReferenceBackend } from '../../src/testing/index.js';

export type DemoRole = 'admin' | 'fleet-admin' | 'user' | 'technician';

export interface DemoOptions {
  /** Who is signed in (the token `dev:<role>`). Default `admin`. */
  role?: DemoRole;
  /** Same seed, same customers. Default 1. */
  seed?: number;
  customers?: number;
  /** Delay of every answer, in ms. */
  latency?: number | readonly [number, number];
  faults?: FaultRule[];
  /** The client's retries; stories of failures turn them off so the failure shows at once. */
  retry?: RetryOptions | number;
  timeout?: number;
}

export interface Demo {
  client: CustomerClient;
  backend: ReferenceBackend;
}

/**
 * A client wired to a fresh in-process reference backend: the whole API, seeded and stateful, no network.
 * What stories and tests use; a host app would pass its real `baseUrl` and token instead.
 */
export function demoClient(options: DemoOptions = {}): Demo {
  const backend = createReferenceBackend({
    seed: options.seed ?? 1,
    customers: options.customers ?? 40,
    equipment: 200,
    latency: options.latency ?? 0,
    faults: options.faults ?? [],
  });
  const client = createCustomerClient({
    baseUrl: 'https://fleet.example',
    auth: `dev:${options.role ?? 'admin'}`,
    fetch: backend.fetch,
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  });
  return { client, backend };
}
