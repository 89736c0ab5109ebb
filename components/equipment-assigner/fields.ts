import { html, type TemplateResult } from 'lit';

/** The filter and sort selects above the lists as a template helper: label and select in one root. (The search box is the
 * shared `searchField()`.) */

export interface SelectField {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

export function selectField(field: SelectField): TemplateResult {
  return html`<div class="field" part="field">
    <label class="label" for=${field.id} part="label">${field.label}</label>
    <select
      id=${field.id}
      class="input"
      part="input"
      .value=${field.value}
      @change=${(event: Event) => field.onChange((event.target as HTMLSelectElement).value)}
    >
      ${field.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === field.value}>${option.label}</option>`,
      )}
    </select>
  </div>`;
}
