import { invalid } from './http.js';
import type { SortValue } from './order.js';

/** Where the previous page ended (its last item's sort value and id), and which query it belongs to. */
export interface CursorPosition {
  value: SortValue;
  id: string;
}

interface CursorPayload {
  v: SortValue;
  i: string;
  f: string;
}

// base64url of UTF-8 JSON, with btoa/atob rather than Buffer: this module also runs in the browser.
function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export const encodeCursor = (position: CursorPosition, fingerprint: string): string =>
  toBase64Url(JSON.stringify({ v: position.value, i: position.id, f: fingerprint } satisfies CursorPayload));

const badCursor = (message: string) => invalid([{ field: 'cursor', message, code: 'invalid' }]);

/**
 * Reads a cursor and checks it was made for this very query (search, filters, sort, scope): a cursor replayed
 * against another query would silently skip or repeat rows, so it is refused instead.
 */
export function decodeCursor(cursor: string, fingerprint: string): CursorPosition {
  let payload: unknown;
  try {
    payload = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw badCursor('The cursor is not one this API issued.');
  }
  if (!isPayload(payload)) throw badCursor('The cursor is not one this API issued.');
  if (payload.f !== fingerprint) {
    throw badCursor('The cursor belongs to a different query; start again from the first page.');
  }
  return { value: payload.v, id: payload.i };
}

function isPayload(value: unknown): value is CursorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const { v, i, f } = value as Record<string, unknown>;
  const valueOk = v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  return valueOk && typeof i === 'string' && typeof f === 'string';
}
