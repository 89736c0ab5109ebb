import {
  AuthenticationError,
  ConflictError,
  CustomerApiError,
  NetworkError,
  NotFoundError,
  PermissionError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
} from '../../src/errors.js';
import type { Strings } from './i18n/en.js';

export type ErrorKind =
  | 'network'
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'authentication'
  | 'permission'
  | 'not-found'
  | 'conflict'
  | 'stale'
  | 'validation'
  | 'unknown';

export interface DescribedError {
  kind: ErrorKind;
  /** A translated sentence for the user; never the token, never HTML. */
  message: string;
  /** Whether sending the same request again may succeed (offer Retry). */
  retryable: boolean;
  /** The server's request id, for support. */
  requestId?: string | undefined;
}

/** Sorts any error the SDK throws into what the user should read and whether Retry makes sense. */
export function describeError(error: unknown, t: Strings): DescribedError {
  const requestId = error instanceof CustomerApiError ? error.requestId : undefined;
  const result = (kind: ErrorKind, message: string, retryable: boolean): DescribedError => ({
    kind,
    message,
    retryable,
    requestId,
  });
  if (error instanceof TimeoutError) return result('timeout', t.errorTimeout, true);
  if (error instanceof NetworkError) return result('network', t.errorNetwork, true);
  if (error instanceof RateLimitError) return result('rate-limited', t.errorRateLimited(error.retryAfter), true);
  if (error instanceof ServerError) return result('server', t.errorServer, true);
  if (error instanceof AuthenticationError) return result('authentication', t.errorAuthentication, true);
  if (error instanceof PermissionError) return result('permission', t.noPermissionChange, false);
  if (error instanceof NotFoundError) return result('not-found', t.errorNotFound, false);
  if (error instanceof PreconditionFailedError) return result('stale', t.errorStale, false);
  if (error instanceof ConflictError) return result('conflict', t.errorConflict, false);
  if (error instanceof ValidationError) return result('validation', t.errorValidation, false);
  // A fetch that failed outside the SDK's error mapping (should not happen) is still worth a retry.
  if (error instanceof TypeError) return result('network', t.errorNetwork, true);
  return result('unknown', t.errorUnknown, true);
}
