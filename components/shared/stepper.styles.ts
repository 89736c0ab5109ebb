import { css } from 'lit';

export const stepperStyles = css`
  .stepper ol {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .stepper li {
    flex: 1 1 0;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
    padding-block-end: calc(var(--_space) * 0.5);
    border-block-end: 3px solid var(--_border);
    color: var(--_muted);
  }
  .stepper li.complete {
    border-color: var(--_primary);
    color: var(--_text);
  }
  .stepper li.current {
    border-color: var(--_primary);
    color: var(--_text);
    font-weight: 650;
  }
  .step-marker {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.6rem;
    block-size: 1.6rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.8em;
    font-weight: 700;
  }
  .current .step-marker,
  .complete .step-marker {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .step-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* Narrow hosts: numbers only, except the current step, so the bar never wraps. */
  @container (max-width: 30rem) {
    .stepper li:not(.current) .step-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .stepper li:not(.current) {
      flex: 0 0 auto;
    }
    /* The one label shown wraps rather than ending in an ellipsis: "Kolonnen zuordnen" must be read whole. */
    .stepper li.current .step-label {
      white-space: normal;
      overflow-wrap: anywhere;
    }
  }
`;
