import { css } from 'lit';

/**
 * The equipment listbox, its column header and rows, for the assigned list and the picker. (Notes live here,
 * not in the CSS: comments inside `css` would ship in every bundle.)
 * - Rows keep one height per layout: the virtualizer measures them, but even rows keep its estimate of
 *   100,000 rows exact. Below 40rem of list width a row shows two lines (name; brand and last seen or owner)
 *   instead of columns; the other values stay in the option's accessible name, visually hidden.
 * - `scrollbar-gutter: stable` on the list: a scrollbar that comes and goes with the row count would resize the
 *   list inside the virtualizer's own ResizeObserver callback ("ResizeObserver loop completed with undelivered
 *   notifications"). The column titles get the same gutter so they line up with the cells.
 * - The narrow header is hidden unless it holds the select-all box; in the picker the owner column gets 3/5 of
 *   the second line so a long customer name cannot squeeze the brand to nothing.
 */
export const listStyles = css`
  .frame {
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .frame {
    --_cols: minmax(9rem, 2fr) minmax(7rem, 1.4fr) minmax(5rem, 1fr) minmax(6rem, 1fr) minmax(5rem, 0.8fr)
      minmax(10.5rem, 1.4fr);
  }
  .frame.fleet {
    --_cols: minmax(9rem, 2fr) minmax(7rem, 1.3fr) minmax(5rem, 0.9fr) minmax(6rem, 1fr) minmax(9rem, 1.6fr);
  }
  .columns,
  .row {
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
    column-gap: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 0.75);
  }
  .columns.with-check,
  .selectable .row {
    grid-template-columns: 1.5rem var(--_cols);
  }
  .columns {
    overflow: hidden;
    scrollbar-gutter: stable;
    min-block-size: 2.5rem;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 650;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .check-cell {
    display: grid;
    place-items: center;
  }
  .check-cell input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .listbox {
    display: block;
    block-size: var(--_list-size, 24rem);
    outline: none;
    overscroll-behavior: contain;
    scrollbar-gutter: stable;
  }
  .listbox:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  .row {
    inline-size: 100%;
    block-size: 2.75rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 55%, transparent);
    cursor: default;
    white-space: nowrap;
  }
  .selectable .row {
    cursor: pointer;
  }
  .row:hover {
    background: var(--_surface-alt);
  }
  .row.selected {
    background: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
  }
  .listbox:focus .row.active {
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  .listbox:focus-visible .row.active {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .row[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_muted);
  }
  .cell {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .unit-name {
    font-weight: 600;
  }
  .ref,
  .none {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .hours {
    font-variant-numeric: tabular-nums;
  }
  .check {
    display: inline-grid;
    place-items: center;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    border: 2px solid var(--_muted);
    border-radius: 4px;
    background: var(--_surface);
  }
  .row.selected .check {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .row.selected .check::after {
    content: '';
    inline-size: 0.3rem;
    block-size: 0.6rem;
    margin-block-start: -0.15rem;
    border: solid var(--_on-primary);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .row[aria-disabled='true'] .check {
    border-style: dashed;
    opacity: 0.6;
  }
  .badge {
    display: inline-block;
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: middle;
  }
  .badge.free {
    color: var(--_muted);
  }
  .badge.here {
    background: color-mix(in srgb, var(--_success) 14%, var(--_surface));
    color: var(--_text);
  }
  .badge.other {
    background: color-mix(in srgb, var(--_warning) 16%, var(--_surface));
    color: var(--_text);
  }
  .bar {
    display: block;
    block-size: 0.7rem;
    inline-size: 70%;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_muted) 22%, transparent);
  }
  .count,
  .empty-list {
    color: var(--_muted);
  }
  .empty-list {
    display: grid;
    place-items: center;
    padding: calc(var(--_space) * 1.5) var(--_space);
    text-align: center;
  }
  .placeholder .check {
    visibility: hidden;
  }
  @container (max-width: 40rem) {
    .columns .cell {
      display: none;
    }
    .frame .columns.with-check {
      grid-template-columns: 1.5rem 1fr;
    }
    .columns:not(.with-lead) {
      display: none;
    }
    .frame .row {
      grid-template-columns: 1fr auto;
      grid-template-rows: auto auto;
      block-size: 3.75rem;
      row-gap: 0.125rem;
      align-content: center;
    }
    .frame.selectable .row {
      grid-template-columns: 1.5rem 1fr auto;
    }
    .frame.fleet.selectable .row {
      grid-template-columns: 1.5rem minmax(0, 2fr) minmax(0, 3fr);
    }
    .row .check {
      grid-row: span 2;
    }
    .row .name {
      grid-column: span 2;
    }
    .row .type,
    .row .hours,
    .row .serial,
    .row .time {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .row .brand,
    .row .seen,
    .row .status {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .row .seen,
    .row .status {
      text-align: end;
    }
  }
  .skipped {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
