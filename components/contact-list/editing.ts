import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CustomerClient } from '../../src/client/types.js';
import type { Contact } from '../../src/schemas/contact.js';
import type { ContactFormField } from '../shared/contact-form.js';
import { normalizePhone } from '../shared/phone.js';
import { formatPhone } from '../shared/phone-format.js';
import { FormController } from '../shared/form-controller.js';
import type { SelectionController } from '../shared/selection.js';
import { DialogController } from '../shared/dialog.js';
import {
  notificationDraftOf,
  notificationFields,
  type NotificationDraft,
} from '../shared/contact-form-notifications.js';
import { languageName, rowNotifyCell } from './notify-summary.js';
import {
  applyOutcomes,
  CHANNELS,
  fieldKey,
  withNotifications,
  planSave,
  rowViolations,
  splitKey,
  startEdits,
  withDraft,
  type Edits,
  type RowEdit,
  type SaveResult,
} from './bulk-edit.js';
import { COLUMNS, columnLabel, type Column, type ContactGrid } from './grid.js';
import type { ListStrings } from './i18n/en.js';
import type { ContactsLoader } from './loading.js';

export interface EditingHost {
  client(): CustomerClient | undefined;
  locale(): string;
  customerId(): string | undefined;
  t(): ListStrings;
  formatNumber(value: number): string;
  announce(message: string): void;
  /** A visible, polite success message. */
  succeeded(message: string): void;
  loader: ContactsLoader;
  selection: SelectionController<string>;
  table: () => ContactGrid;
  changed(detail: { updated: string[] }): void;
  denied(): void;
  /** Where focus goes when edit mode ends (Edit contacts). */
  focusPanel(action: string): Promise<void>;
}

const INPUT_TYPES: Record<Column, string> = { name: 'text', email: 'email', phone: 'tel', title: 'text' };

/** Contact ids as id-attribute fragments: ARIA id references break on whitespace. */
export const domKey = (id: string): string => id.replace(/[^\w-]/g, '_');

/**
 * Bulk edit: Edit contacts turns the selected rows into inputs in place, Save sends each changed row on its
 * own (`contacts.updateMany`, each with its `version` as `If-Match` and only the changed fields), and every
 * row's outcome is shown in that row. Only rendered rows have inputs (the grid is virtualized), so entering
 * edit mode for 1,000 rows builds 1,000 small drafts and a screenful of inputs, not 4,000 inputs.
 *
 * The rows are one form on the shared `FormController` (fields keyed `"<id>.<field>"`): an error shows at its
 * input on blur, goes as soon as it is fixed, the server's violations land at their inputs, and Save moves
 * focus to the first invalid field (scrolling its row in) and says how many need attention.
 */
