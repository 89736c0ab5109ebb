import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import { ConflictError, PermissionError } from '../../src/errors.js';
import type { AssignmentResult } from '../../src/schemas/assignment.js';
import { AnswerDialogController } from '../shared/answer-dialog.js';
import { describeError } from '../shared/errors.js';
import { EquipmentAssignedEvent } from '../shared/events.js';
import type { LiveRegionController } from '../shared/live-region.js';
import type { LocalizeController } from '../shared/localize.js';
import { errorState } from '../shared/states.js';
import type { AssignerStrings } from './i18n/en.js';
import { AssignFailure, ownersOf, runAssignment } from './assign-run.js';
import { changedIds, skippedUnits, type SkippedUnit } from './outcome.js';
import { progressView } from './picker-view.js';
import type { UnitSelection } from './unit-selection.js';

type MoveChoice = 'move' | 'skip' | 'cancel';

export interface PickerResultDetail {
  /** Units now assigned to the customer. */
  assigned: string[];
  /** Units the server left as they were, and why. */
  skipped: SkippedUnit[];
}

/** Internal: tells `<equipment-assigner>` what an Assign did, skipped units included. Not composed. */
export class PickerResultEvent extends CustomEvent<PickerResultDetail> {
  static readonly eventName = 'picker-result';
  constructor(detail: PickerResultDetail) {
    super(PickerResultEvent.eventName, { bubbles: true, detail });
  }
}

export interface AssigningOptions {
  client(): CustomerClient | undefined;
  customerId(): string;
  selection: UnitSelection;
  l10n: LocalizeController<AssignerStrings>;
  live: LiveRegionController;
  /** Success: close the dialog (focus goes back to what opened it). */
  done(): void;
}

/**
 * The picker's Assign: the question about units of other customers (the shared answer dialog), the batches with
 * their progress, the outcome (a retry's "already assigned" counts as done), and failures with Retry. Owns the
 * progress bar, the failure message and the question, and renders them.
 */
