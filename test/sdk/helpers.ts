import { createCustomerClient, type CustomerClientOptions } from '../../src/index.js';
import { createReferenceBackend, type ReferenceBackendOptions } from '../../src/testing/index.js';

export const BASE_URL = 'https://fleet.test';

/** A fresh backend and a client on it, with retries fast enough for a test (1 ms first backoff). */
export function setup(
  backendOptions: ReferenceBackendOptions = {},
  clientOptions: Partial<CustomerClientOptions> = {},
) {
  const backend = createReferenceBackend({ seed: 7, ...backendOptions });
  const client = createCustomerClient({
    baseUrl: BASE_URL,
    auth: 'dev:admin',
    fetch: backend.fetch,
    retry: { backoff: 1 },
    ...clientOptions,
  });
  return { backend, client };
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
