import { css } from 'lit';

/** Styles for `ComboboxController.render()`; use together with `fieldStyles`. */
export const comboboxStyles = css`
  .combobox-control {
    position: relative;
  }
  .combobox-control > .input {
    padding-inline-end: 2.5rem;
  }
  .combobox-toggle {
    position: absolute;
    inset-block: 1px;
    inset-inline-end: 1px;
    inline-size: 2.25rem;
    display: grid;
    place-items: center;
    border: 0;
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .combobox-toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  .listbox {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: calc(100% + 4px);
    max-block-size: 16rem;
    overflow-y: auto;
    margin: 0;
    padding: 4px;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .listbox [role='option'] {
    padding-block: calc(var(--_space) * 0.375);
    padding-inline: calc(var(--_space) * 0.625);
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }
  .listbox [role='option']:hover,
  .listbox [role='option'].active {
    background: color-mix(in srgb, var(--_primary) 14%, var(--_surface));
  }
  .listbox [role='option'].active {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .listbox [role='option'][aria-selected='true'] {
    font-weight: 600;
  }
  .listbox .no-match {
    color: var(--_muted);
    cursor: default;
  }
`;
