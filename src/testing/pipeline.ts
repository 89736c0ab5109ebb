import { authenticate, requireManager } from './auth.js';
import { hash64 } from './hash.js';
import { ApiError, errorReply, invalid, type Reply } from './http.js';
import { isRememberable, type IdempotencyStore } from './idempotency.js';
import type { Lists } from './lists.js';
import { parseJson, readBody, type Incoming } from './request.js';
import { apiPath, type Router } from './router.js';
import type { Store } from './store.js';

export interface Handled {
  reply: Reply;
  /** The stored first answer to this Idempotency-Key was sent again. */
  replayed: boolean;
}

export interface PipelineParts {
  router: Router;
  idempotency: IdempotencyStore;
  /** The current store (it is replaced on `reset()`). */
  state: () => { store: Store; lists: Lists };
  now: () => Date;
}

/**
 * One request, in the order a real API checks it: route (404/405), token (401), role (403), body size (413),
 * idempotency replay, JSON (400), then the handler. Every failure becomes the contract's error body. Any
 * `/customer/v1` prefix is accepted, so a client whose base URL carries a path of its own still works.
 */
export function createPipeline(parts: PipelineParts) {
  return async function handle(request: Incoming, url: URL, method: string, requestId: string): Promise<Handled> {
    let scope: string | undefined;
    let bodyHash = '';
    const remember = (reply: Reply): void => {
      if (scope && isRememberable(reply.status)) {
        parts.idempotency.remember(scope, bodyHash, {
          ...reply,
          headers: { ...reply.headers, 'X-Request-Id': requestId },
        });
      }
    };

    try {
      const path = apiPath(url.pathname);
      const match = path === undefined ? ({ kind: 'not-found' } as const) : parts.router.match(method, path);
      if (match.kind === 'not-found') throw new ApiError(404, 'not_found', `No endpoint ${method} ${url.pathname}.`);
      if (match.kind === 'method-not-allowed') {
        throw new ApiError(405, 'invalid_request', `${method} is not allowed on ${url.pathname}.`, {
          headers: { Allow: match.allowed.join(', ') },
        });
      }
      const caller = authenticate(request.headers.get('Authorization'));
      if (method !== 'GET') requireManager(caller);

      let body: unknown;
      if (method === 'POST' || method === 'PATCH') {
        const text = await readBody(request);
        const key = method === 'POST' ? request.headers.get('Idempotency-Key') : null;
        if (key !== null) {
          if (key.length < 1 || key.length > 255) {
            throw invalid([{ field: 'Idempotency-Key', message: 'Use 1 to 255 characters.', code: 'invalid' }]);
          }
          // From here to `remember` nothing awaits: a concurrent duplicate cannot slip in between.
          const candidate = `${caller.token}\u0000${method}\u0000${url.pathname}\u0000${key}`;
          bodyHash = hash64(text);
          const first = parts.idempotency.lookup(candidate, bodyHash);
          if (first === 'mismatch') {
            throw new ApiError(
              409,
              'conflict',
              'This Idempotency-Key was already used with a different body; use a new key for a new request.',
            );
          }
          if (first) {
            return {
              reply: { ...first, headers: { ...first.headers, 'Idempotent-Replayed': 'true' } },
              replayed: true,
            };
          }
          scope = candidate;
        }
        body = parseJson(text);
      }

      const { store, lists } = parts.state();
      const reply = match.handler({
        store,
        lists,
        caller,
        params: match.params,
        query: url.searchParams,
        headers: request.headers,
        body,
        now: () => parts.now().toISOString(),
      });
      remember(reply);
      return { reply, replayed: false };
    } catch (error) {
      const reply = errorReply(asApiError(error), requestId);
      remember(reply);
      return { reply, replayed: false };
    }
  };
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new ApiError(500, 'internal', `The reference backend failed: ${detail}`);
}
