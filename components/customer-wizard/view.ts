import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/en.js';
import type { WizardStrings } from './i18n/en.js';
import type { Customer } from '../../src/schemas/customer.js';
import type { CompanyDraft } from '../shared/company-draft.js';
import type { ContactFormField } from '../shared/contact-form.js';
import type { ContactDraft, WizardDraft } from './draft.js';

export type WizardStep = 'company' | 'contacts' | 'review' | 'done';
export const WIZARD_STEPS: readonly WizardStep[] = ['company', 'contacts', 'review', 'done'];

/**
 * What the step templates need from the wizard: state to show and callbacks to change it. Keeps each step's
 * template a plain function in its own file while the element owns all state.
 */
export interface WizardView {
  t: Strings & WizardStrings;
  locale: string;
  draft: WizardDraft;
  saving: boolean;
  /** Translated error of a field key (`name`, `address.country`, `contacts#3.email`), if shown. */
  error(key: string): string | undefined;
  setCompany(field: keyof CompanyDraft, value: string): void;
  setContact(row: ContactDraft, field: ContactFormField, value: string): void;
  blurField(key: string): void;
  leaveContactRow(row: ContactDraft, event: FocusEvent): void;
  addContact(): void;
  removeContact(row: ContactDraft): void;
  goTo(step: WizardStep): void;
  submit(event: Event): void;
  back(): void;
  cancel(): void;
  save(): void;
  startOver(): void;
  /** The country combobox, rendered by the element's controller. */
  countryField(): TemplateResult;
  duplicates?: { byName: Customer[]; byReference: Customer[] } | undefined;
  /** Form-level message after the server rejected fields it could not place. */
  formMessage?: string | undefined;
  saveFailure?: TemplateResult | undefined;
  created?: { id: string; name: string } | undefined;
}

/** The row of step buttons: Back (from step 2 on), Cancel, and the step's primary button at the end. */
export function stepFooter(view: WizardView, back: boolean, primary: TemplateResult): TemplateResult {
  const busy = view.saving ? 'true' : 'false';
  return html`<footer class="actions footer" part="footer">
    ${
      back
        ? html`<button class="button" part="button button-back" type="button" aria-disabled=${busy} @click=${view.back}>
            ${view.t.back}
          </button>`
        : nothing
    }
    <button class="button quiet" part="button button-cancel" type="button" aria-disabled=${busy} @click=${view.cancel}>
      ${view.t.cancel}
    </button>
    ${primary}
  </footer>`;
}
