import { css } from 'lit';

export const assignerStyles = css`
  :host {
    --_list-size: var(--fc-equipment-list-block-size, 32rem);
    container-type: inline-size;
  }
  /* A card of its own, like the contact list: theme="dark" must read well on whatever page it sits on. */
  .assigner {
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
    align-items: baseline;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: -0.01em;
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
  .controls .search-input {
    inline-size: 100%;
  }
  @container (max-width: 36rem) {
    .assigner {
      padding: calc(var(--_space) * 0.75);
    }
    .controls {
      grid-template-columns: 1fr;
    }
    .header .assign {
      inline-size: 100%;
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
