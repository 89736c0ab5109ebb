import { ApiError, invalid } from './http.js';

/** Bodies above this are refused with 413, here and in the Node server, before they are parsed. */
export const BODY_LIMIT = 1024 * 1024;

/** Relative URLs resolve against a placeholder origin: the backend routes on the path alone. */
export function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  if (input instanceof Request) return init ? new Request(input, init) : input;
  return new Request(new URL(String(input), 'http://reference.invalid'), init);
}

export async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get('Content-Length') ?? '0');
  if (declared > BODY_LIMIT) throw tooLarge();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > BODY_LIMIT) throw tooLarge();
  return new TextDecoder().decode(bytes);
}

const tooLarge = () => new ApiError(413, 'payload_too_large', `The body is larger than ${BODY_LIMIT} bytes (1 MiB).`);

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
