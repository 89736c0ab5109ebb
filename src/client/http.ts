import type { ZodMiniType } from 'zod/mini';
import {
  AbortError,
  AuthenticationError,
  CustomerApiError,
  NetworkError,
  ResponseValidationError,
  TimeoutError,
} from '../errors.js';
import { explain, errorFromResponse, retryAfterMs } from './errors-from-response.js';
import { parseResponse } from './fast-check.js';
import { newIdempotencyKey } from './idempotency.js';
import { isTransient, retryDelay, retryPolicy } from './retry.js';
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
  /** POST only; a fresh one per call when absent. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** Validates a 2xx body; without one the body is ignored (204s). */
  schema?: ZodMiniType<T>;
  /** Parses the `current` record of a 412. */
  current?: ZodMiniType;
}

export interface HttpResponse<T> {
  data: T;
  headers: Headers;
}

export type Http = <T>(request: HttpRequest<T>) => Promise<HttpResponse<T>>;

const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/]*/i;

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
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/** A wait that an abort ends at once, clearing its timer so a Node script can exit. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal.addEventListener('abort', stop, { once: true });
  });
}

/** Hooks observe; one that throws must not turn a good call into a failed one. */
function hook<A>(fn: ((arg: A) => void) | undefined, arg: A): void {
  try {
    fn?.(arg);
  } catch {
    // ignored on purpose
  }
}

/**
 * The one private HTTP core: URL and query, bearer token, idempotency key, per-attempt and total timeouts,
 * abort, retries with backoff and `Retry-After`, one token refresh on 401, error mapping and response
 * validation. Written on `fetch` directly: ky 2 alone is ~9 kB gzip, more than the SDK's 18 kB budget leaves.
 */
export function createHttp(options: CustomerClientOptions): Http {
  const root = `${options.baseUrl.replace(/\/+$/, '')}/customer/v1`;
  const { auth, hooks = {} } = options;
  const timeout = typeof options.timeout === 'number' ? { attempt: options.timeout } : (options.timeout ?? {});
  const attemptMs = timeout.attempt ?? 10_000;
  const totalMs = timeout.total ?? 60_000;
  const policy = retryPolicy(options.retry);

  return async function send<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
    const { method, signal, schema } = request;
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
    // Every POST carries a key, the same on each retry, so the server answers a repeat with the first result.
    if (method === 'POST') headers['idempotency-key'] = request.idempotencyKey ?? newIdempotencyKey();
    // PATCH is the one method a blind repeat could apply twice; with If-Match a repeat cannot: if the first
    // attempt was applied and only its answer lost, the repeat fails with a 412 whose `current` shows the change.
    const retriable = method !== 'PATCH' || request.ifMatch !== undefined;

    // One controller for the whole call: the caller's abort and the total timeout both end everything at once,
    // the attempt in flight as well as a backoff wait.
    const call = new AbortController();
    const end = () => call.abort();
    const totalTimer = setTimeout(end, totalMs);
    signal?.addEventListener('abort', end);
    const stopped = (): CustomerApiError | undefined =>
      signal?.aborted
        ? new AbortError(explain('Aborted', where), { cause: signal.reason })
        : call.signal.aborted
          ? new TimeoutError(explain(`No answer within ${totalMs} ms`, where))
          : undefined;

    // Tokens seen by this call, scrubbed from anything the server or the fetch says before it reaches an error.
    const tokens: string[] = [];
    const scrub = (text: string) =>
      tokens.reduce((out, token) => (token.length > 3 ? out.split(token).join('[token]') : out), text);
    const getToken = async (): Promise<string> => {
      try {
        return typeof auth === 'string' ? auth : await auth();
      } catch (cause) {
        throw new AuthenticationError(explain('Could not get a token', where), { cause });
      }
    };

    /** One attempt: its answer, or the error to maybe retry on (network, attempt timeout); throws the rest. */
    const exchange = async (info: RequestInfo): Promise<{ response: Response; text: string } | CustomerApiError> => {
      const lap = new AbortController();
      const cancel = () => lap.abort();
      const lapTimer = setTimeout(cancel, attemptMs);
      call.signal.addEventListener('abort', cancel);
      const started = Date.now();
      try {
        return await race(
          lap.signal,
          (async () => {
            const token = await getToken();
            tokens.push(token);
            hook(hooks.beforeRequest, info);
            // Resolved per call, not at import: tests and polyfills may replace the global later.
            const fetcher = options.fetch ?? globalThis.fetch;
            const response = await fetcher(url, {
              method,
              headers: token ? { ...headers, authorization: `Bearer ${token}` } : headers,
              body,
              signal: lap.signal,
            });
            const text = await response.text();
            hook(hooks.afterResponse, {
              ...info,
              status: response.status,
              durationMs: Date.now() - started,
              requestId: response.headers.get('x-request-id') ?? undefined,
            });
            return { response, text };
          })(),
        );
      } catch (cause) {
        const stop = stopped();
        if (stop) throw stop;
        if (cause instanceof CustomerApiError) throw cause;
        if (lap.signal.aborted) return new TimeoutError(explain(`No answer within ${attemptMs} ms`, where));
        const said = String((cause as Error | undefined)?.message ?? cause);
        return new NetworkError(explain('Network error', where), {
          cause: scrub(said) === said ? cause : new Error(scrub(said)),
        });
      } finally {
        clearTimeout(lapTimer);
        call.signal.removeEventListener('abort', cancel);
      }
    };

    const parse = (response: Response, text: string): T => {
      if (!schema) return undefined as T;
      const requestId = response.headers.get('x-request-id') ?? undefined;
      let json: unknown;
      let field = '(body)';
      let problem = 'Not JSON.';
      try {
        json = JSON.parse(text);
        const result = parseResponse(schema, json);
        if (result.ok) return result.value;
        ({ field, message: problem } = result.violations[0]!);
      } catch {
        // not JSON: reported below
      }
      throw new ResponseValidationError(explain(`Unexpected response: ${field}: ${problem}`, where, requestId), {
        status: response.status,
        code: 'invalid_response',
        requestId,
        field,
      });
    };

    try {
      for (let attempt = 1, retries = 0, refreshed = false; ; attempt++) {
        const stop = stopped();
        if (stop) throw stop;
        const info: RequestInfo = { method, path, attempt };
        const outcome = await exchange(info);
        let error: CustomerApiError;
        let wait: number | undefined;
        if (outcome instanceof CustomerApiError) {
          error = outcome;
          wait = retryDelay(policy, retries, undefined);
        } else {
          const { response, text } = outcome;
          const { status } = response;
          if (status === 401 && typeof auth === 'function' && !refreshed) {
            // The token may have expired: ask the provider once more and repeat, outside the retry budget.
            refreshed = true;
            continue;
          }
          // A DELETE retried after a lost answer finds the record gone: the caller's goal, not a failure.
          if (response.ok || (status === 404 && method === 'DELETE' && retries > 0)) {
            return { data: response.ok ? parse(response, text) : (undefined as T), headers: response.headers };
          }
          error = errorFromResponse(status, response.headers, scrub(text), where, request.current);
          wait = isTransient(status)
            ? retryDelay(policy, retries, retryAfterMs(response.headers.get('retry-after')))
            : undefined;
        }
        if (!retriable || wait === undefined) throw error;
        retries++;
        hook(hooks.beforeRetry, { ...info, error, delayMs: wait });
        await sleep(wait, call.signal).catch(() => {
          throw stopped();
        });
      }
    } finally {
      clearTimeout(totalTimer);
      signal?.removeEventListener('abort', end);
    }
  };
}
