import { css } from 'lit';

/**
 * Buttons: `<button class="button">` plus a modifier: `primary`, `danger`, `quiet` (no border), `link`.
 * `aria-disabled="true"` looks disabled but keeps focus, for buttons that are busy (a disabled button would
 * drop keyboard focus to the page). Give them `part="button"` (and `button-primary`, ...) for hosts.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
    min-block-size: 2.5rem;
    padding-block: calc(var(--_space) * 0.375);
    padding-inline: calc(var(--_space) * 1);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    white-space: nowrap;
  }
  .button:hover,
  .button.quiet:hover {
    background: var(--_surface-alt);
  }
  .button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_primary) 88%, var(--_text));
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-primary);
  }
  .button.quiet {
    border-color: transparent;
    background: transparent;
  }
  .button.link {
    min-block-size: auto;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 600;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .button[aria-disabled='true'],
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .actions .end {
    margin-inline-start: auto;
  }
`;
