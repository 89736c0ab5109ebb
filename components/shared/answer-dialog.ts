import type { nothing} from 'lit';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DialogController } from './dialog.js';

/** One button of a question: what it says and what `ask()` resolves to when it is pressed. */
export interface Answer<T> {
  value: T;
  label: string;
  /** `primary` (default for the last answer), `danger`, or a plain button. */
  kind?: 'primary' | 'danger' | 'plain';
  /** Focus starts here; without it, on the last answer (or the first, when the last is `danger`). */
  autofocus?: boolean;
}

export interface Question<T> {
  title: string;
  /** Plain text (a paragraph) or a template: say what happens, including what else goes. */
  body: TemplateResult | string;
  /** The buttons in reading order; the last one sits at the end of the row (on top when the row stacks). */
  answers: readonly Answer<T>[];
  /** The answer when the user dismisses the question (Escape, ×) or the element is removed meanwhile. */
  dismissed: T;
  /** Accessible label of a × button; without it there is none. */
  closeLabel?: string;
}

/**
 * The one "dialog that returns an answer": `await this.question.ask({ title, body, answers, dismissed })`
 * resolves to the `value` of the button pressed, or to `dismissed` on Escape, ×, a newer question, or when the
 * host leaves the page (a pending answer never hangs). `ConfirmController` is the yes/no case of it; the
 * equipment picker's "move these units?" is a three-way one. Put `${this.question.render()}` in the template.
 */
export class AnswerDialogController<T = unknown> implements ReactiveController {
  private readonly dialog: DialogController;
  private pending?: { question: Question<T>; answer: T; resolve: (answer: T) => void };

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    /** The dialog's id, unique in the host's shadow root; the title gets `<id>-title`. */
    private readonly id = 'question',
  ) {
    host.addController(this);
    this.dialog = new DialogController(host);
  }

  hostConnected(): void {}

  /** Whether a question is open. */
  get open(): boolean {
    return this.dialog.open;
  }

  async ask<A extends T>(question: Question<A>): Promise<A> {
    // A second question while one is open dismisses the first: only one question at a time.
    this.settle();
    const answer = new Promise<A>((resolve) => {
      this.pending = { question, answer: question.dismissed, resolve: resolve as (answer: T) => void };
    });
    const closed = this.dialog.closed();
    await this.dialog.show();
    closed.then(() => this.settle());
    return answer;
  }

  private settle(): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(pending.answer);
  }

  private choose(answer: T): void {
    if (!this.pending) return;
    // The dismissing answer (Cancel) asks like Escape does, so a `dialog-request-close` listener can keep it open.
    if (Object.is(answer, this.pending.question.dismissed)) {
      this.dialog.requestClose('cancel-button');
      return;
    }
    this.pending.answer = answer;
    this.dialog.close();
  }

  render(): TemplateResult | typeof nothing {
    const question = this.pending?.question;
    if (!question) return this.dialog.render({ id: this.id, title: '', body: '' });
    const answers = question.answers;
    const last = answers.length - 1;
    const focusIndex = answers.findIndex((answer) => answer.autofocus);
    const focus = focusIndex >= 0 ? focusIndex : answers[last]?.kind === 'danger' ? 0 : last;
    return this.dialog.render({
      id: this.id,
      title: question.title,
      size: 'narrow',
      ...(question.closeLabel ? { closeLabel: question.closeLabel } : {}),
      body: typeof question.body === 'string' ? html`<p class="confirm-body">${question.body}</p>` : question.body,
      footer: html`${answers.map((answer, index) => {
        const kind = answer.kind ?? (index === last ? 'primary' : 'plain');
        const style = kind === 'plain' ? '' : kind;
        return html`<button
          class="button ${style} ${index === last ? 'end' : ''}"
          part="button ${kind === 'plain' ? '' : `button-${kind}`}"
          type="button"
          ?autofocus=${index === focus}
          @click=${() => this.choose(answer.value)}
        >
          ${answer.label}
        </button>`;
      })}`,
    });
  }
}
