import { css } from 'lit';

export const stateStyles = css`
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  .state.loading {
    color: var(--_muted);
  }
  .state.empty {
    flex-direction: column;
    align-items: flex-start;
    border: 1px dashed var(--_border);
    color: var(--_muted);
  }
  .error-state {
    border: 1px solid color-mix(in srgb, var(--_danger) 55%, var(--_border));
    border-inline-start-width: 4px;
    background: color-mix(in srgb, var(--_danger) 7%, var(--_surface));
  }
  .state-text {
    flex: 1 1 16rem;
    display: grid;
    gap: calc(var(--_space) * 0.25);
  }
  .state-title {
    font-weight: 650;
  }
  .state-detail {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .spinner {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 2px solid color-mix(in srgb, currentColor 25%, transparent);
    border-block-start-color: var(--_primary);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  .notice {
    padding-block: calc(var(--_space) * 0.625);
    padding-inline: calc(var(--_space) * 0.875);
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface-alt);
  }
  .notice.warning {
    border-color: color-mix(in srgb, var(--_warning) 60%, var(--_border));
    background: color-mix(in srgb, var(--_warning) 9%, var(--_surface));
  }
  .notice.success {
    border-color: color-mix(in srgb, var(--_success) 60%, var(--_border));
    background: color-mix(in srgb, var(--_success) 8%, var(--_surface));
  }
  .success-notice {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
  }
  .success-icon {
    color: var(--_success);
    font-weight: 700;
  }
  .success-text {
    flex: 1 1 auto;
  }
  .success-close {
    flex: none;
    padding: calc(var(--_space) * 0.25);
    min-block-size: 0;
  }
`;
