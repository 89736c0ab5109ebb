import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite status region for messages a screen reader should hear without moving focus ("Contact 2 removed",
 * "3 selected", "Saving…"). The region is always rendered, because a live region added together with its
 * text is often not announced; `announce()` then changes only its text.
 */
export class LiveRegionController implements ReactiveController {
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(protected readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Says `message` politely. Repeating the same text is announced again (cleared first, then set). */
  announce(message: string): void {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.message = message;
      this.host.requestUpdate();
    }, 50);
  }

  /** Empties the region at once. */
  clear(): void {
    clearTimeout(this.timer);
    if (!this.message) return;
    this.message = '';
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
