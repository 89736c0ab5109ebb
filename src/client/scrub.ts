/** An echo shorter than this is left alone, unless it is the whole token: short runs occur in any text. */
const PART = 8;
const MARK = '[token]';

/**
 * Hides every echo of `tokens` in `text`: whole or in part (any run of 8 or more of its characters), in any
 * letter case, and URL-encoded. JSON escapes (`\u0073`, `\/`) are undone by parsing first: scrub parsed text.
 */
export function scrubText(text: string, tokens: readonly string[]): string {
  let out = text;
  for (const token of tokens) {
    if (token.length <= 3) continue;
    out = hide(out, token);
    const encoded = encodeURIComponent(token);
    if (encoded !== token) out = hide(out, encoded);
  }
  return out;
}

function hide(text: string, token: string): string {
  const lower = text.toLowerCase();
  const secret = token.toLowerCase();
  // Letters whose lower case has another length (rare outside ASCII) would shift indices: compare as is.
  const [haystack, needle] = lower.length === text.length ? [lower, secret] : [text, token];
  const part = Math.min(PART, needle.length);
  let out = '';
  for (let i = 0; i < text.length;) {
    let longest = 0;
    if (i + part <= text.length) {
      const start = haystack.slice(i, i + part);
      for (let j = needle.indexOf(start); j !== -1; j = needle.indexOf(start, j + 1)) {
        let length = part;
        while (i + length < text.length && j + length < needle.length && haystack[i + length] === needle[j + length]) {
          length++;
        }
        longest = Math.max(longest, length);
      }
    }
    out += longest ? MARK : text[i];
    i += longest || 1;
  }
  return out;
}

/** `value` with every string in it (keys too) scrubbed: for a parsed error body. */
export function scrubDeep(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, scrub));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrub(key), scrubDeep(item, scrub)]));
  }
  return value;
}

/**
 * A stand-in for what a fetch threw: its class (TypeError or Error), name and scrubbed message, nothing else.
 * A custom fetch's error may carry the request (and its Authorization header) in any property; none is kept.
 */
export function scrubbedCause(cause: unknown, scrub: (text: string) => string): Error {
  const said = cause instanceof Error ? cause.message : String(cause);
  const copy = cause instanceof TypeError ? new TypeError(scrub(said)) : new Error(scrub(said));
  if (cause instanceof Error && cause.name !== copy.name) copy.name = scrub(String(cause.name));
  return copy;
}
