import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LiveRegionController } from './live-region.js';
import type { CurrentUserController } from './current-user.js';
import { describeError } from './errors.js';
import type { Strings } from './i18n/en.js';

/**
 * The states every element shows: loading, empty, error (with Retry) and notices. Plain text in, never HTML.
 */

export function loadingState(label: string): TemplateResult {
  return html`<div class="state loading" part="loading" role="status">
    <span class="spinner" aria-hidden="true"></span><span>${label}</span>
  </div>`;
}

export function emptyState(message: string, action?: TemplateResult): TemplateResult {
  return html`<div class="state empty" part="empty">
    <p>${message}</p>
    ${action ?? nothing}
  </div>`;
}

/**
 * An error with what to do: `role="alert"` so it is heard at once, and a Retry button when `onRetry` is given.
 * Keep what the user typed elsewhere on the page; this only reports.
 */
export function errorState(options: {
  title?: string;
  message: string;
  detail?: string;
  retryLabel?: string;
  onRetry?: () => void;
  busy?: boolean;
}): TemplateResult {
  return html`<div class="state error-state" part="error-state" role="alert">
    <div class="state-text">
      ${options.title ? html`<p class="state-title">${options.title}</p>` : nothing}
      <p>${options.message}</p>
      ${options.detail ? html`<p class="state-detail">${options.detail}</p>` : nothing}
    </div>
    ${
      options.onRetry && options.retryLabel
        ? html`<button
            class="button"
            part="button button-retry"
            type="button"
            aria-disabled=${options.busy ? 'true' : 'false'}
            @click=${() => !options.busy && options.onRetry?.()}
          >
            ${options.retryLabel}
          </button>`
        : nothing
    }
  </div>`;
}

/** A load that failed: what could not load, why (from `describeError`), and Retry. */
export function loadFailedState(failed: string, error: unknown, t: Strings, onRetry: () => void): TemplateResult {
  return errorState({ message: `${failed} ${describeError(error, t).message}`, retryLabel: t.retry, onRetry });
}

/** A calm message in the flow: `info`, `warning` or `success`. `role="status"` so it is announced politely. */
export function notice(
  kind: 'info' | 'warning' | 'success',
  content: TemplateResult | string,
  options: { id?: string; focusable?: boolean } = {},
): TemplateResult {
  return html`<div
    class="notice ${kind}"
    part="notice notice-${kind}"
    role="status"
    id=${options.id ?? nothing}
    tabindex=${options.focusable ? '-1' : nothing}
  >
    ${content}
  </div>`;
}

/** What `permissionGate()` needs: the host's `CurrentUserController` and its strings. */
export interface GateOptions {
  user: CurrentUserController;
  t: Strings;
  /** The sentence under "You can view customers, but not change them": `t.noPermissionCreate` or `…Change`. */
  reason: string;
  /** Whether a missing permission blocks everything (a create form) or only the controls that write. */
  blocking?: boolean;
  /** The explanation's title when the element is about something narrower than customers; default `t.noPermissionTitle`. */
  title?: string;
}

/**
 * The one permission gate: while the user loads, a loading state (only when `blocking`); when loading failed,
 * an error with Retry; without `manageCustomers`, the read-only explanation. `undefined` when writes are
 * allowed, so `${permissionGate(…) ?? this.renderForm()}`.
 */
export function permissionGate(options: GateOptions): TemplateResult | undefined {
  const { user, t } = options;
  const state = user.state;
  if (user.canManage === true) return undefined;
  if (user.canManage === false) {
    return notice(
      'info',
      html`<p class="notice-title">${options.title ?? t.noPermissionTitle}</p>
        <p>${options.reason}</p>`,
    );
  }
  if (state.status === 'error') return loadFailedState(t.userLoadFailed, state.error, t, () => user.retry());
  return options.blocking ? loadingState(t.loading) : undefined;
}

/**
 * The one visible success message ("Your changes are saved.", "2 contacts deleted."): a polite `role="status"`
 * that is always in the DOM (a live region added with its text is often not heard) and shows the text as a
 * success notice until the next `show()`/`clear()` or the user closes it. Use it instead of, not beside, a
 * live-region announcement of the same words, or screen readers hear them twice.
 *
 * ```ts
 * private readonly success = new SuccessMessageController(this, () => this.l10n.t.close);
 * this.success.show(t.changesSaved);   // after the write
 * ${this.success.render()}             // where the user looks: above the form's buttons, or the list
 * ```
 */
export class SuccessMessageController extends LiveRegionController {
  constructor(
    host: ReactiveControllerHost,
    /** The accessible label of the close button. */
    private readonly closeLabel: () => string,
  ) {
    super(host);
  }

  /** Shows `message`; the same text again is announced again (emptied first, then set). */
  show(message: string): void {
    this.announce(message);
  }

  override render(): TemplateResult {
    return html`<div class="success-message" role="status" aria-live="polite" aria-atomic="true">
      ${
        this.message
          ? html`<div class="notice success success-notice" part="notice notice-success success">
              <span aria-hidden="true" class="success-icon">✓</span>
              <span class="success-text">${this.message}</span>
              <button
                class="button quiet success-close"
                part="button button-close"
                type="button"
                aria-label=${this.closeLabel()}
                @click=${() => this.clear()}
              >
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}
