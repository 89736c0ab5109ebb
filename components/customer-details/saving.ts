import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { CustomerClient, IfMatch } from '../../src/client/types.js';
import type { Customer, CustomerPatch } from '../../src/schemas/customer.js';
import {
  ConflictError,
  NotFoundError,
  PermissionError,
  PreconditionFailedError,
  ValidationError,
} from '../../src/errors.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { violationText } from '../shared/violations.js';
import { CustomerUpdatedEvent } from '../shared/events.js';
import type { FormController } from '../shared/form-controller.js';
import {
  DRAFT_KEY,
  companyValues,
  valueAt,
  type CompanyDraft,
  type CompanyFieldPath,
} from '../shared/company-draft.js';
import type { Strings } from '../shared/i18n/en.js';
import { alreadyApplied, differingPaths, draftOf } from './patch.js';
import { displayValue, pathLabel, type SummaryView } from './summary.js';
import { conflictPanel, type ConflictRow } from './conflict.js';
import type { DetailsStrings } from './i18n/en.js';

/** A save refused with 412: the server's version now (when it sent one) and the fields it changed. */
export interface Conflict {
  current: Customer | undefined;
  theirs: CompanyFieldPath[];
}

/** What saving needs from the element. */
export interface SaveHost {
  client(): CustomerClient | undefined;
  /** The last version read from or written to the server. */
  saved(): Customer | undefined;
  accept(customer: Customer, ifMatch: IfMatch): void;
  fetchCurrent(): Promise<{ data: Customer; etag: string } | undefined>;
  form: FormController<CompanyDraft>;
  normalizePhone(): void;
  validPatch(base: Customer): CustomerPatch | undefined;
  stopEditing(): void;
  ready(): boolean;
  notFound(): void;
  denied(): void;
  focus(selector: string): void;
  announce(message: string): void;
  /** The visible success message. */
  success(message: string): void;
  t(): Strings & DetailsStrings;
  view(): SummaryView;
}

/**
 * Saving Details: only the changed fields, with `If-Match`; the 412 policy (our own lost answer is success, an
 * unrelated change is sent again on the new version, a real conflict is shown field by field with "reload
 * theirs" / "overwrite with mine"); failures keep the edits and offer Retry; violations land at their fields.
 */
export class SaveController implements ReactiveController {
  private state: {
    saving: boolean;
    saveError?: DescribedError | undefined;
    formMessage?: string | undefined;
    conflict?: Conflict | undefined;
    /** After "reload their version": the edits that were not saved, so they can be copied back. */
    keptEdits?: { path: CompanyFieldPath; value: string }[] | undefined;
  } = { saving: false };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly el: SaveHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get saving(): boolean {
    return this.state.saving;
  }
  set saving(value: boolean) {
    this.update({ saving: value });
  }
  get saveError(): DescribedError | undefined {
    return this.state.saveError;
  }
  set saveError(value: DescribedError | undefined) {
    this.update({ saveError: value });
  }
  get formMessage(): string | undefined {
    return this.state.formMessage;
  }
  set formMessage(value: string | undefined) {
    this.update({ formMessage: value });
  }
  get conflict(): Conflict | undefined {
    return this.state.conflict;
  }
  set conflict(value: Conflict | undefined) {
    this.update({ conflict: value });
  }
  get keptEdits(): { path: CompanyFieldPath; value: string }[] | undefined {
    return this.state.keptEdits;
  }
  set keptEdits(value: { path: CompanyFieldPath; value: string }[] | undefined) {
    this.update({ keptEdits: value });
  }

  private update(change: Partial<SaveController['state']>): void {
    this.state = { ...this.state, ...change };
    this.host.requestUpdate();
  }

  /** Errors, the form message and the failure go (a new edit, a cancel, a load). */
  clearFeedback(): void {
    this.update({ saveError: undefined, formMessage: undefined });
  }

  async send(patch: CustomerPatch, base: Customer, ifMatch: IfMatch | undefined, attempt = 1): Promise<void> {
    const client = this.el.client();
    if (!client) return;
    const t = this.el.t();
    const id = base.id;
    this.saving = true;
    this.saveError = undefined;
    this.formMessage = undefined;
    this.el.announce(t.saving);
    try {
      const customer = await client.customers.update(id, patch, { ifMatch });
      this.saving = false;
      if (this.el.saved()?.id === id) this.onSaved(customer);
      this.fireUpdated(id, patch);
    } catch (error) {
      this.saving = false;
      // Another customer was loaded meanwhile: this outcome is no longer on screen.
      if (this.el.saved()?.id !== id) return;
      if (error instanceof PreconditionFailedError)
        await this.onStale(error as PreconditionFailedError<Customer>, patch, base, attempt);
      else this.onSaveError(error);
    }
  }

