import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { CustomerInput } from '../../src/schemas/customer.js';
import type { Violation } from '../../src/schemas/error.js';
import { ConflictError, PermissionError, ValidationError } from '../../src/errors.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientConsumerController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController } from '../shared/localize.js';
import { LiveRegionController } from '../shared/live-region.js';
import { ComboboxController } from '../shared/combobox.js';
import { countryOptions } from '../shared/intl.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { violationText } from '../shared/violations.js';
import { focusField, focusFirstInvalid } from '../shared/field.js';
import { errorState, loadingState, notice } from '../shared/states.js';
import { stepper } from '../shared/stepper.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { normalizePhone } from '../shared/phone.js';
import { CustomerCreatedEvent, WizardCancelEvent } from '../shared/events.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { comboboxStyles } from '../shared/combobox.styles.js';
import { stepperStyles } from '../shared/stepper.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { wizardStyles } from './customer-wizard.styles.js';
import {
  COMPANY_FIELDS,
  draftFrom,
  emptyContact,
  isDirty,
  stepOfField,
  toInput,
  violationsOf,
  type CompanyDraft,
  type ContactDraft,
  type ContactField,
  type WizardDraft,
} from './draft.js';
import { findLikelyDuplicates, normalizeCompanyName, type Duplicates } from './duplicates.js';
import { companyStep } from './company-step.js';
import { contactsStep } from './contacts-step.js';
import { doneStep, reviewStep } from './review-step.js';
import { WIZARD_STEPS, contactKey, type WizardStep, type WizardView } from './view.js';
import { wizardEn, type WizardStrings } from './i18n/en.js';
import { wizardDa } from './i18n/da.js';
import type { Strings } from '../shared/i18n/en.js';

