import type { AssignmentResult } from '../schemas/assignment.js';
import type { Contact, ContactInput, ContactPatch } from '../schemas/contact.js';
import type { NotificationAudience, NotificationEvent } from '../schemas/notification.js';
import type { Customer, CustomerInput, CustomerPatch } from '../schemas/customer.js';
import type { CustomerWithContacts } from '../schemas/customer-include.js';
import type { Equipment, EquipmentFacets } from '../schemas/equipment.js';
import type { CustomerHistoryQuery, HistoryEvent, UnitHistoryQuery } from '../schemas/history.js';
import type { Page } from '../schemas/page.js';
import type {
  ContactListQuery,
  CustomerEquipmentQuery,
  CustomerListQuery,
  EquipmentListQuery,
} from '../schemas/query.js';
import type { CurrentUser } from '../schemas/user.js';
import type {
  CustomerBulkReply,
  CustomerBulkResult,
  CustomerBulkRow,
  CustomerMatch,
  CustomerMatchInput,
} from '../schemas/customer-bulk.js';
import type { CustomerApiError } from '../errors.js';

/** Every call takes a signal; aborting it stops the request and any retry still to come. */
export interface CallOptions {
  signal?: AbortSignal;
}

export interface CreateOptions extends CallOptions {
  /**
   * Defaults to a fresh random key per call; pass your own to make a create idempotent across page loads. A
   * failed create's error carries the key it used (`error.idempotencyKey`): calling create again with it and
   * the same input never makes a second record.
   */
  idempotencyKey?: string;
}

/**
 * What a change is based on: the `ETag` as the server sent it, or the record's `version` number (sent as
 * `"v<version>"`, a form the API accepts in `If-Match`).
 */
export type IfMatch = string | number;

export interface WriteOptions extends CallOptions {
  /**
   * The `ETag` (or `version`) the change is based on; a stale one fails with `PreconditionFailedError`.
   * It also lets an update be retried: an update without it is sent once, since a blind repeat could apply twice.
   */
  ifMatch?: IfMatch;
}

/**
 * Retried: GET, DELETE and POST, and PATCH only with `ifMatch`; on 408, 429, 500, 502, 503, 504, no answer, or an
 * attempt timeout; never on 413. Every write (POST, PATCH, DELETE) carries an `Idempotency-Key`, the same on
 * every attempt, so a repeat after a lost answer gets the first outcome. The wait is the server's
 * `Retry-After` (or `RateLimit-Reset`, `X-RateLimit-Reset`, ...) when it sent one, otherwise exponential backoff
 * with full jitter, capped at 10 s. ky does the retrying; these are its settings.
 */
export interface RetryOptions {
  /** Attempts after the first; default 2. 0 turns retries off. */
  limit?: number;
  /** The longest `Retry-After` that is waited for, in ms; a longer one fails at once. Default 60,000. */
  maxRetryAfter?: number;
  /** First backoff in ms, doubled each attempt, with full jitter. Default 300. */
  backoff?: number;
}

export interface RequestInfo {
  method: string;
  /** Path and query, e.g. `/customer/v1/customers?limit=20`: never the token. */
  path: string;
  /** 1 for the first attempt, counting retries and the repeat after a token refresh. */
  attempt: number;
}

/**
 * Our own hook surface: ky stays an implementation detail. A hook that throws is ignored (the call goes on as if
 * it had returned nothing); hooks may be async. No hook ever sees the token.
 */
export interface ClientHooks {
  /**
   * Before each attempt, before the token is added. `headers` starts empty; what the hook sets there is sent
   * (tracing ids, a tenant). The SDK's own headers (Authorization, Idempotency-Key, If-Match, Content-Type)
   * cannot be replaced.
   */
  beforeRequest?: (request: RequestInfo & { headers: Headers }) => unknown;
  /** After each attempt that got an answer. */
  afterResponse?: (request: RequestInfo & { status: number; durationMs: number; requestId?: string }) => unknown;
  /**
   * Before a retry the SDK's rules allow, with the error of the failed attempt. Return `false` to veto it: the
   * call fails with that error. Any other answer leaves the decision to the SDK; a hook cannot force a retry.
   */
  shouldRetry?: (request: RequestInfo & { error: CustomerApiError }) => boolean | void | Promise<boolean | void>;
  /** Before each retry is sent, after the wait: the failed attempt's error and how long was waited. */
  beforeRetry?: (request: RequestInfo & { error: CustomerApiError; delayMs: number }) => unknown;
  /**
   * Before the call's error is thrown. It may enrich the error (set properties on it) or return another
   * `CustomerApiError` to throw instead; anything else throws the original.
   */
  beforeError?: (
    request: RequestInfo & { error: CustomerApiError },
  ) => CustomerApiError | void | Promise<CustomerApiError | void>;
}

