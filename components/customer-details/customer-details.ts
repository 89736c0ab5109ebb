import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { CustomerClient, IfMatch } from '../../src/client/types.js';
import { CustomerPatchSchema, type Customer, type CustomerPatch } from '../../src/schemas/customer.js';
import { validate } from '../../src/schemas/violations.js';
import {
  ConflictError,
  NotFoundError,
  PermissionError,
  PreconditionFailedError,
  ValidationError,
} from '../../src/errors.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientConsumerController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController } from '../shared/localize.js';
import { LiveRegionController } from '../shared/live-region.js';
import { ComboboxController } from '../shared/combobox.js';
import { FormController } from '../shared/form-controller.js';
import { UnsavedChangesGuard } from '../shared/form-unsaved.js';
import { countryOptions } from '../shared/intl.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { violationText } from '../shared/violations.js';
import {
  SuccessMessageController,
  emptyState,
  errorState,
  loadingState,
  notice,
  permissionGate,
} from '../shared/states.js';
import { normalizePhone } from '../shared/phone.js';
import { CustomerDeletedEvent, CustomerUpdatedEvent } from '../shared/events.js';
import { comboboxStyles } from '../shared/combobox.styles.js';
import {
  COMPANY_FIELD_PATHS,
  DRAFT_KEY,
  companyDraftFrom,
  companyValues,
  valueAt,
  type CompanyDraft,
  type CompanyFieldPath,
} from '../shared/company-draft.js';
import { companyFields, typeOptions } from '../shared/company-fields.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { companyFieldsStyles } from '../shared/company-fields.styles.js';
import { detailsStyles } from './customer-details.styles.js';
import { alreadyApplied, differingPaths, patchOf } from './patch.js';
import { detailsList, displayValue, factsList, pathLabel, type SummaryView } from './summary.js';
import { conflictPanel, keptEditsPanel, type ConflictRow } from './conflict.js';
import { DeleteController } from './deleting.js';
import { detailsEn, type DetailsStrings } from './i18n/en.js';
import { detailsDa } from './i18n/da.js';
import type { Strings } from '../shared/i18n/en.js';

type Status = 'idle' | 'loading' | 'ready' | 'not-found' | 'error' | 'deleted';

/** A save refused with 412: the server's version now (when it sent one) and the fields it changed. */
interface Conflict {
  current: Customer | undefined;
  theirs: CompanyFieldPath[];
}

/**
 * One customer's details (the help article's Details tab): read-only, with the relationship type, how many
 * contacts and units it has, and when it was created and last changed. **Edit** at the bottom unlocks every
 * field; **Save** sends only the changed fields with `If-Match`, so a change someone else made meanwhile is
 * shown field by field (theirs against yours) instead of being overwritten. **Delete customer** under the form
 * asks first, naming what else goes (its equipment assignments and contacts), then fires the cancelable
 * `customer-delete-request`. Cancel asks before discarding edits; a save shows a visible "Your changes are
 * saved.". Users without `me().permissions.manageCustomers` see the details without Edit and Delete, and why.
 *
 * Theming: the shared `--fc-*` custom properties, documented once on `FleetElement` (listed below as inherited).
 *
 * @tagname customer-details
 * @summary Customer details with Edit / Save / Cancel, optimistic concurrency, and Delete customer.
 *
 * @event {CustomerUpdatedEvent} customer-updated - A save went through; `detail: { customerId: string, changed:
 *   string[] }`, where `changed` names the fields it sent (`name`, `phone`, `address`, ...).
 * @event {CustomerDeleteRequestEvent} customer-delete-request - Cancelable request, after the user confirmed: the
 *   customer is about to be deleted; `detail: { customerId: string }`. `preventDefault()` keeps it.
 * @event {CustomerDeletedEvent} customer-deleted - The customer is deleted, with its contacts and equipment
 *   assignments; `detail: { customerId: string }`.
 *
 * @csspart base - The card around everything.
 * @csspart header - The customer's name.
 * @csspart title - The heading with the customer's name.
 * @csspart facts - Relationship type, counts, created and last changed.
 * @csspart details - The read-only list of fields.
 * @csspart form - The form while editing.
 * @csspart field - Each labelled field; `label`, `input`, `hint`, `error` are its pieces.
 * @csspart label - A field's label.
 * @csspart input - A text input, the note, or the country combobox's input.
 * @csspart hint - Help text under a field.
 * @csspart error - The error message under a field.
 * @csspart combobox - The country field (also `field`).
 * @csspart listbox - The country list.
 * @csspart group - The address fieldset.
 * @csspart fieldset - The relationship-type group; `choices` holds its options.
 * @csspart choices - The relationship-type options.
 * @csspart choice - One relationship-type option.
 * @csspart success - "Your changes are saved." (also `notice notice-success`), with a close button.
 * @csspart footer - The row with Edit, or Cancel and Save.
 * @csspart button - Every button; also `button-primary`, `button-edit`, `button-save`, `button-cancel`,
 *   `button-delete`, `button-retry`, `button-reload`, `button-overwrite`, `button-danger`, `button-close`.
 * @csspart conflict - The panel shown when someone else changed the customer meanwhile.
 * @csspart conflict-list - Its field-by-field comparison: their value now against the user's edit.
 * @csspart kept-edits - The user's unsaved edits after reloading the other version.
 * @csspart danger-zone - The area with Delete customer.
 * @csspart notice - Information and warnings (`notice-info`, `notice-warning`, `notice-success`).
 * @csspart error-state - A failure with Retry.
 * @csspart loading - The loading state.
 * @csspart not-found - The state shown when the customer does not exist.
 * @csspart empty - "No customer chosen".
 * @csspart dialog - The delete confirmation and "Discard your changes?".
 * @csspart dialog-header - A dialog's title row.
 * @csspart dialog-body - A dialog's text.
 * @csspart dialog-footer - A dialog's buttons.
 */
