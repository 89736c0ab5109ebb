import * as z from 'zod/mini';
import type { Violation } from './error.js';

/**
 * Stable codes for each kind of bad field, so a UI can show its own translated message while the server's
 * English message stays the fallback.
 */
export type ViolationCode =
  | 'required'
  | 'too_long'
  | 'too_many'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_url'
  | 'invalid_country'
  | 'invalid_choice'
  | 'unreachable'
  | 'sms_needs_phone'
  | 'duplicate'
  | 'invalid';

/** `['contacts', 1, 'email']` → `contacts[1].email`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function codeOf(issue: z.core.$ZodIssue): ViolationCode {
  switch (issue.code) {
    case 'too_small':
      return 'required';
    case 'too_big':
      return issue.origin === 'array' ? 'too_many' : 'too_long';
    case 'invalid_format':
      if (issue.format === 'email') return 'invalid_email';
      if (issue.format === 'url') return 'invalid_url';
      return issue.format === 'regex' ? 'invalid_phone' : 'invalid';
    case 'invalid_value':
      return 'invalid_choice';
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid';
    case 'custom':
      return ((issue.params as { code?: ViolationCode } | undefined)?.code ?? 'invalid') as ViolationCode;
    default:
      return 'invalid';
  }
}

function messageOf(issue: z.core.$ZodIssue, code: ViolationCode): string {
  if (code === 'required') return 'Required.';
  if (issue.code === 'invalid_type') return `Expected ${issue.expected}, got ${describe(issue.input)}.`;
  return issue.message;
}

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Turns a zod error into the API's field violations, one per bad field (the first problem of each). */
export function violationsOf(error: z.core.$ZodError): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const issue of error.issues) {
    const field = formatPath(issue.path) || '(body)';
    if (seen.has(field)) continue;
    seen.add(field);
    const code = codeOf(issue);
    out.push({ field, message: messageOf(issue, code), code });
  }
  return out;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; violations: Violation[] };

/** Validates without throwing; the same call serves the server, the SDK and the forms. */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): Validated<z.output<S>> {
  // `reportInput` lets a missing field (`required`) be told apart from one of the wrong type.
  const result = z.safeParse(schema, input, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, violations: violationsOf(result.error) };
}
