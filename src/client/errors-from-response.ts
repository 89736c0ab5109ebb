import type { ZodMiniType } from 'zod/mini';
import {
  AuthenticationError,
  ConflictError,
  CustomerApiError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  type AssignmentConflict,
} from '../errors.js';
import type { Violation } from '../schemas/error.js';
import { validate } from '../schemas/violations.js';
import { retryAfterMs } from './retry.js';
import { scrubDeep } from './scrub.js';

/** The error codes of the contract, for answers whose body is not ours (a proxy's HTML page, an empty body). */
const CODES: Record<number, string> = {
  400: 'invalid_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  429: 'rate_limited',
  502: 'unavailable',
  503: 'unavailable',
  504: 'unavailable',
};

/** `Name is required (POST /customer/v1/customers, request req_123)`: never headers, so never the token. */
export const explain = (message: string, where: string, requestId?: string): string =>
  `${message} (${where}${requestId ? `, request ${requestId}` : ''})`;

interface ErrorBody {
  code?: unknown;
  message?: unknown;
  requestId?: unknown;
  violations?: unknown;
  current?: unknown;
  conflicts?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * Maps a non-2xx answer to its error class. The body is read leniently: whatever is missing or not JSON falls
 * back to what the status and headers say, so a gateway's own error page still maps by status. Everything
 * taken from the answer (body strings, `X-Request-Id`) is scrubbed of the token after parsing, so an echo in a
 * JSON escape is caught as well as a plain one.
 *
 * @param body the response text
 * @param scrub removes every echo of the token from one string
 * @param currentSchema parses a 412's `current` (the customer or contact schema)
 */
export function errorFromResponse(
  status: number,
  headers: Headers,
  body: string,
  where: string,
  scrub: (text: string) => string,
  currentSchema?: ZodMiniType,
): CustomerApiError {
  let data: ErrorBody = {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object') data = scrubDeep(parsed, scrub) as ErrorBody;
  } catch {
    // Not JSON: the status alone decides; the text itself never reaches the error.
  }
  const header = headers.get('x-request-id');
  const requestId = text(data.requestId) ?? (header ? scrub(header) : undefined);
  const message = explain(text(data.message) ?? `Request failed with status ${status}`, where, requestId);
  const init = {
    status,
    code: text(data.code) ?? CODES[status] ?? (status >= 500 ? 'internal' : 'unknown'),
    violations: list<Violation>(data.violations),
    requestId,
  };
  switch (status) {
    case 400:
      return new ValidationError(message, init);
    case 401:
      return new AuthenticationError(message, init);
    case 403:
      return new PermissionError(message, init);
    case 404:
      return new NotFoundError(message, init);
    case 408:
      return new TimeoutError(message, init);
    case 409:
      return new ConflictError(message, { ...init, conflicts: list<AssignmentConflict>(data.conflicts) });
    case 412: {
      // A `current` that does not match the schema is dropped rather than handed out untyped.
      const current = currentSchema && data.current !== undefined ? validate(currentSchema, data.current) : undefined;
      return new PreconditionFailedError(message, { ...init, current: current?.ok ? current.value : undefined });
    }
    case 413:
      return new PayloadTooLargeError(message, init);
    case 429: {
      const after = retryAfterMs(headers);
      return new RateLimitError(message, {
        ...init,
        retryAfter: after === undefined ? undefined : Math.ceil(after / 1000),
      });
    }
  }
  return status >= 500 ? new ServerError(message, init) : new CustomerApiError(message, init);
}