export class CustomerDetails extends FleetElement {
  static override readonly fcName = 'customer-details';
  static override styles = [
    themeStyles,
    buttonStyles,
    fieldStyles,
    dialogStyles,
    comboboxStyles,
    stateStyles,
    companyFieldsStyles,
    detailsStyles,
  ];

  // Lit merges these with FleetElement's (client, strings, theme). `attribute: false` on the internal state
  // keeps the manifest analyzer from listing it as attributes.
  static override properties: PropertyDeclarations = {
    customerId: { attribute: 'customer-id', reflect: true },
    status: { state: true, attribute: false },
    saved: { state: true, attribute: false },
    editing: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    saveError: { state: true, attribute: false },
    formMessage: { state: true, attribute: false },
    conflict: { state: true, attribute: false },
    keptEdits: { state: true, attribute: false },
    loadError: { state: true, attribute: false },
  };

  /** The customer to show (attribute `customer-id`). Changing it loads that customer, aborting a load still running. */
  customerId?: string;

  /** Your own wording for any string, shared or this element's (`deleteCustomer`, `conflictTitle`, ...). */
  declare strings: (Partial<Strings & DetailsStrings> & Record<string, unknown>) | undefined;

  private status: Status = 'idle';
  /** The last version read from or written to the server: what Cancel restores. */
  private saved?: Customer;
  private editing = false;
  private saving = false;
  private saveError?: DescribedError;
  private formMessage?: string;
  private conflict?: Conflict;
  /** After "reload their version": the edits that were not saved, so they can be copied back. */
  private keptEdits?: { path: CompanyFieldPath; value: string }[];
  private loadError?: DescribedError;

  private readonly l10n = new LocalizeController(this, { en: detailsEn, da: detailsDa });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientConsumerController(this, (client) => {
    this.user.load(client);
    this.ensureLoaded();
  });
  private readonly live = new LiveRegionController(this);
  private readonly success = new SuccessMessageController(this, () => this.l10n.t.close);
  private readonly country = new ComboboxController(this, 'f-country');
  private readonly form = new FormController<CompanyDraft>(this, {
    draft: companyDraftFrom(),
    // The patch's violations: the SDK's one schema, no rules of our own.
    validate: (draft) => {
      if (!this.saved) return [];
      const result = validate(CustomerPatchSchema, patchOf(draft, this.saved));
      return result.ok ? [] : result.violations;
    },
    fields: () => COMPANY_FIELD_PATHS,
    t: () => this.l10n.t,
    announce: (message) => this.live.announce(message),
  });
  private readonly deleter = new DeleteController(this, {
    client: () => this.api.client,
    customer: () => this.saved,
    ifMatch: () => this.ifMatch,
    refresh: async () => {
      const fresh = await this.fetchCurrent();
      if (fresh) this.accept(fresh.data, fresh.etag);
      return this.status === 'ready';
    },
    t: () => this.l10n.t,
    formatNumber: (value) => this.l10n.formatNumber(value),
    announce: (message) => this.live.announce(message),
    focus: (selector) => (this.focusAfterUpdate = selector),
    denied: () => this.user.markDenied(),
    deleted: (customer) => this.onDeleted(customer),
  });
  private readonly unsaved = new UnsavedChangesGuard(
    () => this.editing && this.form.dirty,
    this.deleter.confirmer,
    () => this.l10n.t,
  );

