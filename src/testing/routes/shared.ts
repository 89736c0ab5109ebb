import type * as z from 'zod/mini';
import { validate } from '../../schemas/violations.js';
import { etagOf, ifMatchSatisfied } from '../etag.js';
import { ApiError, invalid, notFound, type Reply } from '../http.js';
import { takePage, type OrderedList } from '../paging.js';
import type { CustomerRecord } from '../records.js';
import type { Context } from '../router.js';

export function bodyOf<S extends z.ZodMiniType>(context: Context, schema: S): z.output<S> {
  const result = validate(schema, context.body);
  if (!result.ok) throw invalid(result.violations);
  return result.value;
}

export function customerOf(context: Context): CustomerRecord {
  const customer = context.store.customers.get(context.params['id'] ?? '');
  if (!customer) throw notFound('The customer');
  return customer;
}

/** A single record with its ETag, the way every single-record answer is sent. */
export function recordReply(status: number, view: { version: number }, headers: Record<string, string> = {}): Reply {
  return { status, body: view, headers: { ...headers, ETag: etagOf(view) } };
}

/** 412 with the record as it is now, so the caller can show what changed and retry on top of it. */
export function checkIfMatch(context: Context, view: { version: number }): void {
  const etag = etagOf(view);
  if (!ifMatchSatisfied(context.headers.get('If-Match'), { etag, version: view.version })) {
    throw new ApiError(412, 'precondition_failed', 'The record was changed by someone else since you read it.', {
      current: view,
      headers: { ETag: etag },
    });
  }
}

export function pageReply<T, V>(
  result: { list: OrderedList<T>; fingerprint: string },
  query: { limit?: number | undefined; cursor?: string | undefined; offset?: number | undefined },
  view: (item: T) => V,
): Reply {
  if (query.cursor !== undefined && query.offset !== undefined) {
    throw invalid(
      [{ field: 'offset', message: 'Use a cursor or an offset, not both.', code: 'invalid' }],
      'The query is invalid; see violations.',
    );
  }
  const page = takePage(result.list, { ...query, fingerprint: result.fingerprint });
  return { status: 200, body: { items: page.items.map(view), nextCursor: page.nextCursor, total: page.total } };
}
