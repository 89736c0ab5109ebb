import ky, { HTTPError, TimeoutError as KyTimeoutError } from 'ky';
import type { ZodMiniType } from 'zod/mini';
import {
  AbortError,
  AuthenticationError,
  CustomerApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
} from '../errors.js';
import { parseResponse } from './compiled-check.js';
import { explain, errorFromResponse } from './errors-from-response.js';
import { newIdempotencyKey } from './idempotency.js';
import { kyRetry, retryAfterMs, retryPolicy, waitsAsTold } from './retry.js';
import { scrubbedCause, scrubText } from './scrub.js';
import type { CustomerClientOptions, IfMatch, RequestInfo } from './types.js';

/** One API call as the resource modules describe it; everything HTTP happens in `createHttp`. */
export interface HttpRequest<T> {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Below `/customer/v1`, with ids already encoded. */
  path: string;
  /** Arrays are sent comma-separated; undefined, null and empty arrays are left out. */
  query?: object;
  body?: unknown;
  ifMatch?: IfMatch;
  /** Writes only; a fresh one per call when absent. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Validates a 2xx body; without one the body is ignored (204s). */
  schema?: ZodMiniType<T>;
  /** Parses the `current` record of a 412. */
  current?: ZodMiniType;
  /** Set to true when some attempt may have been applied though its answer never arrived (see `batch.ts`). */
  track?: { uncertain: boolean };
}

export interface HttpResponse<T> {
  data: T;
  headers: Headers;
}

export type Http = <T>(request: HttpRequest<T>) => Promise<HttpResponse<T>>;

const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/]*/i;
/** Headers the SDK sets itself; a `beforeRequest` hook cannot replace them. */
const OWN_HEADERS = ['authorization', 'idempotency-key', 'if-match', 'content-type'];
/** Answers after which a write may or may not have happened: the server failed, or a gateway gave up on it. */
const UNSURE = [500, 502, 504];

