import { expect } from '@open-wc/testing';
import { CustomerApiError as CustomerApiErrorClass, type CustomerApiError } from '../../src/index.js';
import {
  AbortError,
  AuthenticationError,
  ConflictError,
  createCustomerClient,
  NetworkError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionError,
  PreconditionFailedError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  ValidationError,
  type CustomerClient,
} from '../../src/index.js';
import { BODY_LIMIT, createReferenceBackend } from '../../src/testing/index.js';
import { BASE_URL, rejectionOf } from './helpers.js';

const SECRET = 'secret-token-xyz';

/** Everything an app might log about an error: message, String(), JSON, stack, and its cause the same ways. */
function everythingSaidAbout(error: unknown): string {
  const parts: unknown[] = [];
  for (let current = error, depth = 0; current !== undefined && depth < 5; depth++) {
    const value = current as Error;
    parts.push(String(value), value?.message, value?.stack, JSON.stringify(value), JSON.stringify({ ...value }));
    current = value?.cause;
  }
  return parts.join('\n');
}

describe('SDK never leaks the token', () => {
  // The reference backend knows only dev:* tokens; this fetch lets the secret stand in for one, so every error
  // class below is produced while the client holds the secret.
  const backend = createReferenceBackend({ seed: 3, equipment: 50 });
  const hookArgs: unknown[] = [];
  const keep = (arg: unknown) => hookArgs.push(arg);
  const clientWith = (role: string, extra: { fetch?: typeof fetch; retry?: number; timeout?: number } = {}) => {
    const translating: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.headers.get('authorization') === `Bearer ${SECRET}`) {
        request.headers.set('authorization', `Bearer ${role}`);
      }
      return backend.fetch(request);
    };
    return createCustomerClient({
      baseUrl: BASE_URL,
      auth: () => SECRET,
      fetch: extra.fetch ?? translating,
      retry: { limit: extra.retry ?? 1, backoff: 1, maxRetryAfter: 100 },
      timeout: extra.timeout,
      hooks: { beforeRequest: keep, afterResponse: keep, beforeRetry: keep },
    });
  };

  const cases: Array<
    [string, new (...args: never[]) => CustomerApiError, (client: CustomerClient) => Promise<unknown>, string?]
  > = [
    ['ValidationError', ValidationError, (c) => c.customers.create({ name: '' })],
    ['AuthenticationError (401 twice)', AuthenticationError, (c) => c.me(), 'dev:nobody'],
    ['PermissionError', PermissionError, (c) => c.customers.create({ name: 'X' }), 'dev:user'],
    ['NotFoundError', NotFoundError, (c) => c.customers.get('cus_missing')],
    [
      'ConflictError',
      ConflictError,
      async (c) => {
        const owner = backend.addCustomer({ equipment: 1 });
        const unit = backend.listEquipment({ customerId: owner.id })[0]!;
        await c.assignments.assign(backend.addCustomer({}).id, [unit.id]);
      },
    ],
    [
      'PreconditionFailedError',
      PreconditionFailedError,
      (c) => c.customers.update(backend.addCustomer({}).id, { note: 'x' }, { ifMatch: 99 }),
    ],
    [
      'PayloadTooLargeError',
      PayloadTooLargeError,
      (c) => c.customers.create({ name: 'X', note: 'x'.repeat(BODY_LIMIT) }),
    ],
    [
      'RateLimitError',
      RateLimitError,
      (c) => {
        backend.setFaults([{ status: 429, retryAfter: 5, times: 1 }]);
        return c.me();
      },
    ],
    [
      'ServerError',
      ServerError,
      (c) => {
        backend.setFaults([{ status: 500, times: 2 }]);
        return c.me();
      },
    ],
    [
      'NetworkError',
      NetworkError,
      (c) => {
        backend.setFaults([{ network: true, times: 2 }]);
        return c.me();
      },
    ],
    [
      'AbortError',
      AbortError,
      (c) => {
        const controller = new AbortController();
        backend.setFaults([{ latency: 200, times: 1 }]);
        setTimeout(() => controller.abort(new Error('stop')), 10);
        return c.me({ signal: controller.signal });
      },
    ],
  ];

  for (const [name, type, call, role] of cases) {
    it(`${name}: not in message, String(), JSON, stack, cause, nor hooks`, async () => {
      hookArgs.length = 0;
      const error = await rejectionOf(call(clientWith(role ?? 'dev:admin')));
      backend.setFaults([]);
      expect(error).to.be.instanceOf(type);
      expect(everythingSaidAbout(error)).not.to.contain(SECRET);
      expect(JSON.stringify(hookArgs)).not.to.contain(SECRET);
      expect(hookArgs.length).to.be.greaterThan(0);
    });
  }

  it('TimeoutError: not in message, String(), JSON, stack, cause', async () => {
    backend.setFaults([{ latency: 200, times: 2 }]);
    const error = await rejectionOf(clientWith('dev:admin', { timeout: 20 }).me());
    backend.setFaults([]);
    expect(error).to.be.instanceOf(TimeoutError);
    expect(everythingSaidAbout(error)).not.to.contain(SECRET);
  });

  it('ResponseValidationError: not in message, String(), JSON, stack', async () => {
    const corrupt: typeof fetch = async () => new Response('{"id": 1}', { status: 200 });
    const error = await rejectionOf(clientWith('dev:admin', { fetch: corrupt }).me());
    expect(error).to.be.instanceOf(ResponseValidationError);
    expect(everythingSaidAbout(error)).not.to.contain(SECRET);
  });

  it('a server or fetch that echoes the token has it scrubbed from the error', async () => {
    const echoing: typeof fetch = async (input, init) => {
      const auth = new Request(input, init).headers.get('authorization')!;
      return new Response(JSON.stringify({ status: 400, code: 'invalid_request', message: `Bad header ${auth}` }), {
        status: 400,
      });
    };
    const error = await rejectionOf(clientWith('dev:admin', { fetch: echoing }).me());
    expect(error).to.be.instanceOf(ValidationError);
    expect((error as Error).message).to.contain('Bad header Bearer');
    expect(everythingSaidAbout(error)).not.to.contain(SECRET);

    const throwing: typeof fetch = async (input, init) => {
      throw new TypeError(`connect failed for ${new Request(input, init).headers.get('authorization')}`);
    };
    const network = await rejectionOf(clientWith('dev:admin', { fetch: throwing, retry: 0 }).me());
    expect(network).to.be.instanceOf(NetworkError);
    expect(everythingSaidAbout(network)).not.to.contain(SECRET);
  });

  describe('echoes a hostile server or fetch makes are scrubbed after parsing, headers included', () => {
    // A token with characters that JSON and URLs escape.
    const TOKEN = 'tok/Abc+Def=Ghi:Jkl9_8765';
    const client = (fetch: typeof globalThis.fetch, hooks = {}) =>
      createCustomerClient({ baseUrl: BASE_URL, auth: () => TOKEN, fetch, retry: 0, hooks });
    const lower = TOKEN.toLowerCase();
    const leaks = (text: string) =>
      [TOKEN, lower, TOKEN.toUpperCase(), encodeURIComponent(TOKEN).toLowerCase(), TOKEN.slice(0, 12), TOKEN.slice(-10)]
        .map((form) => form.toLowerCase())
        .filter((form) => text.toLowerCase().includes(form));
    const answering =
      (body: string, headers: Record<string, string> = {}): typeof globalThis.fetch =>
      async () =>
        new Response(body, { status: 400, headers: { 'content-type': 'application/json', ...headers } });
    const everyUnicode = [...TOKEN].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    const cases: Array<[string, typeof globalThis.fetch]> = [
      ['in X-Request-Id', answering('{"message":"no"}', { 'X-Request-Id': `req-${TOKEN}` })],
      ['JSON-escaped as \\u…', answering(`{"message":"Bad ${everyUnicode}","requestId":"r-${everyUnicode}"}`)],
      ['JSON-escaped as \\/', answering(`{"message":"Bad ${TOKEN.replace('/', '\\/')}"}`)],
      ['upper-cased', answering(JSON.stringify({ message: `BAD BEARER ${TOKEN.toUpperCase()}` }))],
      ['URL-encoded', answering(JSON.stringify({ message: `see /x?t=${encodeURIComponent(TOKEN)}` }))],
      [
        'URL-encoded and upper-cased',
        answering(JSON.stringify({ message: `${encodeURIComponent(TOKEN).toUpperCase()}` })),
      ],
      ['in part', answering(JSON.stringify({ message: `Bad ${TOKEN.slice(0, 12)}… and …${TOKEN.slice(-10)}` }))],
      [
        'in violations and a header of a 429',
        async () =>
          new Response(JSON.stringify({ violations: [{ field: TOKEN, message: `x ${TOKEN}`, code: 'invalid' }] }), {
            status: 429,
            headers: { 'Retry-After': '99', 'X-Request-Id': encodeURIComponent(TOKEN) },
          }),
      ],
    ];
    for (const [name, fetch] of cases) {
      it(`a token ${name} reaches neither message, requestId, JSON, cause nor hooks`, async () => {
        const seen: unknown[] = [];
        const error = await rejectionOf(client(fetch, { afterResponse: (a: unknown) => seen.push(a) }).me());
        expect(error).to.be.instanceOf(CustomerApiErrorClass);
        expect(leaks(everythingSaidAbout(error))).to.deep.equal([]);
        expect(leaks(JSON.stringify(seen))).to.deep.equal([]);
        expect(seen).to.have.length(1);
      });
    }

    it('a custom fetch’s error object carrying the request headers does not leak through `cause`', async () => {
      const throwing: typeof fetch = async (input, init) => {
        const request = new Request(input, init);
        throw Object.assign(new TypeError('fetch failed'), {
          request,
          headers: Object.fromEntries(request.headers),
          config: { headers: { Authorization: request.headers.get('authorization') } },
        });
      };
      const error = await rejectionOf(client(throwing).me());
      expect(error).to.be.instanceOf(NetworkError);
      expect((error as NetworkError).cause)
        .to.be.instanceOf(TypeError)
        .and.have.property('message', 'fetch failed');
      expect(leaks(everythingSaidAbout(error))).to.deep.equal([]);
      expect(Object.keys((error as NetworkError).cause as object)).to.deep.equal([]);
    });
  });

  it('a token provider that fails → AuthenticationError', async () => {
    const client = createCustomerClient({
      baseUrl: BASE_URL,
      auth: () => Promise.reject(new Error('session expired')),
      fetch: backend.fetch,
    });
    const error = await rejectionOf(client.me());
    expect(error).to.be.instanceOf(AuthenticationError);
    expect((error as Error).message).to.contain('GET /customer/v1/me');
  });
});
