import { html, nothing, type TemplateResult } from 'lit';
import { CUSTOMER_CONTACTS_MAX } from '../../src/schemas/customer.js';
import { contactFields } from '../shared/contact-form-fields.js';
import { emptyState } from '../shared/states.js';
import { CONTACT_FIELDS, contactKey, type ContactDraft } from './draft.js';
import { stepFooter, type WizardView } from './view.js';

function contactRow(view: WizardView, row: ContactDraft, index: number): TemplateResult {
  const { t } = view;
  const position = index + 1;
  return html`<li class="contact" part="contact-row">
    <fieldset class="group contact-fields" @focusout=${(event: FocusEvent) => view.leaveContactRow(row, event)}>
      <legend class="group-legend">${t.contactN(position)}</legend>
      <div class="grid contact-grid">
        ${contactFields({
          t,
          draft: row,
          idPrefix: `c${row.key}`,
          fields: CONTACT_FIELDS,
          key: (field) => contactKey(row, field),
          error: (field) => view.error(contactKey(row, field)),
          set: (field, value) => view.setContact(row, field, value),
          blur: (field) => view.blurField(contactKey(row, field)),
        })}
      </div>
      <button
        class="button quiet remove"
        part="button button-remove"
        type="button"
        data-remove=${row.key}
        aria-label=${t.removeContact(position)}
        @click=${() => view.removeContact(row)}
      >
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" /></svg>
        <span aria-hidden="true">${t.remove}</span>
      </button>
    </fieldset>
  </li>`;
}

/** Step 2: any number of contacts, each needing an e-mail or a phone; none at all is fine. */
export function contactsStep(view: WizardView): TemplateResult {
  const { t, draft } = view;
  const max = CUSTOMER_CONTACTS_MAX;
  const tooMany = view.error('contacts');
  return html`<form class="step" novalidate aria-labelledby="step-heading" @submit=${view.submit}>
    <h3 id="step-heading" class="step-heading" tabindex="-1">${t.stepContacts}</h3>
    <p class="intro" id="contacts-intro">${t.contactsIntro} ${t.contactsReachable} ${t.contactsLimit(max)}</p>
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
    ${
      // Over the limit: said at the step, where Next and Save stop, with what to do (not a silent no-op).
      tooMany
        ? html`<p class="error step-error" id="contacts-error" part="error" data-field="contacts" tabindex="-1">
            <span aria-hidden="true" class="error-icon">!</span>${t.contactsTooMany(max, draft.contacts.length - max)}
          </p>`
        : nothing
    }
    <div>
      <button
        class="button"
        part="button button-add"
        type="button"
        data-add-contact
        aria-describedby=${tooMany ? 'contacts-error' : nothing}
        @click=${view.addContact}
      >
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 3v10M3 8h10" /></svg>
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
