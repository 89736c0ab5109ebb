import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The two controls above the lists (search box, select) as template helpers: label and input in one root. */

export interface SearchField {
  id: string;
  label: string;
  hint: string;
  value: string;
  /** The list's id while it is on screen. */
  controls: string | undefined;
  /** Where focus starts when a dialog opens. */
  autofocus?: boolean;
  onInput: (event: Event) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

export function searchField(field: SearchField): TemplateResult {
  return html`<div class="field search" part="field">
    <label class="label" for=${field.id} part="label">${field.label}</label>
    <input
      id=${field.id}
      class="input"
      part="input"
      type="search"
      autocomplete="off"
      ?autofocus=${field.autofocus ?? false}
      aria-describedby="${field.id}-hint"
      aria-controls=${ifDefined(field.controls)}
      .value=${field.value}
      @input=${field.onInput}
      @keydown=${field.onKeyDown}
    />
    <p class="hint" id="${field.id}-hint" part="hint">${field.hint}</p>
  </div>`;
}

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
