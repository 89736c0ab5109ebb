import { css } from 'lit';

/** The Assigned | History panel and the history timeline (a line down the start edge, a dot per change). */
export const historyStyles = css`
  .panel {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .history {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .history-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
  }
  .history-controls .field {
    flex: 0 1 20rem;
    min-inline-size: 0;
  }
  .history-controls select {
    inline-size: 100%;
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    border-inline-start: 2px solid var(--_border);
    margin-inline-start: 0.4rem;
  }
  .entry {
    position: relative;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 1) calc(var(--_space) * 0.5);
    overflow-wrap: anywhere;
  }
  .entry::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.45rem;
    inset-block-start: 0.9rem;
    inline-size: 0.7rem;
    block-size: 0.7rem;
    border-radius: 50%;
    background: var(--_surface);
    border: 2px solid var(--_primary);
    box-sizing: border-box;
  }
  .entry.kind-unassigned::before,
  .entry.kind-customer_deleted::before {
    border-color: var(--_muted);
  }
  .entry:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
    border-radius: var(--_radius);
  }
  .entry p {
    margin: 0;
  }
  .entry-text {
    font-weight: 600;
  }
  .entry-meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
