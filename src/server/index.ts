/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { BODY_LIMIT, createReferenceBackend, type ReferenceBackend } from '../testing/index.js';
import { PREFLIGHT_HEADERS } from './cors.js';
import { hasDotSegment } from '../testing/request.js';
import { apiPath } from '../testing/router.js';
import { createRouterMatcher } from '../testing/routes/index.js';
import { exchanges } from '../testing/backend.js';
import { serialize } from '../testing/http.js';
import {
  answerThenLinger,
  readBody,
  toFetchArguments,
  toIncoming,
  TOO_LARGE,
  writeError,
  writeReply,
  writeResponse,
} from './node-http.js';

/** Limits that keep one slow or hostile client from holding what others need (see `serverLimits`). */
export const SERVER_LIMITS = {
  /** The listen queue: Node's default of 511 overflowed under 1,000 clients connecting at once. */
  backlog: 4096,
  /** Beyond this many open connections, new ones are closed at once. */
  maxConnections: 4096,
  /** The whole request, body included, within 10 s: a body trickled slower than that is dropped (408). */
  requestTimeout: 10_000,
  /** The headers within 5 s (slowloris). */
  headersTimeout: 5_000,
  /** An idle keep-alive connection is closed after 5 s. */
  keepAliveTimeout: 5_000,
  /** How often Node checks the two timeouts above (its default of 30 s held slow bodies 30 s too long). */
  connectionsCheckingInterval: 1_000,
} as const;

/**
 * Requests wait in arrival order and are served `BATCH` per turn of the event loop. Served straight from
 * Node's read callbacks, a saturated server spent each turn on the connections it already had and accepted
 * new ones only between turns: in a 1,000-connection run about half were never accepted within 12 s, with
 * a bare node:http server doing 0.4 ms of work per request just the same. Batching returns to the poll
 * phase, where pending connections are accepted, after every `BATCH` requests.
 */
class FairQueue {
  static readonly BATCH = 16;
  private readonly waiting: [IncomingMessage, ServerResponse][] = [];
  private head = 0;
  private scheduled = false;

  constructor(private readonly serve: (request: IncomingMessage, response: ServerResponse) => void) {}

  push(request: IncomingMessage, response: ServerResponse): void {
    this.waiting.push([request, response]);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  }

  private readonly drain = (): void => {
    this.scheduled = false;
    for (let served = 0; served < FairQueue.BATCH && this.head < this.waiting.length; served++) {
      const [request, response] = this.waiting[this.head++] as [IncomingMessage, ServerResponse];
      // A client that gave up while waiting is not served.
      if (!request.socket.destroyed) this.serve(request, response);
    }
    if (this.head === this.waiting.length || this.head > 1024) {
      // Served entries are dropped, so the queue never holds more than what is still waiting (plus 1,024).
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
    if (this.waiting.length > 0) {
      this.scheduled = true;
      setImmediate(this.drain);
    }
  };
}

/** Methods `fetch` cannot even carry (so the backend never sees them): answered here with 405. */
const UNFETCHABLE = new Set(['TRACE', 'TRACK', 'CONNECT']);

export interface ReferenceServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the reference API is for this machine only. */
  host?: string;
  /** Default: a backend with the default seed and sizes. */
  backend?: ReferenceBackend;
  /** Called once per request, e.g. `GET /customer/v1/me 200 2ms`. */
  log?: (line: string) => void;
}

export interface ReferenceServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  backend: ReferenceBackend;
  /** Stops accepting, closes idle keep-alive sockets, and resolves once the server is closed. */
  close(): Promise<void>;
}

