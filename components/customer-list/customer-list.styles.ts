import { css } from 'lit';

/**
 * Notes live here, not in the CSS (comments inside `css` would ship):
 * - Rows have one height per layout (the shared `FixedRowsLayout` places row i at i × height, so a jump into
 *   100,000 rows needs no correcting layout). Text too long for its cell ends in an ellipsis; the full text is the
 *   option's accessible name and the cell's `title`, and the open customer's header shows the name whole.
 * - `scrollbar-gutter: stable` on the list: a scrollbar that comes and goes would resize the list inside the
 *   virtualizer's own ResizeObserver callback. The column titles get the same gutter so they line up.
 * - Below 40rem of width a row is a two-line card: name and type; then place, counts and date.
 */
export const customerListStyles = css`
  .base {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-inline-size: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .count {
    margin: 0;
    color: var(--_muted);
  }
  .header-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-inline-start: auto;
  }
  .read-only {
    margin: 0;
    max-inline-size: 22rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
  }
  .toolbar .field {
    margin: 0;
  }
  .toolbar .search {
    flex: 1 1 14rem;
  }
  /* The box fills the search area, so its hint goes below it rather than beside it. */
  .toolbar .search-input {
    flex: 1 1 100%;
    min-inline-size: 0;
  }
  .toolbar .hint {
    margin: 0;
  }

  .type-filter {
    position: relative;
  }
  .type-filter summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    min-inline-size: 11rem;
    list-style: none;
    cursor: pointer;
  }
  .type-filter summary::-webkit-details-marker {
    display: none;
  }
  .type-filter summary::after {
    content: '▾';
    margin-inline-start: 0.4em;
  }
  .type-options {
    position: absolute;
    z-index: 2;
    inset-block-start: calc(100% + 4px);
    inset-inline-start: 0;
    display: grid;
    gap: 0.25rem;
    min-inline-size: 14rem;
    margin: 0;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .type-option {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 1.75rem;
  }
  .type-option input {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .frame {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
    --_cols: minmax(10rem, 2.2fr) minmax(7rem, 1.2fr) minmax(8rem, 1.6fr) minmax(4.5rem, 0.7fr) minmax(4.5rem, 0.7fr)
      minmax(7rem, 1fr);
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
  }
  .listbox {
    --_bar: color-mix(in srgb, var(--_muted) 22%, transparent);
    display: block;
    block-size: var(--fc-customer-list-block-size, min(32rem, 70dvb));
    outline: none;
    overscroll-behavior: contain;
    scrollbar-gutter: stable;
  }
  .listbox:focus-visible {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }
  /* The grid of .columns and .row, the divider, hover and the focused row's ring come from listStyles. */
  .row {
    block-size: 3.5rem;
    overflow: hidden;
    cursor: pointer;
  }
  .row.selected {
    background: color-mix(in srgb, var(--_primary) 12%, var(--_surface));
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .cell,
  .customer-name,
  .ref {
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .customer-name {
    display: block;
    font-weight: 600;
  }
  .ref {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .contacts,
  .equipment {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .badge {
    display: inline-block;
    padding-inline: 0.5em;
    /* A type, not a status: none of the shared badge's green border, as in the open customer's header. */
    border: 0;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_muted) 14%, var(--_surface));
    color: var(--_text);
    font-size: 0.8125em;
    font-weight: 600;
  }
  /* One bar drawn by the row itself: only the row is restyled when its customer arrives. No custom property or
     inherited property may change with the class, or every element of the row is restyled too. */
  .row.placeholder {
    background: linear-gradient(var(--_bar), var(--_bar)) no-repeat 0 50% / 30% 0.7rem content-box;
  }
  .placeholder .badge {
    background: none;
  }
  .empty-list {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 1.5) var(--_space);
    color: var(--_muted);
    text-align: center;
  }
  .empty-list p {
    margin: 0;
  }
  .meta {
    display: contents;
  }
  @container (max-width: 40rem) {
    .columns {
      display: none;
    }
    .frame .row {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas: 'name name' 'type place' 'counts counts' 'updated updated';
      column-gap: calc(var(--_space) * 0.5);
      align-content: center;
      row-gap: 0.1rem;
      block-size: 6.25rem;
    }
    .row .name {
      grid-area: name;
    }
    .row .name .ref {
      display: none;
    }
    .row .type {
      grid-area: type;
    }
    .row .place {
      grid-area: place;
    }
    .row .meta {
      display: contents;
    }
    .row .updated {
      grid-area: updated;
    }
    .row .counts {
      grid-area: counts;
      display: flex;
      gap: 0 var(--_space);
      overflow: hidden;
    }
    .row .counts .cell {
      flex: none;
    }
    .row .place,
    .row .counts,
    .row .updated {
      color: var(--_muted);
      font-size: 0.875em;
      text-align: start;
    }
    /* Cards have no column titles: each count and the date say what they are (the option's name says it too).
       Loading cards show them as well: a rule that told them apart would restyle whole rows as each one loads. */
    .row [data-label]::before {
      content: attr(data-label) ': ' / '';
    }
  }
`;
