import { css } from 'lit';

/**
 * One look for every list and table (contact list, equipment, picker, customer list). Notes here, not in the
 * CSS (comments inside `css` ship in every bundle):
 * - `.list-card`: the element's card frame; `.list-header` (`.heading` with `.title` + `.count`, `.toolbar`)
 *   above; `.search` is `searchField()` from `search.ts`.
 * - `.grid-frame` is the table's box and scroll container (`--fc-list-max-height`, default 32rem; no fixed row
 *   count); the column header row sticks to its top. Headers are sentence case, one line, truncated with the
 *   full text in `title` (never UPPERCASE, never wrapping).
 * - `.grid-row` is a CSS grid over the element's `--_cols` (plus a 2.75rem check column with `.selectable`);
 *   dividers are on the row, so they run the full width. Rows keep their own height (the virtualizer measures).
 * - `.truncate` cells show an ellipsis; the full text stays the cell's text (read in full by screen readers),
 *   is in `title` for the pointer, and wraps while the cell or something in it has focus, so keyboard users
 *   can read it too.
 * - A virtualized listbox of options (customer list, equipment) is `.columns` above a `.listbox` of `.row`s: the
 *   same grid over `--_cols` with the gaps as padding, a light divider, hover, the selection's tint, a focus ring
 *   on the active row while the list has keyboard focus, and a muted `aria-disabled` row. The element sets the
 *   row's fixed height and its own card layout. `:where()` keeps these rules as weak as a plain `.row` rule, so
 *   an element's own row rules still win.
 * - Below 36rem of container width every row is a card: the check box in its own column, every value on its
 *   own line under its column's name (a cell's `data-label`, drawn as `::before` with empty alternative text
 *   so screen readers, which have the column header, do not hear it twice). Nothing scrolls sideways.
 */
