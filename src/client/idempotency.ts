/**
 * A fresh `Idempotency-Key` for one POST, kept by the caller across that POST's retries.
 *
 * `crypto.randomUUID` exists only in secure contexts; a host portal served over plain http still has
 * `getRandomValues`, so fall back to 128 random bits in hex rather than fail every create there.
 */
export function newIdempotencyKey(): string {
  const { crypto } = globalThis;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
