import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { CustomerInput } from '../../src/schemas/customer.js';
import { ConflictError, PermissionError, ValidationError } from '../../src/errors.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientConsumerController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController } from '../shared/localize.js';
import { LiveRegionController } from '../shared/live-region.js';
import { ComboboxController, countryCombobox } from '../shared/combobox.js';
import { ConfirmController } from '../shared/confirm.js';
import { FormController } from '../shared/form-controller.js';
import { UnsavedChangesGuard } from '../shared/form-unsaved.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { violationText } from '../shared/violations.js';
import { errorState, notice, permissionGate } from '../shared/states.js';
import { stepper } from '../shared/stepper.js';
import { CustomerCreatedEvent, WizardCancelEvent } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { comboboxStyles } from '../shared/combobox.styles.js';
import { stepperStyles } from '../shared/stepper.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { companyFieldsStyles } from '../shared/company-fields.styles.js';
import { wizardStyles } from './customer-wizard.styles.js';
import { draftFrom, fieldKeys, keyOfPath, stepOfField, toInput, violationsOf, type WizardDraft } from './draft.js';
import { DuplicateCheckController } from './duplicate-check.js';
import { WizardEditor } from './editing.js';
import { companyStep } from './company-step.js';
import { contactsStep } from './contacts-step.js';
import { doneStep, reviewStep } from './review-step.js';
import { WIZARD_STEPS, type WizardStep, type WizardView } from './view.js';
import { wizardEn, type WizardStrings } from './i18n/en.js';
import { loaders } from './i18n/index.js';
import type { Strings } from '../shared/i18n/en.js';

/**
 * Creates a customer step by step, as the help article describes: Company (name, address, phone, e-mail,
 * external reference, then the relationship type, default Other) → Contacts (at most 100) → Review → Save.
 * Validation uses the SDK's schemas through the shared form controller; Save is one idempotent
 * `customers.create` call with the contacts. Cancel asks before typed input is discarded. Only users whose
 * `me().permissions.manageCustomers` is true see the form.
 *
 * Theming: the shared `--fc-*` custom properties, documented once on `FleetElement` (listed below as inherited).
 *
 * @tagname customer-wizard
 * @summary Step-by-step form that creates a customer and its contacts in one idempotent call.
 *
 * @event {CustomerCreatedEvent} customer-created - The customer was saved; `detail: { customerId: string }`.
 * @event {WizardCancelEvent} wizard-cancel - Cancelable request: the user pressed Cancel; `detail: { dirty: boolean }`.
 *   Unless you call `preventDefault()`, the wizard asks before discarding typed input, then resets to `initial`.
 *
 * @csspart base - The wizard's card.
 * @csspart header - Title and stepper.
 * @csspart title - The "Create customer" heading.
 * @csspart stepper - The progress list; each item is `step` plus `step-current|step-complete|step-upcoming`.
 * @csspart field - Each labelled field; `label`, `input`, `hint`, `error` are its pieces.
 * @csspart label - A field's label.
 * @csspart input - A text input or the country combobox's input.
 * @csspart hint - Help text under a field.
 * @csspart error - The error message under a field.
 * @csspart group - The address and contact fieldsets.
 * @csspart fieldset - The relationship-type group; `choices` holds its options.
 * @csspart choice - One relationship-type option.
 * @csspart contacts - The list of contact rows; each row is `contact-row`.
 * @csspart contact-row - One contact's fieldset.
 * @csspart empty - "No contacts yet".
 * @csspart footer - The row of step buttons.
 * @csspart button - Every button; also `button-primary`, `button-cancel`, `button-back`, `button-save`,
 *   `button-add`, `button-remove`, `button-edit`, `button-retry`, `button-danger`.
 * @csspart notice - Warnings and confirmations (`notice-warning`, `notice-success`, `notice-info`).
 * @csspart error-state - The save failure message with Retry.
 * @csspart loading - While the user's permissions load.
 * @csspart listbox - The country list; `option` is each country.
 * @csspart dialog - "Discard your changes?"; `dialog-header`, `dialog-body`, `dialog-footer` are its pieces.
 */
export class CustomerWizard extends FleetElement {
  static override readonly fcName = 'customer-wizard';
  static override styles = [
    themeStyles,
    buttonStyles,
    fieldStyles,
    comboboxStyles,
    stepperStyles,
    stateStyles,
    dialogStyles,
    companyFieldsStyles,
    wizardStyles,
  ];
  // Lit merges these with FleetElement's (client, strings, theme).
  static override properties: PropertyDeclarations = {
    step: { reflect: true },
    initial: { attribute: false },
    // `attribute: false` is implied by `state`, but the manifest analyzer needs it to not list them as attributes.
    saving: { state: true, attribute: false },
    saveError: { state: true, attribute: false },
    formMessage: { state: true, attribute: false },
    created: { state: true, attribute: false },
  };

