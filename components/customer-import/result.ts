import { html, nothing, type TemplateResult } from 'lit';
import type { ImportManyResult } from '../../src/client/types.js';
import type { Strings } from '../shared/i18n/en.js';
import type { ImportStrings } from './i18n/en.js';
import { lineLabel } from './plan.js';
import type { UndoOutcome } from './run.js';

type T = Strings & ImportStrings;

export interface ImportView {
  t: T;
  format: (value: number) => string;
  progress: { done: number; total: number };
  running: boolean;
  cancelled: boolean;
  result: ImportManyResult | undefined;
  failedCount: number;
  undo: { running: boolean; done: number; total: number; outcomes: UndoOutcome[] | undefined; available: boolean };
  onCancel: () => void;
  onDownloadFailed: () => void;
  onRetry: () => void;
  onUndo: () => void;
  onStartOver: () => void;
}

function progressBar(label: string, done: number, total: number): TemplateResult {
  return html`<div class="progress-row">
    <progress part="progress" max=${Math.max(total, 1)} .value=${done} aria-label=${label}></progress>
    <span class="progress-text" role="status">${label}</span>
  </div>`;
}

/** Step 4: progress with Cancel while running; then the outcome, the failed rows to download, Retry and Undo. */
export function importStep(view: ImportView): TemplateResult {
  const { t, format, result } = view;
  if (view.running) {
    return html`${progressBar(t.importing(format(view.progress.done), format(view.progress.total)), view.progress.done, view.progress.total)}
      <div class="actions">
        <button class="button danger" part="button button-cancel" type="button" @click=${view.onCancel}>
          ${t.cancelImport}
        </button>
      </div>`;
  }
  if (!result) return html``;
  const undo = view.undo;
  const refused = undo.outcomes?.filter((outcome) => outcome.status !== 'undone') ?? [];
  return html`<h3 class="done-title" id="done-title" tabindex="-1">${t.doneTitle}</h3>
    ${view.cancelled ? html`<p class="notice warning" part="notice notice-warning" role="status">${t.cancelled}</p>` : nothing}
    <p class="summary" part="summary" role="status">
      ${t.doneSummary(format(result.created), format(result.updated), format(result.unchanged), format(view.failedCount))}
    </p>
    <div class="actions">
      ${
        view.failedCount
          ? html`<button
                class="button"
                part="button button-download-failed"
                type="button"
                @click=${view.onDownloadFailed}
              >
                ${t.downloadFailed(format(view.failedCount))}
              </button>
              ${
                result.failed
                  ? html`<button class="button" part="button button-retry" type="button" @click=${view.onRetry}>
                      ${t.retryFailed}
                    </button>`
                  : nothing
              }`
          : nothing
      }
      ${
        undo.available && !undo.outcomes
          ? html`<button
              class="button danger"
              part="button button-undo"
              type="button"
              aria-disabled=${undo.running ? 'true' : 'false'}
              @click=${() => !undo.running && view.onUndo()}
            >
              ${t.undo}
            </button>`
          : nothing
      }
      <button class="button quiet" part="button button-start-over" type="button" @click=${view.onStartOver}>
        ${t.startOver}
      </button>
    </div>
    ${undo.running ? progressBar(t.undoing(format(undo.done), format(undo.total)), undo.done, undo.total) : nothing}
    ${
      undo.outcomes
        ? html`<div class="undo-result" part="undo-result" role="status" id="undo-result" tabindex="-1">
            ${
              refused.length === 0
                ? html`<p>${t.undone}</p>`
                : html`<p>${t.undoRefused(refused.length)}</p>
                    <ul>
                      ${refused.map(
                        (outcome) =>
                          html`<li>
                            ${
                              outcome.status === 'refused'
                                ? t.undoRefusedRow(lineLabel(outcome.item.entry), outcome.item.customer.name)
                                : t.undoFailedRow(
                                    lineLabel(outcome.item.entry),
                                    outcome.item.customer.name,
                                    outcome.error?.message ?? '',
                                  )
                            }
                          </li>`,
                      )}
                    </ul>`
            }
          </div>`
        : nothing
    }`;
}
