import type { Violation } from '../../src/schemas/error.js';
import type { Strings } from './i18n/en.js';

/**
 * The message to show at a field: our translation of the violation's stable `code`, else the server's own
 * (English) message, else a generic one. The rules themselves live only in the SDK schemas.
 */
export function violationText(violation: Pick<Violation, 'code' | 'message'>, t: Strings): string {
  const code = violation.code as keyof Strings['violation'] | undefined;
  if (code === 'too_long' || code === 'too_many') {
    // The schemas state the limit in the message ("At most 127 characters."); say it in the user's language.
    const limit = limitOf(violation.message);
    if (limit) return code === 'too_long' ? t.tooLong(limit) : t.tooMany(limit);
  }
  return (code && t.violation[code]) || violation.message || t.violation.invalid;
}

/** The limit a `too_long`/`too_many` message names, or undefined: `"At most 127 characters."` → `127`. */
export function limitOf(message: string | undefined): string | undefined {
  return /\b(\d+)\b/.exec(message ?? '')?.[1];
}

/** Violations by field path (`name`, `address.country`, `contacts[1].email`), first one per field. */
export function violationsByField(violations: readonly Violation[]): Map<string, Violation> {
  const byField = new Map<string, Violation>();
  for (const violation of violations) if (!byField.has(violation.field)) byField.set(violation.field, violation);
  return byField;
}