/** Serves a reference backend over HTTP, with CORS, on Node's own `http` module. */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const { port = 0, host = '127.0.0.1', log } = options;
  const backend = options.backend ?? createReferenceBackend();
  let origin = '';
  let closing = false;

  const { backlog, maxConnections, ...timeouts } = SERVER_LIMITS;
  const server = createServer(timeouts, (request, response) => queue.push(request, response));
  const queue = new FairQueue(handle);
  server.maxConnections = maxConnections;
  const allowedMethods = createRouterMatcher();
  // `Expect: 100-continue` with a too large body: refuse before the client starts sending it.
  server.on('checkContinue', (request: IncomingMessage, response: ServerResponse) => {
    if (Number(request.headers['content-length'] ?? 0) <= BODY_LIMIT) response.writeContinue();
    handle(request, response);
  });

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const started = performance.now();
    response.once('finish', () => {
      log?.(`${request.method} ${request.url} ${response.statusCode} ${Math.round(performance.now() - started)}ms`);
      // While closing, what was in flight is answered, and its keep-alive connection closed once idle.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
    serve(request, response).catch((error: unknown) => {
      // Never crash on one bad request: answer 500 if we still can, otherwise drop the connection.
      if (!response.headersSent) {
        const detail = error instanceof Error ? error.message : String(error);
        writeError(response, 500, 'internal', `The reference server failed: ${detail}`);
      } else {
        response.destroy();
      }
    });
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, PREFLIGHT_HEADERS);
      response.end();
      return;
    }
    const method = request.method ?? 'GET';
    if (UNFETCHABLE.has(method)) {
      const path = apiPath(new URL(request.url ?? '/', origin).pathname);
      writeError(response, 405, 'invalid_request', `${method} is not allowed on ${request.url}.`, {
        Allow: allowedMethods(path).join(', '),
      });
      return;
    }
    if (hasDotSegment(request.url ?? '/')) {
      // Refused before the body is read; the backend refuses the same for in-process callers.
      writeError(response, 400, 'invalid_request', 'The path contains a dot segment; it is refused, not resolved.');
      return;
    }
    // The answer goes out at once; the rest of the body is drained (bounded) so the client can read it.
    const tooLarge = () =>
      answerThenLinger(request, response, () =>
        writeError(response, 413, 'payload_too_large', `The body is larger than ${BODY_LIMIT} bytes (1 MiB).`, {
          Connection: 'close',
        }),
      );
    if (Number(request.headers['content-length'] ?? 0) > BODY_LIMIT) {
      tooLarge();
      return;
    }
    // Bodiless requests (most of them) skip reading; Node discards any body nobody reads.
    const hasBody =
      request.headers['content-length'] !== undefined || request.headers['transfer-encoding'] !== undefined;
    const body = hasBody ? await readBody(request, BODY_LIMIT) : undefined;
    if (body === TOO_LARGE) {
      tooLarge();
      return;
    }

    const signal = hangUpSignal(request.socket);
    try {
      const exchange = exchanges.get(backend);
      if (exchange) {
        const incoming = toIncoming(request, origin, body, signal);
        const { reply, requestId } = await exchange(incoming, incoming.url);
        writeReply(response, reply.status, serialize(reply, requestId));
      } else {
        await writeResponse(response, await backend.fetch(...toFetchArguments(request, origin, body, signal)));
      }
    } catch (error) {
      if (signal.aborted) return;
      // An injected network fault (or lost response) looks to the client like a dropped connection.
      if (error instanceof TypeError && error.message === 'Failed to fetch') {
        response.destroy();
        return;
      }
      throw error;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;

  return {
    url: origin,
    port: address.port,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
        // Requests still running (injected latency) get a moment to finish, then their sockets go too.
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      }),
  };
}

const hangUps = new WeakMap<Socket, AbortSignal>();
/**
 * Aborted when the client hangs up, so injected latency does not outlive it. One per connection, not per
 * request: a keep-alive connection carries thousands of requests, and an `AbortController` and a `close`
 * listener for each were ~5% of the list endpoint's CPU. Requests that already finished do not notice.
 */
function hangUpSignal(socket: Socket): AbortSignal {
  let signal = hangUps.get(socket);
  if (!signal) {
    const aborter = new AbortController();
    signal = aborter.signal;
    hangUps.set(socket, signal);
    socket.once('close', () => aborter.abort());
  }
  return signal;
}
