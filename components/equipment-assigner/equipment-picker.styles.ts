import { css } from 'lit';

/**
 * The Select equipment dialog. The footer (count, Assign) stays in view however small the screen: only the body
 * scrolls. The list keeps its own height (a share of the viewport) whatever else the body shows: resizing it as
 * messages come and go would make the virtualizer measure inside its ResizeObserver callback.
 */
export const pickerStyles = css`
  :host {
    --_list-size: var(--fc-equipment-list-block-size, min(22rem, 45dvb));
  }
  .dialog[open] {
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }
  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
  }
  .dialog-body > * {
    flex-shrink: 0;
  }
  .filters {
    display: grid;
    grid-template-columns: minmax(12rem, 1.6fr) minmax(9rem, 1fr) minmax(9rem, 1fr) minmax(13rem, 1.2fr);
    gap: calc(var(--_space) * 0.75);
    align-items: start;
  }
  .filters .search-input {
    inline-size: 100%;
  }
  @media (max-width: 48rem) {
    .filters {
      grid-template-columns: 1fr 1fr;
    }
    .filters .search {
      grid-column: 1 / -1;
    }
  }
  @media (max-width: 30rem) {
    .filters .hint {
      display: none;
    }
    .filters,
    .dialog-footer .button {
      gap: calc(var(--_space) * 0.5);
      font-size: 0.875em;
    }
    .dialog-footer .button,
    .filters .input {
      min-block-size: 2.25rem;
      padding-inline: calc(var(--_space) * 0.5);
    }
    .filters .field:last-child {
      grid-column: 1 / -1;
    }
    .filters .search-input {
      padding-inline-start: calc(var(--_space) * 2);
    }
    .filters .search-icon {
      inset-block-start: calc(1.125rem - 0.5rem);
    }
  }
  .selection-bar,
  .dialog-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }
  .dialog-actions {
    margin-inline-start: auto;
  }
  .selected-count {
    font-weight: 650;
  }
  .empty-list {
    block-size: var(--_list-size);
  }
  .progress {
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  .progress progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_primary);
  }
`;
