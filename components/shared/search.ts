import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * How long typing must pause before a search goes to the server. One value for every list (the copies were 300
 * and 200 ms): 250 ms sends about one request per word at ordinary typing speed, and Enter sends at once.
 */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * One debounced search box. `text` is what is typed, `applied` what the rows on screen match; `apply(search)`
 * runs once typing pauses (or on Enter) with the trimmed text, only when it differs from `applied`. The timer
 * never outlives the host.
 *
 * ```ts
 * private readonly search = new DebouncedSearch(this, (search) => void this.load({ search }));
 * ${searchField({ id: 'search', label: t.searchContacts, search: this.search })}
 * ```
 */
export class DebouncedSearch implements ReactiveController {
  text = '';
  applied = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly apply: (search: string) => void,
    private readonly delay = SEARCH_DEBOUNCE_MS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** For `@input` on the search box. */
  readonly onInput = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  };

  /** For `@keydown`: Enter searches now. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.flush();
  };

  /** Applies what is typed now, without waiting. */
  flush(): void {
    clearTimeout(this.timer);
    const search = this.text.trim();
    if (search === this.applied) return;
    this.applied = search;
    this.host.requestUpdate();
    this.apply(search);
  }

  /** Empties the box without searching (a new customer, a reset). */
  reset(text = ''): void {
    clearTimeout(this.timer);
    this.text = text;
    this.applied = text.trim();
    this.host.requestUpdate();
  }
}

export interface SearchFieldOptions {
  id: string;
  /** The label, visually hidden (the placeholder shows the same words); `hint` adds a visible line. */
  label: string;
  search: DebouncedSearch;
  hint?: string;
  /** The list the box filters, while it is on screen. */
  controls?: string | undefined;
  disabled?: boolean;
  /** A search is on its way: a small spinner in the box. */
  busy?: boolean;
  autofocus?: boolean;
  /** Extra keys (e.g. ArrowDown into the list); Enter is handled. */
  onKeyDown?: (event: KeyboardEvent) => void;
}

/** The search box of every list: a labelled `role="search"` region with the icon, the input and a busy spinner. */
export function searchField(options: SearchFieldOptions): TemplateResult {
  const { id, search } = options;
  return html`<div class="search" role="search" aria-labelledby="${id}-label">
    <label id="${id}-label" class="visually-hidden" for=${id}>${options.label}</label>
    <svg class="icon search-icon" viewBox="0 0 16 16" aria-hidden="true">
      <circle cx="7" cy="7" r="4.5" />
      <path d="M10.5 10.5 14 14" />
    </svg>
    <input
      id=${id}
      class="input search-input"
      part="search"
      type="search"
      autocomplete="off"
      placeholder=${options.label}
      ?autofocus=${options.autofocus ?? false}
      aria-describedby=${ifDefined(options.hint ? `${id}-hint` : undefined)}
      aria-controls=${ifDefined(options.controls)}
      .value=${live(search.text)}
      ?disabled=${options.disabled ?? false}
      @input=${search.onInput}
      @keydown=${(event: KeyboardEvent) => {
        search.onKeyDown(event);
        options.onKeyDown?.(event);
      }}
    />
    ${options.busy ? html`<span class="spinner small" aria-hidden="true"></span>` : nothing}
    ${options.hint ? html`<p class="hint" id="${id}-hint" part="hint">${options.hint}</p>` : nothing}
  </div>`;
}
