/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Incoming } from '../testing/request.js';
import { CORS_HEADERS } from './cors.js';

/** Connection-level headers belong to this hop, not to the request the backend sees. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'host',
  'expect',
  'upgrade',
  'proxy-connection',
  'te',
  'trailer',
]);

export const TOO_LARGE = Symbol('too large');

/** Reads the body up to `limit` bytes; past it, stops reading at once and says so. */
export function readBody(request: IncomingMessage, limit: number): Promise<Buffer | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

/**
 * What the backend's `fetch` gets: the URL as the client wrote it (so a dot segment is seen and refused,
 * not resolved away by URL parsing) and the request's own headers, less this hop's.
 */
export function toFetchArguments(
  incoming: IncomingMessage,
  origin: string,
  body: Buffer | undefined,
  signal: AbortSignal,
): [string, RequestInit] {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = (incoming.method ?? 'GET').toUpperCase();
  const init: RequestInit = { method, headers, signal };
  if (body && body.length > 0 && method !== 'GET' && method !== 'HEAD') {
    init.body = new Uint8Array(body);
  }
  return [rawUrl(incoming, origin), init];
}

/** The URL as the client wrote it, so a dot segment is seen (and refused) rather than resolved. */
const rawUrl = (incoming: IncomingMessage, origin: string): string =>
  `${origin}${incoming.url?.startsWith('/') ? incoming.url : `/${incoming.url ?? ''}`}`;

/** The backend's view of a Node request, read straight from Node's own headers: no `Request` built. */
export function toIncoming(
  incoming: IncomingMessage,
  origin: string,
  body: Buffer | undefined,
  signal: AbortSignal,
): Incoming {
  const { headers } = incoming;
  return {
    method: (incoming.method ?? 'GET').toUpperCase(),
    url: rawUrl(incoming, origin),
    headers: {
      get(name) {
        const value = headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    signal,
    arrayBuffer: () => Promise.resolve(new Uint8Array(body ?? []).buffer),
  };
}

export function writeReply(
  target: ServerResponse,
  status: number,
  { headers, body }: { headers: Record<string, string>; body: string | Uint8Array | null },
): void {
  const out: Record<string, string> = { ...CORS_HEADERS, ...headers };
  if (body !== null)
    out['Content-Length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
  target.writeHead(status, out);
  target.end(body ?? undefined);
}

/** How much of a refused body is still read, and for how long, before the connection is dropped. */
export const LINGER_BYTES = 16 * 1024 * 1024;
export const LINGER_MS = 5_000;

/**
 * Answers, then closes the way nginx's lingering close does: the rest of the body is read and thrown away
 * (up to `LINGER_BYTES`, for at most `LINGER_MS`) before the socket closes. Closing at once, with unread
 * bytes, sends a TCP reset, and a client still uploading then loses the answer it had not read yet.
 */
export function answerThenLinger(request: IncomingMessage, response: ServerResponse, answer: () => void): void {
  const socket = request.socket;
  let read = 0;
  const drop = () => socket.destroy();
  const timer = setTimeout(drop, LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  // Node destroys a `Connection: close` socket as soon as the answer is written; end it instead (FIN) and
  // keep reading until the client has sent its body or hangs up.
  socket.destroySoon = () => {
    socket.end();
    return socket;
  };
  request.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read > LINGER_BYTES) drop();
  });
  // Once the whole body is in, the socket ends normally; the timer still drops a client that never closes.
  request.once('end', () => socket.end());
  request.resume();
  answer();
}

export async function writeResponse(target: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...CORS_HEADERS };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body =
    response.status === 204 || response.status === 304 ? undefined : Buffer.from(await response.arrayBuffer());
  if (body) headers['content-length'] = String(body.length);
  target.writeHead(response.status, headers);
  target.end(body);
}

/** A JSON error in the contract's shape, for what the adapter answers itself (413, 500). */
export function writeError(
  target: ServerResponse,
  status: number,
  code: string,
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  const requestId = `srv_${Date.now().toString(36)}`;
  const body = JSON.stringify({ status, code, message, requestId });
  target.writeHead(status, {
    ...CORS_HEADERS,
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'X-Request-Id': requestId,
  });
  target.end(body);
}
