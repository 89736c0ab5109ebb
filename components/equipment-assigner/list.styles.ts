import { css } from 'lit';

/**
 * The equipment listbox, its column header and rows, for the assigned list and the picker: what only equipment
 * has (its columns, the drawn unit checkbox, the card of four lines); the row's grid, divider, hover, selection,
 * focus ring and disabled look are the shared `list.styles.ts`. (Notes live here, not in the CSS: comments
 * inside `css` would ship in every bundle.)
 * - Rows have one height per layout (`--_row`), which `FixedRowsLayout` relies on to place row i at i x height.
 *   Below 40rem of list width every row becomes a card of four lines (name; brand and type; serial number with
 *   its label; last seen or the owner), nothing dropped, as the contact list's cards at 320 px.
 * - The list is as tall as its rows up to `--_list-size` (the assigned list) or a fixed `--_list-size` (the
 *   picker, so the dialog does not jump while typing). No `scrollbar-gutter: stable`: it left every divider
 *   ~15 px short; the column titles take the scrollbar's width from `--_gutter` (set by the listbox) instead.
 * - Column titles read like the contact table's: sentence case, one line, ellipsis; cells that can be cut short
 *   carry a `title` with the full text for the pointer, and `.full-text` under the list shows the active row's
 *   values whole while the list has focus (rows keep one fixed height, so a cell cannot wrap in place).
 */
export const listStyles = css`
  .frame {
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
    --_row: 2.75rem;
    --_cols: minmax(9rem, 2fr) minmax(7rem, 1.4fr) minmax(5rem, 1fr) minmax(6rem, 1fr) minmax(5rem, 0.8fr)
      minmax(10.5rem, 1.4fr);
  }
  .frame.fleet {
    --_cols: minmax(9rem, 2fr) minmax(7rem, 1.3fr) minmax(5rem, 0.9fr) minmax(6rem, 1fr) minmax(9rem, 1.6fr);
  }
  .columns.with-check,
  .selectable .row {
    grid-template-columns: 1.5rem var(--_cols);
  }
  .columns {
    overflow: hidden;
    min-block-size: 2.5rem;
    padding-inline-end: calc(var(--_space) * 0.75 + var(--_gutter, 0px));
    border-block-end: 1px solid var(--_border);
    background: var(--_surface-alt);
    font-weight: 600;
    white-space: nowrap;
  }
  .unit-check-cell {
    display: grid;
    place-items: center;
  }
  .unit-check-cell input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .listbox {
    display: block;
    block-size: var(--_list-size);
    outline: none;
    overscroll-behavior: contain;
  }
  .listbox.fit {
    block-size: min(var(--_list-size), calc(var(--_rows, 6) * var(--_row)));
  }
  .listbox:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  .row {
    block-size: var(--_row);
    box-sizing: border-box;
    contain: strict;
    cursor: default;
    white-space: nowrap;
  }
  .selectable .row {
    cursor: pointer;
  }
  .listbox:focus .row.active {
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  .unit-cell {
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
  .unit-check {
    display: inline-grid;
    place-items: center;
    inline-size: 1.1rem;
    block-size: 1.1rem;
    border: 2px solid var(--_muted);
    border-radius: 4px;
    background: var(--_surface);
  }
  .row.selected .unit-check {
    border-color: var(--_primary);
    background: var(--_primary);
  }
  .row.selected .unit-check::after {
    content: '';
    inline-size: 0.3rem;
    block-size: 0.6rem;
    margin-block-start: -0.15rem;
    border: solid var(--_on-primary);
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  .row[aria-disabled='true'] .unit-check {
    border-style: dashed;
    opacity: 0.6;
  }
  .owner-chip {
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
  .owner-chip.free {
    color: var(--_muted);
  }
  .owner-chip.here {
    background: color-mix(in srgb, var(--_success) 14%, var(--_surface));
    color: var(--_text);
  }
  .owner-chip.other {
    background: color-mix(in srgb, var(--_warning) 16%, var(--_surface));
    color: var(--_text);
  }
  .last-assigned {
    display: block;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.3;
    padding-inline: 0.65em;
  }
  .bar {
    display: block;
    block-size: 0.7rem;
    inline-size: 70%;
    border-radius: 4px;
    background: color-mix(in srgb, var(--_muted) 22%, transparent);
  }
  .empty-list {
    color: var(--_muted);
    display: grid;
    place-items: center;
    padding: calc(var(--_space) * 1.5) var(--_space);
    text-align: center;
  }
  .placeholder .unit-check {
    visibility: hidden;
  }
  @container (max-width: 40rem) {
    .frame {
      --_row: 6.75rem;
    }
    .columns .unit-cell {
      display: none;
    }
    .frame .columns.with-check {
      grid-template-columns: 1.5rem 1fr;
    }
    .columns:not(.with-lead) {
      display: none;
    }
    .frame .row {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: 'name name' 'brand type' 'serial serial' 'end end';
      grid-template-rows: repeat(4, auto);
      row-gap: 0.0625rem;
      align-content: center;
    }
    .frame .row {
      column-gap: calc(var(--_space) * 0.5);
      padding-inline: calc(var(--_space) * 0.5);
    }
    .frame.selectable .row {
      grid-template-columns: 1.25rem minmax(0, 1fr) minmax(0, 1fr);
      grid-template-areas: 'check name name' 'check brand type' 'check serial serial' 'check end end';
    }
    .row .name {
      grid-area: name;
    }
    .row .unit-check {
      grid-area: check;
    }
    .row .brand {
      grid-area: brand;
    }
    .row .type {
      grid-area: type;
    }
    .row .serial {
      grid-area: serial;
    }
    .row .seen,
    .row .status {
      grid-area: end;
    }
    .row .hours,
    .row .time {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .row .unit-cell:not(.name) {
      font-size: 0.8125em;
      color: var(--_muted);
    }
    .row .type {
      text-align: end;
    }
    .row .last-assigned {
      display: inline;
      font-size: 1em;
      padding-inline: 0.25em 0;
    }
    /* The serial number may take a second line rather than be cut: the card's height leaves room for it. */
    .row .serial {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .row .serial .cell-label {
      position: static;
      inline-size: auto;
      block-size: auto;
      margin: 0;
      clip-path: none;
    }
  }
  .full-text {
    display: none;
    margin: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    background: var(--_surface-alt);
    font-size: 0.875em;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .listbox:focus + .full-text {
    display: block;
  }
  .skipped {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
