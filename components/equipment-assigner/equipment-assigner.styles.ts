import { css } from 'lit';

/** The element's own layout. The card frame, its header and their narrow layout are the shared `.list-card` and
 * `.list-header` of `shared/list.styles.ts`. */
export const assignerStyles = css`
  :host {
    --_list-size: var(--fc-equipment-list-block-size, 32rem);
    container-type: inline-size;
  }
  .list-header .assign {
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
    .controls {
      grid-template-columns: 1fr;
    }
    .list-header .assign {
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
