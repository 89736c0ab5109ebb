import { css } from 'lit';

/** Layout for `companyFields()`: two columns, one below 36rem of the host's width (a container query). */
export const companyFieldsStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space) calc(var(--_space) * 1.25);
    align-items: start;
  }
  .grid.address {
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
  }
  .span-all {
    grid-column: 1 / -1;
  }
  .group {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .group-legend {
    padding-inline: calc(var(--_space) * 0.25);
    font-weight: 650;
  }
  .textarea {
    resize: vertical;
    min-block-size: 4.5rem;
  }
  @container (max-width: 36rem) {
    .grid,
    .grid.address {
      grid-template-columns: minmax(0, 1fr);
    }
    .group {
      padding: calc(var(--_space) * 0.75);
    }
  }
`;
