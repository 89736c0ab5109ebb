import { html, nothing, type TemplateResult } from 'lit';
import { companyFields } from '../shared/company-fields.js';
import { notice } from '../shared/states.js';
import { WIZARD_COMPANY_FIELDS } from './draft.js';
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

/** Step 1: the company, its address and contact details, then the relationship type at the end of the form. */
export function companyStep(view: WizardView): TemplateResult {
  const { t } = view;
  return html`<form class="step" novalidate aria-labelledby="step-heading" @submit=${view.submit}>
    <h3 id="step-heading" class="step-heading" tabindex="-1">${t.stepCompany}</h3>
    ${companyFields({
      t,
      draft: view.draft.company,
      error: (path) => view.error(path),
      set: view.setCompany,
      blur: view.blurField,
      countryField: view.countryField,
      only: WIZARD_COMPANY_FIELDS,
      afterName: duplicatesNotice(view),
    })}
    ${stepFooter(
      view,
      false,
      html`<button class="button primary end" part="button button-primary" type="submit">${t.next}</button>`,
    )}
  </form>`;
}