export interface CustomerClientOptions {
  /** The API's root (origin plus any path prefix); the SDK adds `/customer/v1`. */
  baseUrl: string;
  /** A bearer token, or a provider asked before the first call and once more after a 401. */
  auth: string | (() => string | Promise<string>);
  /** For tests and the in-process reference backend; defaults to `globalThis.fetch`. */
  fetch?: typeof fetch;
  /**
   * Per-attempt timeout in ms (default 10,000), or both limits; `total` (default 60,000) spans retries. The
   * attempt timeout runs from sending to the answer's headers: getting the token is not part of it.
   */
  timeout?: number | { attempt?: number; total?: number };
  retry?: RetryOptions | number;
  hooks?: ClientHooks;
}

/** A single record together with its `ETag`, for a later `ifMatch`. */
export interface WithETag<T> {
  data: T;
  etag: string;
}

export interface ItemOutcome<T> {
  id: string;
  ok: boolean;
  /** The saved record, when `ok`. */
  value?: T;
  /** Why it failed, when not `ok`. */
  error?: CustomerApiError;
}

export interface BatchProgress {
  /** Ids sent so far, and in all. */
  done: number;
  total: number;
}

/**
 * More than `ASSIGNMENT_BATCH_MAX` ids are sent as several requests, one after the other. When one fails, the
 * error is thrown with `error.partial` set: the ids known applied, known not applied, those whose outcome is
 * unknown (the failed batch, when an attempt of it got no answer), and the summed result of the batches that
 * succeeded.
 */
export interface AssignOptions extends CallOptions {
  /** Called after each batch with the ids sent so far. */
  onProgress?: (progress: BatchProgress) => void;
}

export interface CustomersApi {
  list(query?: CustomerListQuery, options?: CallOptions): Promise<Page<Customer>>;
  /** Every customer matching the query, page by page. */
  iterate(query?: CustomerListQuery, options?: CallOptions): AsyncIterableIterator<Customer>;
  get(id: string, options?: CallOptions): Promise<Customer>;
  /** `get` together with the `ETag` header. */
  getWithETag(id: string, options?: CallOptions): Promise<WithETag<Customer>>;
  create(input: CustomerInput, options?: CreateOptions): Promise<Customer>;
  update(id: string, patch: CustomerPatch, options?: WriteOptions): Promise<Customer>;
  delete(id: string, options?: WriteOptions): Promise<void>;
  /** One `POST /customers/bulk` of at most 1,000 rows; pass `idempotencyKey` to make a retry safe. */
  importBatch(rows: readonly CustomerBulkRow[], options?: CreateOptions): Promise<CustomerBulkReply>;
  /**
   * Any number of rows, in batches of at most `batchSize` (default and most 1,000), one after the other, each
   * with its own `Idempotency-Key` (`<idempotencyKey>.<batch>`), reused by every retry: calling again with the
   * same rows and the result's `idempotencyKey` re-sends only what the server has not answered, creating
   * nothing twice. A batch that fails marks its rows `failed` with the error and the import goes on; an abort
   * stops before the next batch and leaves the rest `skipped`. Never throws for a row or a batch.
   */
  importMany(rows: readonly CustomerBulkRow[], options?: ImportManyOptions): Promise<ImportManyResult>;
  /** Customers that import rows may be about (by external reference, normalised name, phone); any list length. */
  match(input: CustomerMatchInput, options?: CallOptions): Promise<CustomerMatch[]>;
  /**
   * A page of customers, each with all its contacts (`include=contacts`): what an export reads, one request per
   * page instead of one per customer.
   */
  listWithContacts(query?: CustomerListQuery, options?: CallOptions): Promise<Page<CustomerWithContacts>>;
}

