import { css } from 'lit';

export const wizardStyles = css`
  /* A form wider than ~56rem only makes eyes travel; a host can lift it with \`max-inline-size: none\`. */
  :host {
    container-type: inline-size;
    max-inline-size: 56rem;
  }
  .wizard,
  .header,
  .step,
  .details,
  .review-block,
  .contacts,
  .contact-summary {
    display: grid;
    gap: var(--_space);
  }
  .wizard {
    gap: calc(var(--_space) * 1.25);
  }
  .title {
    font-size: 1.35em;
    font-weight: 700;
  }
  .step-heading {
    font-size: 1.1em;
    font-weight: 650;
    outline-offset: 2px;
  }
  .step-heading:focus:not(:focus-visible) {
    outline: none;
  }
  .intro,
  .muted,
  .details dt {
    color: var(--_muted);
  }
  /* The company fields' .grid, .group and .span-all come from companyFieldsStyles. */
  .review-block {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .group-legend,
  .review-header h4,
  .notice-title,
  .contact-name {
    font-weight: 650;
  }
  .contacts,
  .contact-summary {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contact-fields {
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
  }
  .contact-grid {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .remove {
    margin-block-start: 1.6rem;
    color: var(--_danger);
  }
  .step-error {
    margin: 0;
  }
  .footer {
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .review-header {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
  }
  .review-header h4 {
    margin: 0;
    font-size: 1em;
  }
  .details {
    gap: calc(var(--_space) * 0.5);
    margin: 0;
  }
  .details .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) minmax(0, 1fr);
    gap: var(--_space);
  }
  .details dd {
    margin: 0;
  }
  .details dd,
  .contact-summary li {
    overflow-wrap: anywhere;
  }
  .line {
    display: block;
  }
  .contact-summary {
    gap: calc(var(--_space) * 0.5);
  }
  .contact-summary li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .notice p + p {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  .spinner {
    inline-size: 1rem;
    block-size: 1rem;
  }

  /* Phones and narrow panels: one column, full-width buttons with the primary one first. */
  @container (max-width: 36rem) {
    .wizard {
      padding: var(--_space);
    }
    .contact-grid,
    .contact-fields,
    .details .row {
      grid-template-columns: minmax(0, 1fr);
    }
    .details .row {
      gap: 0;
    }
    .remove {
      margin-block-start: 0;
      justify-self: start;
    }
    /* Stacked in the order of importance: the step's primary button, then Back, then Cancel. */
    .footer {
      flex-direction: column;
      align-items: stretch;
    }
    .footer .end {
      margin-inline-start: 0;
      order: -1;
    }
    .footer [part~='button-cancel'] {
      order: 1;
    }
  }
`;
