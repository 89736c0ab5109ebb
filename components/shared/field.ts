import { html, nothing, type TemplateResult } from 'lit';
import type { Option } from './intl.js';

/**
 * Form fields as template helpers, not elements: the input must live in the same shadow root as its label,
 * hint and error, because `for`, `aria-describedby` and `aria-labelledby` cannot point across shadow roots.
 * Include `fieldStyles` in the host's styles. Ids must be unique within the host's shadow root.
 *
 * Controls are controlled: every `onInput`/`onChange` must store the value, so the property binding always
 * matches what is on screen. No `live()` (0.4 kB per entry) is needed then, and a value that is stored late
 * (debounced) is never overwritten mid-typing.
 */

export interface FieldBase {
  /** The control's id; the hint and error get `<id>-hint` / `<id>-error`. */
  id: string;
  label: string;
  /** Translated error message; when set the control gets `aria-invalid="true"`. */
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  /** Shown after the label of optional fields, e.g. the table's `optional`. */
  optionalText?: string | undefined;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'search';
  autocomplete?: string;
  inputmode?: string;
  /** Becomes the `name` attribute and `data-field`, so `focusField()` can find the control by its field path. */
  name?: string;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

/** The `aria-describedby` value for a control with this hint and error (error first: it matters most). */
export function describedBy(field: Pick<FieldBase, 'id' | 'hint' | 'error'>): string | undefined {
  const ids = [field.error ? `${field.id}-error` : '', field.hint ? `${field.id}-hint` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Label with the optional marker; the `*`-free style keeps required fields plain and marks the optional ones. */
export function fieldLabel(field: FieldBase): TemplateResult {
  return html`<label class="label" id="${field.id}-label" for=${field.id} part="label"
    >${field.label}${
      !field.required && field.optionalText ? html` <span class="optional">(${field.optionalText})</span>` : nothing
    }</label
  >`;
}

/** Hint and error lines under a control. The error is plain text in a live-free element; focus moves to it. */
export function fieldMessages(field: Pick<FieldBase, 'id' | 'hint' | 'error'>): TemplateResult {
  return html`${field.hint ? html`<p class="hint" id="${field.id}-hint" part="hint">${field.hint}</p>` : nothing}
  ${
    field.error
      ? html`<p class="error" id="${field.id}-error" part="error">
          <span aria-hidden="true" class="error-icon">!</span>${field.error}
        </p>`
      : nothing
  }`;
}

/** A labelled text input with hint and error, wired for assistive technology. */
export function textField(field: TextFieldOptions): TemplateResult {
  return html`<div class="field ${field.error ? 'invalid' : ''}" part="field">
    ${fieldLabel(field)}
    <input
      class="input"
      part="input"
      id=${field.id}
      name=${field.name ?? nothing}
      data-field=${field.name ?? nothing}
      type=${field.type ?? 'text'}
      .value=${field.value}
      autocomplete=${field.autocomplete ?? nothing}
      inputmode=${field.inputmode ?? nothing}
      ?required=${field.required ?? false}
      aria-required=${field.required ? 'true' : 'false'}
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${describedBy(field) ?? nothing}
      @input=${(event: Event) => field.onInput((event.target as HTMLInputElement).value)}
      @blur=${() => field.onBlur?.()}
    />
    ${fieldMessages(field)}
  </div>`;
}

export interface RadioGroupOptions extends Omit<FieldBase, 'required' | 'optionalText'> {
  name: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
}

/** Radios in a fieldset; the legend names the group, each radio's own label names the choice. */
export function radioGroup(group: RadioGroupOptions): TemplateResult {
  return html`<fieldset
    class="fieldset ${group.error ? 'invalid' : ''}"
    part="fieldset"
    id=${group.id}
    aria-describedby=${describedBy(group) ?? nothing}
  >
    <legend class="label" part="label">${group.label}</legend>
    ${fieldMessages({ id: group.id, hint: group.hint })}
    <div class="choices" part="choices">
      ${group.options.map(
        (option) =>
          html`<label class="choice" part="choice">
            <input
              type="radio"
              name=${group.name}
              data-field=${group.name}
              .value=${option.value}
              .checked=${option.value === group.value}
              aria-invalid=${group.error ? 'true' : 'false'}
              @change=${() => group.onChange(option.value)}
            />
            <span>${option.label}</span>
          </label>`,
      )}
    </div>
    ${fieldMessages({ id: group.id, error: group.error })}
  </fieldset>`;
}

/**
 * Focuses the first control marked `aria-invalid="true"` in document order and returns it. For "on submit,
 * focus goes to the first invalid field".
 */
export function focusFirstInvalid(root: ParentNode): HTMLElement | null {
  const invalid = root.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
  return invalid;
}

/** Focuses the control of a field path (`name`, `contacts[1].email`) rendered with `name`/`data-field`. */
export function focusField(root: ParentNode, field: string): HTMLElement | null {
  const control = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  control?.focus();
  return control;
}