export class PickerAssigning implements ReactiveController {
  /** Ids sent so far while an Assign runs. */
  progress?: { done: number; total: number };
  failure?: { message: string; detail: string; retryable: boolean };
  /** Ids sent in an earlier attempt: after a lost answer, "already assigned" on Retry means it worked. */
  private attempted = new Set<string>();
  private readonly question: AnswerDialogController<MoveChoice>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AssigningOptions,
  ) {
    host.addController(this);
    this.question = new AnswerDialogController<MoveChoice>(host, 'move');
  }

  hostConnected(): void {}

  /** A new dialog: nothing tried, nothing failed. */
  reset(): void {
    this.failure = undefined;
    this.attempted = new Set();
  }

  private format = (count: number): string => this.options.l10n.formatNumber(count);

  /**
   * Sends the selection. Units of other customers are moved only after the user says so; without that they are
   * left out or nothing is sent. Resolves when done, whatever the outcome.
   */
  async assign(): Promise<void> {
    const { selection } = this.options;
    const client = this.options.client();
    if (!client || this.progress || selection.busy || !selection.size) return;
    const customerId = this.options.customerId();
    const ids = [...selection.selected];
    const others = ids.filter((id) => {
      const owner = selection.units.get(id)?.customer;
      return owner != null && owner.id !== customerId;
    });
    let plain = ids;
    let moving: string[] = [];
    if (others.length) {
      const choice = await this.askMove(others, ids.length);
      if (choice === 'cancel') return;
      const otherSet = new Set(others);
      plain = ids.filter((id) => !otherSet.has(id));
      if (choice === 'move') moving = others;
    }
    if (plain.length || moving.length) await this.send(client, plain, moving);
  }

  private askMove(others: string[], selected: number): Promise<MoveChoice> {
    const t = this.options.l10n.t;
    const owners = ownersOf(others, this.options.selection.units, this.options.l10n.locale, this.format);
    return this.question.ask<MoveChoice>({
      title: t.moveTitle(others.length, this.format(others.length)),
      body: t.moveBody(owners),
      closeLabel: t.close,
      dismissed: 'cancel',
      answers: [
        { value: 'cancel', label: t.cancel },
        // Only when something else is chosen too: otherwise "the others" are none.
        ...(others.length === selected ? [] : [{ value: 'skip' as const, label: t.moveSkip }]),
        { value: 'move', label: t.moveConfirm, autofocus: true },
      ],
    });
  }

  private async send(client: CustomerClient, plain: string[], moving: string[]): Promise<void> {
    this.failure = undefined;
    this.progress = { done: 0, total: plain.length + moving.length };
    this.host.requestUpdate();
    this.options.live.announce(this.options.l10n.t.assigningProgress(this.format(0), this.format(this.progress.total)));
    try {
      const { applied, result } = await runAssignment({
        client,
        customerId: this.options.customerId(),
        plain,
        moving,
        onProgress: (done, total) => {
          this.progress = { done, total };
          this.host.requestUpdate();
        },
      });
      this.progress = undefined;
      this.finish(applied, result);
    } catch (error) {
      this.progress = undefined;
      if (error instanceof AssignFailure) this.failed(error);
      else this.showFailure(error);
    }
    this.host.requestUpdate();
  }

  /** Which units changed and which were skipped, counting a retry's "already assigned" as done. */
  private outcome(applied: readonly string[], result: AssignmentResult) {
    const skipped = result.skipped.filter(
      (each) => !(each.reason === 'already_assigned' && this.attempted.has(each.id)),
    );
    return { assigned: changedIds(applied, { ...result, skipped }), skipped };
  }

  private announceAssigned(assigned: string[], skipped: SkippedUnit[]): void {
    if (assigned.length) {
      const customerId = this.options.customerId();
      this.host.dispatchEvent(new EquipmentAssignedEvent({ customerId, equipmentIds: assigned }));
    }
    this.host.dispatchEvent(new PickerResultEvent({ assigned, skipped }));
  }

  /** Success (perhaps with skipped units): tell the host, close; focus goes back to the trigger. */
  private finish(applied: string[], result: AssignmentResult): void {
    const { assigned, skipped } = this.outcome(applied, result);
    this.announceAssigned(assigned, skippedUnits(skipped, this.options.selection.units, this.options.l10n.t));
    this.options.done();
  }

  private failed(failure: AssignFailure): void {
    const { error, applied } = failure;
    const { selection, l10n } = this.options;
    // The batch in flight may have gone through before its answer was lost.
    for (const id of failure.sending) this.attempted.add(id);
    if (applied.length) {
      const { assigned } = this.outcome(applied, failure.result);
      if (assigned.length) this.announceAssigned(assigned, []);
      selection.drop(applied);
    }
    if (error instanceof ConflictError && error.conflicts.length) {
      // Someone assigned these meanwhile: show their owners and ask again, as for any unit of another customer.
      for (const { id, customer } of error.conflicts) selection.update(id, { customer });
      this.failure = { message: l10n.t.conflictsFound, detail: '', retryable: true };
      this.host.requestUpdate();
      void this.assign();
      return;
    }
    const done = applied.length ? l10n.t.partialDone(this.format(applied.length), this.format(selection.size)) : '';
    this.showFailure(error, done);
  }

  /** A failure to show in the dialog, with Retry when trying again may help. */
  showFailure(error: unknown, detail = ''): void {
    const t = this.options.l10n.t;
    if (error instanceof PermissionError) {
      this.failure = { message: t.noPermissionChange, detail: '', retryable: false };
    } else {
      const described = describeError(error, t);
      this.failure = {
        message: `${t.assignFailed} ${described.message}`,
        detail: [detail, described.retryable ? t.selectionKept : ''].filter(Boolean).join(' '),
        retryable: described.retryable,
      };
    }
    this.host.requestUpdate();
    this.options.live.announce(this.failure.message);
  }

  /** The failure (with Retry) and the progress bar, for the dialog's body. */
  renderStatus(): TemplateResult {
    const t = this.options.l10n.t;
    const { failure, progress } = this;
    return html`${
      failure
        ? errorState({
            title: failure.message,
            message: failure.detail,
            retryLabel: failure.retryable ? t.retry : undefined,
            busy: Boolean(progress),
            onRetry: () => void this.assign(),
          })
        : nothing
    }
    ${
      progress
        ? progressView(t, this.format(progress.done), this.format(progress.total), progress.done, progress.total)
        : nothing
    }`;
  }

  /** The question about units of other customers. */
  renderQuestion(): TemplateResult | typeof nothing {
    return this.question.render();
  }
}
