import { html, type TemplateResult } from 'lit';
import { textField, type TextFieldOptions } from '../shared/field.js';
import { emptyState } from '../shared/states.js';
import type { ContactDraft, ContactField } from './draft.js';
import { contactKey, stepFooter, type WizardView } from './view.js';

function contactRow(view: WizardView, row: ContactDraft, index: number): TemplateResult {
  const { t } = view;
  const position = index + 1;
  const field = (key: ContactField, label: string, type: TextFieldOptions['type'], required = false) =>
    textField({
      id: `c${row.key}-${key}`,
      name: contactKey(row, key),
      label,
      type,
      required,
      value: row[key],
      autocomplete: 'off',
      error: view.error(contactKey(row, key)),
      onInput: (value) => view.setContact(row, key, value),
      onBlur: () => view.blurField(contactKey(row, key)),
    });
  return html`<li class="contact" part="contact-row">
    <fieldset class="group contact-fields" @focusout=${(event: FocusEvent) => view.leaveContactRow(row, event)}>
      <legend class="group-legend">${t.contactN(position)}</legend>
      <div class="grid contact-grid">
        ${field('name', t.contactName, 'text', true)} ${field('email', t.email, 'email')}
        ${field('phone', t.phone, 'tel')}
      </div>
      <button
        class="button quiet remove"
        part="button button-remove"
        type="button"
        data-remove=${row.key}
        aria-label=${t.removeContact(position)}
        @click=${() => view.removeContact(row)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
        <span aria-hidden="true">${t.remove}</span>
      </button>
    </fieldset>
  </li>`;
}

/** Step 2: any number of contacts, each needing an e-mail or a phone; none at all is fine. */
export function contactsStep(view: WizardView): TemplateResult {
  const { t, draft } = view;
  return html`<form class="step" novalidate aria-labelledby="step-heading" @submit=${view.submit}>
    <h3 id="step-heading" class="step-heading" tabindex="-1">${t.stepContacts}</h3>
    <p class="intro">${t.contactsIntro} ${t.contactsReachable}</p>
    ${
      draft.contacts.length
        ? html`<ol class="contacts" part="contacts">
            ${
              // Plain map, not `repeat` (1 kB): values are bound with `live()` and focus is placed explicitly
              // after a removal, so reusing row DOM by position is safe.
              draft.contacts.map((row, index) => contactRow(view, row, index))
            }
          </ol>`
        : emptyState(t.contactsEmpty)
    }
    <div>
      <button class="button" part="button button-add" type="button" data-add-contact @click=${view.addContact}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
        ${t.addContact}
      </button>
    </div>
    ${stepFooter(
      view,
      true,
      html`<button class="button primary end" part="button button-primary" type="submit">${t.next}</button>`,
    )}
  </form>`;
}