  private fireUpdated(customerId: string, patch: CustomerPatch): void {
    const updated = new CustomerUpdatedEvent({ customerId, changed: Object.keys(patch) });
    this.host.dispatchEvent(updated);
  }

  /** The save went through: the answer is the new saved version. */
  private onSaved(customer: Customer): void {
    this.el.accept(customer, customer.version);
    this.keptEdits = undefined;
    this.el.stopEditing();
    this.el.focus('[data-edit]');
    this.el.success(this.el.t().changesSaved);
  }

  /**
   * 412. Three cases: the server already holds exactly this edit (the answer of an applied save was lost, and
   * the SDK's retry hit its own change) → done; nothing the form shows changed (say a contact was added, which
   * changes the ETag) → send again on the new version, since it overwrites nobody; otherwise → show the
   * conflict and let the user choose. Never overwrite silently.
   */
  private async onStale(
    error: PreconditionFailedError<Customer>,
    patch: CustomerPatch,
    base: Customer,
    attempt: number,
  ): Promise<void> {
    const current = error.current;
    if (current && alreadyApplied(base, current, this.el.form.draft)) {
      this.onSaved(current);
      this.fireUpdated(base.id, patch);
      return;
    }
    const theirs = current ? differingPaths(base, current) : [];
    if (current && !theirs.length && attempt < 3) {
      await this.send(patch, base, current.version, attempt + 1);
      return;
    }
    this.conflict = { current, theirs };
    this.el.focus('#conflict-title');
    this.el.announce(this.el.t().conflictTitle);
  }

  private onSaveError(error: unknown): void {
    const t = this.el.t();
    if (error instanceof NotFoundError) {
      this.el.stopEditing();
      this.el.notFound();
      return;
    }
    if (error instanceof PermissionError) this.el.denied();
    if ((error instanceof ValidationError || error instanceof ConflictError) && error.violations.length) {
      const { placed, unplaced } = this.el.form.placeServerViolations(error.violations);
      if (placed.length) {
        this.formMessage = [t.serverRejected, ...unplaced.map((violation) => violationText(violation, t))].join(' ');
        return;
      }
    }
    this.saveError = describeError(error, t);
    this.el.announce(`${t.saveFailed} ${this.saveError.message}`);
  }

  /** Conflict → "reload their version": the form takes the server's values; the edits stay visible to copy. */
  readonly reloadTheirs = async (): Promise<void> => {
    const conflict = this.conflict;
    const base = this.el.saved();
    if (!conflict || !base || this.saving) return;
    const mine = companyValues(this.el.form.draft);
    const kept = differingPaths(mine, base).map((path) => ({ path, value: this.el.form.draft[DRAFT_KEY[path]] }));
    this.saving = true;
    const fresh = await this.el.fetchCurrent();
    this.saving = false;
    if (this.el.saved()?.id !== base.id || !this.el.ready()) return;
    if (fresh) this.el.accept(fresh.data, fresh.etag);
    else if (conflict.current) this.el.accept(conflict.current, conflict.current.version);
    this.conflict = undefined;
    if (this.el.saved()) this.el.form.reset(draftOf(this.el.saved()));
    this.keptEdits = kept;
    this.el.focus('#kept-title');
  };

  /** Conflict → "overwrite with my edits": the same edits, sent deliberately on top of the server's version. */
  readonly overwrite = async (): Promise<void> => {
    const conflict = this.conflict;
    const base = this.el.saved();
    if (!conflict || !base || this.saving) return;
    this.el.normalizePhone();
    const patch = this.el.validPatch(base);
    if (!patch) return;
    let ifMatch: IfMatch | undefined = conflict.current?.version;
    if (ifMatch === undefined) {
      // The 412 came without the current record (a proxy's page): ask for it, so the overwrite is still exact.
      const fresh = await this.el.fetchCurrent();
      if (!fresh) return;
      ifMatch = fresh.etag;
    }
    this.conflict = undefined;
    await this.send(patch, base, ifMatch);
  };

  renderConflict(conflict: Conflict): TemplateResult {
    const view: SummaryView = this.el.view();
    const base = this.el.saved()!;
    const mine = companyValues(this.el.form.draft);
    const rows: ConflictRow[] = conflict.theirs.map((path) => ({
      label: pathLabel(view.t, path),
      theirs: conflict.current ? displayValue(view, path, valueAt(conflict.current, path)) : undefined,
      yours: displayValue(view, path, valueAt(mine, path)),
      mine: valueAt(mine, path) !== valueAt(base, path),
    }));
    return conflictPanel({
      t: view.t,
      rows,
      busy: this.saving,
      onReload: () => void this.reloadTheirs(),
      onOverwrite: () => void this.overwrite(),
    });
  }
}
