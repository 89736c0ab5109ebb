import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Strings } from './i18n/en.js';
import { loaders as sharedLoaders } from './i18n/index.js';
import { prefixesOf, shippedLanguage, type Language, type Loaders } from './languages.js';
import type { WizardStrings } from '../customer-wizard/i18n/en.js';
import type { DetailsStrings } from '../customer-details/i18n/en.js';
import type { ContactListStrings } from '../contact-list/i18n/en.js';
import type { AssignerStrings } from '../equipment-assigner/i18n/en.js';
import type { CustomerListText } from '../customer-list/i18n/en.js';
import type { ManagerText } from '../customer-manager/i18n/en.js';
import type { ImportStrings } from '../customer-import/i18n/en.js';

/** Every table of the package by name, each typed by its English table: what a host may translate. */
export interface TranslationTables {
  shared: Strings;
  customerWizard: WizardStrings;
  customerDetails: DetailsStrings;
  contactList: ContactListStrings;
  /** `<equipment-assigner>` and `<equipment-picker>`. */
  equipmentAssigner: AssignerStrings;
  customerList: CustomerListText;
  customerManager: ManagerText;
  customerImport: ImportStrings;
}

/** A host's wording for one language: any keys of any table. */
export type Translation = { [K in keyof TranslationTables]?: Partial<TranslationTables[K]> };

/**
 * An element's own strings: English built in, every other language a loader (`i18n/index.ts`), so each
 * language is a chunk of its own and an entry ships only its English words.
 */
export interface Catalog<S extends object> {
  /** Its name in `TranslationTables`, for `registerTranslation()`. */
  id: keyof TranslationTables | undefined;
  en: S;
  loaders: Loaders<S>;
}

/**
 * @deprecated The shape from before languages loaded on demand: English and Danish, both imported statically.
 * Still accepted so an element written against it works (Danish only); give it a `Catalog` instead: a default
 * export in `da.ts`, `node scripts/check-i18n.mjs --write` for its `index.ts`, an `id` in `TranslationTables`.
 */
export interface StaticCatalog<S extends object> {
  en: S;
  da: S;
}

function fromStatic<S extends object>({ en, da }: StaticCatalog<S>): Catalog<S> {
  return { id: undefined, en, loaders: { da: () => Promise.resolve({ default: da }) } };
}

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

/**
 * Loaded tables, page-wide (for this copy of the package): per loader map, per language; `null` when a
 * language has no file or its chunk failed to load, which reads as English, silently.
 */
const loaded = new WeakMap<object, Partial<Record<Language, object | null>>>();
const loading = new WeakMap<object, Partial<Record<Language, Promise<void>>>>();

function tableIn<S>(loaders: Loaders<S> | undefined, language: Language): S | undefined {
  return loaders ? ((loaded.get(loaders)?.[language] as S | null | undefined) ?? undefined) : undefined;
}

/** Starts (or joins) loading one language of one table; `undefined` when there is nothing to wait for. */
function load<S>(loaders: Loaders<S>, language: Language): Promise<void> | undefined {
  if (language === 'en') return undefined;
  let done = loaded.get(loaders);
  if (!done) loaded.set(loaders, (done = {}));
  if (language in done) return undefined;
  let flying = loading.get(loaders);
  if (!flying) loading.set(loaders, (flying = {}));
  const table = done;
  const inFlight = flying;
  return (inFlight[language] ??= Promise.resolve(loaders[language]?.())
    .then(
      (module) => void (table[language] = module?.default ?? null),
      () => void (table[language] = null),
    )
    .finally(() => delete inFlight[language]));
}

/**
 * How long an element holds its update for a language to load before it renders with the strings it has
 * (and again once the language is in). A chunk from a warm cache arrives in a few milliseconds.
 */
const LOAD_WAIT_MS = 3000;

/**
 * A host's translations, page-wide: `Symbol.for` so that two copies of the package (the ESM entries and the
 * script-tag bundle) read the same ones. Keyed by lower-cased tag; layered over the shipped language.
 */
const PAGE_KEY = Symbol.for('fleet-customers/translations');
interface PageTranslations {
  tables: Map<string, Translation>;
  version: number;
  listeners: Set<() => void>;
}
function page(): PageTranslations {
  const global = globalThis as { [PAGE_KEY]?: PageTranslations };
  return (global[PAGE_KEY] ??= { tables: new Map(), version: 0, listeners: new Set() });
}

/**
 * Adds or overrides strings for a language, for every element on the page, typed by the English tables.
 * The tag may be a shipped language (`de`: your wording wins over ours), a regional one (`de-CH`: layered over
 * `de`), or a language of your own (`is`: layered over English). Calls add up; elements update live.
 *
 * ```ts
 * registerTranslation('de-CH', { shared: { save: 'Speichern' }, contactList: { contactList: 'Kontakte' } });
 * ```
 */
