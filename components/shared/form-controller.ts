import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Violation } from '../../src/schemas/error.js';
import { focusField, focusFirstInvalid } from './field.js';
import { newIdempotencyKey } from './idempotency.js';
import type { Strings } from './i18n/en.js';
import { violationText } from './violations.js';

export interface FormOptions<D> {
  /** The starting draft (strings as typed). */
  draft: D;
  /** Every violation of a draft, with the API's field paths; the rules are the SDK schemas', never the form's. */
  validate: (draft: D) => readonly Violation[];
  /** The field keys that can show an error, in form order (focus goes to the first invalid in this order). */
  fields: (draft: D) => readonly string[];
  /**
   * API path → field key, when a form keys fields differently: the wizard keys contact rows by a stable row
   * key, so `contacts[1].email` → `contacts#7.email` and removing a row moves no error. Default: the path.
   */
  keyOf?: (path: string, draft: D) => string;
  /** Violations not shown when focus leaves one field, only on submit or when the form says (a row's blur). */
  deferOnBlur?: (violation: Violation) => boolean;
  /** Where the controls are, for focus. Default: the host's shadow root. */
  root?: () => ParentNode | null | undefined;
  /**
   * Moves focus to a field's control, for forms whose controls may not be rendered yet (bulk edit's virtualized
   * rows scroll the row in first). Default: the control with `data-field` = key under `root`.
   */
  focus?: (key: string) => void;
  t: () => Strings;
  /** Says a sentence politely (the host's live region): "2 fields need attention." */
  announce: (message: string) => void;
}

/**
 * The one form controller: it owns a form's draft and the errors shown, and every form (wizard, Details, Add
 * contact, bulk edit) behaves the same through it:
 * - on **blur** a field shows its error; on **input** a field that shows an error is checked again, so the
 *   message goes as soon as it is fixed;
 * - on **submit** every error shows, focus moves to the first invalid field and the count is announced;
 * - **server violations** land at their fields (`contacts[1].email` included); those no field shows come back
 *   to the caller to show as a form message;
 * - the **idempotency key** of a save attempt: the same body retried sends the same key, a changed one a new key.
 *
 * Controls are rendered by the shared field helpers with `name` = the field key, so focus finds them.
 */
export class FormController<D> implements ReactiveController {
  draft: D;
  /** What `dirty` compares with: the last draft that was loaded, reset or saved. */
  start: D;
  /** The errors shown, by field key. */
  errors = new Map<string, Violation>();
  private attempt?: { body: string; key: string };
  private focusPending = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FormOptions<D>,
  ) {
    host.addController(this);
    this.draft = options.draft;
    this.start = options.draft;
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (!this.focusPending) return;
    this.focusPending = false;
    const first = this.firstInvalid();
    if (this.options.focus) {
      if (first) this.options.focus(first);
      return;
    }
    const root = this.options.root?.() ?? this.host.shadowRoot;
    if (!root) return;
    // The first invalid field in form order (a radio group, a step-level message), else in document order.
    if (!(first && focusField(root, first))) focusFirstInvalid(root);
  }

  /** Starts over from `draft`: no errors, not dirty, a new save attempt. */
  reset(draft: D): void {
    this.draft = draft;
    this.start = draft;
    this.errors = new Map();
    this.attempt = undefined;
    this.host.requestUpdate();
  }

  /** Whether the draft differs from where it started. */
  get dirty(): boolean {
    return JSON.stringify(this.draft) !== JSON.stringify(this.start);
  }

  /**
   * The user changed the draft. Fields in `recheck` that show an error are checked again (pass the field typed
   * in, plus any whose rule depends on it: a phone typed can fix "e-mail or phone" shown at the e-mail).
   */
  update(draft: D, recheck: readonly string[] = []): void {
    this.draft = draft;
    const shown = recheck.filter((key) => this.errors.has(key));
    if (shown.length) this.show(shown);
    this.host.requestUpdate();
  }

  /** The draft's violations by field key, the first of each. */
  violations(): Map<string, Violation> {
    const byKey = new Map<string, Violation>();
    for (const violation of this.options.validate(this.draft)) {
      const key = this.keyOf(violation.field);
      if (!byKey.has(key)) byKey.set(key, violation);
    }
    return byKey;
  }

  /** The translated error shown at a field, if any. */
  error(key: string): string | undefined {
    const violation = this.errors.get(key);
    return violation ? violationText(violation, this.options.t()) : undefined;
  }

  /** Focus left a field: show its error (deferred ones wait, see `deferOnBlur`). */
  blur(key: string): void {
    this.show([key], this.options.deferOnBlur);
  }

  /** Shows (or clears) the errors of these fields from the current draft. */
  show(keys: readonly string[], skip?: (violation: Violation) => boolean): void {
    const violations = this.violations();
    const errors = new Map(this.errors);
    for (const key of keys) {
      const violation = violations.get(key);
      if (violation && !skip?.(violation)) errors.set(key, violation);
      else errors.delete(key);
    }
    this.errors = errors;
    this.host.requestUpdate();
  }

  /**
   * Submit: shows every error among `keys` (default: all fields); when there are any, focus moves to the first
   * invalid field after the next render and their count is announced. Returns how many need attention.
   */
  check(keys: readonly string[] = this.options.fields(this.draft)): number {
    this.show(keys);
    const count = keys.filter((key) => this.errors.has(key)).length;
    if (count) this.attention(count);
    return count;
  }

  /**
   * Places the server's violations at their fields; returns the ones no field of this form shows (for a form
   * message). When any were placed, focus moves to the first and their count is announced.
   */
  placeServerViolations(violations: readonly Violation[]): { placed: string[]; unplaced: Violation[] } {
    const known = this.options.fields(this.draft);
    const errors = new Map(this.errors);
    const placed: string[] = [];
    const unplaced: Violation[] = [];
    for (const violation of violations) {
      const key = this.keyOf(violation.field);
      if (!known.includes(key)) unplaced.push(violation);
      else if (!placed.includes(key)) {
        placed.push(key);
        errors.set(key, violation);
      }
    }
    this.errors = errors;
    placed.sort((a, b) => known.indexOf(a) - known.indexOf(b));
    if (placed.length) this.attention(placed.length);
    this.host.requestUpdate();
    return { placed, unplaced };
  }

  /** The first field (in form order) that shows an error. */
  firstInvalid(): string | undefined {
    return this.options.fields(this.draft).find((key) => this.errors.has(key));
  }

  /**
   * The `Idempotency-Key` for saving `body`: the same for a retry of the same body (a lost response never
   * creates twice), a new one when the body changed.
   */
  idempotencyKey(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.attempt?.body !== text) this.attempt = { body: text, key: newIdempotencyKey() };
    return this.attempt.key;
  }

  /** The save went through: the draft is the new starting point and the next save a new attempt. */
  saved(draft: D = this.draft): void {
    this.attempt = undefined;
    this.reset(draft);
  }

  private attention(count: number): void {
    this.focusPending = true;
    this.options.announce(this.options.t().fieldsNeedAttention(count));
    this.host.requestUpdate();
  }

  private keyOf(path: string): string {
    return this.options.keyOf ? this.options.keyOf(path, this.draft) : path;
  }
}
