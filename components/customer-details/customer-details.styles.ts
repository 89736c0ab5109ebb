import { css } from 'lit';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { comboboxStyles } from '../shared/combobox.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { companyFieldsStyles } from '../shared/company-fields.styles.js';

/** The details card. Panels reuse the shared `.notice` look; this adds only layout. */
export const detailsStyles = css`
  /* A form wider than ~56rem only makes eyes travel; a host can lift it with \`max-inline-size: none\`. */
  :host {
    container-type: inline-size;
    max-inline-size: 56rem;
  }
  .card,
  .section,
  .form,
  .panel,
  .danger-zone {
    display: grid;
    gap: var(--_space);
  }
  .title {
    font-size: 1.35em;
    overflow-wrap: anywhere;
  }
  .notice .title,
  .section-heading {
    font-size: 1.1em;
  }
  .title,
  .section-heading,
  .panel-title,
  .notice-title,
  .diff-field {
    font-weight: 650;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .muted,
  dt {
    color: var(--_muted);
  }
  dl,
  dd {
    margin: 0;
  }
  dd {
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_primary);
  }

  /* Type, counts and times: small label/value pairs that wrap. */
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .facts dt,
  .diff dt,
  .hint {
    font-size: 0.875em;
  }
  .facts dd {
    font-weight: 600;
  }
  .facts .row {
    display: grid;
  }
  .details-list {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .details-list .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) minmax(0, 1fr);
    gap: var(--_space);
  }
  .line {
    display: block;
  }
  .note,
  .kept dd {
    white-space: pre-line;
  }
  .footer {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .danger-zone {
    justify-items: start;
  }
  .button.delete {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .spinner {
    inline-size: 1rem;
    block-size: 1rem;
  }
  .notice p + p {
    margin-block-start: calc(var(--_space) * 0.25);
  }

  /* The conflict: their value against mine, one field per row; a list, so it can stack in narrow panels. */
  .panel {
    gap: calc(var(--_space) * 0.75);
  }
  .diff {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .diff li {
    grid-template-columns: minmax(7rem, 12rem) minmax(0, 1fr);
    padding-block: calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  .diff li,
  .diff dl {
    display: grid;
    gap: calc(var(--_space) * 0.25) var(--_space);
  }
  .diff dl {
    grid-template-columns: 1fr 1fr;
  }
  .diff .both dd {
    font-weight: 600;
  }

  /* Phones and narrow panels: one column, full-width buttons with the primary one first. */
  @container (max-width: 36rem) {
    .card {
      padding: var(--_space);
    }
    .details-list .row,
    .diff li,
    .diff dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .footer {
      flex-direction: column-reverse;
      align-items: stretch;
    }
    .footer .end {
      margin-inline-start: 0;
    }
    .danger-zone {
      justify-items: stretch;
    }
  }
`;

/** Everything `<customer-details>` adopts: the shared looks, then the card's own layout. */
export const customerDetailsStyles = [
  themeStyles,
  buttonStyles,
  fieldStyles,
  dialogStyles,
  comboboxStyles,
  stateStyles,
  companyFieldsStyles,
  detailsStyles,
];