  /** What the next write is based on: the ETag of the last read, or the version the last write returned. */
  private ifMatch?: IfMatch;
  /** The client and id the shown data belongs to; a change of either loads again. */
  private loadedFor?: { client: CustomerClient | undefined; id: string | undefined };
  private loading?: AbortController;
  private focusAfterUpdate?: string;

  private get draft(): CompanyDraft {
    return this.form.draft;
  }

  /** Whether the form holds edits that are not saved. */
  get hasUnsavedChanges(): boolean {
    return this.unsaved.hasUnsavedChanges;
  }

  /** Asks before unsaved edits are thrown away; `true` when nothing is lost or the user chose to discard them. */
  confirmDiscard(): Promise<boolean> {
    return this.unsaved.confirmDiscard();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM while loading: the load was aborted on disconnect, so start it again.
    if (this.hasUpdated && !this.loadedFor) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.loading) {
      this.loading.abort();
      this.loading = undefined;
      this.loadedFor = undefined;
    }
  }

  protected override willUpdate(): void {
    this.ensureLoaded();
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** Loads the customer again from the server, dropping unsaved edits. Resolves when it has loaded (or failed). */
  reload(): Promise<void> {
    return this.load();
  }

  /** Unlocks every field (for users who may change customers) and focuses the first one. */
  edit(): void {
    if (!this.saved || this.user.canManage !== true || this.editing) return;
    this.editing = true;
    this.form.reset(companyDraftFrom(this.saved));
    this.clearFeedback();
    this.success.clear();
    this.focusAfterUpdate = '#f-name';
  }

  /** Leaves editing and restores the last saved values, after asking when edits would be lost. */
  async cancel(): Promise<void> {
    if (this.saving || !this.editing) return;
    if (!(await this.unsaved.confirmDiscard()) || !this.editing) return;
    this.stopEditing();
    this.focusAfterUpdate = '[data-edit]';
  }

  /**
   * Saves the changed fields with `If-Match`. Resolves when done, whatever the outcome: a conflict, a failure
   * with Retry, or errors at the fields are shown in the element, and the edits stay.
   */
  async save(): Promise<void> {
    const base = this.saved;
    if (this.saving || !this.editing || !base || this.conflict) return;
    this.normalizePhoneField();
    const patch = this.validPatch(base);
    if (!patch) return;
    if (!Object.keys(patch).length) {
      this.stopEditing();
      this.focusAfterUpdate = '[data-edit]';
      this.live.announce(this.l10n.t.noChanges);
      return;
    }
    await this.send(patch, base, this.ifMatch);
  }

  // ----- loading ---------------------------------------------------------------------------------------------

  private ensureLoaded(): void {
    const client = this.api.client;
    const id = this.customerId || undefined;
    if (this.loadedFor && this.loadedFor.client === client && this.loadedFor.id === id) return;
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const client = this.api.client;
    const id = this.customerId || undefined;
    this.loadedFor = { client, id };
    this.saved = undefined;
    this.stopEditing();
    this.keptEdits = undefined;
    this.deleter.reset();
    this.success.clear();
    this.loadError = undefined;
    if (!client || !id) {
      this.loading = undefined;
      this.status = 'idle';
      return;
    }
    const abort = new AbortController();
    this.loading = abort;
    this.status = 'loading';
    try {
      const { data, etag } = await client.customers.getWithETag(id, { signal: abort.signal });
      if (this.loading !== abort) return;
      this.accept(data, etag);
      this.status = 'ready';
    } catch (error) {
      // Superseded by a newer load (another id, another client) or aborted: that one reports.
      if (this.loading !== abort) return;
      if (error instanceof NotFoundError) {
        this.status = 'not-found';
      } else {
        this.loadError = describeError(error, this.l10n.t);
        this.status = 'error';
      }
    } finally {
      if (this.loading === abort) this.loading = undefined;
    }
  }

  /** A version of the customer from the server becomes the saved one. */
  private accept(customer: Customer, ifMatch: IfMatch): void {
    this.saved = customer;
    this.ifMatch = ifMatch;
    if (!this.editing) this.form.reset(companyDraftFrom(customer));
  }

  /** Fetches the customer now, with an ETag for an exact `If-Match`; `undefined` when it failed. */
  private async fetchCurrent(): Promise<{ data: Customer; etag: string } | undefined> {
    const client = this.api.client;
    const id = this.saved?.id;
    if (!client || !id) return undefined;
    try {
      return await client.customers.getWithETag(id);
    } catch (error) {
      if (error instanceof NotFoundError) this.status = 'not-found';
      return undefined;
    }
  }

  // ----- editing ---------------------------------------------------------------------------------------------

  private stopEditing(): void {
    this.editing = false;
    this.conflict = undefined;
    if (this.saved) this.form.reset(companyDraftFrom(this.saved));
    this.clearFeedback();
  }

  private clearFeedback(): void {
    this.form.errors = new Map();
    this.saveError = undefined;
    this.formMessage = undefined;
  }

  private setField = (key: keyof CompanyDraft, value: string): void => {
    const path = COMPANY_FIELD_PATHS.find((each) => DRAFT_KEY[each] === key) ?? key;
    // The country decides how a national phone number is read.
    this.form.update({ ...this.draft, [key]: value }, key === 'country' ? [path, 'phone'] : [path]);
  };

  private blurField = (path: CompanyFieldPath): void => {
    if (path === 'phone') this.normalizePhoneField();
    this.form.blur(path);
  };

  private normalizePhoneField(): void {
    const phone = normalizePhone(this.draft.phone, this.draft.country);
    if (phone !== this.draft.phone.trim()) this.form.update({ ...this.draft, phone });
  }

  /** The patch of the edits against `base` when it is valid; otherwise shows the errors and returns undefined. */
  private validPatch(base: Customer): CustomerPatch | undefined {
    return this.form.check() ? undefined : patchOf(this.draft, base);
  }

  // ----- saving ----------------------------------------------------------------------------------------------

  private async send(patch: CustomerPatch, base: Customer, ifMatch: IfMatch | undefined, attempt = 1): Promise<void> {
    const client = this.api.client;
    if (!client) return;
    const t = this.l10n.t;
    const id = base.id;
    this.saving = true;
    this.saveError = undefined;
    this.formMessage = undefined;
    this.live.announce(t.saving);
    try {
      const customer = await client.customers.update(id, patch, { ifMatch });
      this.saving = false;
      if (this.saved?.id === id) this.onSaved(customer);
      this.fireUpdated(id, patch);
    } catch (error) {
      this.saving = false;
      // Another customer was loaded meanwhile: this outcome is no longer on screen.
      if (this.saved?.id !== id) return;
      if (error instanceof PreconditionFailedError)
        await this.onStale(error as PreconditionFailedError<Customer>, patch, base, attempt);
      else this.onSaveError(error);
    }
  }

  private fireUpdated(customerId: string, patch: CustomerPatch): void {
    const updated = new CustomerUpdatedEvent({ customerId, changed: Object.keys(patch) });
    this.dispatchEvent(updated);
  }

  /** The save went through: the answer is the new saved version. */
  private onSaved(customer: Customer): void {
    this.accept(customer, customer.version);
    this.keptEdits = undefined;
    this.stopEditing();
    this.focusAfterUpdate = '[data-edit]';
    this.success.show(this.l10n.t.changesSaved);
  }

  /**
   * 412. Three cases: the server already holds exactly this edit (the answer of an applied save was lost, and
   * the SDK's retry hit its own change) → done; nothing the form shows changed (say a contact was added, which
   * changes the ETag) → send again on the new version, since it overwrites nobody; otherwise → show the
   * conflict and let the user choose. Never overwrite silently.
   */
  private async onStale(
    error: PreconditionFailedError<Customer>,
    patch: CustomerPatch,
    base: Customer,
    attempt: number,
  ): Promise<void> {
    const current = error.current;
    if (current && alreadyApplied(base, current, this.draft)) {
      this.onSaved(current);
      this.fireUpdated(base.id, patch);
      return;
    }
    const theirs = current ? differingPaths(base, current) : [];
    if (current && !theirs.length && attempt < 3) {
      await this.send(patch, base, current.version, attempt + 1);
      return;
    }
    this.conflict = { current, theirs };
    this.focusAfterUpdate = '#conflict-title';
    this.live.announce(this.l10n.t.conflictTitle);
  }

  private onSaveError(error: unknown): void {
    const t = this.l10n.t;
    if (error instanceof NotFoundError) {
      this.stopEditing();
      this.status = 'not-found';
      return;
    }
    if (error instanceof PermissionError) this.user.markDenied();
    if ((error instanceof ValidationError || error instanceof ConflictError) && error.violations.length) {
      const { placed, unplaced } = this.form.placeServerViolations(error.violations);
      if (placed.length) {
        this.formMessage = [t.serverRejected, ...unplaced.map((violation) => violationText(violation, t))].join(' ');
        return;
      }
    }
    this.saveError = describeError(error, t);
    this.live.announce(`${t.saveFailed} ${this.saveError.message}`);
  }

  /** Conflict → "reload their version": the form takes the server's values; the edits stay visible to copy. */
  private reloadTheirs = async (): Promise<void> => {
    const conflict = this.conflict;
    const base = this.saved;
    if (!conflict || !base || this.saving) return;
    const mine = companyValues(this.draft);
    const kept = differingPaths(mine, base).map((path) => ({ path, value: this.draft[DRAFT_KEY[path]] }));
    this.saving = true;
    const fresh = await this.fetchCurrent();
    this.saving = false;
    if (this.saved?.id !== base.id || this.status !== 'ready') return;
    if (fresh) this.accept(fresh.data, fresh.etag);
    else if (conflict.current) this.accept(conflict.current, conflict.current.version);
    this.conflict = undefined;
    if (this.saved) this.form.reset(companyDraftFrom(this.saved));
    this.keptEdits = kept;
    this.focusAfterUpdate = '#kept-title';
  };

  /** Conflict → "overwrite with my edits": the same edits, sent deliberately on top of the server's version. */
  private overwrite = async (): Promise<void> => {
    const conflict = this.conflict;
    const base = this.saved;
    if (!conflict || !base || this.saving) return;
    this.normalizePhoneField();
    const patch = this.validPatch(base);
    if (!patch) return;
    let ifMatch: IfMatch | undefined = conflict.current?.version;
    if (ifMatch === undefined) {
      // The 412 came without the current record (a proxy's page): ask for it, so the overwrite is still exact.
      const fresh = await this.fetchCurrent();
      if (!fresh) return;
      ifMatch = fresh.etag;
    }
    this.conflict = undefined;
    await this.send(patch, base, ifMatch);
  };

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.save();
  };

  // ----- deleting ------------------------------------------------------------------------------------------

  private onDeleted(customer: Customer): void {
    this.status = 'deleted';
    this.focusAfterUpdate = '#deleted-title';
    this.live.announce(this.l10n.t.customerDeleted(customer.name));
    const deleted = new CustomerDeletedEvent({ customerId: customer.id });
    this.dispatchEvent(deleted);
  }

  // ----- rendering -------------------------------------------------------------------------------------------

  private renderForm(customer: Customer): TemplateResult {
    const t = this.l10n.t;
    const error = (path: string) => this.form.error(path);
    return html`<form class="form" part="form" novalidate aria-labelledby="details-heading" @submit=${this.onSubmit}>
      ${companyFields({
        t,
        draft: this.draft,
        error,
        set: this.setField,
        blur: this.blurField,
        typeOptions: typeOptions(t, customer.type),
        // "Without a choice, Other is used" is about creating; a saved customer always has a type.
        typeHint: undefined,
        // The same type-to-filter combobox as the wizard: one control per field everywhere.
        countryField: () =>
          this.country.render({
            id: 'f-country',
            name: 'address.country',
            label: t.country,
            optionalText: t.optional,
            hint: t.countryHint,
            value: this.draft.country,
            options: countryOptions(this.l10n.locale),
            noMatchText: t.countryNoMatch,
            matchesText: t.countryMatches,
            toggleLabel: t.showCountries,
            error: error('address.country'),
            onChange: (value) => this.setField('country', value),
            onBlur: () => this.blurField('address.country'),
          }),
      })}
      ${this.formMessage ? notice('warning', this.formMessage) : nothing}
      ${this.conflict ? this.renderConflict(this.conflict) : nothing}
      ${
        this.saveError
          ? errorState({
              title: t.saveFailed,
              message: this.saveError.message,
              detail: t.inputKept,
              retryLabel: this.saveError.retryable ? t.retry : undefined,
              busy: this.saving,
              onRetry: () => void this.save(),
            })
          : nothing
      }
      <footer class="actions footer" part="footer">
        <button
          class="button quiet"
          part="button button-cancel"
          type="button"
          data-cancel
          @click=${() => void this.cancel()}
        >
          ${t.cancel}
        </button>
        ${
          this.conflict
            ? nothing
            : html`<button
                class="button primary end"
                part="button button-primary button-save"
                type="submit"
                data-save
                aria-disabled=${this.saving ? 'true' : 'false'}
              >
                ${this.saving ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
              </button>`
        }
      </footer>
    </form>`;
  }

  private renderConflict(conflict: Conflict): TemplateResult {
    const view: SummaryView = this.l10n;
    const base = this.saved!;
    const mine = companyValues(this.draft);
    const rows: ConflictRow[] = conflict.theirs.map((path) => ({
      label: pathLabel(view.t, path),
      theirs: conflict.current ? displayValue(view, path, valueAt(conflict.current, path)) : undefined,
      yours: displayValue(view, path, valueAt(mine, path)),
      mine: valueAt(mine, path) !== valueAt(base, path),
    }));
    return conflictPanel({
      t: view.t,
      rows,
      busy: this.saving,
      onReload: () => void this.reloadTheirs(),
      onOverwrite: () => void this.overwrite(),
    });
  }

  /** Edit at the bottom of the details, for those who may; the reason for those who may not. */
  private renderReadOnlyFooter(): TemplateResult | typeof nothing {
    const t = this.l10n.t;
    const gate = permissionGate({ user: this.user, t, reason: t.noPermissionChange });
    if (gate || this.user.canManage !== true) return gate ?? nothing;
    return html`<footer class="actions footer" part="footer">
      <button
        class="button primary"
        part="button button-primary button-edit"
        type="button"
        data-edit
        @click=${() => this.edit()}
      >
        ${t.edit}
      </button>
    </footer>`;
  }

  private renderDelete(): TemplateResult | typeof nothing {
    return this.editing || this.user.canManage !== true ? nothing : this.deleter.render();
  }

  private renderCustomer(customer: Customer): TemplateResult {
    const t = this.l10n.t;
    const view: SummaryView = this.l10n;
    // A <div>, not <header>: outside sectioning content <header> is a page banner, and the dialog has one too.
    return html`<div class="header" part="header">
        <h2 id="title" class="title" part="title" tabindex="-1">${customer.name}</h2>
      </div>
      ${factsList(view, customer)}
      ${
        this.keptEdits
          ? keptEditsPanel(
              t,
              this.keptEdits.map(({ path, value }) => ({
                label: pathLabel(t, path),
                value: path === 'type' ? displayValue(view, path, value) : value,
              })),
              () => {
                this.keptEdits = undefined;
                this.focusAfterUpdate = this.editing ? '#f-name' : '[data-edit]';
              },
            )
          : nothing
      }
      <section class="section" aria-labelledby="details-heading">
        <h3 id="details-heading" class="section-heading">${t.details}</h3>
        ${
          this.editing
            ? this.renderForm(customer)
            : html`${detailsList(view, customer)} ${this.success.render()} ${this.renderReadOnlyFooter()}`
        }
      </section>
      ${this.renderDelete()}`;
  }

  private renderState(): TemplateResult {
    const t = this.l10n.t;
    if (!this.api.client) return notice('warning', t.noClient);
    switch (this.status) {
      case 'idle':
        return emptyState(t.noCustomerChosen);
      case 'loading':
        return loadingState(t.loading);
      case 'not-found':
        return html`<section class="notice warning panel" part="not-found" aria-labelledby="not-found-title">
          <h2 id="not-found-title" class="title">${t.customerNotFound}</h2>
          <p>${t.customerNotFoundBody}</p>
        </section>`;
      case 'error':
        return errorState({
          title: t.customerLoadFailed,
          message: this.loadError?.message ?? t.errorUnknown,
          retryLabel: t.retry,
          onRetry: () => void this.reload(),
        });
      case 'deleted':
        return notice(
          'success',
          html`<h2 id="deleted-title" class="title" tabindex="-1">${t.customerDeleted(this.saved?.name ?? '')}</h2>`,
        );
      default:
        return this.saved ? this.renderCustomer(this.saved) : loadingState(t.loading);
    }
  }

  override render(): TemplateResult {
    return html`<div class="card" part="base">
      ${this.renderState()} ${this.deleter.confirmer.render()} ${this.live.render()}
    </div>`;
  }
}
