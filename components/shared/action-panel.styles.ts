import { css } from 'lit';

export const actionPanelStyles = css`
  .action-panel {
    position: sticky;
    inset-block-end: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    box-shadow: 0 -4px 16px rgb(0 0 0 / 0.08);
  }
  .action-count {
    font-weight: 650;
  }
  .action-panel .actions {
    margin-inline-start: auto;
  }
`;
