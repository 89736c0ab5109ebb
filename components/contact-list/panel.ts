import { html, nothing, type TemplateResult } from 'lit';
import { actionPanel, clearSelectionButton } from '../shared/action-panel.js';
import { searchField } from '../shared/search.js';
import type { ContactsLoader } from './loading.js';
import type { ListStrings } from './i18n/en.js';

export interface PanelView {
  t: ListStrings;
  format: (count: number) => string;
  /** Rows in edit mode; while any are, the panel offers Cancel and Save instead. */
  editing: number;
  selected: number;
  /** Selected rows the search hides: said under the count, so the selection never vanishes silently. */
  hidden: number;
  saving: boolean;
  deleting: boolean;
  onClear(): void;
  onEdit(): void;
  /** Notifications…: one preference for every selected contact. */
  onNotify(): void;
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
  const hidden = view.hidden
    ? html`<p class="hidden-selected" part="hidden-selected" role="status">
        ${t.selectedHidden(view.hidden, view.format(view.hidden))}
      </p>`
    : nothing;
  const deleteLabel = view.deleting ? t.deletingContacts : t.deleteContacts;
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
    : html`${clearSelectionButton({ label: t.clearSelection, onClear: view.onClear })}
      ${selectionAction('edit', 'button', t.editContacts, view.onEdit, view)}
      ${selectionAction('notify', 'button', t.notifySelected, view.onNotify, view)}
      ${selectionAction('delete', 'button danger', deleteLabel, view.onDelete, view)}`;
  return html`${hidden}${actionPanel({ countText, label: t.selectionActions, actions })}`;
}

/** Edit, Notifications… or Delete: each waits while a delete runs (it would act on rows about to go). */
function selectionAction(
  action: 'edit' | 'notify' | 'delete',
  classes: string,
  label: string,
  onClick: () => void,
  view: PanelView,
): TemplateResult {
  const part = action === 'delete' ? 'button button-danger button-delete' : `button button-${action}`;
  return html`<button
    class=${classes}
    part=${part}
    type="button"
    data-action=${action}
    aria-disabled=${view.deleting ? 'true' : 'false'}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

export interface HeaderView {
  t: ListStrings;
  loader: ContactsLoader;
  format: (count: number) => string;
  canManage: boolean;
  /** Bulk edit is on: the search waits (it would replace the rows being edited). */
  editing: boolean;
  onAdd(): void;
}

/** Title, count ("12 contacts", or "3 contacts found." for a search), the search box and Add contact. */
export function listHeader(view: HeaderView): TemplateResult {
  const { t, loader } = view;
  const formatted = view.format(loader.total);
  const count =
    loader.status !== 'ready'
      ? ''
      : loader.search.applied
        ? t.contactsFound(loader.total, formatted)
        : t.contactCount(loader.total, formatted);
  return html`<header class="list-header" part="header">
    <div class="heading">
      <h2 id="title" class="title" part="title">${t.contactList}</h2>
      <p id="count" class="count" part="count">${count}</p>
    </div>
    <div class="toolbar" part="toolbar">
      ${searchField({
        id: 'search',
        label: t.searchContacts,
        search: loader.search,
        controls: loader.rows.length ? 'grid' : undefined,
        disabled: view.editing,
        busy: loader.reloading,
      })}
      ${
        view.canManage
          ? html`<button
              class="button primary"
              part="button button-primary button-add"
              type="button"
              data-action="add"
              @click=${view.onAdd}
            >
              <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
              ${t.addContact}
            </button>`
          : nothing
      }
    </div>
  </header>`;
}
