import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import { PermissionError, type CustomerApiError } from '../../src/errors.js';
import type { ConfirmController } from '../shared/confirm.js';
import type { CurrentUserController } from '../shared/current-user.js';
import { describeError } from '../shared/errors.js';
import { EquipmentUnassignedEvent, EquipmentUnassignRequestEvent } from '../shared/events.js';
import type { LiveRegionController } from '../shared/live-region.js';
import type { LocalizeController } from '../shared/localize.js';
import { errorState, SuccessMessageController } from '../shared/states.js';
import type { AssignerStrings } from './i18n/en.js';
import { changedIds, skippedUnits, type SkippedUnit } from './outcome.js';
import { outcomeNotice } from './assigner-view.js';
import type { PickerResultDetail } from './picker-assigning.js';
import type { UnitSelection } from './unit-selection.js';

export interface UnassigningOptions {
  client(): CustomerClient | undefined;
  customerId(): string;
  selection: UnitSelection;
  l10n: LocalizeController<AssignerStrings>;
  live: LiveRegionController;
  user: CurrentUserController;
  confirmer: ConfirmController;
  /** The server changed: load the rows on screen again. */
  refresh(): void;
  /** The action panel (and its focused button) went away: put focus on the list. */
  focusList(): void;
}

/**
 * What writes do to `<equipment-assigner>` and what it says about them: Unassign (confirm, the cancelable
 * `equipment-unassign-request`, one request, the outcome), the picker's result, and failures with Retry. Success
 * is the one visible success message; units the server skipped are a warning that lists them and why.
 */
export class Unassigning implements ReactiveController {
  /** An unassign request is under way. */
  busy = false;
  failure?: { message: string; detail: string; retryable: boolean };
  /** Units the last write left as they were, with the message about the write. */
  private skipped?: { message: string; skipped: SkippedUnit[] };
  private readonly success: SuccessMessageController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UnassigningOptions,
  ) {
    host.addController(this);
    this.success = new SuccessMessageController(host, () => options.l10n.t.close);
  }

  hostConnected(): void {}

  private format = (count: number): string => this.options.l10n.formatNumber(count);

  /** Another customer or client: nothing said so far applies. */
  clear(): void {
    this.failure = undefined;
    this.skipped = undefined;
    this.success.clear();
  }

  /** Asks, fires the cancelable request, then unassigns the selected units in one request. */
  async unassignSelected(): Promise<void> {
    const count = this.options.selection.size;
    if (!count || this.busy || this.options.selection.busy || !this.options.user.canManage) return;
    const t = this.options.l10n.t;
    const ok = await this.options.confirmer.confirm({
      title: t.unassignTitle(count, this.format(count)),
      body: t.unassignBody,
      confirmLabel: t.unassignEquipment,
      danger: true,
    });
    if (ok) await this.unassign();
  }

  /** Sends the unassign for the selection (also Retry after a failure), unless a listener cancels it. */
  async unassign(): Promise<void> {
    const client = this.options.client();
    const { selection, l10n, live } = this.options;
    const ids = [...selection.selected];
    if (!client || !ids.length || this.busy || selection.busy) return;
    const customerId = this.options.customerId();
    const request = new EquipmentUnassignRequestEvent({ customerId, equipmentIds: ids });
    if (!this.host.dispatchEvent(request)) return;
    const t = l10n.t;
    this.busy = true;
    this.clear();
    this.host.requestUpdate();
    live.announce(t.unassigning);
    try {
      const result = await client.assignments.unassign(customerId, ids);
      this.unassigned(ids, result.skipped, true);
    } catch (error) {
      const partial = (error as CustomerApiError).partial;
      if (partial?.applied.length) this.unassigned(partial.applied, partial.result.skipped, false);
      if (error instanceof PermissionError) this.options.user.markDenied();
      const done = partial?.applied.length
        ? t.partialDone(this.format(partial.applied.length), this.format(selection.size))
        : '';
      this.showFailure(t.unassignFailed, error, done);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** What the server did: refresh the list, tell the host, say it, and say what was skipped and why. */
  private unassigned(ids: string[], skipped: { id: string; reason: string }[], complete: boolean): void {
    const { selection, l10n } = this.options;
    const changed = changedIds(ids, { assigned: 0, unassigned: 0, moved: 0, skipped });
    const message = l10n.t.unassignedDone(changed.length, this.format(changed.length));
    this.said(message, skippedUnits(skipped, selection.units, l10n.t));
    selection.drop(ids);
    this.options.refresh();
    if (changed.length) {
      const customerId = this.options.customerId();
      this.host.dispatchEvent(new EquipmentUnassignedEvent({ customerId, equipmentIds: changed }));
    }
    if (complete) this.options.focusList();
  }

  /** The picker assigned units: refresh the list and say so. */
  assigned({ assigned, skipped }: PickerResultDetail): void {
    this.said(this.options.l10n.t.assignedDone(assigned.length, this.format(assigned.length)), skipped);
    this.options.refresh();
  }

  private said(message: string, skipped: SkippedUnit[]): void {
    this.skipped = skipped.length ? { message, skipped } : undefined;
    if (skipped.length) this.success.clear();
    else this.success.show(message);
    this.options.live.announce(message);
    this.host.requestUpdate();
  }

  private dismiss = (): void => {
    this.skipped = undefined;
    this.host.requestUpdate();
  };

  showFailure(title: string, error: unknown, detail = ''): void {
    const t = this.options.l10n.t;
    const described = describeError(error, t);
    const kept = described.retryable && this.options.selection.size ? t.selectionKept : '';
    this.failure = {
      message: `${title} ${described.message}`,
      detail: [detail, kept].filter(Boolean).join(' '),
      retryable: described.retryable,
    };
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const t = this.options.l10n.t;
    const { failure, skipped } = this;
    return html`${
      failure
        ? errorState({
            title: failure.message,
            message: failure.detail,
            retryLabel: failure.retryable && this.options.selection.size ? t.retry : undefined,
            busy: this.busy || this.options.selection.busy,
            onRetry: () => void this.unassign(),
          })
        : nothing
    }
    ${skipped ? outcomeNotice(t, skipped, this.format, this.dismiss) : nothing} ${this.success.render()}`;
  }
}
