import { css } from 'lit';

/** Styles for `DialogController.render()` (and so `ConfirmController`). Use with `buttonStyles`. */
export const dialogStyles = css`
  .dialog {
    inline-size: min(40rem, calc(100vi - 2rem));
    max-block-size: calc(100dvb - 2rem);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow: auto;
  }
  .dialog.narrow {
    inline-size: min(28rem, calc(100vi - 2rem));
  }
  .dialog.wide {
    inline-size: min(64rem, calc(100vi - 2rem));
  }
  .dialog::backdrop {
    background: rgb(15 20 30 / 0.5);
  }
  .dialog-header {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding-block: var(--_space) 0;
    padding-inline: calc(var(--_space) * 1.25);
  }
  .dialog-title {
    font-size: 1.15em;
    font-weight: 650;
  }
  .dialog-close {
    margin-inline-start: auto;
    min-inline-size: 2.5rem;
    padding: 0;
  }
  .dialog-body {
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 1.25);
  }
  .dialog-footer {
    padding-block: 0 var(--_space);
    padding-inline: calc(var(--_space) * 1.25);
  }
  /* Phones: one column, the answer at the end of the row on top; no wrapped, staggered pair. */
  @media (max-width: 30rem) {
    .dialog-footer {
      flex-direction: column-reverse;
      align-items: stretch;
    }
    .dialog-footer .end {
      margin-inline-start: 0;
    }
  }
`;
