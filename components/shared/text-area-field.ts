import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, fieldLabel, fieldMessages, type FieldBase } from './field.js';

export interface TextAreaFieldOptions extends FieldBase {
  value: string;
  /** Becomes `name` and `data-field`, so `focusField()` and server violations find the control. */
  name?: string;
  rows?: number;
  onInput: (value: string) => void;
  onBlur?: () => void;
}

/** `textField()`'s multi-line sibling (a note), wired the same way for assistive technology; controlled like it. */
export function textAreaField(field: TextAreaFieldOptions): TemplateResult {
  return html`<div class="field ${field.error ? 'invalid' : ''}" part="field">
    ${fieldLabel(field)}
    <textarea
      class="input textarea"
      part="input"
      id=${field.id}
      name=${ifDefined(field.name)}
      data-field=${ifDefined(field.name)}
      rows=${field.rows ?? 3}
      .value=${field.value}
      ?required=${field.required ?? false}
      aria-required=${field.required ? 'true' : 'false'}
      aria-invalid=${field.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(field))}
      @input=${(event: Event) => field.onInput((event.target as HTMLTextAreaElement).value)}
      @blur=${() => field.onBlur?.()}
    ></textarea>
    ${fieldMessages(field)}
  </div>`;
}
