import { hash64 } from './hash.js';

/** A strong ETag: the quoted hash of the JSON the client receives, so it changes whenever that does. */
export const etagOf = (representation: unknown): string => `"${hash64(JSON.stringify(representation))}"`;

/**
 * `If-Match` is satisfied by the current ETag, by `*`, or by `"v<version>"`: contacts have no single GET, so a
 * caller holding only a list item's `version` can still make a safe update. A list of candidates is allowed
 * (RFC 9110); quotes and a `W/` prefix are forgiven, since a stale-but-matching write is what we guard against.
 */
export function ifMatchSatisfied(header: string | null, current: { etag: string; version: number }): boolean {
  if (header === null) return true;
  const bare = current.etag.slice(1, -1);
  for (const raw of header.split(',')) {
    const candidate = raw
      .trim()
      .replace(/^W\//, '')
      .replace(/^"(.*)"$/, '$1');
    if (candidate === '*' || candidate === bare || candidate === `v${current.version}`) return true;
  }
  return false;
}
