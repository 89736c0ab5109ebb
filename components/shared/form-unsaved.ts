import type { ConfirmController } from './confirm.js';
import type { Strings } from './i18n/en.js';

/**
 * The one "unsaved changes" guard: before Cancel (or leaving a tab, or another customer) throws typed input
 * away, ask. Resolves `true` when there is nothing to lose or the user chose to discard.
 *
 * ```ts
 * private readonly unsaved = new UnsavedChangesGuard(() => this.form.dirty, this.confirmer, () => this.l10n.t);
 * async cancel() { if (await this.unsaved.confirmDiscard()) this.stopEditing(); }
 * ```
 *
 * Elements with a form expose it as `hasUnsavedChanges` and `confirmDiscard()`, so a container
 * (`<customer-manager>`) can ask before it swaps the element's content.
 */
export class UnsavedChangesGuard {
  constructor(
    private readonly dirty: () => boolean,
    private readonly confirmer: ConfirmController,
    private readonly t: () => Pick<Strings, 'unsavedTitle' | 'unsavedBody' | 'unsavedDiscard' | 'unsavedKeep'>,
  ) {}

  get hasUnsavedChanges(): boolean {
    return this.dirty();
  }

  async confirmDiscard(): Promise<boolean> {
    if (!this.dirty()) return true;
    const t = this.t();
    return this.confirmer.confirm({
      title: t.unsavedTitle,
      body: t.unsavedBody,
      confirmLabel: t.unsavedDiscard,
      cancelLabel: t.unsavedKeep,
      danger: true,
    });
  }
}
