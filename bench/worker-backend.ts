import type { createReferenceBackend, ReferenceBackend } from '../src/testing/index.js';

/**
 * The reference backend over 100,000 records weighs ~170 MB of heap. In the page, every major garbage collection
 * marks it (pauses of 150–190 ms measured on the 2-core bench machine), which a host's page, whose server holds
 * the records, never pays. Here it runs in a worker (`backend.worker.ts`, bundled by `run.mjs`); `fetch` posts
 * each request to it, so its query time is still in every figure, but on a thread of its own.
 */
export async function workerBackend(setup: Parameters<typeof createReferenceBackend>[0]) {
  const worker = new Worker('/backend.worker.js', { type: 'module' });
  let next = 0;
  const pending = new Map<number, (reply: Record<string, unknown>) => void>();
  worker.onmessage = ({ data }) => {
    pending.get(data.id)?.(data);
    pending.delete(data.id);
  };
  const call = (message: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const id = ++next;
      pending.set(id, resolve);
      worker.postMessage({ ...message, id });
    });
  await call({ setup });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
    const signal = request.signal;
    const reply = call({ request: { url: request.url, method: request.method, headers: [...request.headers], body } });
    const aborted = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    const {
      status,
      headers,
      body: text,
    } = (await Promise.race([reply, aborted])) as {
      status: number;
      headers: [string, string][];
      body: string;
    };
    return new Response(status === 204 || status === 304 ? null : text, { status, headers });
  };
  return {
    fetch,
    addCustomer: async (customer: Parameters<ReferenceBackend['addCustomer']>[0]) =>
      ((await call({ addCustomer: customer })).result as { id: string }).id,
    close: () => worker.terminate(),
  };
}
