import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Strings } from './i18n/en.js';
import { da } from './i18n/da.js';

/** The languages that ship; anything else falls back to English. */
const tables: Record<string, Strings> = { en, da };

/**
 * An element's own strings, one table per shipped language, typed by its English table. Keeping them in the
 * element's folder means each entry ships only its own words, not every element's (the 35 kB budgets).
 */
export type Catalog<S extends object> = Record<'en' | 'da', S>;

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** A host's own wording for any key; merged over the table of the current language. */
  strings?: object | undefined;
}

/**
 * The nearest `lang`: the element itself, then its ancestors, stepping out of each shadow root to its host,
 * up to `<html>`. `closest()` stops at a shadow root, hence the loop.
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const lang = withLang.getAttribute('lang')?.trim();
      if (lang) return lang;
      // `lang=""` means "unknown" per HTML; keep looking further out.
      node = withLang.parentElement;
      continue;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

/** Every connected controller; one MutationObserver serves them all, created on first use. */
const live = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();

function observeTreesOf(element: Element): void {
  observer ??= new MutationObserver(() => {
    for (const controller of live) controller.refresh();
  });
  // A document-level observer cannot see into shadow roots, so each root on the way up is observed too.
  let root: Node = element.getRootNode();
  for (;;) {
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/**
 * Strings, language and `Intl` formatting for one element, following the nearest `lang` live.
 * No global setup: nothing is registered until an element connects, so a host's own i18n is untouched.
 *
 * ```ts
 * private readonly l10n = new LocalizeController(this, { en: wizardEn, da: wizardDa });
 * render() { return html`<button>${this.l10n.t.save}</button>`; } // shared and own keys alike
 * ```
 */
export class LocalizeController<S extends object = object> implements ReactiveController {
  /** The resolved `lang` value, e.g. `da-DK`; a valid BCP 47 tag for `Intl`. */
  locale = 'en';
  private lang?: string;
  private cached?: { language: string; overrides: object | undefined; strings: Strings & S };

  constructor(
    private readonly host: LocalizeHost,
    /** The element's own tables, merged over the shared ones. */
    private readonly catalog?: Catalog<S>,
  ) {
    host.addController(this);
  }

  /** The primary language subtag that picked the table: `en` or `da`. */
  get language(): string {
    const primary = this.locale.toLowerCase().split('-')[0] ?? 'en';
    return primary in tables ? primary : 'en';
  }

  /** The strings of the current language with the host's `strings` merged over them. */
  get t(): Strings & S {
    const overrides = this.host.strings;
    const cached = this.cached;
    const language = this.language as 'en' | 'da';
    if (cached && cached.language === language && cached.overrides === overrides) return cached.strings;
    const strings = { ...tables[language]!, ...this.catalog?.[language], ...overrides } as Strings & S;
    this.cached = { language, overrides, strings };
    return strings;
  }

  hostConnected(): void {
    live.add(this);
    observeTreesOf(this.host);
    this.refresh();
  }

  hostDisconnected(): void {
    live.delete(this);
  }

  /** Re-reads the nearest `lang`; updates the host only when it changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.locale = isValidLocale(lang) ? lang : 'en';
    this.host.requestUpdate();
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.locale, options).format(value);
  }

  formatDate(value: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : dateTimeFormat(this.locale, options).format(date);
  }
}

/**
 * Building an `Intl` formatter costs far more than using one (a profile of the picker's scroll showed 160-177 ms
 * of self time in `new Intl.NumberFormat` alone, one per row and count rendered), so there is one per locale and
 * options for the whole page. Options are few and fixed per call site; the caches are bounded all the same.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const FORMATS_MAX = 64;

function cached<F>(cache: Map<string, F>, locale: string, options: object | undefined, make: () => F): F {
  const key = options ? `${locale}\u0000${JSON.stringify(options)}` : locale;
  let format = cache.get(key);
  if (!format) {
    if (cache.size >= FORMATS_MAX) cache.clear();
    cache.set(key, (format = make()));
  }
  return format;
}

/** The page-wide `Intl.NumberFormat` for a locale and options. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** The page-wide `Intl.DateTimeFormat` for a locale and options. */
export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}
