import { abortReason, sleep } from './abort.js';
import { Faults, injectedError, type FaultRule } from './faults.js';
import { Fixtures } from './fixtures.js';
import { errorReply, toResponse, type Reply } from './http.js';
import { IdempotencyStore } from './idempotency.js';
import { Lists } from './lists.js';
import { createPipeline } from './pipeline.js';
import { stream } from './random.js';
import { dotSegmentError, hasDotSegment, toRequest, type Incoming } from './request.js';
import { createRouter } from './routes/index.js';
import { seedStore } from './seed/seed.js';
import { seedHistory } from './history-seed.js';
import { Store } from './store.js';
import type { ReferenceBackend, ReferenceBackendOptions, RequestLogEntry } from './types.js';

const LOG_LIMIT = 10_000;

/** One exchange without `Request`/`Response` objects: what the Node server calls (`fetch` wraps it). */
export type Exchange = (request: Incoming, rawUrl: string | undefined) => Promise<{ reply: Reply; requestId: string }>;

/** Each backend's `Exchange`, kept off the public `ReferenceBackend` type. */
export const exchanges = new WeakMap<ReferenceBackend, Exchange>();

interface State {
  store: Store;
  lists: Lists;
  fixtures: Fixtures;
}

/**
 * The whole API in-process: a drop-in `fetch` over seeded, stateful data, with fault injection. Pure
 * standard APIs (Request, Response, URL, timers), so the same code serves tests in the browser and the Node
 * server behind `npm run api`. This file wires the parts and owns what happens around a request: faults,
 * latency, abort and the request log; `pipeline.ts` handles the request itself.
 */
export function createReferenceBackend(options: ReferenceBackendOptions = {}): ReferenceBackend {
  const seed = options.seed ?? 1;
  const customers = count(options.customers ?? 40, 'customers');
  const sizes = {
    customers,
    contacts: count(options.contacts ?? customers * 3, 'contacts'),
    equipment: count(options.equipment ?? 600, 'equipment'),
    assignedShare: share(options.assignedShare ?? 0.6),
  };
  const historyEvents = count(options.historyEvents ?? 0, 'historyEvents');
  const now = options.now ?? (() => new Date());
  const faults = new Faults(seed);
  const idempotency = new IdempotencyStore();
  const log: RequestLogEntry[] = [];
  let latencyRandom = stream(seed, 'latency');
  let requestCount = 0;
  let state = build();
  faults.set(options.faults ?? []);
  const handle = createPipeline({ router: createRouter(), idempotency, state: () => state, now });

  function build(): State {
    const store = new Store(stream(seed, 'ids'));
    const generator = seedStore(store, stream(seed, 'data'), sizes);
    seedHistory(store, stream(seed, 'history'), historyEvents);
    // Every sort order and the search text now (~120 ms at 100,000 units): no page request pays for them.
    store.equipmentIndex.buildAll();
    store.equipmentSearch.catchUp();
    // The same for customers: opening the list must not wait for a first sort of every customer.
    store.customerIndex.buildAll();
    store.customerSearch.catchUp();
    return { store, lists: new Lists(store), fixtures: new Fixtures(store, generator, now) };
  }

  function latency(): number {
    const { latency: option = 0 } = options;
    if (typeof option === 'number') return option;
    const [min, max] = option;
    return min + latencyRandom.next() * (max - min);
  }

  function record(entry: RequestLogEntry): void {
    log.push(entry);
    if (log.length > LOG_LIMIT + 1000) log.splice(0, log.length - LOG_LIMIT);
  }

  const exchange: Exchange = async (request, rawUrl) => {
    const { signal } = request;
    if (signal.aborted) throw abortReason(signal);
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const entry: RequestLogEntry = { method, path: url.pathname + url.search, status: 0 };
    const key = method === 'GET' ? null : request.headers.get('Idempotency-Key');
    if (key !== null) entry.idempotencyKey = key;
    const requestId = requestIdOf(request.headers.get('X-Request-Id'), ++requestCount);

    const plan = faults.plan(method, url.pathname, entry.path);
    const delay = latency() + plan.latency;
    try {
      if (delay > 0) await sleep(delay, signal);
    } catch (reason) {
      record({ ...entry, failure: 'aborted' });
      throw reason;
    }
    if (plan.network) {
      record({ ...entry, failure: 'network' });
      throw new TypeError('Failed to fetch');
    }

    let reply: Reply;
    if (plan.status !== undefined) {
      reply = errorReply(injectedError(plan.status, plan.retryAfter), requestId);
      entry.injected = true;
    } else if (rawUrl !== undefined && hasDotSegment(rawUrl)) {
      // `new URL` would resolve `/customers/x/../<id>` to `<id>`: the path as written is refused instead.
      reply = errorReply(dotSegmentError(), requestId);
    } else {
      const outcome = await handle(request, url, method, requestId);
      reply = outcome.reply;
      if (outcome.replayed) entry.replayed = true;
    }
    entry.status = reply.status;
    if (signal.aborted) {
      record({ ...entry, failure: 'aborted' });
      throw abortReason(signal);
    }
    if (plan.loseResponse) {
      record({ ...entry, failure: 'lost-response' });
      throw new TypeError('Failed to fetch');
    }
    record(entry);
    return { reply, requestId };
  };

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const { reply, requestId } = await exchange(toRequest(input, init), typeof input === 'string' ? input : undefined);
    return toResponse(reply, requestId);
  };

  const backend: ReferenceBackend = {
    fetch,
    reset() {
      state = build();
      faults.set([]);
      idempotency.clear();
      latencyRandom = stream(seed, 'latency');
      requestCount = 0;
      log.length = 0;
    },
    setFaults(rules: readonly FaultRule[]) {
      faults.set(rules);
    },
    get faults() {
      return faults.list();
    },
    get requests() {
      return log;
    },
    clearRequests() {
      log.length = 0;
    },
    addCustomer: (input) => state.fixtures.addCustomer(input),
    addEquipment: (input) => state.fixtures.addEquipment(input),
    getCustomer: (id) => state.fixtures.getCustomer(id),
    listContacts: (customerId) => state.fixtures.listContacts(customerId),
    listEquipment: (filter) => state.fixtures.listEquipment(filter),
    stats: () => state.fixtures.stats(),
  };
  exchanges.set(backend, exchange);
  return backend;
}

/** A caller's own request id is kept (for tracing across systems) when it looks like one. */
function requestIdOf(given: string | null, counter: number): string {
  if (given && /^[\w.:-]{1,128}$/.test(given)) return given;
  return `req_${counter.toString(36).padStart(6, '0')}`;
}

function count(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${value}.`);
  return value;
}

function share(value: number): number {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`assignedShare must be within 0..1, got ${value}.`);
  return value;
}
