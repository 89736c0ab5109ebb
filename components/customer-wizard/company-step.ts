import { html, nothing, type TemplateResult } from 'lit';
import { CUSTOMER_TYPES } from '../../src/schemas/customer.js';
import { radioGroup, textField, type TextFieldOptions } from '../shared/field.js';
import { notice } from '../shared/states.js';
import type { CompanyDraft, CompanyField } from './draft.js';
import { stepFooter, type WizardView } from './view.js';

function duplicatesNotice(view: WizardView): TemplateResult | typeof nothing {
  const found = view.duplicates;
  if (!found || (!found.byName.length && !found.byReference.length)) return nothing;
  const names = (list: { name: string }[]) => list.map((customer) => customer.name).join(', ');
  return notice(
    'warning',
    html`${found.byReference.length ? html`<p>${view.t.duplicateReference(names(found.byReference))}</p>` : nothing}
      ${found.byName.length ? html`<p>${view.t.duplicateName(names(found.byName))}</p>` : nothing}
      <p>${view.t.duplicateContinue}</p>`,
    { id: 'duplicates', focusable: true },
  );
}

/** One company text field: `path` is the API field path (errors, focus), `key` the draft property. */
function field(
  view: WizardView,
  path: CompanyField,
  key: keyof CompanyDraft,
  label: string,
  extra: Partial<TextFieldOptions> = {},
): TemplateResult {
  return textField({
    id: `f-${path.replace('address.', '')}`,
    name: path,
    label,
    value: view.draft.company[key],
    optionalText: view.t.optional,
    error: view.error(path),
    onInput: (value) => view.setCompany(key, value),
    onBlur: () => view.blurField(path),
    ...extra,
  });
}

/** Step 1: the company, its address and contact details, then the relationship type at the end of the form. */
export function companyStep(view: WizardView): TemplateResult {
  const { t } = view;
  return html`<form class="step" novalidate aria-labelledby="step-heading" @submit=${view.submit}>
    <h3 id="step-heading" class="step-heading" tabindex="-1">${t.stepCompany}</h3>
    ${field(view, 'name', 'name', t.companyName, { required: true, autocomplete: 'organization' })}
    ${duplicatesNotice(view)}
    <fieldset class="group" part="group">
      <legend class="group-legend">${t.address}</legend>
      <div class="grid address">
        <div class="span-all">
          ${field(view, 'address.street', 'street', t.street, { autocomplete: 'street-address' })}
        </div>
        ${field(view, 'address.postalCode', 'postalCode', t.postalCode, { autocomplete: 'postal-code' })}
        ${field(view, 'address.city', 'city', t.city, { autocomplete: 'address-level2' })}
        <div class="span-all">${view.countryField()}</div>
      </div>
    </fieldset>
    <div class="grid">
      ${field(view, 'phone', 'phone', t.phone, { type: 'tel', autocomplete: 'tel', hint: t.phoneHint })}
      ${field(view, 'email', 'email', t.email, { type: 'email', autocomplete: 'email' })}
      ${field(view, 'externalReference', 'externalReference', t.externalReference, {
        autocomplete: 'off',
        hint: t.externalReferenceHint,
      })}
    </div>
    ${radioGroup({
      id: 'f-type',
      name: 'type',
      label: t.relationshipType,
      hint: t.relationshipTypeHint,
      value: view.draft.company.type,
      options: CUSTOMER_TYPES.map((type) => ({ value: type, label: t.customerTypes[type] })),
      error: view.error('type'),
      onChange: (value) => view.setCompany('type', value as (typeof CUSTOMER_TYPES)[number]),
    })}
    ${stepFooter(
      view,
      false,
      html`<button class="button primary end" part="button button-primary" type="submit">${t.next}</button>`,
    )}
  </form>`;
}