export class BulkEditing implements ReactiveController {
  saving = false;
  private readonly form: FormController<Edits>;
  /** The row whose Notifications dialog is open. */
  private notifyRow: string | undefined;
  private readonly notifyDialog: DialogController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly from: EditingHost,
  ) {
    host.addController(this);
    this.notifyDialog = new DialogController(host);
    this.form = new FormController<Edits>(host, {
      draft: new Map(),
      validate: (edits) => [...edits].flatMap(([id, edit]) => rowViolations(id, edit, from.loader.country)),
      fields: (edits) => this.keys(from.loader.order.filter((id) => edits.has(id))),
      t: () => from.t(),
      // Said once at the end of a save, with the rows that were not saved.
      announce: () => {},
      focus: (key) => {
        const { id, field } = splitKey(key);
        if ((field as string) === CHANNELS) this.focusNotify(id);
        else this.focusRow(id, field as Column);
      },
    });
  }

  hostConnected(): void {}

  /** The rows in edit mode: where each started, what is typed, and its row message. */
  get edits(): Edits {
    return this.form.draft;
  }

  get active(): boolean {
    return this.edits.size > 0;
  }

  reset(): void {
    this.form.reset(new Map());
    this.saving = false;
  }

  async start(): Promise<void> {
    if (this.edits.size) return;
    const { loader, selection } = this.from;
    const chosen = loader.rows.filter((contact) => selection.has(contact.id));
    if (!chosen.length) return;
    this.form.reset(startEdits(chosen));
    await this.host.updateComplete;
    this.focusRow(chosen[0]!.id, 'name');
  }

  async cancel(): Promise<void> {
    if (this.saving) return;
    this.form.reset(new Map());
    await this.from.focusPanel('edit');
  }

  /**
   * Saves every edited row. Rows that succeed leave edit mode; rows that fail keep what was typed and show why,
   * each error at its input. Every row stays selected; the list is then read again from the server.
   */
  async save(): Promise<void> {
    const client = this.from.client();
    const customerId = this.from.customerId();
    if (this.saving || !this.edits.size || !client || !customerId) return;
    const t = this.from.t();
    const country = this.from.loader.country;
    // Every field's error from the schema (stale server errors go), focus to the first invalid.
    let attention = this.form.check();
    const plan = planSave(this.edits, country);
    this.form.draft = plan.edits;
    let result: SaveResult = {
      edits: plan.edits,
      fresh: new Map(),
      updated: [],
      failed: 0,
      violations: [],
      denied: false,
    };
    if (plan.changes.length) {
      this.saving = true;
      this.host.requestUpdate();
      this.from.announce(t.saving);
      const outcomes = await client.contacts.updateMany(customerId, plan.changes);
      this.saving = false;
      result = applyOutcomes(this.edits, outcomes, t);
    }
    const { fresh, updated } = result;
    this.from.loader.replace(fresh);
    this.form.draft = result.edits;
    attention += this.form.placeServerViolations(result.violations).placed.length;
    this.host.requestUpdate();
    if (updated.length) this.from.changed({ updated });
    if (result.denied) {
      this.from.denied();
      return;
    }
    const failed = plan.invalid.length + result.failed;
    const done = !plan.changes.length ? t.contactsUnchanged : updated.length ? t.contactsSaved(updated.length) : '';
    if (done && !(failed && !updated.length)) this.from.succeeded(done);
    if (failed) {
      const fields = attention ? ` ${t.fieldsNeedAttention(attention)}` : '';
      this.from.announce(`${t.contactsNotSaved(failed)}${fields}`);
    }
    if (updated.length) void this.from.loader.refresh();
    await this.host.updateComplete;
    if (!this.edits.size) {
      await this.from.focusPanel('edit');
      return;
    }
    // No field to point at (a network error, a 412): the first row still in edit mode.
    if (!this.form.firstInvalid()) {
      const first = this.from.loader.rows.find((contact) => this.edits.has(contact.id));
      if (first) this.focusRow(first.id, 'name');
    }
  }

  /** Form keys of these rows' fields, in reading order. */
  private keys(ids: readonly string[]): string[] {
    return ids.flatMap((id) => [...COLUMNS.map((column) => fieldKey(id, column)), fieldKey(id, CHANNELS)]);
  }

  /** Focuses a row's Notifications button (scrolling it in); the error of its channels shows under it. */
  private focusNotify(id: string): void {
    const index = this.from.loader.order.indexOf(id);
    const table = this.from.table();
    if (index >= 0) table.grid.focusCell(index, COLUMNS.length + table.offset);
  }

  private notifyDraft(edit: { base: Contact; notifications?: NotificationDraft | undefined }): NotificationDraft {
    return edit.notifications ?? notificationDraftOf(edit.base, 'en');
  }

  private readonly openNotify = async (event: Event): Promise<void> => {
    const id = (event.currentTarget as HTMLElement).dataset['notifyEdit'];
    if (id === undefined || this.saving) return;
    this.notifyRow = id;
    await this.notifyDialog.show();
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#notify-row input[type="checkbox"]')?.focus();
  };

  private setNotifications(id: string, change: (draft: NotificationDraft) => NotificationDraft): void {
    const edit = this.edits.get(id);
    if (!edit) return;
    const next = withNotifications(edit, change(this.notifyDraft(edit)));
    this.form.update(new Map(this.edits).set(id, next), this.keys([id]));
    this.form.blur(fieldKey(id, CHANNELS));
  }

  /** The Notifications dialog of the row it was opened for; its changes are saved with the row. */
  renderDialog(): TemplateResult | typeof nothing {
    const id = this.notifyRow;
    const edit = id === undefined ? undefined : this.edits.get(id);
    if (!this.notifyDialog.open || id === undefined || !edit) return nothing;
    const t = this.from.t();
    const key = fieldKey(id, CHANNELS);
    return this.notifyDialog.render({
      id: 'notify-row',
      title: `${t.notifications}: ${edit.base.name}`,
      closeLabel: t.close,
      body: notificationFields({
        t,
        languageName: (code) => languageName(code, this.from.locale()),
        draft: this.notifyDraft(edit),
        idPrefix: `n-${domKey(id)}`,
        hasPhone: Boolean(edit.draft.phone.trim()),
        channelsKey: `${key}#dialog`,
        channelsError: this.form.error(key),
        set: (change) => this.setNotifications(id, change),
        quietLegend: true,
      }),
      footer: html`<button
        class="button primary end"
        part="button button-primary"
        type="button"
        data-notify-done
        @click=${() => this.notifyDialog.requestClose('close-button')}
      >
        ${t.close}
      </button>`,
    });
  }

  /** Brings an edited row into view (the virtualizer may not have rendered it) and focuses one of its inputs. */
  private focusRow(id: string, field: Column): void {
    const index = this.from.loader.order.indexOf(id);
    const table = this.from.table();
    if (index >= 0) table.grid.focusCell(index, table.columnOf(field));
  }

  private setDraft(id: string, field: ContactFormField, value: string): void {
    const edit = this.edits.get(id);
    if (!edit) return;
    // The row's shown errors are checked again: a phone typed can fix "e-mail or phone" at the e-mail.
    this.form.update(new Map(this.edits).set(id, withDraft(edit, field, value)), this.keys([id]));
  }

  private readonly onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement;
    const id = target.dataset['edit'];
    const field = target.dataset['field'] as ContactFormField | undefined;
    if (id !== undefined && field) this.setDraft(id, field, target.value);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void this.save();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const target = event.target as HTMLInputElement;
    const id = target.dataset['edit'];
    const field = target.dataset['field'] as Column | undefined;
    if (id === undefined || !field || this.saving) return;
    if (field === 'phone') {
      // Show the number as it will be saved, in the readable form: "22334455" → "+45 22 33 44 55".
      const phone = normalizePhone(target.value, this.from.loader.country);
      if (phone !== target.value.trim()) this.setDraft(id, 'phone', formatPhone(phone));
    }
    this.form.blur(fieldKey(id, field));
  };

  /** In edit mode the notifications cell is a button that opens the row's Notifications dialog. */
  private notifyCell(contact: Contact, edit: RowEdit): TemplateResult {
    const table = this.from.table();
    const col = COLUMNS.length + table.offset;
    return rowNotifyCell({
      t: this.from.t(),
      locale: this.from.locale(),
      contact: { ...edit.base, notifications: this.notifyDraft(edit) },
      id: `e-${domKey(contact.id)}-notify`,
      error: this.form.error(fieldKey(contact.id, CHANNELS)),
      col,
      // In the tab order like the row's inputs: Tab goes name, e-mail, phone, title, notifications.
      tabIndex: '0',
      disabled: this.saving,
      onClick: this.openNotify,
    });
  }

  /** The edited row, or `undefined` when this contact is not being edited. */
  row(contact: Contact, index: number): TemplateResult | undefined {
    const edit = this.edits.get(contact.id);
    if (!edit) return undefined;
    const t = this.from.t();
    const table = this.from.table();
    const key = domKey(contact.id);
    const messageId = `e-${key}-message`;
    const cell = (column: Column) => {
      const id = `e-${key}-${column}`;
      const violation = this.form.error(fieldKey(contact.id, column));
      const described = [violation ? `${id}-error` : '', edit.message ? messageId : ''].filter(Boolean).join(' ');
      return html`<div role=${column === 'name' ? 'rowheader' : 'gridcell'} class="cell col-${column}">
        <input
          class="input"
          part="input"
          id=${id}
          type=${INPUT_TYPES[column]}
          data-edit=${contact.id}
          data-field=${column}
          data-col=${table.columnOf(column)}
          autocomplete="off"
          ?readonly=${this.saving}
          .value=${live(edit.draft[column])}
          aria-label=${t.contactField(columnLabel(t, column), edit.base.name)}
          aria-required=${column === 'name' ? 'true' : 'false'}
          aria-invalid=${violation ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @focusout=${this.onFocusOut}
        />${
          violation
            ? html`<p class="error" id="${id}-error" part="error">
                <span aria-hidden="true" class="error-icon">!</span>${violation}
              </p>`
            : nothing
        }
      </div>`;
    };
    return html`<div
      role="row"
      class="grid-row row editing selected"
      part="row row-editing"
      data-row=${index}
      data-key=${contact.id}
      aria-rowindex=${table.grid.rowIndex(index)}
      aria-selected="true"
    >
      <div role="gridcell" class="cell check-cell">
        <label class="hit">
          <input
            type="checkbox"
            class="check"
            data-select=${contact.id}
            tabindex="-1"
            aria-label=${t.selectContact(edit.base.name)}
            checked
            disabled
          />
        </label>
      </div>
      ${COLUMNS.map(cell)} ${this.notifyCell(contact, edit)}
      ${
        edit.message
          ? html`<div role="gridcell" class="cell row-message" part="row-message">
              <p class="error" id=${messageId}><span aria-hidden="true" class="error-icon">!</span>${edit.message}</p>
            </div>`
          : nothing
      }
    </div>`;
  }
}