export function registerTranslation(locale: string, translation: Translation): void {
  const { tables, listeners } = page();
  const key = locale.toLowerCase();
  const merged: Record<string, object> = { ...tables.get(key) };
  for (const [id, table] of Object.entries(translation) as [string, object][]) merged[id] = { ...merged[id], ...table };
  tables.set(key, merged);
  page().version += 1;
  for (const listener of listeners) listener();
}

/** The registered layers for one table, from the most general tag to the most specific. */
function registered(locale: string, id: keyof TranslationTables | 'shared'): object[] {
  const { tables } = page();
  if (!tables.size) return [];
  return prefixesOf(locale).flatMap((prefix) => tables.get(prefix)?.[id] ?? []);
}

/** Every connected controller; one MutationObserver serves them all, created on first use. */
const live = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();
const refreshAll = (): void => {
  for (const controller of live) controller.refresh(true);
};

function observeTreesOf(element: Element): void {
  if (!observer) {
    observer = new MutationObserver(() => {
      for (const controller of live) controller.refresh();
    });
    page().listeners.add(refreshAll);
  }
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
 * A language other than English loads on first use. Until it is in, the element keeps the strings it has
 * and holds its updates (bounded by `LOAD_WAIT_MS`), so a Danish page never shows English first and
 * `await el.updateComplete` sees the Danish text.
 *
 * ```ts
 * private readonly l10n = new LocalizeController(this, { id: 'customerWizard', en: wizardEn, loaders });
 * render() { return html`<button>${this.l10n.t.save}</button>`; } // shared and own keys alike
 * ```
 */
export class LocalizeController<S extends object = object> implements ReactiveController {
  /** The resolved `lang` value, e.g. `da-DK`; a valid BCP 47 tag for `Intl`. */
  locale = 'en';
  /** The shipped language whose tables are in use: `en`, `da`, `de`, ... */
  language: Language = 'en';
  private lang?: string;
  /** The `lang` whose tables are in use, as written: a host may register a tag `Intl` does not know. */
  private tag = 'en';
  private pending?: Promise<unknown>;
  private cached?: { overrides: object | undefined; version: number; strings: Strings & S };
  private readonly catalog?: Catalog<S>;

  constructor(
    private readonly host: LocalizeHost,
    /** The element's own tables, merged over the shared ones. */
    catalog?: Catalog<S> | StaticCatalog<S>,
  ) {
    this.catalog = catalog && 'da' in catalog ? fromStatic(catalog) : catalog;
    host.addController(this);
    // Lit awaits what `scheduleUpdate()` returns before it updates; holding it while a language loads keeps
    // the previous strings on screen and makes `updateComplete` wait for the new ones.
    const element = host as unknown as { scheduleUpdate?: () => void | Promise<unknown> };
    const schedule = element.scheduleUpdate;
    if (typeof schedule === 'function') {
      element.scheduleUpdate = () =>
        this.pending ? this.pending.then(() => schedule.call(host)) : schedule.call(host);
    }
  }

  /** The strings of the current language with the host's `strings` merged over them. */
  get t(): Strings & S {
    const overrides = this.host.strings;
    const { version } = page();
    const cached = this.cached;
    if (cached && cached.overrides === overrides && cached.version === version) return cached.strings;
    const { language, tag, catalog } = this;
    const strings = Object.assign(
      {},
      en,
      catalog?.en,
      tableIn(sharedLoaders as Loaders<Strings>, language),
      tableIn(catalog?.loaders, language),
      ...registered(tag, 'shared'),
      ...(catalog?.id ? registered(tag, catalog.id) : []),
      overrides,
    ) as Strings & S;
    this.cached = { overrides, version, strings };
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

  /** Re-reads the nearest `lang`; updates the host when it changed (or, `force`d, when translations did). */
  refresh(force = false): void {
    const lang = resolveLang(this.host);
    if (lang === this.lang && !force) return;
    this.lang = lang;
    const locale = isValidLocale(lang) ? lang : 'en';
    const language = shippedLanguage(locale);
    const apply = (): void => {
      if (this.lang !== lang) return; // the lang changed again meanwhile; the newer refresh applies
      this.locale = locale;
      this.tag = lang;
      this.language = language;
      this.cached = undefined;
      this.host.requestUpdate();
    };
    const waits = [
      load(sharedLoaders as Loaders<Strings>, language),
      this.catalog && load(this.catalog.loaders, language),
    ];
    if (!waits.some(Boolean)) return apply();
    const settled = Promise.all(waits).then(apply);
    const held = Promise.race([settled, new Promise((resolve) => setTimeout(resolve, LOAD_WAIT_MS))]);
    this.pending = held;
    void held.then(() => {
      if (this.pending === held) this.pending = undefined;
    });
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
