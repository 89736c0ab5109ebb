import { css } from 'lit';

/**
 * Design tokens. Every `--fc-*` property has a default here, written with `light-dark()` so one value serves
 * both schemes: the element follows the page's `color-scheme` (set `color-scheme: light dark` on the page to
 * follow the OS), and `theme="dark|light"` forces one. Internals read the private `--_*` copies.
 *
 * Documented tokens (defaults light / dark):
 * - `--fc-font-family` (system-ui, sans-serif), `--fc-font-size` (0.9375rem), `--fc-line-height` (1.5)
 * - `--fc-color-text` (#1f2328 / #e6e8eb), `--fc-color-text-muted` (#57606a / #a2aab4)
 * - `--fc-color-surface` (#ffffff / #16181d), `--fc-color-surface-alt` (#f5f7fa / #1f232a)
 * - `--fc-color-border` (#c9d1d9 / #3d444d), `--fc-color-primary` (#1b5fd0 / #7aa9ff),
 *   `--fc-color-on-primary` (#ffffff / #0b1220)
 * - `--fc-color-danger` (#c0282d / #ff8f8a), `--fc-color-success` (#1a7f37 / #6bd38a),
 *   `--fc-color-warning` (#8a5a00 / #e8b650), `--fc-color-focus` (#1b5fd0 / #9cc0ff)
 * - `--fc-radius` (8px), `--fc-space` (1rem: the base unit every gap derives from)
 * - `--fc-focus-ring` (2px solid var(--fc-color-focus)), `--fc-shadow` (dialog shadow)
 */
export const themeStyles = css`
  :host {
    --_font: var(--fc-font-family, system-ui, sans-serif);
    --_text: var(--fc-color-text, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--fc-color-text-muted, light-dark(#57606a, #a2aab4));
    --_surface: var(--fc-color-surface, light-dark(#ffffff, #16181d));
    --_surface-alt: var(--fc-color-surface-alt, light-dark(#f5f7fa, #1f232a));
    --_border: var(--fc-color-border, light-dark(#c9d1d9, #3d444d));
    --_primary: var(--fc-color-primary, light-dark(#1b5fd0, #7aa9ff));
    --_on-primary: var(--fc-color-on-primary, light-dark(#ffffff, #0b1220));
    --_danger: var(--fc-color-danger, light-dark(#c0282d, #ff8f8a));
    --_success: var(--fc-color-success, light-dark(#1a7f37, #6bd38a));
    --_warning: var(--fc-color-warning, light-dark(#8a5a00, #e8b650));
    --_focus: var(--fc-color-focus, light-dark(#1b5fd0, #9cc0ff));
    --_radius: var(--fc-radius, 8px);
    --_space: var(--fc-space, 1rem);
    --_ring: var(--fc-focus-ring, 2px solid var(--_focus));
    --_shadow: var(--fc-shadow, 0 12px 32px rgb(0 0 0 / 0.24));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--fc-font-size, 0.9375rem);
    line-height: var(--fc-line-height, 1.5);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_ring);
    outline-offset: 2px;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  /* Every inline icon: line drawings in the text colour, one text line high. */
  .icon {
    flex: none;
    inline-size: 1rem;
    block-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The frame of an element's whole surface: the wizard, Details, Import. */
  .card {
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;
