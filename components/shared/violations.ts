import type { Violation } from '../../src/schemas/error.js';
import type { Strings } from './i18n/en.js';

/**
 * The message to show at a field: our translation of the violation's stable `code`, else the server's own
 * (English) message, else a generic one. The rules themselves live only in the SDK schemas.
 */
export function violationText(violation: Pick<Violation, 'code' | 'message'>, t: Strings): string {
  const code = violation.code as keyof Strings['violation'] | undefined;
  return (code && t.violation[code]) || violation.message || t.violation.invalid;
}

/** Violations by field path (`name`, `address.country`, `contacts[1].email`), first one per field. */
export function violationsByField(violations: readonly Violation[]): Map<string, Violation> {
  const byField = new Map<string, Violation>();
  for (const violation of violations) if (!byField.has(violation.field)) byField.set(violation.field, violation);
  return byField;
}
