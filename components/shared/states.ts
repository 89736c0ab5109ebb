import { html, nothing, type TemplateResult } from 'lit';

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
