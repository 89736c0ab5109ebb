import type { ApiErrorBody, Violation } from './schemas/error.js';
import type { AssignmentResult } from './schemas/assignment.js';

/**
 * Set on the error thrown by an assignment that was split into batches (more than `ASSIGNMENT_BATCH_MAX` ids)
 * and failed part-way, for every error class. Each batch is atomic and carries its own `Idempotency-Key`, so
 * every id is in exactly one of `applied`, `notApplied` and `unknown`.
 */
export interface AssignmentPartial {
  /** Ids of the batches that succeeded (including ids the server skipped). */
  applied: string[];
  /** Ids known not to be applied: the failed batch when every attempt of it was refused, and every later batch. */
  notApplied: string[];
  /**
   * Ids of the failed batch when an attempt of it may have been applied though no answer said so (no answer, a
   * timeout, an abort in flight, or a 500/502/504), even if a later attempt was refused (e.g. lost, then 503).
   */
  unknown: string[];
  /** `notApplied` and `unknown` together, in input order: every id not known to be applied. */
  remaining: string[];
  /** The summed result of the batches that succeeded. */
  result: AssignmentResult;
}

export interface CustomerApiErrorInit {
  status?: number;
  code?: string;
  violations?: Violation[];
  requestId?: string;
  cause?: unknown;
}

/**
 * The base of every error the SDK throws. `status` is 0 when no HTTP answer arrived. Messages never contain
 * the bearer token: they are built from the server's message and the request's method and path only.
 */
export class CustomerApiError extends Error {
  override name = 'CustomerApiError';
  readonly status: number;
  readonly code: string;
  readonly violations: Violation[];
  readonly requestId: string | undefined;
  /** Only on errors from `assignments.assign/unassign/move` that failed part-way: what was already applied. */
  partial?: AssignmentPartial;
  /**
   * The `Idempotency-Key` a failed write (POST, PATCH, DELETE) was sent with. Repeating the same write with it
   * (`create(input, { idempotencyKey: error.idempotencyKey })`) gets the first outcome if the server had applied
   * it, never a second record.
   */
  idempotencyKey?: string;

  constructor(message: string, init: CustomerApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status ?? 0;
    this.code = init.code ?? 'unknown';
    this.violations = init.violations ?? [];
    this.requestId = init.requestId;
  }
}

/** 400: the request broke a rule; `violations` names each bad field (`name`, `address.country`, `contacts[0].email`). */
export class ValidationError extends CustomerApiError {
  override name = 'ValidationError';
  /** The violations of one field, if any. */
  violationsFor(field: string): Violation[] {
    return this.violations.filter((violation) => violation.field === field);
  }
}

/** 401: the token is missing, expired or wrong, even after one refresh. */
export class AuthenticationError extends CustomerApiError {
  override name = 'AuthenticationError';
}

/** 403: the user may read but not change customers (only `admin` and `fleet-admin` may). */
export class PermissionError extends CustomerApiError {
  override name = 'PermissionError';
}

/** 404: the customer, contact or unit does not exist (any more). */
export class NotFoundError extends CustomerApiError {
  override name = 'NotFoundError';
}

export interface AssignmentConflict {
  id: string;
  customer: { id: string; name: string };
}

/** 409: a duplicate external reference, or units that belong to another customer (see `conflicts`). */
export class ConflictError extends CustomerApiError {
  override name = 'ConflictError';
  readonly conflicts: AssignmentConflict[];
  constructor(message: string, init: CustomerApiErrorInit & { conflicts?: AssignmentConflict[] } = {}) {
    super(message, init);
    this.conflicts = init.conflicts ?? [];
  }
}

/** 412: someone changed the record since it was read; `current` is the server's version now. */
export class PreconditionFailedError<T = unknown> extends CustomerApiError {
  override name = 'PreconditionFailedError';
  readonly current: T | undefined;
  constructor(message: string, init: CustomerApiErrorInit & { current?: T } = {}) {
    super(message, init);
    this.current = init.current;
  }
}

/** 413: the request body is larger than the server accepts. */
export class PayloadTooLargeError extends CustomerApiError {
  override name = 'PayloadTooLargeError';
}

/** 429, after the retries ran out; `retryAfter` is in seconds when the server said. */
export class RateLimitError extends CustomerApiError {
  override name = 'RateLimitError';
  readonly retryAfter: number | undefined;
  constructor(message: string, init: CustomerApiErrorInit & { retryAfter?: number } = {}) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}

/** 5xx, after the retries ran out. */
export class ServerError extends CustomerApiError {
  override name = 'ServerError';
}

/** No answer: offline, DNS, CORS, connection reset. `status` is 0. */
export class NetworkError extends CustomerApiError {
  override name = 'NetworkError';
}

/** An attempt or the whole call took longer than its timeout. */
export class TimeoutError extends CustomerApiError {
  override name = 'TimeoutError';
}

/** The caller's `signal` aborted the call; no retry follows. */
export class AbortError extends CustomerApiError {
  override name = 'AbortError';
}

/** The server answered 2xx with a body that does not match the contract; `field` names the first bad one. */
export class ResponseValidationError extends CustomerApiError {
  override name = 'ResponseValidationError';
  readonly field: string;
  constructor(message: string, init: CustomerApiErrorInit & { field: string }) {
    super(message, init);
    this.field = init.field;
  }
}

export type { ApiErrorBody, Violation };
