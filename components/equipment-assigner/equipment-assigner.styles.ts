import { css } from 'lit';

export const assignerStyles = css`
  :host {
    --_list-size: var(--fc-equipment-list-block-size, 24rem);
  }
  .assigner {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .title {
    font-size: 1.25em;
    font-weight: 650;
  }
  .header .assign {
    margin-inline-start: auto;
    align-self: center;
  }
  .controls {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(12rem, 1fr);
    gap: calc(var(--_space) * 0.75);
    align-items: start;
  }
  @media (max-width: 36rem) {
    .controls {
      grid-template-columns: 1fr;
    }
  }
  .outcome {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }
  .outcome-title,
  .notice-title {
    font-weight: 650;
  }
`;
