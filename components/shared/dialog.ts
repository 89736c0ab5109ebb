import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { DialogRequestCloseEvent, type DialogRequestCloseDetail } from './events.js';
import { deepActiveElement, restoreFocus } from './focus.js';

/** The footer of a dialog that holds a form: Cancel, then the form's submit button. */
export interface FormFooter {
  /** The `id` of the `<form>` in the body: the button submits it from outside. */
  form: string;
  cancelLabel: string;
  submitLabel: string;
  /** While a save runs the button says `busyLabel` and is `aria-disabled` (it keeps focus; guard the submit). */
  busy: boolean;
  busyLabel: string;
}

export interface DialogTemplate {
  /** Unique within the host's shadow root; the title gets `<id>-title`. */
  id: string;
  title: string;
  body: TemplateResult | string;
  /** Buttons for the footer; give the one to focus first the `autofocus` attribute. */
  footer?: TemplateResult;
  /** Accessible label of the × button; without it there is no × button. */
  closeLabel?: string;
  /** Extra class on the `<dialog>`, e.g. `wide`. */
  size?: 'narrow' | 'wide';
}

/**
 * A modal on native `<dialog>` + `showModal()`: the browser traps focus, makes the page inert and honours
 * `autofocus`. This controller adds what the element lacks: Escape (and the × button) fire a cancelable
 * `dialog-request-close` first, and focus returns to whatever opened the dialog. Nested dialogs close top
 * first because the inner one handles Escape before it bubbles.
 *
 * ```ts
 * private readonly editor = new DialogController(this);
 * render() { return this.editor.render({ id: 'edit', title: 'Edit', body: html`...` }); }
 * this.editor.show();
 * ```
 */
export class DialogController implements ReactiveController {
  /** Whether the dialog is open (or opening). */
  open = false;
  private readonly dialog = createRef<HTMLDialogElement>();
  private trigger: HTMLElement | null = null;
  private onClosed?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Removed from the page: the dialog is gone, so whoever waits on `closed()` is answered now. */
  hostDisconnected(): void {
    this.trigger = null;
    if (this.open) this.finish(false);
  }

  /** Opens the dialog and resolves once it is shown; `closed()` resolves when it closes. */
  async show(): Promise<void> {
    if (this.open && this.dialog.value?.open) return;
    this.trigger = deepActiveElement();
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.dialog.value;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Resolves when the dialog next closes. */
  closed(): Promise<void> {
    return new Promise((resolve) => {
      const previous = this.onClosed;
      this.onClosed = () => {
        previous?.();
        resolve();
      };
    });
  }

  /** Asks to close: fires `dialog-request-close`; closes unless a listener prevents it. Returns whether it closed. */
  requestClose(source: DialogRequestCloseDetail['source']): boolean {
    const dialog = this.dialog.value;
    if (!dialog) return false;
    const request = new DialogRequestCloseEvent({ source });
    dialog.dispatchEvent(request);
    if (request.defaultPrevented) return false;
    this.close();
    return true;
  }

  /** Closes without asking. */
  close(): void {
    const dialog = this.dialog.value;
    if (!dialog?.open) return;
    dialog.close();
    // Chrome fires `close` on the next animation frame, which a background tab never gets (nor the second page
    // when test files run two at a time): finish now instead of waiting for the event.
    this.finish();
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Cancelling keydown stops the browser's own close request, so the request event decides alone.
    event.preventDefault();
    event.stopPropagation();
    this.requestClose('escape');
  };

  /** Other close requests (e.g. a device back gesture) arrive as `cancel`. */
  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.requestClose('escape');
  };

  private readonly onClose = (event: Event): void => {
    // `close` does not bubble, but a nested dialog's could reach us through a listener on an ancestor.
    if (event.target !== this.dialog.value) return;
    this.finish();
  };

  /** Once per closing, whether `close()` or the browser's `close` event gets here first. */
  private finish(refocus = true): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (refocus) restoreFocus(this.trigger);
    this.trigger = null;
    const done = this.onClosed;
    this.onClosed = undefined;
    done?.();
  }

  /** Cancel (asks to close, like Escape) and the submit button of `options.form`. */
  formFooter(options: FormFooter): TemplateResult {
    return html`<button class="button" part="button" type="button" @click=${() => this.requestClose('cancel-button')}>
        ${options.cancelLabel}
      </button>
      <button
        class="button primary end"
        part="button button-primary"
        type="submit"
        form=${options.form}
        aria-disabled=${options.busy ? 'true' : 'false'}
      >
        ${options.busy ? options.busyLabel : options.submitLabel}
      </button>`;
  }

  render(options: DialogTemplate): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    const titleId = `${options.id}-title`;
    // `<div>`s, not `<header>`/`<footer>`: outside sectioning content those are the page's banner and
    // contentinfo landmarks, and the element around the dialog may have its own.
    return html`<dialog
      ${ref(this.dialog)}
      id=${options.id}
      class="dialog ${options.size ?? ''}"
      part="dialog"
      aria-labelledby=${titleId}
      @keydown=${this.onKeyDown}
      @cancel=${this.onCancel}
      @close=${this.onClose}
    >
      <div class="dialog-header" part="dialog-header">
        <h2 id=${titleId} class="dialog-title">${options.title}</h2>
        ${
          options.closeLabel
            ? html`<button
                class="button quiet dialog-close"
                part="button dialog-close"
                type="button"
                aria-label=${options.closeLabel}
                @click=${() => this.requestClose('close-button')}
              >
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
              </button>`
            : nothing
        }
      </div>
      <div class="dialog-body" part="dialog-body">${options.body}</div>
      ${options.footer ? html`<div class="dialog-footer actions" part="dialog-footer">${options.footer}</div>` : nothing}
    </dialog>`;
  }
}