export const listStyles = css`
  .list-card {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .list-header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 0.75) var(--_space);
  }
  .heading {
    display: grid;
    gap: calc(var(--_space) * 0.125);
    margin-inline-end: auto;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .count,
  .muted {
    margin: 0;
    color: var(--_muted);
  }
  .count:empty {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .search {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  .search-icon {
    position: absolute;
    inset-block-start: calc(1.25rem - 0.5rem);
    inset-inline-start: calc(var(--_space) * 0.625);
    color: var(--_muted);
    pointer-events: none;
  }
  .search-input {
    inline-size: 16rem;
    padding-inline-start: calc(var(--_space) * 2);
  }
  .search .spinner {
    position: absolute;
    inset-block-start: calc(1.25rem - 0.5rem);
    inset-inline-end: calc(var(--_space) * 0.625);
  }
  .spinner.small {
    inline-size: 1rem;
    block-size: 1rem;
  }

  .grid-frame {
    max-block-size: var(--fc-list-max-height, 32rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overscroll-behavior: contain;
  }
  .grid {
    display: block;
    min-inline-size: 0;
    font-variant-numeric: tabular-nums;
  }
  .grid-head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_surface-alt);
  }
  .grid-body {
    display: block;
  }
  .grid-row {
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
    inline-size: 100%;
    box-sizing: border-box;
    border-block-end: 1px solid var(--_border);
  }
  .selectable .grid-row {
    grid-template-columns: 2.75rem var(--_cols);
  }
  .grid-body .grid-row:last-child {
    border-block-end: 0;
  }
  .cell {
    min-inline-size: 0;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 0.75);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .cell:focus-visible {
    outline: var(--_focus-ring, 2px solid var(--_focus));
    outline-offset: -2px;
  }
  .grid-head .cell {
    padding-block: calc(var(--_space) * 0.25);
    color: var(--_text);
    font-size: 0.9375em;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    text-transform: none;
  }
  .rowheader {
    font-weight: 600;
  }
  .truncate {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .truncate:focus,
  .truncate:focus-within {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.25);
    max-inline-size: 100%;
    min-block-size: 2rem;
    margin-inline: calc(var(--_space) * -0.375);
    padding-inline: calc(var(--_space) * 0.375);
    border: 0;
    border-radius: calc(var(--_radius) * 0.5);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .sort > span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .sort:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }
  .sort:disabled {
    cursor: default;
  }
  .sort-icon {
    inline-size: 0.9rem;
    block-size: 0.9rem;
    stroke-width: 1.75;
  }
  .sort-icon.unsorted {
    opacity: 0.35;
  }
  .sort-icon.ascending .down,
  .sort-icon.descending .up {
    display: none;
  }
  .check-cell {
    padding: 0;
  }
  .hit {
    display: grid;
    place-items: center;
    min-block-size: 2.5rem;
    cursor: pointer;
  }
  .check {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_primary);
    cursor: inherit;
  }
  .columns,
  :where(.listbox) .row {
    display: grid;
    grid-template-columns: var(--_cols);
    align-items: center;
    column-gap: calc(var(--_space) * 0.75);
    padding-inline: calc(var(--_space) * 0.75);
  }
  /* The listbox scrolls the virtualizer's box of rows, whose top padding places the rows rendered (see
     FixedRowsLayout); its height is the virtualizer's min-height, whatever the padding. */
  .listbox {
    position: relative;
    overflow: auto;
    contain: size layout;
  }
  .listbox > .rows {
    box-sizing: border-box;
  }
  :where(.listbox) .row {
    inline-size: 100%;
    border-block-end: 1px solid color-mix(in srgb, var(--_border) 55%, transparent);
  }
  :where(.listbox) .row:hover {
    background: var(--_surface-alt);
  }
  .grid-row.selected,
  :where(.listbox) .row.selected {
    background: color-mix(in srgb, var(--_primary) 9%, var(--_surface));
  }
  .listbox:focus-visible .row.active {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .listbox .row[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    margin-inline-start: calc(var(--_space) * 0.25);
    padding-inline: calc(var(--_space) * 0.375);
    border: 1px solid color-mix(in srgb, var(--_success) 60%, var(--_border));
    border-radius: 999px;
    color: var(--_success);
    font-size: 0.8em;
    font-weight: 600;
  }

  @container (max-width: 36rem) {
    .list-card {
      padding: calc(var(--_space) * 0.75);
    }
    .toolbar,
    .search,
    .search-input {
      inline-size: 100%;
    }
    .toolbar .button {
      flex: 1 1 auto;
    }
    .grid-row,
    .selectable .grid-row {
      grid-template-columns: 2.75rem minmax(0, 1fr);
      align-items: start;
      padding-block: calc(var(--_space) * 0.25);
    }
    .grid-row > .cell:not(.check-cell) {
      grid-column: -2;
      padding-block: calc(var(--_space) * 0.125);
    }
    /* A class, not :has(.check-cell): each row inserted while scrolling would run the :has() check again. */
    .grid:not(.selectable) .grid-row {
      grid-template-columns: minmax(0, 1fr);
    }
    .grid-row > .check-cell {
      grid-row: 1 / span 6;
    }
    .grid-head .grid-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 calc(var(--_space) * 0.5);
    }
    .grid-head .grid-row > .cell:not(.check-cell) {
      padding-inline: calc(var(--_space) * 0.5);
    }
    /* Cards have no columns to line up with: each sort button keeps its whole label, and they wrap. */
    .grid-head .grid-row > .cell {
      flex: none;
      overflow: visible;
    }
    .grid-head .sort > span {
      overflow: visible;
      white-space: nowrap;
    }
    .grid-body .cell.truncate {
      white-space: normal;
    }
    .grid-body .cell[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      color: var(--_muted);
      font-size: 0.8125em;
      font-weight: 400;
    }
    .grid-body .cell:empty,
    .grid-body .cell.blank {
      display: none;
    }
  }
`;
