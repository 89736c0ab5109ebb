import { css } from 'lit';

export const contactListStyles = css`
  :host {
    container-type: inline-size;
  }
  /* A card of its own, like the other elements: theme="dark" must read well on whatever page it sits on. */
  .contact-list {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 0.75) var(--_space);
  }
  .heading {
    display: grid;
    gap: calc(var(--_space) * 0.125);
    margin-inline-end: auto;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .count,
  .muted {
    color: var(--_muted);
  }
  .count:empty {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .toolbar svg,
  .button svg {
    inline-size: 1rem;
    block-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .search {
    position: relative;
    display: flex;
    align-items: center;
  }
  .search-icon {
    position: absolute;
    inset-inline-start: calc(var(--_space) * 0.625);
    color: var(--_muted);
    pointer-events: none;
  }
  .search-input {
    inline-size: 16rem;
    padding-inline-start: calc(var(--_space) * 2);
  }
  .search .spinner {
    position: absolute;
    inset-inline-end: calc(var(--_space) * 0.625);
  }
  .spinner.small {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .notice-title {
    font-weight: 650;
  }
  .report {
    margin: calc(var(--_space) * 0.25) 0 0;
    padding-inline-start: calc(var(--_space) * 1.25);
  }

  /* The table scrolls inside its own box so its header can stay in view (a scroll container is also what a
     data table may use instead of reflowing at 320 px: WCAG 1.4.10 exempts two-dimensional tables). */
  .table-wrap {
    max-block-size: var(--fc-contact-list-max-height, 32rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overscroll-behavior: contain;
  }
  .table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  /* Names, addresses and numbers read badly when broken; a narrow table scrolls sideways instead. */
  tbody > tr.row > * {
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
  }
  tbody tr:last-child > * {
    border-block-end: 0;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    padding-block: calc(var(--_space) * 0.25);
    background: var(--_surface-alt);
    font-weight: 600;
    white-space: nowrap;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.25);
    min-block-size: 2rem;
    margin-inline: calc(var(--_space) * -0.375);
    padding-inline: calc(var(--_space) * 0.375);
    border: 0;
    border-radius: calc(var(--_radius) * 0.5);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .sort:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  .sort:disabled {
    cursor: default;
  }
  .sort-icon {
    inline-size: 0.9rem;
    block-size: 0.9rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .sort-icon.unsorted {
    opacity: 0.35;
  }
  .sort-icon.ascending .down,
  .sort-icon.descending .up {
    display: none;
  }
  .select {
    inline-size: 2.75rem;
    padding: 0;
  }
  /* The whole cell toggles: a 2.75rem target rather than the bare checkbox (WCAG 2.5.8). */
  .hit {
    display: grid;
    place-items: center;
    min-block-size: 2.5rem;
    cursor: pointer;
  }
  .check {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_primary);
    cursor: inherit;
  }
  .row.selected > * {
    background: color-mix(in srgb, var(--_primary) 9%, var(--_surface));
  }
  .row.new > th {
    box-shadow: inset 3px 0 0 var(--_success);
  }
  .badge {
    display: inline-block;
    margin-inline-start: calc(var(--_space) * 0.25);
    padding-inline: calc(var(--_space) * 0.375);
    border: 1px solid color-mix(in srgb, var(--_success) 60%, var(--_border));
    border-radius: 999px;
    color: var(--_success);
    font-size: 0.8em;
    font-weight: 600;
  }
  .row.editing > * {
    padding-block: calc(var(--_space) * 0.375);
  }
  .row.editing .input {
    min-inline-size: 9rem;
    font-weight: 400;
  }
  .row.editing .error {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .row-message > td {
    padding-block-start: 0;
    background: color-mix(in srgb, var(--_primary) 9%, var(--_surface));
  }
  /* The message spans the whole (maybe sideways-scrolled) table: keep it in view and wrapped to the visible width. */
  .row-message .error {
    position: sticky;
    inset-inline-start: calc(var(--_space) * 0.75);
    max-inline-size: calc(100cqi - var(--_space) * 4.5);
  }
  .row:has(+ .row-message) > * {
    border-block-end: 0;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .add-form {
    display: grid;
    gap: var(--_space);
  }

  @container (max-width: 36rem) {
    .contact-list {
      padding: calc(var(--_space) * 0.75);
    }
    .toolbar,
    .search,
    .search-input {
      inline-size: 100%;
    }
    .toolbar .button {
      flex: 1 1 auto;
    }
    .action-panel .actions {
      inline-size: 100%;
    }
    .action-panel .actions .button {
      flex: 1 1 auto;
    }
  }
`;