export interface ContactsApi {
  list(customerId: string, query?: ContactListQuery, options?: CallOptions): Promise<Page<Contact>>;
  iterate(customerId: string, query?: ContactListQuery, options?: CallOptions): AsyncIterableIterator<Contact>;
  create(customerId: string, input: ContactInput, options?: CreateOptions): Promise<Contact>;
  update(customerId: string, contactId: string, patch: ContactPatch, options?: WriteOptions): Promise<Contact>;
  delete(customerId: string, contactId: string, options?: WriteOptions): Promise<void>;
  /** Updates each contact on its own; one failure does not stop the others. Outcomes keep the input order. */
  updateMany(
    customerId: string,
    changes: Array<{ id: string; patch: ContactPatch; ifMatch?: IfMatch }>,
    options?: CallOptions,
  ): Promise<ItemOutcome<Contact>[]>;
  deleteMany(
    customerId: string,
    items: Array<string | { id: string; ifMatch?: IfMatch }>,
    options?: CallOptions,
  ): Promise<ItemOutcome<void>[]>;
  /**
   * Who is told when one of the customer's machines raises `event`: the contacts who want it and have not
   * opted out, each with the channels that reach them (SMS only with a phone), by name.
   */
  audience(customerId: string, event: NotificationEvent, options?: CallOptions): Promise<NotificationAudience>;
}

export interface EquipmentApi {
  /** Search the whole fleet (for the picker). */
  list(query?: EquipmentListQuery, options?: CallOptions): Promise<Page<Equipment>>;
  iterate(query?: EquipmentListQuery, options?: CallOptions): AsyncIterableIterator<Equipment>;
  /** Brands and asset types in the fleet, with counts. */
  facets(options?: CallOptions): Promise<EquipmentFacets>;
  /** A page of one unit's assignment changes, newest first. */
  history(unitId: string, query?: UnitHistoryQuery, options?: CallOptions): Promise<Page<HistoryEvent>>;
  /** Every assignment change of one unit, newest first, page by page. */
  iterateHistory(unitId: string, query?: UnitHistoryQuery, options?: CallOptions): AsyncIterableIterator<HistoryEvent>;
}

export interface AssignmentsApi {
  /** The equipment assigned to one customer; with `at` (a day or an instant), the units it held then. */
  list(customerId: string, query?: CustomerEquipmentQuery, options?: CallOptions): Promise<Page<Equipment>>;
  iterate(customerId: string, query?: CustomerEquipmentQuery, options?: CallOptions): AsyncIterableIterator<Equipment>;
  /** Assign units with no customer; a unit of another customer fails the batch with `ConflictError`. */
  assign(customerId: string, ids: readonly string[], options?: AssignOptions): Promise<AssignmentResult>;
  unassign(customerId: string, ids: readonly string[], options?: AssignOptions): Promise<AssignmentResult>;
  /** Assign, taking units away from other customers where needed. */
  move(customerId: string, ids: readonly string[], options?: AssignOptions): Promise<AssignmentResult>;
  /**
   * A page of the customer's assignment changes (units given to it or taken from it), newest first; `unitId`
   * narrows it to one unit. Works for a deleted customer too: the events keep its name as it was.
   */
  history(customerId: string, query?: CustomerHistoryQuery, options?: CallOptions): Promise<Page<HistoryEvent>>;
  iterateHistory(
    customerId: string,
    query?: CustomerHistoryQuery,
    options?: CallOptions,
  ): AsyncIterableIterator<HistoryEvent>;
}

export interface CustomerClient {
  customers: CustomersApi;
  contacts: ContactsApi;
  equipment: EquipmentApi;
  assignments: AssignmentsApi;
  me(options?: CallOptions): Promise<CurrentUser>;
}

export interface ImportProgress extends BatchProgress {
  /** The batch just answered (0-based) and how many there are. */
  batch: number;
  batches: number;
}

export interface ImportManyOptions extends CallOptions {
  /** Rows per request, 1..1,000 (default 1,000); a batch is also kept under the server's 1 MiB body limit. */
  batchSize?: number;
  /** After each batch. */
  onProgress?: (progress: ImportProgress) => void;
  /** Base of the batches' keys; default a fresh one. Pass a previous result's key to retry that import safely. */
  idempotencyKey?: string;
}

/** A row's outcome: the server's, or `failed` with the batch's `error`, or `skipped` (not sent: aborted). */
export type ImportOutcome =
  | CustomerBulkResult
  | (Omit<CustomerBulkResult, 'status'> & { status: 'failed'; error?: CustomerApiError | undefined })
  | { index: number; status: 'skipped' };

export interface ImportManyResult {
  /** One per input row, in input order (`index` is the row's index in the input). */
  results: ImportOutcome[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  skipped: number;
  /** The signal aborted the import; rows not answered are `skipped`. */
  aborted: boolean;
  /** The base key used: pass it again to retry this import without creating anything twice. */
  idempotencyKey: string;
}
