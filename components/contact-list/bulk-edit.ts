import type { ItemOutcome } from '../../src/client/types.js';
import type { Contact, ContactPatch } from '../../src/schemas/contact.js';
import type { Violation } from '../../src/schemas/error.js';
import {
  CONTACT_FORM_FIELDS,
  checkContactChange,
  contactDraftOf,
  contactFieldOf,
  type ContactFormDraft,
  type ContactFormField,
} from '../shared/contact-form.js';
import type { ListStrings } from './i18n/en.js';
import { formatPhone } from '../shared/phone-format.js';
import { problemOf } from './outcomes.js';
import { notificationPatch, type NotificationDraft } from '../shared/contact-form-notifications.js';

/**
 * Bulk edit as plain state transitions, so the element only wires them to the UI: which rows are edited, what
 * a save sends, and what each row's outcome leaves behind. The errors shown at fields belong to the shared
 * `FormController` (see `editing.ts`), keyed by `fieldKey(id, field)`; these functions give it the violations.
 */

/** A row in edit mode: where it started from, what is typed, and a row-level message (network, 412...). */
export interface RowEdit {
  base: Contact;
  draft: ContactFormDraft;
  /** The preferences as changed in the row's Notifications dialog; undefined while untouched. */
  notifications?: NotificationDraft | undefined;
  message?: string | undefined;
}

/** The field of a row's channels, where "SMS needs a phone" shows (`"<id>.channels"`). */
export const CHANNELS = 'channels';

/** Only the preference parts the row changed (so the opt-out is never sent unless it was changed). */
const notificationsOf = (edit: RowEdit) =>
  edit.notifications ? notificationPatch(edit.base.notifications, edit.notifications) : undefined;

/** The form key of one row's field: `"<contact id>.email"`. */
export const fieldKey = (id: string, field: ContactFormField | typeof CHANNELS): string => `${id}.${field}`;

/** The row and field of a form key (a contact id may itself contain dots, the field never does). */
export function splitKey(key: string): { id: string; field: ContactFormField } {
  const at = key.lastIndexOf('.');
  return { id: key.slice(0, at), field: key.slice(at + 1) as ContactFormField };
}

const checks = new WeakMap<RowEdit, readonly Violation[]>();

/** A row's violations by the SDK schema, with form keys as fields; cached per row state (one per keystroke). */
export function rowViolations(id: string, edit: RowEdit, country?: string): readonly Violation[] {
  if (untouched.has(edit)) return [];
  let violations = checks.get(edit);
  if (!violations) {
    const check = checkContactChange(edit.base, edit.draft, country, notificationsOf(edit));
    violations = check.ok ? [] : check.violations.map((v) => ({ ...v, field: keyOfPath(id, v.field) }));
    checks.set(edit, violations);
  }
  return violations;
}

/** An API path of one contact (`email`, `contacts[0].email`) as that row's form key. */
const keyOfPath = (id: string, path: string): string => {
  if (path === 'notifications.channels') return fieldKey(id, CHANNELS);
  const field = contactFieldOf(path);
  return field ? fieldKey(id, field) : path;
};

export type Edits = ReadonlyMap<string, RowEdit>;

/** Rows as they entered edit mode, not typed in since: unchanged, so nothing to check or send. */
const untouched = new WeakSet<RowEdit>();

/**
 * Edit mode for these contacts. A row's draft (its phone formatted for reading) is made when the row is first
 * rendered or typed in, so entering edit mode for 1,000 rows formats the screenful shown, not 1,000 numbers.
 */
export function startEdits(contacts: readonly Contact[]): Map<string, RowEdit> {
  return new Map(contacts.map((contact) => [contact.id, untouchedEdit(contact)]));
}

function untouchedEdit(base: Contact): RowEdit {
  let draft: ContactFormDraft | undefined;
  const edit = {
    base,
    get draft(): ContactFormDraft {
      return (draft ??= contactDraftOf(base, formatPhone));
    },
  };
  untouched.add(edit);
  return edit;
}

/** One keystroke (the form re-checks the row's shown errors). */
export function withDraft(edit: RowEdit, field: ContactFormField, value: string): RowEdit {
  return { ...edit, draft: { ...edit.draft, [field]: value }, notifications: edit.notifications };
}

/** The row's preferences changed in its Notifications dialog. */
export function withNotifications(edit: RowEdit, notifications: NotificationDraft): RowEdit {
  return { base: edit.base, draft: edit.draft, notifications, message: edit.message };
}

export interface SavePlan {
  /** What stays in edit mode before anything is sent: the rows to send, and the invalid ones with their errors. */
  edits: Map<string, RowEdit>;
  /** One `updateMany` item per changed, valid row: only the changed fields, `If-Match` its version. */
  changes: Array<{ id: string; patch: ContactPatch; ifMatch: number }>;
  /** Rows the schema rejected; they are not sent. */
  invalid: string[];
}

/** Checks every edited row with the SDK's schema; unchanged rows simply leave edit mode. */
export function planSave(edits: Edits, country?: string): SavePlan {
  const next = new Map(edits);
  const changes: SavePlan['changes'] = [];
  const invalid: string[] = [];
  for (const [id, edit] of edits) {
    if (untouched.has(edit)) {
      next.delete(id);
      continue;
    }
    const check = checkContactChange(edit.base, edit.draft, country, notificationsOf(edit));
    if (!check.ok) {
      next.set(id, { ...edit, message: undefined });
      invalid.push(id);
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
  /** What the server rejected in a field, with form keys as fields (to place at their inputs). */
  violations: Violation[];
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
  const violations: Violation[] = [];
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
      notifications: edit.notifications,
      message: problem.message,
    });
    for (const [field, violation] of problem.errors)
      violations.push({ ...violation, field: fieldKey(outcome.id, field) });
    failed += 1;
  }
  return { edits: next, fresh, updated, failed, violations, denied };
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
