import type { RetryOptions as KyRetryOptions } from 'ky';
import type { CustomerClientOptions } from './types.js';

/** Answers worth another attempt: the server or something in between was briefly unable, not the request wrong. */
const TRANSIENT = [408, 429, 500, 502, 503, 504];
/** Answers whose `Retry-After` (or rate-limit reset) is the wait. Never 413: a body too large stays too large. */
const WAIT_AS_TOLD = [429, 503];
/** Backoff never waits longer than this between attempts, however many retries were allowed. */
const BACKOFF_CAP = 10_000;
/** The headers ky reads for the wait, in its order: `Retry-After` first, then the rate-limit resets. */
const WAIT_HEADERS = [
  'retry-after',
  'ratelimit-reset',
  'x-ratelimit-retry-after',
  'x-ratelimit-reset',
  'x-rate-limit-reset',
];
/** A number at least this large (in ms) is an epoch time, not a delay, as ky reads it (`X-RateLimit-Reset`). */
const EPOCH = Date.UTC(2024, 0, 1);

export interface RetryPolicy {
  limit: number;
  maxRetryAfter: number;
  backoff: number;
}

export function retryPolicy(retry: CustomerClientOptions['retry']): RetryPolicy {
  const options = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return { limit: options.limit ?? 2, maxRetryAfter: options.maxRetryAfter ?? 60_000, backoff: options.backoff ?? 300 };
}

/**
 * The wait the server asked for, in ms, read as ky reads it: `Retry-After` (seconds or an HTTP date), else
 * `RateLimit-Reset`, `X-RateLimit-Retry-After`, `X-RateLimit-Reset`, `X-Rate-Limit-Reset` (seconds, or an epoch
 * time in seconds). Undefined when none is there or it cannot be read.
 */
export function retryAfterMs(headers: Headers): number | undefined {
  const value = WAIT_HEADERS.map((name) => headers.get(name)).find((found) => found !== null);
  if (!value) return undefined;
  let ms = Number(value) * 1000;
  if (Number.isNaN(ms)) ms = Date.parse(value) - Date.now();
  else if (ms >= EPOCH) ms -= Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** Whether ky will wait as the server said (rather than back off) after this status. */
export const waitsAsTold = (status: number): boolean => WAIT_AS_TOLD.includes(status);

/**
 * ky's retry options for one call. ky decides: which statuses, the method, `Retry-After` and the rate-limit
 * headers, exponential backoff (capped at 10 s) with full jitter, attempt timeouts. `shouldRetry` may only veto;
 * `jittered` learns each backoff wait ky chose, for the `beforeRetry` hook.
 */
export function kyRetry(
  policy: RetryPolicy,
  limit: number,
  method: string | undefined,
  shouldRetry: NonNullable<KyRetryOptions['shouldRetry']>,
  jittered: (ms: number) => void,
): KyRetryOptions {
  return {
    limit,
    methods: method ? [method.toLowerCase()] : [],
    statusCodes: TRANSIENT,
    afterStatusCodes: WAIT_AS_TOLD,
    maxRetryAfter: policy.maxRetryAfter,
    delay: (attempt) => Math.min(BACKOFF_CAP, policy.backoff * 2 ** (attempt - 1)),
    jitter: (ms) => {
      const wait = Math.random() * ms;
      jittered(wait);
      return wait;
    },
    retryOnTimeout: true,
    shouldRetry,
  };
}
