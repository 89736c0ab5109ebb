import type { ErrorCode, Violation } from '../schemas/error.js';

/** What a handler answers: plain data, turned into a `Response` once, so idempotent replays can rebuild it. */
export interface Reply {
  status: number;
  body?: unknown;
  /**
   * `body` as UTF-8 JSON, when it was serialised once for many identical answers (a cached page): a server then
   * writes the same bytes to every poller.
   */
  bytes?: Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
}

export interface ApiErrorExtra {
  violations?: Violation[];
  /** On 412: the record as it is now. */
  current?: unknown;
  conflicts?: { id: string; customer: { id: string; name: string } }[];
  headers?: Record<string, string>;
}

/** Thrown by handlers; the pipeline turns it into the contract's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: ApiErrorExtra = {},
  ) {
    super(message);
  }
}

export const invalid = (violations: Violation[], message = 'The request is invalid; see violations.'): ApiError =>
  new ApiError(400, 'invalid_request', message, { violations });

export const notFound = (what: string): ApiError => new ApiError(404, 'not_found', `${what} was not found.`);

/** The code that goes with a status, for injected faults and anything else that has only a status. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'invalid_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 412:
      return 'precondition_failed';
    case 413:
      return 'payload_too_large';
    case 429:
      return 'rate_limited';
    case 502:
    case 503:
    case 504:
      return 'unavailable';
    default:
      return status >= 500 ? 'internal' : 'invalid_request';
  }
}

export function errorReply(error: ApiError, requestId: string): Reply {
  const { violations, current, conflicts, headers } = error.extra;
  return {
    status: error.status,
    headers: { ...headers },
    body: {
      status: error.status,
      code: error.code,
      message: error.message,
      ...(violations ? { violations } : {}),
      requestId,
      ...(current === undefined ? {} : { current }),
      ...(conflicts ? { conflicts } : {}),
    },
  };
}

/** A reply as it goes on the wire: 204 and 304 carry no body; everything else is JSON, errors included. */
export function serialize(
  reply: Reply,
  requestId: string,
): { headers: Record<string, string>; body: string | Uint8Array<ArrayBuffer> | null } {
  const headers: Record<string, string> = { 'X-Request-Id': requestId, ...reply.headers };
  if (reply.status === 204 || reply.status === 304) return { headers, body: null };
  headers['Content-Type'] = 'application/json; charset=utf-8';
  return { headers, body: reply.bytes ?? JSON.stringify(reply.body ?? null) };
}

export function toResponse(reply: Reply, requestId: string): Response {
  const { headers, body } = serialize(reply, requestId);
  return new Response(body, { status: reply.status, headers });
}
