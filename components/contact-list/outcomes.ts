import {
  NotFoundError,
  PermissionError,
  PreconditionFailedError,
  ValidationError,
  type CustomerApiError,
} from '../../src/errors.js';
import type { ItemOutcome } from '../../src/client/types.js';
import type { Contact } from '../../src/schemas/contact.js';
import type { Violation } from '../../src/schemas/error.js';
import { contactFieldOf, type ContactFormField } from '../shared/contact-form.js';
import { describeError } from '../shared/errors.js';
import type { ListStrings } from './i18n/en.js';
import { violationText } from '../shared/violations.js';

/** Why one row of a bulk save or delete failed, in the terms the row shows it. */
export interface RowProblem {
  /** Messages at the row's inputs. */
  errors: Map<ContactFormField, Violation>;
  /** A message for the row as a whole (412, network, ...). */
  message?: string;
  /** On 412: the contact as the server has it now, the new starting point. */
  current?: Contact;
  /** 404: someone else deleted it. */
  gone?: boolean;
  /** 403: the user may not change contacts (any more). */
  denied?: boolean;
}

/** Sorts one item's error from `updateMany`/`deleteMany` into field errors or a row message. */
export function problemOf(error: CustomerApiError | undefined, t: ListStrings): RowProblem {
  const errors = new Map<ContactFormField, Violation>();
  if (error instanceof ValidationError) {
    const unplaced: string[] = [];
    for (const violation of error.violations) {
      const field = contactFieldOf(violation.field);
      if (field && !errors.has(field)) errors.set(field, violation);
      else if (!field) unplaced.push(violationText(violation, t));
    }
    if (!errors.size || unplaced.length) return { errors, message: [t.errorValidation, ...unplaced].join(' ') };
    return { errors };
  }
  if (error instanceof PreconditionFailedError) {
    const current = error.current as Contact | undefined;
    return current ? { errors, message: t.contactStale, current } : { errors, message: t.errorStale };
  }
  if (error instanceof NotFoundError) return { errors, message: t.errorNotFound, gone: true };
  if (error instanceof PermissionError) return { errors, message: t.contactsReadOnly, denied: true };
  return { errors, message: describeError(error, t).message };
}

/**
 * "Anna Berg, Bo Holm, Carl Dam and 4 more": the first few names, then a count, joined the way the locale
 * joins lists. Showing every name of a long selection would bury the question; showing "and 1 more" instead
 * of that one name would hide information for no gain, so one extra name is shown rather than counted.
 */
export function namesSummary(names: readonly string[], locale: string, t: ListStrings, shown = 3): string {
  const items = names.length > shown + 1 ? [...names.slice(0, shown), t.andMore(names.length - shown)] : [...names];
  try {
    return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export interface DeleteResult {
  /** Deleted by this request. */
  deleted: string[];
  /** Every id that is gone now: `deleted`, and those someone else deleted meanwhile (404). */
  gone: Set<string>;
  /** The current version of contacts changed meanwhile (412): they stay, and the list shows them as they are. */
  fresh: Map<string, Contact>;
  /** "Name: why" for each contact that is left. */
  report: Array<{ id: string; text: string }>;
  denied: boolean;
}

/** Sorts `deleteMany`'s outcomes. A 404 is what the user wanted anyway, so it leaves the list without a complaint. */
export function sortDeleteOutcomes(
  outcomes: readonly ItemOutcome<void>[],
  names: ReadonlyMap<string, string>,
  t: ListStrings,
): DeleteResult {
  const result: DeleteResult = { deleted: [], gone: new Set(), fresh: new Map(), report: [], denied: false };
  for (const outcome of outcomes) {
    if (outcome.ok) {
      result.deleted.push(outcome.id);
      result.gone.add(outcome.id);
      continue;
    }
    const problem = problemOf(outcome.error, t);
    if (problem.gone) {
      result.gone.add(outcome.id);
      continue;
    }
    result.denied ||= Boolean(problem.denied);
    if (problem.current) result.fresh.set(outcome.id, problem.current);
    const name = problem.current?.name ?? names.get(outcome.id) ?? outcome.id;
    result.report.push({ id: outcome.id, text: t.contactNotDeletedReason(name, problem.message ?? t.errorUnknown) });
  }
  return result;
}