  /** The step shown: `company`, `contacts`, `review` or `done`. Set it to open any step directly. */
  step: WizardStep = 'company';

  /** Data to start from (a `CustomerInput`, every field optional, all kept); Cancel and "start over" return to it. */
  initial?: Partial<CustomerInput>;

  /** Your own wording for any string, shared or the wizard's (`createCustomer`, `stepCompany`, ...). */
  declare strings: (Partial<Strings & WizardStrings> & Record<string, unknown>) | undefined;

  private saving = false;
  private saveError?: DescribedError;
  private formMessage?: string;
  private created?: { id: string; name: string };

  private readonly l10n = new LocalizeController(this, { id: 'customerWizard', en: wizardEn, loaders });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientConsumerController(this, (client) => this.user.load(client));
  private readonly live = new LiveRegionController(this);
  private readonly country = new ComboboxController(this, 'f-country');
  private readonly confirmer = new ConfirmController(this, () => this.l10n.t);
  private readonly form = new FormController<WizardDraft>(this, {
    draft: draftFrom(undefined),
    validate: violationsOf,
    fields: fieldKeys,
    keyOf: keyOfPath,
    // "E-mail or phone" waits until focus leaves the whole contact row: the user may be about to type a phone.
    deferOnBlur: (violation) => violation.code === 'unreachable',
    t: () => this.l10n.t,
    announce: (message) => this.live.announce(message),
  });
  private readonly unsaved = new UnsavedChangesGuard(
    () => this.form.dirty,
    this.confirmer,
    () => this.l10n.t,
  );
  private readonly duplicates = new DuplicateCheckController(
    this,
    () => this.api.client,
    () => this.form.draft.company,
  );
  private readonly editor = new WizardEditor(
    this,
    this.form,
    this.duplicates,
    (message) => this.live.announce(message),
    () => this.l10n.t,
  );
  private focusHeading = false;

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeyDown);
  }

  /** Whether anything was typed beyond `initial`. */
  get hasUnsavedChanges(): boolean {
    return this.unsaved.hasUnsavedChanges;
  }

  /** Asks before typed input is thrown away; `true` when nothing is lost or the user chose to discard it. */
  confirmDiscard(): Promise<boolean> {
    return this.unsaved.confirmDiscard();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initial')) this.form.reset(draftFrom(this.initial));
    if (changed.has('step') && !WIZARD_STEPS.includes(this.step)) this.step = 'company';
  }

  protected override updated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  /** Clears everything back to `initial` and shows the first step. */
  reset(): void {
    this.form.reset(draftFrom(this.initial));
    this.saveError = undefined;
    this.formMessage = undefined;
    this.created = undefined;
    this.duplicates.reset();
    this.step = 'company';
  }

  private get draft(): WizardDraft {
    return this.form.draft;
  }

  // ----- navigation ------------------------------------------------------------------------------------------

  private goTo = (step: WizardStep): void => {
    if (this.saving) return;
    this.step = step;
    // The step's heading receives focus, which announces it; a live-region message too would be heard twice.
    this.focusHeading = true;
  };

  private async next(): Promise<void> {
    const step = this.step;
    if (step !== 'company' && step !== 'contacts') return;
    if (this.form.check(fieldKeys(this.draft).filter((key) => stepOfField(key) === step))) return;
    if (step === 'company' && (await this.duplicates.shouldStop())) {
      // Point a likely duplicate out once before going on.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#duplicates')?.focus();
      return;
    }
    if (this.step === step) this.goTo(step === 'company' ? 'contacts' : 'review');
  }

  private submit = (event: Event): void => {
    event.preventDefault();
    void this.next();
  };

  private back = (): void => {
    if (this.step === 'contacts') this.goTo('company');
    else if (this.step === 'review') this.goTo('contacts');
  };

  /** Fires the cancelable `wizard-cancel`; unless a host prevents it, asks before discarding input, then resets. */
  private cancel = async (): Promise<void> => {
    if (this.saving) return;
    const request = new WizardCancelEvent({ dirty: this.form.dirty });
    if (!this.dispatchEvent(request)) return;
    if (!(await this.unsaved.confirmDiscard())) return;
    this.reset();
    this.focusHeading = true;
  };

  private startOver = (): void => {
    this.reset();
    this.focusHeading = true;
  };

  /** Ctrl/Cmd+Enter: forward from anywhere in the wizard. */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (this.step === 'review') void this.save();
    else void this.next();
  };

  // ----- saving ----------------------------------------------------------------------------------------------

  /**
   * Creates the customer with its contacts in one call. Resolves when done (successful or not).
   * Pressing Save again while saving does nothing, and a retry of the same data sends the same
   * `Idempotency-Key`, so a lost response never creates a second customer.
   */
  async save(): Promise<void> {
    const client = this.api.client;
    if (this.saving || !client) return;
    if (this.form.check()) {
      this.step = stepOfField(this.form.firstInvalid() ?? 'name');
      return;
    }
    const input = toInput(this.draft);
    const key = this.form.idempotencyKey(input);
    const t = this.l10n.t;
    this.saving = true;
    this.saveError = undefined;
    this.formMessage = undefined;
    this.live.announce(t.savingCustomer);
    try {
      const customer = await client.customers.create(input, { idempotencyKey: key });
      this.form.saved();
      this.created = { id: customer.id, name: customer.name };
      this.saving = false;
      this.goTo('done');
      this.live.announce(t.customerCreated(customer.name));
      const created = new CustomerCreatedEvent({ customerId: customer.id });
      this.dispatchEvent(created);
    } catch (error) {
      this.saving = false;
      this.handleSaveError(error);
    }
  }

  private handleSaveError(error: unknown): void {
    const t = this.l10n.t;
    if (error instanceof PermissionError) {
      this.user.markDenied();
      return;
    }
    if ((error instanceof ValidationError || error instanceof ConflictError) && error.violations.length) {
      const { placed, unplaced } = this.form.placeServerViolations(error.violations);
      if (placed.length) {
        this.step = stepOfField(placed[0]!);
        this.formMessage = [t.serverRejected, ...unplaced.map((violation) => violationText(violation, t))].join(' ');
        return;
      }
    }
    this.saveError = describeError(error, t);
    this.live.announce(`${t.saveFailed} ${this.saveError.message}`);
  }

  // ----- rendering -------------------------------------------------------------------------------------------

  private view(): WizardView {
    const t = this.l10n.t;
    return {
      t,
      locale: this.l10n.locale,
      draft: this.draft,
      saving: this.saving,
      error: (key) => this.form.error(key),
      setCompany: this.editor.setCompany,
      setContact: this.editor.setContact,
      blurField: this.editor.blurField,
      leaveContactRow: this.editor.leaveContactRow,
      addContact: this.editor.addContact,
      removeContact: this.editor.removeContact,
      goTo: this.goTo,
      submit: this.submit,
      back: this.back,
      cancel: () => void this.cancel(),
      save: () => void this.save(),
      startOver: this.startOver,
      countryField: () =>
        countryCombobox(this.country, {
          t,
          locale: this.l10n.locale,
          value: this.draft.company.country,
          error: this.form.error('address.country'),
          onChange: (value) => this.editor.setCompany('country', value),
          onBlur: () => this.editor.blurField('address.country'),
        }),
      duplicates: this.duplicates.current,
      formMessage: this.formMessage,
      saveFailure: this.saveError
        ? errorState({
            title: t.saveFailed,
            message: this.saveError.message,
            detail: t.inputKept,
            retryLabel: this.saveError.retryable ? t.retry : undefined,
            busy: this.saving,
            onRetry: () => void this.save(),
          })
        : undefined,
      created: this.created,
    };
  }

  private renderStep(): TemplateResult {
    const view = this.view();
    switch (this.step) {
      case 'contacts':
        return contactsStep(view);
      case 'review':
        return reviewStep(view);
      case 'done':
        return doneStep(view);
      default:
        return companyStep(view);
    }
  }

  override render(): TemplateResult {
    const t = this.l10n.t;
    const gate = this.api.client
      ? permissionGate({ user: this.user, t, reason: t.noPermissionCreate, blocking: true })
      : notice('warning', t.noClient);
    return html`<div class="card wizard" part="base">
      <header class="header" part="header">
        <h2 class="title" part="title">${t.createCustomer}</h2>
        ${
          gate || this.step === 'done'
            ? nothing
            : stepper({
                steps: [
                  { id: 'company', label: t.stepCompany },
                  { id: 'contacts', label: t.stepContacts },
                  { id: 'review', label: t.stepReview },
                ],
                current: this.step,
                label: t.progress,
                stepOf: t.stepOf,
              })
        }
      </header>
      ${gate ?? this.renderStep()} ${this.live.render()} ${this.confirmer.render()}
    </div>`;
  }
}
