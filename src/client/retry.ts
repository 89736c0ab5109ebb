import type { CustomerClientOptions } from './types.js';

/** Answers worth another attempt: the server or something in between was briefly unable, not the request wrong. */
const TRANSIENT = [408, 429, 500, 502, 503, 504];
/** Backoff never waits longer than this between attempts, however many retries were allowed. */
const BACKOFF_CAP = 10_000;

export interface RetryPolicy {
  limit: number;
  maxRetryAfter: number;
  backoff: number;
}

export function retryPolicy(retry: CustomerClientOptions['retry']): RetryPolicy {
  const options = typeof retry === 'number' ? { limit: retry } : (retry ?? {});
  return { limit: options.limit ?? 2, maxRetryAfter: options.maxRetryAfter ?? 60_000, backoff: options.backoff ?? 300 };
}

export const isTransient = (status: number): boolean => TRANSIENT.includes(status);

/**
 * How long to wait before retry number `retries + 1`, or undefined when the call must fail now: the server's
 * `Retry-After` when it sent one (a wait beyond `maxRetryAfter` fails at once, so a caller is not stuck for
 * minutes), otherwise exponential backoff with full jitter, so many clients failing together spread out.
 */
export function retryDelay(policy: RetryPolicy, retries: number, retryAfter: number | undefined): number | undefined {
  if (retries >= policy.limit) return undefined;
  if (retryAfter !== undefined) return retryAfter > policy.maxRetryAfter ? undefined : retryAfter;
  return Math.random() * Math.min(BACKOFF_CAP, policy.backoff * 2 ** retries);
}
