import type { Caller } from './auth.js';
import type { Reply } from './http.js';
import type { Lists } from './lists.js';
import type { Incoming } from './request.js';
import type { Store } from './store.js';

export interface Context {
  store: Store;
  lists: Lists;
  caller: Caller;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  headers: Incoming['headers'];
  /** The parsed JSON body of a POST or PATCH. */
  body: unknown;
  /** The current time as an ISO string (from the `now` option). */
  now: () => string;
}

export type Handler = (context: Context) => Reply;

interface Route {
  method: string;
  segments: readonly string[];
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

/** The methods this API answers on some path; any other (TRACE, PUT, PROPFIND…) is a 405 on every path. */
export const API_METHODS: readonly string[] = ['GET', 'POST', 'PATCH', 'DELETE', 'OPTIONS'];

const BASE = /^(.*?)\/customer\/v1(\/.*)?$/;

/** The path within the API (any prefix before `/customer/v1` is accepted), or undefined outside it. */
export function apiPath(pathname: string): string | undefined {
  const base = BASE.exec(pathname);
  return base ? (base[2] ?? '/') : undefined;
}

/** Routes on path segments; `:name` captures one (percent-decoded) segment. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: split(pattern), handler });
    return this;
  }

  match(method: string, path: string): RouteMatch {
    const segments = split(path);
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = capture(route.segments, segments);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', handler: route.handler, params };
      allowed.push(route.method);
    }
    if (allowed.length) return { kind: 'method-not-allowed', allowed };
    return API_METHODS.includes(method)
      ? { kind: 'not-found' }
      : { kind: 'method-not-allowed', allowed: [...API_METHODS] };
  }
}

const split = (path: string): string[] => path.split('/').filter(Boolean);

function capture(pattern: readonly string[], segments: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const expected = pattern[i] as string;
    const actual = segments[i] as string;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return undefined;
      }
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}
