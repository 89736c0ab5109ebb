import { css } from 'lit';

/**
 * What only the contact list adds to `listStyles` (card, header, grid, cards below 36rem). Notes here, not in
 * the CSS: the columns are fractions of the width with minimums, never sized by content, so a long value or a
 * field's error message wraps inside its own column instead of widening it (in bulk edit a phone error used to
 * push the phone column to about 600 px).
 */
export const contactListStyles = css`
  :host {
    container-type: inline-size;
  }
  .contact-list {
    --_cols: minmax(8rem, 1.3fr) minmax(9rem, 1.6fr) minmax(9.5rem, 1fr) minmax(7rem, 0.9fr) minmax(8rem, 1fr);
  }
  .sort.static {
    cursor: default;
  }
  .notify-summary > span[aria-hidden] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.25);
  }
  .event-count {
    color: var(--_muted);
  }
  .col-notify .badge,
  .who .badge {
    margin-inline-start: 0;
    border-color: var(--_border);
    color: var(--_text);
    font-weight: 500;
  }
  .notify-edit {
    inline-size: 100%;
    justify-content: start;
    text-align: start;
    padding-inline: calc(var(--_space) * 0.375);
  }
  .col-notify .badge.opted-out {
    border-style: dashed;
  }
  .notify,
  .notify .fieldset {
    margin-block-start: calc(var(--_space) * 0.5);
  }
  .who {
    margin-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.75);
  }
  .who > summary {
    cursor: pointer;
    font-weight: 600;
  }
  .who-body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin-block-start: calc(var(--_space) * 0.75);
  }
  .who-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .who-list li {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    align-items: center;
  }
  .who-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .who-field {
    max-inline-size: min(20rem, 100%);
  }
  .who select,
  .notify select {
    inline-size: 100%;
    min-inline-size: 0;
    box-sizing: border-box;
  }
  .grid-frame {
    max-block-size: var(--fc-contact-list-max-height, var(--fc-list-max-height, 32rem));
  }
  .notice-title {
    font-weight: 650;
  }
  .report {
    margin: calc(var(--_space) * 0.25) 0 0;
    padding-inline-start: calc(var(--_space) * 1.25);
  }
  .row.new > .col-name {
    box-shadow: inset 3px 0 0 var(--_success);
  }
  .row.editing {
    align-items: start;
  }
  .row.editing > .cell {
    padding-block: calc(var(--_space) * 0.375);
    padding-inline: calc(var(--_space) * 0.375);
  }
  .row.editing .input {
    inline-size: 100%;
    min-inline-size: 0;
    box-sizing: border-box;
    font-weight: 400;
  }
  .row.editing .error {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .row.editing > .check-cell {
    padding: 0;
  }
  .row-message {
    grid-column: 1 / -1;
    padding-block-start: 0;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .hidden-selected {
    margin: 0;
    color: var(--_muted);
  }
  .add-form {
    display: grid;
    gap: var(--_space);
  }

  @container (max-width: 36rem) {
    .action-panel .actions {
      inline-size: 100%;
    }
    .action-panel .actions .button {
      flex: 1 1 auto;
    }
    .row.editing > .cell:not(.check-cell) {
      grid-column: -2;
    }
  }
`;
