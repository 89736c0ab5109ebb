import { css } from 'lit';

/** Styles for `textField`, `radioGroup`, the country combobox and plain `.input` controls. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    min-inline-size: 0;
  }
  .label {
    font-weight: 600;
    padding: 0;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    display: flex;
    gap: calc(var(--_space) * 0.375);
    align-items: baseline;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 500;
  }
  .error-icon {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    border-radius: 50%;
    background: var(--_danger);
    color: var(--_surface);
    font-size: 0.8em;
    font-weight: 700;
  }
  .input {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding-block: calc(var(--_space) * 0.375);
    padding-inline: calc(var(--_space) * 0.625);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .input:hover {
    border-color: color-mix(in srgb, var(--_border) 60%, var(--_text));
  }
  .input:focus-visible {
    outline: var(--_ring);
    outline-offset: 0;
    border-color: var(--_focus);
  }
  .invalid > .input,
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .fieldset > legend {
    margin-block-end: calc(var(--_space) * 0.25);
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: calc(var(--_space) * 0.5);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  .choice input {
    accent-color: var(--_primary);
    margin: 0;
    inline-size: 1.1rem;
    block-size: 1.1rem;
  }
`;
