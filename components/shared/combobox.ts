import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { describedBy, fieldLabel, fieldMessages, type FieldBase } from './field.js';
import { countryOptions, foldForSearch, type Option } from './intl.js';
import type { Strings } from './i18n/en.js';

/** Options whose label starts with the query (or whose code is the query) first, then word matches. */
export function filterOptions(options: readonly Option[], text: string): readonly Option[] {
  const query = foldForSearch(text);
  if (!query) return options;
  const starts: Option[] = [];
  const words: Option[] = [];
  for (const option of options) {
    const label = foldForSearch(option.label);
    if (label.startsWith(query) || option.value.toLowerCase() === query) starts.push(option);
    else if (label.split(/[\s\-(),.]+/).some((word) => word.startsWith(query))) words.push(option);
  }
  return [...starts, ...words];
}

export interface ComboboxOptions extends FieldBase {
  /** Field path for `focusField()` (becomes `data-field`). */
  name?: string;
  /** The chosen option's value, or the raw text when it matched nothing (so validation can flag it). */
  value: string;
  options: readonly Option[];
  noMatchText: string;
  matchesText: (count: number) => string;
  /** Label of the button that opens the list. */
  toggleLabel: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
}

/**
 * An editable combobox with a filtered listbox (WAI-ARIA APG "list autocomplete with manual selection").
 * Keyboard: ↓/↑ move through the list (opening it), Alt+↓ opens, Enter picks, Escape closes (or clears when
 * closed), typing filters. Leaving the field commits: an exact or single match picks that option, empty
 * clears, anything else is kept as typed so validation can say "choose from the list".
 * One controller per combobox; render it with `controller.render(options)` inside the host's template.
 */
export class ComboboxController implements ReactiveController {
  private open = false;
  /** What the user is typing; `null` shows the chosen option's label. */
  private query: string | null = null;
  private active = -1;
  private current?: ComboboxOptions;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    if (!this.open || this.active < 0) return;
    const option = this.host.shadowRoot?.getElementById(this.optionId(this.active));
    option?.scrollIntoView({ block: 'nearest' });
  }

  private optionId(index: number): string {
    return `${this.id}-option-${index}`;
  }

  private matches(options: readonly Option[]): readonly Option[] {
    return filterOptions(options, this.query ?? '');
  }

  private labelOf(value: string, options: readonly Option[]): string {
    return options.find((option) => option.value === value)?.label ?? value;
  }

  private set(open: boolean, active = this.active): void {
    this.open = open;
    this.active = open ? active : -1;
    this.host.requestUpdate();
  }

  private pick(option: Option): void {
    this.query = null;
    this.set(false);
    this.current?.onChange(option.value);
  }

  /** Turns typed text into a value: an exact label or code, or the only match; else the text as typed. */
  private commit(): void {
    const options = this.current;
    if (!options || this.query === null) return;
    const text = this.query.trim();
    this.query = null;
    if (!text) {
      options.onChange('');
      return;
    }
    const folded = foldForSearch(text);
    const exact = options.options.find(
      (option) => foldForSearch(option.label) === folded || option.value.toLowerCase() === folded,
    );
    const found = filterOptions(options.options, text);
    options.onChange(exact?.value ?? (found.length === 1 ? found[0]!.value : text));
  }

  private readonly onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.set(true, -1);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const options = this.current;
    if (!options) return;
    const list = this.matches(options.options);
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) this.set(true);
        else this.set(true, Math.min(this.active + 1, list.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.set(false);
        else if (this.open) this.set(true, Math.max(this.active - 1, 0));
        break;
      case 'Enter': {
        const chosen = this.open ? (list[this.active] ?? (list.length === 1 ? list[0] : undefined)) : undefined;
        if (chosen) {
          event.preventDefault();
          this.pick(chosen);
        } else {
          // Let Enter submit the form, but with the typed text already turned into a value.
          this.set(false);
          this.commit();
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          this.set(false);
        } else if (this.query !== null || options.value) {
          this.query = null;
          options.onChange('');
        } else {
          return;
        }
        // Handled here: a surrounding dialog must not close as well.
        event.preventDefault();
        event.stopPropagation();
        break;
    }
  };

  private readonly onBlur = (): void => {
    this.set(false);
    this.commit();
    this.current?.onBlur?.();
  };

  render(field: ComboboxOptions): TemplateResult {
    this.current = field;
    const list = this.open ? this.matches(field.options) : [];
    const listId = `${this.id}-listbox`;
    const text = this.query ?? this.labelOf(field.value, field.options);
    return html`<div class="field combobox ${field.error ? 'invalid' : ''}" part="field combobox">
      ${fieldLabel(field)}
      <div class="combobox-control">
        <input
          class="input"
          part="input"
          id=${this.id}
          type="text"
          role="combobox"
          aria-labelledby="${this.id}-label"
          autocomplete="off"
          spellcheck="false"
          data-field=${field.name ?? nothing}
          aria-autocomplete="list"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${listId}
          aria-activedescendant=${this.active >= 0 ? this.optionId(this.active) : nothing}
          aria-invalid=${field.error ? 'true' : 'false'}
          aria-describedby=${describedBy(field) ?? nothing}
          .value=${text}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${this.onBlur}
        />
        <button
          class="combobox-toggle"
          type="button"
          tabindex="-1"
          aria-label=${field.toggleLabel}
          aria-controls=${listId}
          aria-expanded=${this.open ? 'true' : 'false'}
          @mousedown=${(event: Event) => event.preventDefault()}
          @click=${() => {
            this.host.shadowRoot?.getElementById(this.id)?.focus();
            this.set(!this.open);
          }}
        >
          <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M4 6l4 4 4-4" /></svg>
        </button>
        <ul class="listbox" part="listbox" role="listbox" id=${listId} aria-label=${field.label} ?hidden=${!this.open}>
          ${
            this.open && list.length === 0
              ? html`<li class="no-match" role="option" aria-disabled="true" aria-selected="false">
                  ${field.noMatchText}
                </li>`
              : list.map(
                  (option, index) =>
                    // Keyboard users pick with the input's arrow keys and Enter (aria-activedescendant); this is for pointers.
                    // eslint-disable-next-line lit-a11y/click-events-have-key-events
                    html`<li
                      role="option"
                      id=${this.optionId(index)}
                      class=${index === this.active ? 'active' : ''}
                      aria-selected=${option.value === field.value ? 'true' : 'false'}
                      @mousedown=${(event: Event) => event.preventDefault()}
                      @click=${() => this.pick(option)}
                    >
                      ${option.label}
                    </li>`,
                )
          }
        </ul>
      </div>
      <span class="visually-hidden" role="status"
        >${this.open && this.query !== null ? field.matchesText(list.length) : nothing}</span
      >
      ${fieldMessages(field)}
    </div>`;
  }
}

/**
 * The country field of every form (the wizard, Details): this combobox with the shared labels, id `f-country`
 * and field path `address.country`, so the same field gets the same control everywhere.
 */
export function countryCombobox(
  controller: ComboboxController,
  field: {
    t: Strings;
    locale: string;
    value: string;
    error: string | undefined;
    onChange: (value: string) => void;
    onBlur: () => void;
  },
): TemplateResult {
  const { t } = field;
  return controller.render({
    id: 'f-country',
    name: 'address.country',
    label: t.country,
    optionalText: t.optional,
    hint: t.countryHint,
    value: field.value,
    options: countryOptions(field.locale),
    noMatchText: t.countryNoMatch,
    matchesText: t.countryMatches,
    toggleLabel: t.showCountries,
    error: field.error,
    onChange: field.onChange,
    onBlur: field.onBlur,
  });
}
