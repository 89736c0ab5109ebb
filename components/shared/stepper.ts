import { html, type TemplateResult } from 'lit';

export interface Step {
  id: string;
  label: string;
}

/**
 * A progress list of steps: an `<ol>` in a labelled `<nav>`, the current step marked `aria-current="step"`.
 * Steps are not links: moving between them goes through the form's own buttons, which validate first.
 */
export function stepper(options: {
  steps: readonly Step[];
  current: string;
  label: string;
  stepOf: (position: number, total: number) => string;
}): TemplateResult {
  const index = options.steps.findIndex((step) => step.id === options.current);
  return html`<nav class="stepper" part="stepper" aria-label=${options.label}>
    <ol>
      ${options.steps.map((step, position) => {
        const state = position < index ? 'complete' : position === index ? 'current' : 'upcoming';
        return html`<li class=${state} part="step step-${state}" aria-current=${position === index ? 'step' : 'false'}>
          <span class="step-marker" aria-hidden="true">${position < index ? '✓' : position + 1}</span>
          <span class="step-label"
            ><span class="visually-hidden">${options.stepOf(position + 1, options.steps.length)}: </span
            >${step.label}</span
          >
        </li>`;
      })}
    </ol>
  </nav>`;
}
