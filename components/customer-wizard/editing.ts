import type { CustomerWizard } from './customer-wizard.js';
import type { FormController } from '../shared/form-controller.js';
import { focusField } from '../shared/field.js';
import { normalizePhone } from '../shared/phone.js';
import { COMPANY_FIELD_PATHS, DRAFT_KEY, type CompanyDraft } from '../shared/company-draft.js';
import type { ContactFormField } from '../shared/contact-form.js';
import type { DuplicateCheckController } from './duplicate-check.js';
import { contactKey, emptyContact, type ContactDraft, type WizardDraft } from './draft.js';
import type { WizardStrings } from './i18n/en.js';

/**
 * The wizard's editing handlers: what typing, leaving a field, adding and removing a contact row do to the
 * draft, its errors, focus and announcements. The form controller owns the state; this only changes it.
 */
export class WizardEditor {
  constructor(
    private readonly host: CustomerWizard,
    private readonly form: FormController<WizardDraft>,
    private readonly duplicates: DuplicateCheckController,
    private readonly announce: (message: string) => void,
    private readonly t: () => WizardStrings,
  ) {}

  private get draft(): WizardDraft {
    return this.form.draft;
  }

  readonly setCompany = (field: keyof CompanyDraft, value: string): void => {
    const draft = { ...this.draft, company: { ...this.draft.company, [field]: value } };
    const path = COMPANY_FIELD_PATHS.find((each) => DRAFT_KEY[each] === field) ?? field;
    // The country is the default region of every phone: re-check them with it.
    const phones = field === 'country' ? ['phone', ...draft.contacts.map((row) => contactKey(row, 'phone'))] : [];
    this.form.update(draft, [path, ...phones]);
    if (field === 'name' || field === 'externalReference') this.duplicates.schedule(400);
  };

  readonly setContact = (row: ContactDraft, field: ContactFormField, value: string): void => {
    const contacts = this.draft.contacts.map((each) => (each.key === row.key ? { ...each, [field]: value } : each));
    // Typing a phone can fix an "e-mail or phone" error shown at the e-mail.
    this.form.update({ ...this.draft, contacts }, [contactKey(row, field), contactKey(row, 'email'), 'contacts']);
  };

  readonly addContact = (): void => {
    const row = emptyContact();
    this.form.update({ ...this.draft, contacts: [...this.draft.contacts, row] }, ['contacts']);
    void this.host.updateComplete.then(() => focusField(this.host.renderRoot, contactKey(row, 'name')));
    this.announce(this.t().contactAdded(this.draft.contacts.length));
  };

  readonly removeContact = (row: ContactDraft): void => {
    const index = this.draft.contacts.findIndex((each) => each.key === row.key);
    const contacts = this.draft.contacts.filter((each) => each.key !== row.key);
    this.form.errors = new Map([...this.form.errors].filter(([key]) => !key.startsWith(`contacts#${row.key}.`)));
    this.form.update({ ...this.draft, contacts }, ['contacts']);
    // Focus goes to the row that took its place, else the one before, else "Add contact".
    const next = contacts[index] ?? contacts[index - 1];
    void this.host.updateComplete.then(() =>
      next
        ? focusField(this.host.renderRoot, contactKey(next, 'name'))
        : this.host.renderRoot.querySelector<HTMLElement>('[data-add-contact]')?.focus(),
    );
    this.announce(this.t().contactRemoved(index + 1));
  };

  readonly blurField = (key: string): void => {
    const country = this.draft.company.country;
    if (key === 'phone') {
      const phone = normalizePhone(this.draft.company.phone, country);
      this.form.update({ ...this.draft, company: { ...this.draft.company, phone } });
    }
    const row = /^contacts#(\d+)\.phone$/.exec(key);
    if (row) {
      const contacts = this.draft.contacts.map((each) =>
        each.key === Number(row[1]) ? { ...each, phone: normalizePhone(each.phone, country) } : each,
      );
      this.form.update({ ...this.draft, contacts });
    }
    this.form.blur(key);
    if (key === 'name' || key === 'externalReference') this.duplicates.schedule(0);
  };

  readonly leaveContactRow = (row: ContactDraft, event: FocusEvent): void => {
    const fieldset = event.currentTarget as HTMLElement;
    if (event.relatedTarget instanceof Node && fieldset.contains(event.relatedTarget)) return;
    if (!this.draft.contacts.some((each) => each.key === row.key)) return;
    this.form.show([contactKey(row, 'email')]);
  };
}
