import { css } from 'lit';

export const importStyles = css`
  :host {
    display: block;
  }
  .card {
    padding: calc(var(--_space) * 2);
    display: grid;
    /* One column that may shrink below its content: the stepper and tables scroll or wrap inside it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    min-inline-size: 0;
    /* The stepper and the mapping table follow the element's width, not the window's. */
    container-type: inline-size;
  }
  @media (max-width: 30rem) {
    .card {
      padding: var(--_space);
    }
  }
  /* Narrow: the three mapping columns share the width (headers wrap, values shorten, selects fill their cell),
     so mapping never scrolls sideways; the preview keeps its columns in a keyboard-scrollable region. */
  @container (max-width: 30rem) {
    table.mapping {
      table-layout: fixed;
    }
    table.mapping th,
    table.mapping td {
      padding-inline: calc(var(--_space) / 3);
      white-space: normal;
      overflow-wrap: anywhere;
    }
    table.mapping .truncate {
      max-inline-size: 100%;
      white-space: normal;
    }
    table.mapping .select {
      inline-size: 100%;
      min-inline-size: 0;
    }
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
  }
  .step-title {
    margin: 0;
    font-size: 1rem;
  }
  .step-title:focus,
  .done-title:focus,
  .undo-result:focus {
    outline: none;
  }
  .intro {
    margin: 0;
    color: var(--_muted);
  }
  .drop {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .drop.dragging {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, transparent);
  }
  .file-label {
    font-weight: 600;
  }
  .file-input {
    inline-size: 100%;
    max-inline-size: 22rem;
    min-inline-size: 0;
  }
  /* Long labels ("Download 2 rows that were not imported (CSV)") wrap instead of widening the card. */
  .actions .button {
    white-space: normal;
    max-inline-size: 100%;
    text-align: start;
  }
  .drop-hint,
  .note,
  .busy {
    color: var(--_muted);
  }
  .file-problem,
  .cell-error {
    color: var(--_danger);
  }
  .file-problem {
    margin: 0;
    font-weight: 600;
  }
  .table-frame {
    overflow: auto;
    max-block-size: var(--fc-import-preview-height, 28rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_surface);
    white-space: nowrap;
    z-index: 1;
  }
  .truncate {
    display: block;
    max-inline-size: 16rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .sample {
    color: var(--_muted);
  }
  td.invalid {
    background: color-mix(in srgb, var(--_danger) 10%, transparent);
  }
  .cell-error {
    display: block;
    font-size: 0.8125rem;
    min-inline-size: 10rem;
  }
  .status {
    min-inline-size: 9rem;
  }
  .status .note {
    display: block;
    font-size: 0.8125rem;
  }
  .badge {
    display: inline-block;
    padding-inline: 0.5em;
    border-radius: 999px;
    font-size: 0.8125rem;
    border: 1px solid currentColor;
  }
  .status-error {
    color: var(--_danger);
  }
  .status-duplicate {
    color: var(--_warning);
  }
  .status-update {
    color: var(--_primary);
  }
  .problems ul,
  .undo-result ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .problems {
    min-inline-size: 12rem;
  }
  .select {
    font: inherit;
    max-inline-size: 100%;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .decision {
    margin-block-start: 0.25em;
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
  .preview-bar,
  .pager,
  .filter,
  .progress-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .preview-bar {
    justify-content: space-between;
  }
  progress {
    inline-size: min(100%, 24rem);
    accent-color: var(--_primary);
  }
  .empty {
    padding: var(--_space);
    color: var(--_muted);
  }
  .done-title {
    margin: 0;
    font-size: 1rem;
  }
  .notice {
    margin: 0;
  }
`;
