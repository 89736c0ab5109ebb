import type { ItemOutcome } from '../../src/client/types.js';
import type { Contact, ContactPatch } from '../../src/schemas/contact.js';
import type { Violation } from '../../src/schemas/error.js';
import {
  CONTACT_FORM_FIELDS,
  checkContactChange,
  contactDraftOf,
  contactErrorsOf,
  type ContactFormDraft,
  type ContactFormField,
} from '../shared/contact-form.js';
import type { ListStrings } from './i18n/en.js';
import { formatPhone } from '../shared/phone-format.js';
import { problemOf } from './outcomes.js';

/**
 * Bulk edit as plain state transitions, so the element only wires them to the UI: which rows are edited, what
 * a save sends, and what each row's outcome leaves behind.
 */

/** A row in edit mode: where it started from, what is typed, and what went wrong. */
export interface RowEdit {
  base: Contact;
  draft: ContactFormDraft;
  errors: ReadonlyMap<ContactFormField, Violation>;
  message?: string | undefined;
}

export type Edits = ReadonlyMap<string, RowEdit>;

export function startEdits(contacts: readonly Contact[]): Map<string, RowEdit> {
  return new Map(
    contacts.map((contact) => [
      contact.id,
      { base: contact, draft: contactDraftOf(contact, formatPhone), errors: new Map() },
    ]),
  );
}

/** One keystroke. While the row shows errors they are re-checked, so each goes as soon as it is fixed. */
export function withDraft(edit: RowEdit, field: ContactFormField, value: string, country?: string): RowEdit {
  const draft = { ...edit.draft, [field]: value };
  if (!edit.errors.size) return { ...edit, draft };
  const check = checkContactChange(edit.base, draft, country);
  return { ...edit, draft, errors: check.ok ? new Map() : contactErrorsOf(check.violations, edit.errors) };
}

export interface SavePlan {
  /** What stays in edit mode before anything is sent: the rows to send, and the invalid ones with their errors. */
  edits: Map<string, RowEdit>;
  /** One `updateMany` item per changed, valid row: only the changed fields, `If-Match` its version. */
  changes: Array<{ id: string; patch: ContactPatch; ifMatch: number }>;
  /** Rows the schema rejected; they are not sent. */
  invalid: number;
}

/** Checks every edited row with the SDK's schema; unchanged rows simply leave edit mode. */
export function planSave(edits: Edits, country?: string): SavePlan {
  const next = new Map(edits);
  const changes: SavePlan['changes'] = [];
  let invalid = 0;
  for (const [id, edit] of edits) {
    const check = checkContactChange(edit.base, edit.draft, country);
    if (!check.ok) {
      next.set(id, { ...edit, errors: contactErrorsOf(check.violations), message: undefined });
      invalid += 1;
    } else if (Object.keys(check.value).length) {
      changes.push({ id, patch: check.value, ifMatch: edit.base.version });
    } else {
      next.delete(id);
    }
  }
  return { edits: next, changes, invalid };
}

export interface SaveResult {
  edits: Map<string, RowEdit>;
  /** The contacts as the server has them now: saved ones, and the current version of those changed meanwhile. */
  fresh: Map<string, Contact>;
  /** Ids saved and out of edit mode. */
  updated: string[];
  failed: number;
  /** A 403: the user may not change contacts (any more). */
  denied: boolean;
}

/** Applies `updateMany`'s outcomes: saved rows leave edit mode; failed rows keep their input and say why. */
export function applyOutcomes(edits: Edits, outcomes: readonly ItemOutcome<Contact>[], t: ListStrings): SaveResult {
  const next = new Map(edits);
  const fresh = new Map<string, Contact>();
  const updated: string[] = [];
  let failed = 0;
  let denied = false;
  for (const outcome of outcomes) {
    const edit = next.get(outcome.id);
    if (!edit) continue;
    if (outcome.ok && outcome.value) {
      fresh.set(outcome.id, outcome.value);
      next.delete(outcome.id);
      updated.push(outcome.id);
      continue;
    }
    const problem = problemOf(outcome.error, t);
    denied ||= Boolean(problem.denied);
    if (problem.current) fresh.set(outcome.id, problem.current);
    next.set(outcome.id, {
      base: problem.current ?? edit.base,
      draft: problem.current ? rebase(edit, problem.current) : edit.draft,
      errors: problem.errors,
      message: problem.message,
    });
    failed += 1;
  }
  return { edits: next, fresh, updated, failed, denied };
}

/**
 * After a 412: the other person's version becomes the starting point, with the user's own changes on top. A
 * field the user did not touch takes their value, so "Save again" never undoes their change to it.
 */
export function rebase(edit: RowEdit, current: Contact): ContactFormDraft {
  const before = contactDraftOf(edit.base, formatPhone);
  const theirs = contactDraftOf(current, formatPhone);
  const draft = { ...edit.draft };
  for (const field of CONTACT_FORM_FIELDS) if (draft[field] === before[field]) draft[field] = theirs[field];
  return draft;
}
