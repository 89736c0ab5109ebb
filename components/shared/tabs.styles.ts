import { css } from 'lit';

/** The look of `tabList()` (shared/tabs.ts): a row of tabs over a rule, the current one underlined. */
export const tabsStyles = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--_muted);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_primary);
    color: var(--_text);
  }
  .tab:focus-visible {
    outline-offset: -2px;
  }
`;
