/** FNV-1a, 32 bits: synchronous and tiny, which `crypto.subtle` (async, secure contexts only) is not. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export const hex8 = (value: number): string => value.toString(16).padStart(8, '0');

/** 64 bits from two differently seeded passes: ETags and cursor fingerprints should not collide by chance. */
export function hash64(text: string): string {
  let second = 0x6c62272e;
  for (let i = 0; i < text.length; i++) second = Math.imul(second ^ text.charCodeAt(i), 0x01000193);
  return hex8(fnv1a(text)) + hex8(second >>> 0);
}
