import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult, nothing } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { Contact } from '../../src/schemas/contact.js';
import type { Violation } from '../../src/schemas/error.js';
import { PermissionError, ValidationError } from '../../src/errors.js';
import { DialogController } from '../shared/dialog.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { focusFirstInvalid, textField } from '../shared/field.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import type { ListStrings } from './i18n/en.js';
import { normalizePhone } from '../shared/phone.js';
import { formatPhone } from '../shared/phone-format.js';
import { errorState } from '../shared/states.js';
import { violationText } from '../shared/violations.js';
import {
  checkNewContact,
  contactFieldOf,
  emptyContactDraft,
  type ContactFormDraft,
  type ContactFormField,
} from '../shared/contact-form.js';

export interface AddContactOptions {
  t: () => ListStrings;
  client: () => CustomerClient | undefined;
  customerId: () => string | undefined;
  /** The customer's country: the default region of a phone typed without a country code. */
  country: () => string | undefined;
  countryName: () => string | undefined;
  /** The contact was created; the dialog has closed. */
  created: (contact: Contact) => void;
  /** The server said 403: the host turns read-only. */
  denied: () => void;
  /** A message for the host's polite live region. */
  announce: (message: string) => void;
}

/**
 * The Add contact dialog: its draft, errors and the create call. Validation is the SDK's `ContactInputSchema`
 * (through `checkNewContact`, shared with bulk edit); the request carries an `Idempotency-Key` reused for a
 * retry of the same data, so a lost response never creates the contact twice.
 */
export class AddContactController implements ReactiveController {
  draft: ContactFormDraft = emptyContactDraft();
  private errors = new Map<ContactFormField, Violation>();
  private saving = false;
  private failure?: DescribedError;
  private attempt?: { body: string; key: string };
  private readonly dialog: DialogController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AddContactOptions,
  ) {
    host.addController(this);
    this.dialog = new DialogController(host);
  }

  hostConnected(): void {}

  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** Opens an empty form and focuses the name; resolves once it is shown. */
  async open(): Promise<void> {
    this.draft = emptyContactDraft();
    this.errors = new Map();
    this.failure = undefined;
    this.saving = false;
    await this.dialog.show();
    // The × button comes first in the dialog, so `showModal()` would focus it; the name is where typing starts.
    this.root()?.querySelector<HTMLInputElement>('#add-name')?.focus();
  }

  private root(): ShadowRoot | null {
    return this.host.shadowRoot;
  }

  private set(field: ContactFormField, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    // While a field shows an error, re-check on every keystroke so the message goes as soon as it is fixed;
    // a phone typed now can also fix "e-mail or phone" shown at the e-mail.
    if (this.errors.size) this.showErrors(false);
    this.host.requestUpdate();
  }

  private showErrors(all: boolean): number {
    const check = checkNewContact(this.draft, this.options.country());
    const next = new Map<ContactFormField, Violation>();
    if (!check.ok) {
      for (const violation of check.violations) {
        const field = contactFieldOf(violation.field);
        if (field && (all || this.errors.has(field)) && !next.has(field)) next.set(field, violation);
      }
    }
    this.errors = next;
    return next.size;
  }

  private blurPhone(): void {
    const phone = normalizePhone(this.draft.phone, this.options.country());
    if (phone !== this.draft.phone.trim()) this.set('phone', formatPhone(phone));
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const t = this.options.t();
    const client = this.options.client();
    const customerId = this.options.customerId();
    if (this.saving || !client || !customerId) return;
    const invalid = this.showErrors(true);
    if (invalid) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      focusFirstInvalid(this.root()!.querySelector('#add-contact-form')!);
      this.options.announce(t.fieldsNeedAttention(invalid));
      return;
    }
    const check = checkNewContact(this.draft, this.options.country());
    if (!check.ok) return;
    const body = JSON.stringify(check.value);
    if (this.attempt?.body !== body) this.attempt = { body, key: newIdempotencyKey() };
    this.saving = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const contact = await client.contacts.create(customerId, check.value, { idempotencyKey: this.attempt.key });
      this.attempt = undefined;
      this.saving = false;
      const closed = this.dialog.closed();
      this.dialog.close();
      await closed;
      this.options.created(contact);
    } catch (error) {
      this.saving = false;
      await this.failed(error);
    }
  };

  private async failed(error: unknown): Promise<void> {
    const t = this.options.t();
    if (error instanceof PermissionError) {
      this.dialog.close();
      this.options.denied();
      return;
    }
    if (error instanceof ValidationError && error.violations.length) {
      const placed = new Map<ContactFormField, Violation>();
      for (const violation of error.violations) {
        const field = contactFieldOf(violation.field);
        if (field && !placed.has(field)) placed.set(field, violation);
      }
      if (placed.size) {
        this.errors = placed;
        this.host.requestUpdate();
        await this.host.updateComplete;
        focusFirstInvalid(this.root()!.querySelector('#add-contact-form')!);
        this.options.announce(t.fieldsNeedAttention(placed.size));
        return;
      }
    }
    this.failure = describeError(error, t);
    this.host.requestUpdate();
  }

  private field(field: ContactFormField, label: string, extra: Partial<Parameters<typeof textField>[0]> = {}) {
    const t = this.options.t();
    const violation = this.errors.get(field);
    return textField({
      id: `add-${field}`,
      name: field,
      label,
      value: this.draft[field],
      optionalText: t.optional,
      autocomplete: 'off',
      error: violation ? violationText(violation, t) : undefined,
      onInput: (value) => this.set(field, value),
      ...extra,
    });
  }

  render(): TemplateResult | typeof nothing {
    if (!this.dialog.open) return nothing;
    const t = this.options.t();
    return this.dialog.render({
      id: 'add-contact',
      title: t.addContact,
      closeLabel: t.close,
      body: html`<form id="add-contact-form" class="add-form" novalidate @submit=${this.submit}>
        <p class="muted">${t.contactsReachable}</p>
        ${this.field('name', t.contactName, { required: true })} ${this.field('email', t.email, { type: 'email' })}
        ${this.field('phone', t.phone, {
          type: 'tel',
          hint: t.contactPhoneHint(this.options.countryName()),
          onBlur: () => this.blurPhone(),
        })}
        ${this.field('title', t.contactTitle)}
        ${
          this.failure
            ? errorState({
                title: t.addContactFailed,
                message: this.failure.message,
                detail: t.inputKept,
              })
            : nothing
        }
      </form>`,
      footer: html`<button
          class="button"
          part="button"
          type="button"
          @click=${() => this.dialog.requestClose('cancel-button')}
        >
          ${t.cancel}
        </button>
        <button
          class="button primary end"
          part="button button-primary"
          type="submit"
          form="add-contact-form"
          data-add-submit
          aria-disabled=${this.saving ? 'true' : 'false'}
        >
          ${this.saving ? t.saving : t.addContact}
        </button>`,
    });
  }
}
