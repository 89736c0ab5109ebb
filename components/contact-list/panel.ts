import { html, nothing, type TemplateResult } from 'lit';
import { actionPanel } from '../shared/action-panel.js';
import type { ListStrings } from './i18n/en.js';
import { notice } from '../shared/states.js';

export interface PanelView {
  t: ListStrings;
  format: (count: number) => string;
  /** Rows in edit mode; while any are, the panel offers Cancel and Save instead. */
  editing: number;
  selected: number;
  saving: boolean;
  deleting: boolean;
  onClear(): void;
  onEdit(): void;
  onDelete(): void;
  onCancel(): void;
  onSave(): void;
}

/** The action panel for the selection: Edit contacts [Rediger kontakter] and Delete contacts [Slet kontakter]. */
export function selectionPanel(view: PanelView): TemplateResult | typeof nothing {
  const { t, editing, selected } = view;
  if (!editing && !selected) return nothing;
  const countText = editing
    ? t.editingContacts(editing, view.format(editing))
    : t.selectedCount(selected, view.format(selected));
  const actions = editing
    ? html`<button class="button" part="button" type="button" data-action="cancel" @click=${view.onCancel}>
          ${t.cancel}
        </button>
        <button
          class="button primary"
          part="button button-primary button-save"
          type="button"
          data-action="save"
          aria-disabled=${view.saving ? 'true' : 'false'}
          @click=${view.onSave}
        >
          ${view.saving ? t.saving : t.save}
        </button>`
    : html`<button class="button quiet" part="button" type="button" data-action="clear" @click=${view.onClear}>
          ${t.clearSelection}
        </button>
        <button
          class="button"
          part="button button-edit"
          type="button"
          data-action="edit"
          aria-disabled=${view.deleting ? 'true' : 'false'}
          @click=${view.onEdit}
        >
          ${t.editContacts}
        </button>
        <button
          class="button danger"
          part="button button-danger button-delete"
          type="button"
          data-action="delete"
          aria-disabled=${view.deleting ? 'true' : 'false'}
          @click=${view.onDelete}
        >
          ${view.deleting ? t.deletingContacts : t.deleteContacts}
        </button>`;
  return actionPanel({ countText, label: t.selectionActions, actions });
}

/** After a partial delete: which contacts are left, and why. */
export function deleteReport(t: ListStrings, report: ReadonlyArray<{ id: string; text: string }> | undefined) {
  if (!report?.length) return nothing;
  return notice(
    'warning',
    html`<p class="notice-title">${t.contactsNotDeleted(report.length)}</p>
      <ul class="report">
        ${report.map((item) => html`<li>${item.text}</li>`)}
      </ul>`,
    { id: 'delete-report' },
  );
}
