import { html, nothing, type TemplateResult } from 'lit';
import { countryName } from '../shared/intl.js';
import { formatPhone } from '../shared/phone-format.js';
import { notice } from '../shared/states.js';
import { toInput } from './draft.js';
import { stepFooter, type WizardStep, type WizardView } from './view.js';

function row(label: string, value: string | undefined, fallback: string): TemplateResult {
  return html`<div class="row">
    <dt>${label}</dt>
    <dd class=${value ? '' : 'muted'}>${value || fallback}</dd>
  </div>`;
}

function section(view: WizardView, title: string, step: WizardStep, body: TemplateResult): TemplateResult {
  return html`<section class="review-block" part="review-block" aria-labelledby="review-${step}">
    <header class="review-header">
      <h4 id="review-${step}">${title}</h4>
      <button
        class="button link"
        part="button button-edit"
        type="button"
        data-edit=${step}
        aria-label=${view.t.editStep(title)}
        @click=${() => view.goTo(step)}
      >
        ${view.t.edit}
      </button>
    </header>
    ${body}
  </section>`;
}

/** Step 3: everything entered, as the server will get it (phones normalised), with Edit back to each step. */
export function reviewStep(view: WizardView): TemplateResult {
  const { t } = view;
  const input = toInput(view.draft);
  const address = input.address;
  const addressLines = [
    address?.street,
    [address?.postalCode, address?.city].filter(Boolean).join(' '),
    address?.country ? countryName(address.country, view.locale) : undefined,
  ].filter(Boolean);
  const contacts = input.contacts ?? [];
  return html`<section class="step" aria-labelledby="step-heading">
    <h3 id="step-heading" class="step-heading" tabindex="-1">${t.stepReview}</h3>
    <p class="intro">${t.reviewIntro}</p>
    ${section(
      view,
      t.stepCompany,
      'company',
      html`<dl class="details">
        ${row(t.companyName, input.name.trim(), t.notGiven)}
        <div class="row">
          <dt>${t.address}</dt>
          <dd class=${addressLines.length ? '' : 'muted'}>
            ${addressLines.length ? addressLines.map((line) => html`<span class="line">${line}</span>`) : t.notGiven}
          </dd>
        </div>
        ${row(t.phone, input.phone && formatPhone(input.phone), t.notGiven)} ${row(t.email, input.email, t.notGiven)}
        ${row(t.externalReference, input.externalReference, t.notGiven)}
        ${row(t.relationshipType, (t.customerTypes as Record<string, string>)[view.draft.company.type], t.notGiven)}
      </dl>`,
    )}
    ${section(
      view,
      t.stepContacts,
      'contacts',
      contacts.length
        ? html`<ul class="contact-summary">
            ${contacts.map(
              (contact) =>
                html`<li>
                  <span class="contact-name">${contact.name}</span>
                  ${contact.email ? html`<span>${contact.email}</span>` : nothing}
                  ${contact.phone ? html`<span>${formatPhone(contact.phone)}</span>` : nothing}
                </li>`,
            )}
          </ul>`
        : html`<p class="muted">${t.noContacts}</p>`,
    )}
    ${view.formMessage ? notice('warning', view.formMessage) : nothing} ${view.saveFailure ?? nothing}
    ${stepFooter(
      view,
      true,
      html`<button
        class="button primary end"
        part="button button-primary button-save"
        type="button"
        data-save
        aria-disabled=${view.saving ? 'true' : 'false'}
        @click=${view.save}
      >
        ${view.saving ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
      </button>`,
    )}
  </section>`;
}

/** After saving: what happened, and a way to start over. */
export function doneStep(view: WizardView): TemplateResult {
  const { t } = view;
  const name = view.created?.name ?? view.draft.company.name;
  return html`<section class="step" aria-labelledby="step-heading">
    ${notice(
      'success',
      html`<h3 id="step-heading" class="step-heading" tabindex="-1">${t.customerCreated(name)}</h3>
        <p>${t.customerCreatedBody}</p>`,
    )}
    <footer class="actions footer" part="footer">
      <button class="button primary" part="button button-primary" type="button" @click=${view.startOver}>
        ${t.createAnother}
      </button>
    </footer>
  </section>`;
}
