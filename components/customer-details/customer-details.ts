import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { IfMatch } from '../../src/client/types.js';
import { CustomerPatchSchema, type Customer, type CustomerPatch } from '../../src/schemas/customer.js';
import { validate } from '../../src/schemas/violations.js';
import { NotFoundError } from '../../src/errors.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientConsumerController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController } from '../shared/localize.js';
import { LiveRegionController } from '../shared/live-region.js';
import { LoadController } from '../shared/loader.js';
import { ComboboxController } from '../shared/combobox.js';
import { FormController } from '../shared/form-controller.js';
import { UnsavedChangesGuard } from '../shared/form-unsaved.js';
import { describeError } from '../shared/errors.js';
import { SuccessMessageController } from '../shared/states.js';
import { CustomerDeletedEvent } from '../shared/events.js';
import { COMPANY_FIELD_PATHS, DRAFT_KEY, type CompanyDraft, type CompanyFieldPath } from '../shared/company-draft.js';
import { customerDetailsStyles } from './customer-details.styles.js';
import { draftOf, patchOf, readablePhone } from './patch.js';
import { DeleteController } from './deleting.js';
import { SaveController } from './saving.js';
import { detailsContent, type DetailsStatus, type DetailsView } from './view.js';
import { detailsEn, type DetailsStrings } from './i18n/en.js';
import { loaders } from './i18n/index.js';
import type { Strings } from '../shared/i18n/en.js';

