import { html, type TemplateResult } from 'lit';
import { textField, type TextFieldOptions } from './field.js';
import type { Strings } from './i18n/en.js';
import type { ContactFormDraft, ContactFormField } from './contact-form.js';

/** What `contactFields()` needs from the form that owns the contact draft. */
export interface ContactFieldsView {
  t: Strings;
  draft: ContactFormDraft;
  /** Id prefix, unique in the shadow root: ids are `<prefix>-name`, `<prefix>-email`, ... */
  idPrefix: string;
  /** The field key of a field (its `name`/`data-field`): `email`, or `contacts#3.email` in the wizard. */
  key(field: ContactFormField): string;
  /** The translated error shown at a field, if any. */
  error(field: ContactFormField): string | undefined;
  set(field: ContactFormField, value: string): void;
  blur(field: ContactFormField): void;
  /** Which fields, in this order; default all four. */
  fields?: readonly ContactFormField[];
  /** The hint under the phone (which country is assumed without a code). */
  phoneHint?: string | undefined;
  labels?: Partial<Record<ContactFormField, string>>;
}

/**
 * The one contact form's fields (Add contact, the wizard's contact rows): the name is required, and e-mail
 * and phone say at the label that one of them is ("e-mail or phone required") instead of both "(optional)".
 * Phones are typed freely and normalised to E.164 on blur by the owner; the rules are the SDK schema's.
 */
export function contactFields(view: ContactFieldsView): TemplateResult {
  const { t } = view;
  const labels = { name: t.contactName, email: t.email, phone: t.phone, title: t.contactTitle, ...view.labels };
  const extra: Record<ContactFormField, Partial<TextFieldOptions>> = {
    name: { required: true },
    email: { type: 'email', optionalText: t.emailOrPhone },
    phone: { type: 'tel', optionalText: t.emailOrPhone, hint: view.phoneHint },
    title: { optionalText: t.optional },
  };
  return html`${(view.fields ?? (['name', 'email', 'phone', 'title'] as const)).map((field) =>
    textField({
      id: `${view.idPrefix}-${field}`,
      name: view.key(field),
      label: labels[field],
      value: view.draft[field],
      autocomplete: 'off',
      error: view.error(field),
      onInput: (value) => view.set(field, value),
      onBlur: () => view.blur(field),
      ...extra[field],
    }),
  )}`;
}
