import { css } from 'lit';

/**
 * Notes (kept out of the CSS, which ships):
 * - `.app` is the size container: the layout follows the space the host gives the app, not the window.
 * - Wide (over 60rem): list and customer side by side while one is open; the list can be hidden. Narrow: the
 *   list, or the open customer with Back; nothing is wider than the app, so there is no sideways scrolling.
 */
export const managerStyles = css`
  .app {
    container-type: inline-size;
  }
  .layout,
  .app {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    align-items: start;
    min-inline-size: 0;
  }
  .app.open {
    grid-template-columns: var(--fc-customer-manager-list-inline-size, minmax(18rem, 26rem)) minmax(0, 1fr);
  }
  .app.open.list-hidden {
    grid-template-columns: minmax(0, 1fr);
  }
  .app.list-hidden .list-pane {
    display: none;
  }
  .list-pane,
  .main-pane {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .pane-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5);
  }
  /* Beside the list, the list is the way back; Back is for the narrow layout, where the list is hidden. */
  .back {
    display: none;
  }
  .toggle-list {
    margin-inline-start: auto;
  }
  .customer-header {
    display: grid;
    gap: 0.25rem;
  }
  .customer-title {
    margin: 0;
    font-size: 1.375em;
    overflow-wrap: anywhere;
  }
  .customer-title:focus,
  .customer-title:focus-visible {
    outline: none;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_space);
    margin: 0;
    color: var(--_muted);
  }
  .badge {
    padding-inline: 0.5em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_muted) 14%, var(--_surface));
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
  }
  .panel {
    min-inline-size: 0;
  }
  @container (max-width: 60rem) {
    .app.open {
      grid-template-columns: minmax(0, 1fr);
    }
    .app.open .list-pane,
    .toggle-list {
      display: none;
    }
    .back {
      display: inline-flex;
    }
  }
  .import-action {
    margin-block-start: var(--_space);
  }
`;