type ViewState = 'status' | 'customer' | 'loadErrorMessage' | 'editing' | 'draft' | 'hasClient' | 't';
/** A version of the customer and what a write based on it sends as `If-Match`. */
type Version = { data: Customer; etag: IfMatch };

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
  static override styles = customerDetailsStyles;

  // Lit merges these with FleetElement's (client, strings, theme). `attribute: false` on the internal state
  // keeps the manifest analyzer from listing it as attributes.
  static override properties: PropertyDeclarations = {
    customerId: { attribute: 'customer-id', reflect: true },
    outcome: { state: true, attribute: false },
    editing: { state: true, attribute: false },
  };

  /** The customer to show (attribute `customer-id`). Changing it loads that customer, aborting a load still running. */
  customerId?: string;

  /** Your own wording for any string, shared or this element's (`deleteCustomer`, `conflictTitle`, ...). */
  declare strings: (Partial<Strings & DetailsStrings> & Record<string, unknown>) | undefined;

  /** What happened after the load: the customer was deleted, or a save or refresh found it gone. */
  private outcome?: 'not-found' | 'deleted';
  private editing = false;

  private readonly l10n = new LocalizeController(this, { id: 'customerDetails', en: detailsEn, loaders });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientConsumerController(this, (client) => {
    this.user.load(client);
    this.requestUpdate();
  });
  /** The customer with its ETag, for the client and id shown: a change of either aborts the older load. */
  private readonly loader = new LoadController(this, {
    args: () => {
      const client = this.api.client;
      const id = this.customerId || undefined;
      return client && id ? ([client, id] as const) : undefined;
    },
    load: ([client, id], signal) => client.customers.getWithETag(id, { signal }) as Promise<Version>,
    onStart: () => this.resetForLoad(),
  });
  private readonly live = new LiveRegionController(this);
  private readonly success = new SuccessMessageController(this, () => this.l10n.t.close);
  private readonly country = new ComboboxController(this, 'f-country');
  private readonly form = new FormController<CompanyDraft>(this, {
    draft: draftOf(undefined),
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
  private readonly saver = new SaveController(this, {
    client: () => this.api.client,
    saved: () => this.saved,
    accept: (customer, ifMatch) => this.accept(customer, ifMatch),
    fetchCurrent: () => this.fetchCurrent(),
    form: this.form,
    normalizePhone: () => this.normalizePhoneField(),
    validPatch: (base) => this.validPatch(base),
    stopEditing: () => this.stopEditing(),
    ready: () => this.status === 'ready',
    notFound: () => (this.outcome = 'not-found'),
    denied: () => this.user.markDenied(),
    focus: (selector) => (this.focusAfterUpdate = selector),
    announce: (message) => this.live.announce(message),
    success: (message) => this.success.show(message),
    t: () => this.l10n.t,
    view: () => this.l10n,
  });
  private readonly unsaved = new UnsavedChangesGuard(
    () => this.editing && this.form.dirty,
    this.deleter.confirmer,
    () => this.l10n.t,
  );

  private focusAfterUpdate?: string;

  /** The last version read from or written to the server: what Cancel restores. */
  private get saved(): Customer | undefined {
    // Not the previous customer's while another loads: a save of that one finishing late is then ignored.
    return this.loader.status === 'ready' ? this.loader.value?.data : undefined;
  }

  /** What the next write is based on: the ETag of the last read, or the version the last write returned. */
  private get ifMatch(): IfMatch | undefined {
    return this.loader.value?.etag;
  }

  private get status(): DetailsStatus {
    if (this.outcome) return this.outcome;
    const { status, error } = this.loader;
    if (status === 'error') return error instanceof NotFoundError ? 'not-found' : 'error';
    return status;
  }

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

  protected override updated(): void {
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = undefined;
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  /** Loads the customer again from the server, dropping unsaved edits. Resolves when it has loaded (or failed). */
  reload(): Promise<void> {
    return this.loader.reload();
  }

  /** Unlocks every field (for users who may change customers) and focuses the first one. */
  edit(): void {
    if (!this.saved || this.user.canManage !== true || this.editing) return;
    this.editing = true;
    this.form.reset(draftOf(this.saved));
    this.clearFeedback();
    this.success.clear();
    this.focusAfterUpdate = '#f-name';
  }

  /** Leaves editing and restores the last saved values, after asking when edits would be lost. */
  async cancel(): Promise<void> {
    if (this.saver.saving || !this.editing) return;
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
    if (this.saver.saving || !this.editing || !base || this.saver.conflict) return;
    this.normalizePhoneField();
    const patch = this.validPatch(base);
    if (!patch) return;
    if (!Object.keys(patch).length) {
      this.stopEditing();
      this.focusAfterUpdate = '[data-edit]';
      this.live.announce(this.l10n.t.noChanges);
      return;
    }
    await this.saver.send(patch, base, this.ifMatch);
  }

  // ----- loading ---------------------------------------------------------------------------------------------

  /** A new load (another id or client, or Retry): what belonged to the old version goes. */
  private resetForLoad(): void {
    this.outcome = undefined;
    this.editing = false;
    this.saver.conflict = undefined;
    this.clearFeedback();
    this.saver.keptEdits = undefined;
    this.deleter.reset();
    this.success.clear();
  }

  /** A version of the customer from the server becomes the saved one. */
  private accept(customer: Customer, ifMatch: IfMatch): void {
    this.loader.set({ data: customer, etag: ifMatch });
    if (!this.editing) this.form.reset(draftOf(customer));
  }

  /** Fetches the customer now, with an ETag for an exact `If-Match`; `undefined` when it failed. */
  private async fetchCurrent(): Promise<{ data: Customer; etag: string } | undefined> {
    const client = this.api.client;
    const id = this.saved?.id;
    if (!client || !id) return undefined;
    try {
      return await client.customers.getWithETag(id);
    } catch (error) {
      if (error instanceof NotFoundError) this.outcome = 'not-found';
      return undefined;
    }
  }

  // ----- editing ---------------------------------------------------------------------------------------------

  private stopEditing(): void {
    this.editing = false;
    this.saver.conflict = undefined;
    if (this.saved) this.form.reset(draftOf(this.saved));
    this.clearFeedback();
  }

  private clearFeedback(): void {
    this.form.errors = new Map();
    this.saver.clearFeedback();
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
    const phone = readablePhone(this.draft.phone, this.draft.country);
    if (phone !== this.draft.phone.trim()) this.form.update({ ...this.draft, phone });
  }

  /** The patch of the edits against `base` when it is valid; otherwise shows the errors and returns undefined. */
  private validPatch(base: Customer): CustomerPatch | undefined {
    return this.form.check() ? undefined : patchOf(this.draft, base);
  }

  private onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.save();
  };

  // ----- deleting ------------------------------------------------------------------------------------------

  private onDeleted(customer: Customer): void {
    this.outcome = 'deleted';
    this.focusAfterUpdate = '#deleted-title';
    this.live.announce(this.l10n.t.customerDeleted(customer.name));
    const deleted = new CustomerDeletedEvent({ customerId: customer.id });
    this.dispatchEvent(deleted);
  }

  // ----- rendering -------------------------------------------------------------------------------------------

  /** The parts of the view that do not change between renders; `render()` adds the state. */
  private readonly view: Omit<DetailsView, ViewState> = {
    summary: this.l10n,
    user: this.user,
    error: (path) => this.form.error(path),
    setField: (key, value) => this.setField(key, value),
    blurField: (path) => this.blurField(path),
    country: this.country,
    saver: this.saver,
    deleter: this.deleter,
    success: () => this.success.render(),
    submit: (event) => this.onSubmit(event),
    edit: () => this.edit(),
    cancel: () => void this.cancel(),
    save: () => void this.save(),
    retryLoad: () => void this.reload(),
    dismissKeptEdits: () => {
      this.saver.keptEdits = undefined;
      this.focusAfterUpdate = this.editing ? '#f-name' : '[data-edit]';
    },
  };

  override render(): TemplateResult {
    const t = this.l10n.t;
    const content = detailsContent({
      ...this.view,
      t,
      hasClient: !!this.api.client,
      status: this.status,
      customer: this.saved,
      loadErrorMessage: describeError(this.loader.error, t).message,
      editing: this.editing,
      draft: this.draft,
    });
    return html`<div class="card" part="base">
      ${content} ${this.deleter.confirmer.render()} ${this.live.render()}
    </div>`;
  }
}
