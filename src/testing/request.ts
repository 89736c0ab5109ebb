import { JSON_DEPTH_MAX } from '../schemas/common.js';
import { ApiError, invalid } from './http.js';

/** Bodies above this are refused with 413, here and in the Node server, before they are parsed. */
export const BODY_LIMIT = 1024 * 1024;

/**
 * What the backend reads of a request. A `Request` is one; the Node server passes a lighter view of its
 * own request, which spares building a `Request` and a `Response` per call.
 */
export interface Incoming {
  readonly method: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  readonly signal: AbortSignal;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Relative URLs resolve against a placeholder origin: the backend routes on the path alone. */
export function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  if (input instanceof Request) return init ? new Request(input, init) : input;
  return new Request(new URL(String(input), 'http://reference.invalid'), init);
}

/**
 * A path with a `.` or `..` segment (`%2e` too, and `\` as a separator, as URL parsers treat it): URL
 * parsing would resolve it to another resource (`/customers/x/../<id>` is `<id>`), so it is refused
 * before routing, never resolved.
 */
export function hasDotSegment(rawUrl: string): boolean {
  const path = rawUrl.replace(/^[a-z][a-z\d+.-]*:\/\/[^/\\]*/i, '').split(/[?#]/, 1)[0] ?? '';
  return path.split(/[/\\]/).some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
}

export const dotSegmentError = (): ApiError =>
  invalid(
    [{ field: '(path)', message: 'A path may not contain "." or ".." segments.', code: 'invalid' }],
    'The path contains a dot segment; it is refused, not resolved.',
  );

/**
 * The body of a POST or PATCH as text, checked in the order that costs least: media type (415), size
 * (413), UTF-8 (400). Only JSON in UTF-8 is taken: a `charset` other than utf-8 would be decoded wrongly
 * ("København" stored as "K�benhavn"), and invalid bytes would be replaced by U+FFFD and stored.
 */
export async function readBody(request: Incoming): Promise<string> {
  checkMediaType(request.headers.get('Content-Type'));
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > BODY_LIMIT) throw tooLarge();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > BODY_LIMIT) throw tooLarge();
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw invalid([{ field: '(body)', message: 'The body is not valid UTF-8.', code: 'invalid' }]);
  }
  // A deeply nested body costs the parser and the validator time out of proportion to its size: refused
  // here, before it is hashed for idempotency or parsed.
  if (nestsDeeperThan(text, JSON_DEPTH_MAX)) {
    throw invalid([
      { field: '(body)', message: `The body nests deeper than ${JSON_DEPTH_MAX} levels.`, code: 'invalid' },
    ]);
  }
  return text;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const tooLarge = () => new ApiError(413, 'payload_too_large', `The body is larger than ${BODY_LIMIT} bytes (1 MiB).`);

const unsupported = (message: string) => new ApiError(415, 'unsupported_media_type', message);

function checkMediaType(header: string | null): void {
  const [type = '', ...parameters] = (header ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json') {
    throw unsupported('Send the body as Content-Type: application/json.');
  }
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') continue;
    const charset = value
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') {
      throw unsupported(`Send the body in UTF-8 (charset=utf-8), not ${charset || 'an empty charset'}.`);
    }
  }
}

/** True when arrays and objects nest deeper than `max`: one linear pass, before any parsing. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      if (++depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return false;
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') {
    throw invalid([{ field: '(body)', message: 'Send a JSON body.', code: 'required' }]);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw invalid([{ field: '(body)', message: 'The body is not valid JSON.', code: 'invalid' }]);
  }
}