/**
 * Creates a customer step by step, as the help article describes: Company (name, address, phone, e-mail,
 * external reference, then the relationship type, default Other) → Contacts → Review → Save.
 * Validation uses the SDK's schemas; Save is one idempotent `customers.create` call with the contacts.
 * Only users whose `me().permissions.manageCustomers` is true see the form.
 *
 * @tagname customer-wizard
 * @summary Step-by-step form that creates a customer and its contacts in one idempotent call.
 *
 * @event {CustomerCreatedEvent} customer-created - The customer was saved; `detail: { customerId: string }`.
 * @event {WizardCancelEvent} wizard-cancel - Cancelable request: the user pressed Cancel; `detail: { dirty: boolean }`.
 *   Unless you call `preventDefault()`, the wizard resets to `initial`.
 *
 * @csspart base - The wizard's card.
 * @csspart header - Title and stepper.
 * @csspart title - The "Create customer" heading.
 * @csspart stepper - The progress list; each item is `step` plus `step-current|step-complete|step-upcoming`.
 * @csspart field - Each labelled field; `label`, `input`, `hint`, `error` are its pieces.
 * @csspart group - The address and contact fieldsets.
 * @csspart choice - One relationship-type option.
 * @csspart footer - The row of step buttons.
 * @csspart button - Every button; also `button-primary`, `button-cancel`, `button-back`, `button-save`.
 * @csspart notice - Warnings and confirmations (`notice-warning`, `notice-success`).
 * @csspart error-state - The save failure message with Retry.
 * @csspart listbox - The country list.
 *
 * @cssproperty --fc-font-family - Font stack. Default: `system-ui, sans-serif`.
 * @cssproperty --fc-font-size - Base font size. Default: `0.9375rem`.
 * @cssproperty --fc-line-height - Line height. Default: `1.5`.
 * @cssproperty --fc-color-text - Text. Default: `light-dark(#1f2328, #e6e8eb)`.
 * @cssproperty --fc-color-text-muted - Hints and secondary text. Default: `light-dark(#57606a, #a2aab4)`.
 * @cssproperty --fc-color-surface - Background. Default: `light-dark(#ffffff, #16181d)`.
 * @cssproperty --fc-color-surface-alt - Raised areas. Default: `light-dark(#f5f7fa, #1f232a)`.
 * @cssproperty --fc-color-border - Borders. Default: `light-dark(#c9d1d9, #3d444d)`.
 * @cssproperty --fc-color-primary - Primary buttons, current step. Default: `light-dark(#1b5fd0, #7aa9ff)`.
 * @cssproperty --fc-color-on-primary - Text on primary. Default: `light-dark(#ffffff, #0b1220)`.
 * @cssproperty --fc-color-danger - Errors. Default: `light-dark(#c0282d, #ff8f8a)`.
 * @cssproperty --fc-color-success - Confirmation. Default: `light-dark(#1a7f37, #6bd38a)`.
 * @cssproperty --fc-color-warning - Duplicate warning. Default: `light-dark(#8a5a00, #e8b650)`.
 * @cssproperty --fc-color-focus - Focus ring colour. Default: `light-dark(#1b5fd0, #9cc0ff)`.
 * @cssproperty --fc-focus-ring - Focus outline. Default: `2px solid var(--fc-color-focus)`.
 * @cssproperty --fc-radius - Corner radius. Default: `8px`.
 * @cssproperty --fc-space - Base spacing unit. Default: `1rem`.
 * @cssproperty --fc-shadow - Popup shadow. Default: `0 12px 32px rgb(0 0 0 / 0.24)`.
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
    wizardStyles,
  ];
  // Lit merges these with FleetElement's (client, strings, theme).
  static override properties: PropertyDeclarations = {
    step: { reflect: true },
    initial: { attribute: false },
    // `attribute: false` is implied by `state`, but the manifest analyzer needs it to not list them as attributes.
    draft: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    saveError: { state: true, attribute: false },
    formMessage: { state: true, attribute: false },
    created: { state: true, attribute: false },
    duplicates: { state: true, attribute: false },
  };

  /** The step shown: `company`, `contacts`, `review` or `done`. Set it to open any step directly. */
  step: 'company' | 'contacts' | 'review' | 'done' = 'company';

  /** Data to start from (a `CustomerInput`, every field optional); Cancel and "start over" return to it. */
  initial?: Partial<CustomerInput>;

  /** Your own wording for any string, shared or the wizard's (`createCustomer`, `stepCompany`, ...). */
  declare strings: (Partial<Strings & WizardStrings> & Record<string, unknown>) | undefined;

  private draft: WizardDraft = draftFrom(undefined);
  /** Errors shown, by field key (`name`, `address.country`, `contacts#<row>.email`). */
  private errors = new Map<string, Violation>();
  private saving = false;
  private saveError?: DescribedError;
  private formMessage?: string;
  private created?: { id: string; name: string };
  private duplicates?: Duplicates;

  private readonly l10n = new LocalizeController(this, { en: wizardEn, da: wizardDa });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientConsumerController(this, (client) => this.user.load(client));
  private readonly live = new LiveRegionController(this);
  private readonly country = new ComboboxController(this, 'f-country');

  private start: WizardDraft = draftFrom(undefined);
  /** The body and key of the last create attempt: a retry of the same data reuses the key. */
  private attempt?: { body: string; key: string };
  private focusAfterUpdate?: { kind: 'heading' | 'first-invalid' | 'field'; field?: string };
  private duplicateCheck?: { key: string; result: Promise<Duplicates | undefined>; abort: AbortController };
  private duplicateTimer?: ReturnType<typeof setTimeout>;
  /** The duplicate-check key whose warning the user has already been shown. */
  private duplicatesShownFor?: string;

  constructor() {
    super();
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.duplicateTimer);
    this.duplicateCheck?.abort.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('initial')) {
      this.start = draftFrom(this.initial);
      this.draft = draftFrom(this.initial);
      this.errors = new Map();
    }
    if (changed.has('step') && !WIZARD_STEPS.includes(this.step)) this.step = 'company';
  }

  protected override updated(): void {
    const target = this.focusAfterUpdate;
    if (!target) return;
    this.focusAfterUpdate = undefined;
    const root = this.renderRoot as ShadowRoot;
    if (target.kind === 'first-invalid') focusFirstInvalid(root);
    else if (target.kind === 'field' && target.field) focusField(root, target.field);
    else root.getElementById('step-heading')?.focus();
  }

  /** Clears everything back to `initial` and shows the first step. */
  reset(): void {
    this.draft = draftFrom(this.initial);
    this.errors = new Map();
    this.saveError = undefined;
    this.formMessage = undefined;
    this.created = undefined;
    this.duplicates = undefined;
    this.duplicatesShownFor = undefined;
    this.attempt = undefined;
    this.step = 'company';
  }

  // ----- state changes ---------------------------------------------------------------------------------------

  private setCompany = <K extends keyof CompanyDraft>(field: K, value: CompanyDraft[K]): void => {
    this.draft = { ...this.draft, company: { ...this.draft.company, [field]: value } };
    const key = COMPANY_FIELDS.find((path) => path.endsWith(field)) ?? field;
    this.revalidate([key]);
    if (field === 'country') this.revalidate(['phone', ...this.draft.contacts.map((row) => contactKey(row, 'phone'))]);
    if (field === 'name' || field === 'externalReference') this.scheduleDuplicateCheck(400);
  };

  private setContact = (row: ContactDraft, field: ContactField, value: string): void => {
    const contacts = this.draft.contacts.map((each) => (each.key === row.key ? { ...each, [field]: value } : each));
    this.draft = { ...this.draft, contacts };
    // Typing a phone can fix an "e-mail or phone" error shown at the e-mail.
    this.revalidate([contactKey(row, field), contactKey(row, 'email')]);
  };

  private addContact = (): void => {
    const row = emptyContact();
    this.draft = { ...this.draft, contacts: [...this.draft.contacts, row] };
    this.focusAfterUpdate = { kind: 'field', field: contactKey(row, 'name') };
    this.live.announce(this.l10n.t.contactAdded(this.draft.contacts.length));
  };

  private removeContact = (row: ContactDraft): void => {
    const index = this.draft.contacts.findIndex((each) => each.key === row.key);
    const contacts = this.draft.contacts.filter((each) => each.key !== row.key);
    this.draft = { ...this.draft, contacts };
    this.errors = new Map([...this.errors].filter(([key]) => !key.startsWith(`contacts#${row.key}.`)));
    // Focus goes to the row that took its place, else the one before, else "Add contact".
    const next = contacts[index] ?? contacts[index - 1];
    this.focusAfterUpdate = next ? { kind: 'field', field: contactKey(next, 'name') } : undefined;
    if (!next)
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-add-contact]')?.focus());
    this.live.announce(this.l10n.t.contactRemoved(index + 1));
  };

  // ----- validation ------------------------------------------------------------------------------------------

  /** The draft's violations by field key (contact paths by row key, so removing a row moves nothing). */
  private currentViolations(): Map<string, Violation> {
    const byKey = new Map<string, Violation>();
    for (const violation of violationsOf(this.draft)) {
      const key = this.keyOfPath(violation.field);
      if (!byKey.has(key)) byKey.set(key, violation);
    }
    return byKey;
  }

  /** `contacts[1].email` → `contacts#<key of row 1>.email`; other paths stay as they are. */
  private keyOfPath(path: string): string {
    const match = /^contacts\[(\d+)\]\.(\w+)$/.exec(path);
    if (!match) return path;
    const row = this.draft.contacts[Number(match[1])];
    return row ? `contacts#${row.key}.${match[2]}` : 'contacts';
  }

  private showErrors(
    keys: readonly string[],
    violations = this.currentViolations(),
    skip?: (v: Violation) => boolean,
  ): void {
    const errors = new Map(this.errors);
    for (const key of keys) {
      const violation = violations.get(key);
      if (violation && !skip?.(violation)) errors.set(key, violation);
      else errors.delete(key);
    }
    this.errors = errors;
  }

  /** While a field shows an error, re-check it on every keystroke so the message goes as soon as it is fixed. */
  private revalidate(keys: readonly string[]): void {
    const shown = keys.filter((key) => this.errors.has(key));
    if (shown.length) this.showErrors(shown);
  }

  private blurField = (key: string): void => {
    if (key === 'phone') this.normalizePhoneField();
    const row = /^contacts#(\d+)\.phone$/.exec(key);
    if (row) this.normalizeContactPhone(Number(row[1]));
    // "E-mail or phone" waits until focus leaves the whole contact row: the user may be about to type a phone.
    this.showErrors([key], undefined, (violation) => violation.code === 'unreachable');
    if (key === 'name' || key === 'externalReference') this.scheduleDuplicateCheck(0);
  };

  private leaveContactRow = (row: ContactDraft, event: FocusEvent): void => {
    const fieldset = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && fieldset.contains(event.relatedTarget)) return;
    if (!this.draft.contacts.some((each) => each.key === row.key)) return;
    this.showErrors([contactKey(row, 'email')]);
  };

  private normalizePhoneField(): void {
    const phone = normalizePhone(this.draft.company.phone, this.draft.company.country);
    if (phone !== this.draft.company.phone.trim())
      this.draft = { ...this.draft, company: { ...this.draft.company, phone } };
  }

  private normalizeContactPhone(rowKey: number): void {
    const country = this.draft.company.country;
    const contacts = this.draft.contacts.map((row) =>
      row.key === rowKey ? { ...row, phone: normalizePhone(row.phone, country) } : row,
    );
    this.draft = { ...this.draft, contacts };
  }

  /** Shows every error of `step`; returns how many there are. */
  private validateStep(step: 'company' | 'contacts'): number {
    const violations = this.currentViolations();
    const keys =
      step === 'company'
        ? [...COMPANY_FIELDS]
        : this.draft.contacts.flatMap((row) =>
            (['name', 'email', 'phone'] as const).map((field) => contactKey(row, field)),
          );
    this.showErrors(keys, violations);
    return keys.filter((key) => this.errors.has(key)).length;
  }

  // ----- duplicates ------------------------------------------------------------------------------------------

  private duplicateKey(): string {
    const { name, externalReference } = this.draft.company;
    return `${normalizeCompanyName(name)}\u0000${externalReference.trim().toLowerCase()}`;
  }

  private scheduleDuplicateCheck(delay: number): void {
    clearTimeout(this.duplicateTimer);
    this.duplicateTimer = setTimeout(() => void this.checkDuplicates(), delay);
  }

  /** Looks for likely duplicates of the current name/reference, once per distinct value. */
  private checkDuplicates(): Promise<Duplicates | undefined> {
    const client = this.api.client;
    const key = this.duplicateKey();
    if (this.duplicateCheck?.key === key) return this.duplicateCheck.result;
    this.duplicateCheck?.abort.abort();
    if (!client || key === '\u0000') {
      this.duplicates = undefined;
      this.duplicateCheck = undefined;
      return Promise.resolve(undefined);
    }
    const abort = new AbortController();
    const { name, externalReference } = this.draft.company;
    const result = findLikelyDuplicates(client, { name, externalReference }, abort.signal).then(
      (found) => {
        if (this.duplicateCheck?.key === key) this.duplicates = found;
        return found;
      },
      // A failed check must never block creating the customer.
      () => undefined,
    );
    this.duplicateCheck = { key, result, abort };
    return result;
  }

  // ----- navigation ------------------------------------------------------------------------------------------

  private goTo = (step: WizardStep): void => {
    if (this.saving) return;
    this.step = step;
    // The step's heading receives focus, which announces it; a live-region message too would be heard twice.
    this.focusAfterUpdate = { kind: 'heading' };
  };

  private async next(): Promise<void> {
    const step = this.step;
    if (step !== 'company' && step !== 'contacts') return;
    const invalid = this.validateStep(step);
    if (invalid) {
      this.focusAfterUpdate = { kind: 'first-invalid' };
      this.live.announce(this.l10n.t.fieldsNeedAttention(invalid));
      return;
    }
    if (step === 'company') {
      this.normalizePhoneField();
      const wasShownFor =
        this.duplicates && this.duplicateCheck?.key === this.duplicateKey() ? this.duplicateKey() : undefined;
      const found = await this.checkDuplicates();
      const key = this.duplicateKey();
      if (this.step !== step) return;
      const any = Boolean(found && (found.byName.length || found.byReference.length));
      // Point a likely duplicate out once before going on; if it was on screen already, it has been seen.
      if (any && this.duplicatesShownFor !== key && wasShownFor !== key) {
        this.duplicatesShownFor = key;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#duplicates')?.focus();
        return;
      }
    }
    this.goTo(step === 'company' ? 'contacts' : 'review');
  }

  private submit = (event: Event): void => {
    event.preventDefault();
    void this.next();
  };

  private back = (): void => {
    if (this.step === 'contacts') this.goTo('company');
    else if (this.step === 'review') this.goTo('contacts');
  };

  private cancel = (): void => {
    if (this.saving) return;
    const request = new WizardCancelEvent({ dirty: isDirty(this.draft, this.start) });
    if (this.dispatchEvent(request)) {
      this.reset();
      this.focusAfterUpdate = { kind: 'heading' };
    }
  };

  private startOver = (): void => {
    this.reset();
    this.focusAfterUpdate = { kind: 'heading' };
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
    const violations = this.currentViolations();
    if (violations.size) {
      this.placeViolations(violations);
      return;
    }
    const input = toInput(this.draft);
    const body = JSON.stringify(input);
    if (this.attempt?.body !== body) this.attempt = { body, key: newIdempotencyKey() };
    const t = this.l10n.t;
    this.saving = true;
    this.saveError = undefined;
    this.formMessage = undefined;
    this.live.announce(t.savingCustomer);
    try {
      const customer = await client.customers.create(input, { idempotencyKey: this.attempt.key });
      this.attempt = undefined;
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
      const byKey = new Map<string, Violation>();
      for (const violation of error.violations) byKey.set(this.keyOfPath(violation.field), violation);
      const placed = this.placeViolations(byKey);
      const unplaced = error.violations.filter((violation) => !placed.includes(this.keyOfPath(violation.field)));
      this.formMessage = [t.serverRejected, ...unplaced.map((violation) => violationText(violation, t))].join(' ');
      if (!placed.length) this.saveError = describeError(error, t);
      return;
    }
    this.saveError = describeError(error, t);
    this.live.announce(`${t.saveFailed} ${this.saveError.message}`);
  }

  /** Shows violations at their fields, opens the step of the first one and focuses it. Returns the keys placed. */
  private placeViolations(violations: Map<string, Violation>): string[] {
    const known = new Set<string>([
      ...COMPANY_FIELDS,
      ...this.draft.contacts.flatMap((row) =>
        (['name', 'email', 'phone'] as const).map((field) => contactKey(row, field)),
      ),
    ]);
    const placed = [...violations.keys()].filter((key) => known.has(key));
    if (!placed.length) return placed;
    const errors = new Map(this.errors);
    for (const key of placed) errors.set(key, violations.get(key)!);
    this.errors = errors;
    const order = [...known];
    const first = placed.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]!;
    this.step = stepOfField(first.replace(/^contacts#/, 'contacts'));
    this.focusAfterUpdate = { kind: 'first-invalid' };
    this.live.announce(this.l10n.t.fieldsNeedAttention(placed.length));
    return placed;
  }

  // ----- rendering -------------------------------------------------------------------------------------------

  private view(): WizardView {
    const t = this.l10n.t;
    return {
      t,
      locale: this.l10n.locale,
      draft: this.draft,
      saving: this.saving,
      error: (key) => {
        const violation = this.errors.get(key);
        return violation ? violationText(violation, t) : undefined;
      },
      setCompany: this.setCompany,
      setContact: this.setContact,
      blurField: this.blurField,
      leaveContactRow: this.leaveContactRow,
      addContact: this.addContact,
      removeContact: this.removeContact,
      goTo: this.goTo,
      submit: this.submit,
      back: this.back,
      cancel: this.cancel,
      save: () => void this.save(),
      startOver: this.startOver,
      countryField: () =>
        this.country.render({
          id: 'f-country',
          name: 'address.country',
          label: t.country,
          optionalText: t.optional,
          hint: t.countryHint,
          value: this.draft.company.country,
          options: countryOptions(this.l10n.locale),
          noMatchText: t.countryNoMatch,
          matchesText: t.countryMatches,
          toggleLabel: t.showCountries,
          error: this.errors.get('address.country') && violationText(this.errors.get('address.country')!, t),
          onChange: (value) => this.setCompany('country', value),
          onBlur: () => this.blurField('address.country'),
        }),
      duplicates: this.duplicates && this.duplicateCheck?.key === this.duplicateKey() ? this.duplicates : undefined,
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

  private renderGate(): TemplateResult | undefined {
    const t = this.l10n.t;
    if (!this.api.client) return notice('warning', t.noClient);
    const userState = this.user.state;
    if (userState.status === 'loading' || userState.status === 'none') return loadingState(t.loading);
    if (userState.status === 'error' && this.user.canManage === undefined) {
      return errorState({
        message: `${t.userLoadFailed} ${describeError(userState.error, t).message}`,
        retryLabel: t.retry,
        onRetry: () => this.user.retry(),
      });
    }
    if (this.user.canManage === false) {
      return notice(
        'info',
        html`<p class="notice-title">${t.noPermissionTitle}</p>
          <p>${t.noPermissionCreate}</p>`,
      );
    }
    return undefined;
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
    const gate = this.renderGate();
    return html`<div class="wizard" part="base">
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
      ${gate ?? this.renderStep()} ${this.live.render()}
    </div>`;
  }
}