export function queryString(query: object | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value == null || (Array.isArray(value) && !value.length)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Settles with `work`, or rejects with the signal's reason as soon as it aborts (even if `work` ignores it). */
function race<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** A hook's answer, or undefined when it threw: a host's bug in a hook must not fail a good call. */
async function hook<A, R>(fn: ((arg: A) => R) | undefined, arg: A): Promise<Awaited<R> | undefined> {
  try {
    return await fn?.(arg);
  } catch {
    return undefined;
  }
}

/**
 * The SDK's HTTP core, on ky. ky does the transport: retries (which statuses and methods, `Retry-After` and the
 * rate-limit headers, backoff with jitter), the per-attempt timeout, the abort signal. This layer adds what ky
 * does not know: the URL and query of the contract, the token (asked per attempt, outside the attempt timeout,
 * once more after a 401), one `Idempotency-Key` per write reused on every attempt, PATCH retried only with
 * If-Match, the total timeout, the error classes, token scrubbing, hooks, and response validation.
 */
export function createHttp(options: CustomerClientOptions): Http {
  const root = `${options.baseUrl.replace(/\/+$/, '')}/customer/v1`;
  const { auth, hooks = {} } = options;
  const timeout = typeof options.timeout === 'number' ? { attempt: options.timeout } : (options.timeout ?? {});
  const attemptMs = timeout.attempt ?? 10_000;
  const totalMs = timeout.total ?? 60_000;
  const policy = retryPolicy(options.retry);

  return async function send<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    const { method, signal, schema, track } = request;
    const url = root + request.path + queryString(request.query);
    const path = url.replace(ORIGIN, '');
    // Messages name the path without its query: a search term can be personal data.
    const where = `${method} ${path.split('?')[0]}`;
    const headers: Record<string, string> = { accept: 'application/json' };
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (request.ifMatch !== undefined) {
      headers['if-match'] = typeof request.ifMatch === 'number' ? `"v${request.ifMatch}"` : request.ifMatch;
    }
    // Every write carries a key, the same on each attempt (IETF Idempotency-Key draft): the server answers a
    // repeat with the first outcome, so a retry after a lost answer neither duplicates nor meets its own 412.
    const idempotencyKey = method === 'GET' ? undefined : (request.idempotencyKey ?? newIdempotencyKey());
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    // PATCH is retried only with If-Match: a server that ignores the key still cannot apply a repeat twice.
    const retried = method !== 'PATCH' || request.ifMatch !== undefined ? method : undefined;

    // The caller's abort and the total timeout end everything at once: the attempt, a backoff, a token fetch.
    const total = new AbortController();
    const totalTimer = setTimeout(() => total.abort(), totalMs);
    const ended = signal ? AbortSignal.any([signal, total.signal]) : total.signal;
    const stopped = (): CustomerApiError | undefined =>
      signal?.aborted
        ? new AbortError(explain('Aborted', where), { cause: signal.reason })
        : total.signal.aborted
          ? new TimeoutError(explain(`No answer within ${totalMs} ms`, where))
          : undefined;

    // Tokens seen by this call, scrubbed from anything the server or the fetch says before it reaches an error.
    const tokens: string[] = [];
    const scrub = (text: string) => scrubText(text, tokens);
    const getToken = async (): Promise<string> => {
      try {
        return typeof auth === 'string' ? auth : await auth();
      } catch (cause) {
        throw new AuthenticationError(explain('Could not get a token', where), { cause });
      }
    };

    let attempt = 0;
    let retries = 0;
    let backoff = 0;
    const info = (): RequestInfo => ({ method, path, attempt });
    // ky's errors hold the request (and its Authorization header): each is mapped once to one of ours.
    const mapped = new WeakMap<object, CustomerApiError>();
    const toApiError = async (error: unknown): Promise<CustomerApiError> => {
      if (error instanceof CustomerApiError) return error;
      const known = error && typeof error === 'object' ? mapped.get(error) : undefined;
      if (known) return known;
      let result: CustomerApiError;
      if (error instanceof HTTPError) {
        const { response } = error;
        const text = await response.text().catch(() => '');
        result = errorFromResponse(response.status, response.headers, text, where, scrub, request.current);
      } else if (error instanceof KyTimeoutError) {
        result = new TimeoutError(explain(`No answer within ${attemptMs} ms`, where));
      } else {
        result = new NetworkError(explain('Network error', where), { cause: scrubbedCause(error, scrub) });
      }
      if (error && typeof error === 'object') mapped.set(error, result);
      return result;
    };

    // Every attempt passes here: the caller's fetch is looked up per attempt (tests and polyfills may replace
    // the global), and what it answers is seen before ky decides on a retry.
    const fetcher = async (input: Request | URL | string, init?: RequestInit): Promise<Response> => {
      const started = Date.now();
      try {
        const response = await (options.fetch ?? globalThis.fetch)(input, init);
        if (UNSURE.includes(response.status) && track) track.uncertain = true;
        const requestId = response.headers.get('x-request-id');
        // Not awaited: a slow observer must not eat the attempt's time.
        void hook(hooks.afterResponse, {
          ...info(),
          status: response.status,
          durationMs: Date.now() - started,
          requestId: requestId ? scrub(requestId) : undefined,
        });
        return response;
      } catch (error) {
        if (track) track.uncertain = true;
        throw error;
      }
    };

    const once = (limit: number) =>
      ky(url, {
        method,
        headers,
        body,
        signal: ended,
        fetch: fetcher,
        timeout: attemptMs,
        retry: kyRetry(
          policy,
          limit,
          retried,
          async ({ error }) => {
            if (ended.aborted || error instanceof CustomerApiError) return false;
            if (error instanceof HTTPError && waitsAsTold(error.response.status)) {
              // A wait beyond maxRetryAfter fails at once rather than keeping the caller for minutes.
              const wait = retryAfterMs(error.response.headers);
              if (wait !== undefined && wait > policy.maxRetryAfter) return false;
            }
            const veto = await hook(hooks.shouldRetry, { ...info(), error: await toApiError(error) });
            return veto === false ? false : undefined;
          },
          (ms) => (backoff = ms),
        ),
        hooks: {
          // Outside ky's attempt timeout: a slow token provider does not eat the attempt's time.
          beforeRequest: [
            async (kyRequest) => {
              attempt++;
              const extra = new Headers();
              await race(ended, hook(hooks.beforeRequest, { ...info(), headers: extra }));
              extra.forEach((value, name) => {
                if (!OWN_HEADERS.includes(name)) kyRequest.headers.set(name, value);
              });
              const token = await race(ended, getToken());
              tokens.push(token);
              if (token) kyRequest.headers.set('authorization', `Bearer ${token}`);
              else kyRequest.headers.delete('authorization');
            },
          ],
          beforeRetry: [
            async ({ error }) => {
              retries++;
              const reason = await toApiError(error);
              const told = error instanceof HTTPError ? retryAfterMs(error.response.headers) : undefined;
              const waited =
                error instanceof HTTPError && waitsAsTold(error.response.status) && told !== undefined
                  ? Math.min(told, policy.maxRetryAfter)
                  : backoff;
              await hook(hooks.beforeRetry, { ...info(), error: reason, delayMs: waited });
            },
          ],
        },
      });

    const parse = (response: Response, text: string): T => {
      if (!schema) return undefined as T;
      const header = response.headers.get('x-request-id');
      const requestId = header ? scrub(header) : undefined;
      let field = '(body)';
      let problem = 'Not JSON.';
      try {
        const result = parseResponse(schema, JSON.parse(text));
        if (result.ok) return result.value;
        ({ field, message: problem } = result.violations[0]!);
      } catch {
        // not JSON: reported below
      }
      throw new ResponseValidationError(
        explain(`Unexpected response: ${scrub(field)}: ${scrub(problem)}`, where, requestId),
        { status: response.status, code: 'invalid_response', requestId, field: scrub(field) },
      );
    };

    const fail = async (error: CustomerApiError): Promise<never> => {
      if (idempotencyKey && error.idempotencyKey === undefined) error.idempotencyKey = idempotencyKey;
      const enriched = await hook(hooks.beforeError, { ...info(), error });
      throw enriched instanceof CustomerApiError ? enriched : error;
    };

    try {
      const early = stopped();
      if (early) return await fail(early);
      for (let refreshed = false; ;) {
        let response: Response;
        try {
          response = await once(Math.max(0, policy.limit - retries));
        } catch (error) {
          const stop = stopped();
          if (stop) return await fail(stop);
          const status = error instanceof HTTPError ? error.response.status : 0;
          if (status === 401 && typeof auth === 'function' && !refreshed) {
            // The token may have expired: ask the provider once more and repeat, outside the retry budget.
            refreshed = true;
            continue;
          }
          // A DELETE retried after a lost answer finds the record gone: the caller's goal, not a failure.
          if (status === 404 && method === 'DELETE' && retries > 0) {
            return { data: undefined as T, headers: (error as HTTPError).response.headers };
          }
          return await fail(await toApiError(error));
        }
        try {
          return { data: parse(response, await race(ended, response.text())), headers: response.headers };
        } catch (error) {
          return await fail(stopped() ?? (await toApiError(error)));
        }
      }
    } finally {
      clearTimeout(totalTimer);
    }
  };
}
