import type { nothing, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { AnswerDialogController } from './answer-dialog.js';

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
 * Escape, Cancel, a newer question and the host leaving the page all answer `false`. The yes/no case of
 * `AnswerDialogController`. Put `${this.confirmer.render()}` anywhere in the host's template.
 */
export class ConfirmController implements ReactiveController {
  private readonly question: AnswerDialogController<boolean>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    /** Fallback labels, usually from the host's `LocalizeController`. */
    private readonly labels: () => { cancel: string; close: string },
    id = 'confirm',
  ) {
    host.addController(this);
    this.question = new AnswerDialogController<boolean>(host, id);
  }

  hostConnected(): void {}

  /** Whether a question is open. */
  get open(): boolean {
    return this.question.open;
  }

  confirm(options: ConfirmOptions): Promise<boolean> {
    return this.question.ask({
      title: options.title,
      body: options.body,
      dismissed: false,
      answers: [
        { value: false, label: options.cancelLabel ?? this.labels().cancel, autofocus: options.danger ?? false },
        { value: true, label: options.confirmLabel, kind: options.danger ? 'danger' : 'primary' },
      ],
    });
  }

  render(): TemplateResult | typeof nothing {
    return this.question.render();
  }
}
