import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult, nothing } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { Contact, ContactInput } from '../../src/schemas/contact.js';
import { PermissionError, ValidationError } from '../../src/errors.js';
import { DialogController } from '../shared/dialog.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { FormController } from '../shared/form-controller.js';
import { contactFields } from '../shared/contact-form-fields.js';
import type { ListStrings } from './i18n/en.js';
import { normalizePhone } from '../shared/phone.js';
import { formatPhone } from '../shared/phone-format.js';
import { errorState } from '../shared/states.js';
import { CHANNELS_FIELD } from '../../src/schemas/contact.js';
import {
  newNotificationDraft,
  notificationFields,
  startingLanguage,
  type NotificationDraft,
} from '../shared/contact-form-notifications.js';
import {
  CONTACT_FORM_FIELDS,
  checkNewContact,
  contactFieldOf,
  emptyContactDraft,
  type ContactFormDraft,
} from '../shared/contact-form.js';

export interface AddContactOptions {
  t: () => ListStrings;
  client: () => CustomerClient | undefined;
  customerId: () => string | undefined;
  /** The customer's country: the default region of a phone typed without a country code. */
  country: () => string | undefined;
  countryName: () => string | undefined;
  /** The language the form is shown in: a new contact's starting language unless the country says otherwise. */
  language: () => string;
  languageName: (code: string) => string;
  /** The contact was created; the dialog has closed. */
  created: (contact: Contact) => void;
  /** The server said 403: the host turns read-only. */
  denied: () => void;
  /** A message for the host's polite live region. */
  announce: (message: string) => void;
}

/**
 * The Add contact dialog: the shared contact form (name required; e-mail and phone each marked "e-mail or
 * phone required") on the shared form controller, and the create call. Validation is the SDK's
 * `ContactInputSchema` (through `checkNewContact`, shared with bulk edit); the request carries the form's
 * `Idempotency-Key`, reused for a retry of the same data, so a lost response never creates the contact twice.
 */
/** The contact as typed, with its notification preferences. */
type AddDraft = ContactFormDraft & { notifications: NotificationDraft };

export class AddContactController implements ReactiveController {
  private saving = false;
  private failure?: DescribedError;
  private readonly dialog: DialogController;
  private readonly form: FormController<AddDraft>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AddContactOptions,
  ) {
    host.addController(this);
    this.dialog = new DialogController(host);
    this.form = new FormController<AddDraft>(host, {
      draft: this.empty(),
      validate: (draft) => {
        const check = this.check(draft);
        return check.ok ? [] : check.violations.map((v) => ({ ...v, field: contactFieldOf(v.field) ?? v.field }));
      },
      fields: () => [...CONTACT_FORM_FIELDS, CHANNELS_FIELD],
      keyOf: (path) => contactFieldOf(path) ?? path,
      root: () => host.shadowRoot?.querySelector('#add-contact-form'),
      t: () => options.t(),
      announce: (message) => options.announce(message),
    });
  }

  hostConnected(): void {}

  private empty(): AddDraft {
    const language = startingLanguage(this.options.country(), this.options.language());
    return { ...emptyContactDraft(), notifications: newNotificationDraft(language) };
  }

  private check(draft: AddDraft) {
    const { notifications, ...contact } = draft;
    return checkNewContact(contact, this.options.country(), notifications as ContactInput['notifications']);
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** The contact typed so far. */
  get draft(): AddDraft {
    return this.form.draft;
  }

  /** Opens an empty form and focuses the name; resolves once it is shown. */
  async open(): Promise<void> {
    this.form.reset(this.empty());
    this.failure = undefined;
    this.saving = false;
    await this.dialog.show();
    // The × button comes first in the dialog, so `showModal()` would focus it; the name is where typing starts.
    this.host.shadowRoot?.querySelector<HTMLInputElement>('#add-name')?.focus();
  }

  private set(field: keyof ContactFormDraft, value: string): void {
    // A phone typed now can also fix "e-mail or phone" shown at the e-mail, and "SMS needs a phone".
    this.form.update({ ...this.form.draft, [field]: value }, [field, 'email', 'phone', CHANNELS_FIELD]);
  }

  private blur(field: keyof ContactFormDraft): void {
    if (field === 'phone') {
      const phone = normalizePhone(this.form.draft.phone, this.options.country());
      if (phone !== this.form.draft.phone.trim()) this.form.update({ ...this.form.draft, phone: formatPhone(phone) });
    }
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const client = this.options.client();
    const customerId = this.options.customerId();
    if (this.saving || !client || !customerId) return;
    if (this.form.check()) return;
    const check = this.check(this.form.draft);
    if (!check.ok) return;
    const key = this.form.idempotencyKey(check.value);
    this.saving = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      const contact = await client.contacts.create(customerId, check.value, { idempotencyKey: key });
      this.form.saved(this.empty());
      this.saving = false;
      const closed = this.dialog.closed();
      this.dialog.close();
      await closed;
      this.options.created(contact);
    } catch (error) {
      this.saving = false;
      this.failed(error);
    }
  };

  private failed(error: unknown): void {
    const t = this.options.t();
    if (error instanceof PermissionError) {
      this.dialog.close();
      this.options.denied();
      return;
    }
    if (error instanceof ValidationError && error.violations.length) {
      if (this.form.placeServerViolations(error.violations).placed.length) return;
    }
    this.failure = describeError(error, t);
    this.host.requestUpdate();
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
        ${contactFields({
          t,
          draft: this.form.draft,
          idPrefix: 'add',
          key: (field) => field,
          error: (field) => this.form.error(field),
          set: (field, value) => this.set(field, value),
          blur: (field) => this.blur(field),
          phoneHint: t.contactPhoneHint(this.options.countryName()),
        })}
        ${notificationFields({
          t,
          languageName: this.options.languageName,
          draft: this.form.draft.notifications,
          idPrefix: 'add-notify',
          hasPhone: Boolean(this.form.draft.phone.trim()),
          channelsKey: CHANNELS_FIELD,
          channelsError: this.form.error(CHANNELS_FIELD),
          set: (change) => {
            const notifications = change(this.form.draft.notifications);
            this.form.update({ ...this.form.draft, notifications }, [CHANNELS_FIELD]);
            // Checking SMS without a phone says so at once, where the box is.
            this.form.blur(CHANNELS_FIELD);
          },
        })}
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
      footer: this.dialog.formFooter({
        form: 'add-contact-form',
        cancelLabel: t.cancel,
        submitLabel: t.addContact,
        busy: this.saving,
        busyLabel: t.saving,
      }),
    });
  }
}
