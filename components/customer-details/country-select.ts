import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, fieldLabel, fieldMessages } from '../shared/field.js';
import type { Option } from '../shared/intl.js';

export interface CountrySelectOptions {
  label: string;
  optionalText: string;
  /** Label of the empty choice ("Not given"): choosing it removes the country. */
  emptyLabel: string;
  value: string;
  options: readonly Option[];
  error?: string | undefined;
  onChange: (value: string) => void;
}

/**
 * The country as a native `<select>` (id `f-country`, field path `address.country`). The wizard's type-ahead
 * combobox costs ~1.5 kB gzip, which this entry's 35 kB budget cannot carry; a native select is fully keyboard
 * operable (type-ahead included), labelled and native on phones. A code the server sent that is not in the list
 * stays selectable, so an untouched form never changes it.
 */
export function countrySelect(field: CountrySelectOptions): TemplateResult {
  const id = 'f-country';
  const known = !field.value || field.options.some((option) => option.value === field.value);
  return html`<div class="field ${field.error ? 'invalid' : ''}" part="field">
    ${fieldLabel({ id, label: field.label, optionalText: field.optionalText })}
    <select
      class="input"
      part="input"
      id=${id}
      name="address.country"
      data-field="address.country"
      autocomplete="country"
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${describedBy({ id, error: field.error }) ?? nothing}
      @change=${(event: Event) => field.onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!field.value}>${field.emptyLabel}</option>
      ${known ? nothing : html`<option value=${field.value} selected>${field.value}</option>`}
      ${field.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === field.value}>${option.label}</option>`,
      )}
    </select>
    ${fieldMessages({ id, error: field.error })}
  </div>`;
}
