import { html, nothing, type TemplateResult } from 'lit';
import type { DetailsText } from './i18n/en.js';

export interface ConflictRow {
  label: string;
  /** The server's value now, as text; `undefined` when empty. */
  theirs: string | undefined;
  /** The user's value, as text; `undefined` when empty. */
  yours: string | undefined;
  /** Whether the user changed this field too (otherwise "yours" is just what they started from). */
  mine: boolean;
}

export interface ConflictOptions {
  t: DetailsText;
  rows: ConflictRow[];
  busy: boolean;
  onReload: () => void;
  onOverwrite: () => void;
}

/**
 * The 412 panel: what the other person changed, field by field against the user's edit, and the two ways on.
 * Nothing here saves by itself: overwriting is a separate, labelled button.
 */
export function conflictPanel({ t, rows, busy, onReload, onOverwrite }: ConflictOptions): TemplateResult {
  const cell = (value: string | undefined) => (value ? value : html`<span class="muted">${t.notGiven}</span>`);
  return html`<section class="conflict notice warning panel" part="conflict" aria-labelledby="conflict-title">
    <h3 id="conflict-title" class="panel-title" tabindex="-1">${t.conflictTitle}</h3>
    <p>${t.conflictBody}</p>
    ${
      rows.length
        ? html`<ul class="diff" part="conflict-list">
            ${rows.map(
              (row) =>
                html`<li class=${row.mine ? 'both' : ''}>
                  <p class="diff-field">${row.label}</p>
                  <dl>
                    <div>
                      <dt>${t.conflictTheirs}</dt>
                      <dd>${cell(row.theirs)}</dd>
                    </div>
                    <div>
                      <dt>${t.conflictYours}</dt>
                      <dd>
                        ${row.mine ? cell(row.yours) : html`<span class="muted">${t.conflictNotChangedByYou}</span>`}
                      </dd>
                    </div>
                  </dl>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="actions">
      <button
        class="button primary"
        part="button button-reload"
        type="button"
        data-reload
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => !busy && onReload()}
      >
        ${t.conflictReload}
      </button>
      <button
        class="button"
        part="button button-overwrite"
        type="button"
        data-overwrite
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => !busy && onOverwrite()}
      >
        ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.conflictOverwrite}
      </button>
    </div>
  </section>`;
}

/** After "reload": the edits that were not saved, as typed, so the user can copy them into the fresh form. */
export function keptEditsPanel(
  t: DetailsText,
  rows: readonly { label: string; value: string | undefined }[],
  onClose: () => void,
): TemplateResult {
  return html`<section class="kept notice panel" part="kept-edits" aria-labelledby="kept-title">
    <h3 id="kept-title" class="panel-title" tabindex="-1">${t.keptEditsTitle}</h3>
    <p>${t.keptEditsBody}</p>
    <dl class="details-list">
      ${rows.map(
        (row) =>
          html`<div class="row">
            <dt>${row.label}</dt>
            <dd class=${row.value ? '' : 'muted'}>${row.value || t.notGiven}</dd>
          </div>`,
      )}
    </dl>
    <div class="actions">
      <button class="button quiet" part="button button-close" type="button" @click=${onClose}>${t.close}</button>
    </div>
  </section>`;
}
