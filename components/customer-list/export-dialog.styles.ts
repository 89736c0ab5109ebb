import { css } from 'lit';

/** The Export dialog's own look; adopted with the shared dialog styles when the dialog first opens. */
export const exportDialogStyles = css`
  .export-body {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .export-body p {
    margin: 0;
  }
  .export-body .hint {
    margin-block-start: calc(var(--_space) * -0.5);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .export-template {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_space) * 0.5);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .export-progress {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .export-progress progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_primary);
  }
  .export-count {
    font-variant-numeric: tabular-nums;
  }
`;
