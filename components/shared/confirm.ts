import { html, type nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DialogController } from './dialog.js';

export interface ConfirmOptions {
  title: string;
  /** Plain text: say what will happen, including what else goes (e.g. "12 equipment assignments"). */
  body: string;
  confirmLabel: string;
  /** Defaults to the host's `cancel` string. */
  cancelLabel?: string;
  /** A destructive action: red confirm button, and focus starts on Cancel. */
  danger?: boolean;
}

/**
 * `await this.confirmer.confirm({ title, body, confirmLabel, danger })` → `true` only if the user confirmed.
 * Escape, Cancel and × all answer `false`. Put `${this.confirmer.render()}` anywhere in the host's template.
 */
export class ConfirmController implements ReactiveController {
  private readonly dialog: DialogController;
  private pending?: { options: ConfirmOptions; answer: boolean; resolve: (ok: boolean) => void };

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    /** Fallback labels, usually from the host's `LocalizeController`. */
    private readonly labels: () => { cancel: string; close: string },
    private readonly id = 'confirm',
  ) {
    host.addController(this);
    this.dialog = new DialogController(host);
  }

  hostConnected(): void {}

  async confirm(options: ConfirmOptions): Promise<boolean> {
    // A second request while one is open answers the first with "no": only one question at a time.
    this.pending?.resolve(false);
    const answer = new Promise<boolean>((resolve) => {
      this.pending = { options, answer: false, resolve };
    });
    const closed = this.dialog.closed();
    await this.dialog.show();
    closed.then(() => {
      const pending = this.pending;
      this.pending = undefined;
      pending?.resolve(pending.answer);
    });
    return answer;
  }

  private answer(ok: boolean): void {
    if (this.pending) this.pending.answer = ok;
    if (ok) this.dialog.close();
    else this.dialog.requestClose('cancel-button');
  }

  render(): TemplateResult | typeof nothing {
    const options = this.pending?.options;
    const labels = this.labels();
    return this.dialog.render({
      id: this.id,
      title: options?.title ?? '',
      size: 'narrow',
      body: html`<p class="confirm-body">${options?.body ?? ''}</p>`,
      footer: html`<button
          class="button"
          part="button"
          type="button"
          ?autofocus=${options?.danger ?? false}
          @click=${() => this.answer(false)}
        >
          ${options?.cancelLabel ?? labels.cancel}
        </button>
        <button
          class="button ${options?.danger ? 'danger' : 'primary'} end"
          part="button ${options?.danger ? 'button-danger' : 'button-primary'}"
          type="button"
          ?autofocus=${!options?.danger}
          @click=${() => this.answer(true)}
        >
          ${options?.confirmLabel ?? ''}
        </button>`,
    });
  }
}
