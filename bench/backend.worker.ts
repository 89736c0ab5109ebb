import { createReferenceBackend, type ReferenceBackend } from '../src/testing/index.js';

/**
 * The reference backend in a worker of its own, for benches over large data (see `worker-backend.ts`): a server's
 * records are not in the page's heap, so the page's garbage collections do not mark them.
 */
let backend: ReferenceBackend | undefined;

interface Call {
  id: number;
  setup?: Parameters<typeof createReferenceBackend>[0];
  addCustomer?: Parameters<ReferenceBackend['addCustomer']>[0];
  request?: { url: string; method: string; headers: [string, string][]; body?: string };
}

self.onmessage = async ({ data }: MessageEvent<Call>) => {
  const { id } = data;
  if (data.setup) {
    backend = createReferenceBackend(data.setup);
    self.postMessage({ id });
  } else if (data.addCustomer) {
    self.postMessage({ id, result: { id: backend!.addCustomer(data.addCustomer).id } });
  } else if (data.request) {
    const { url, method, headers, body } = data.request;
    const response = await backend!.fetch(new Request(url, { method, headers, ...(body ? { body } : {}) }));
    self.postMessage({ id, status: response.status, headers: [...response.headers], body: await response.text() });
  }
};
