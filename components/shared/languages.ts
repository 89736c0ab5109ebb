/**
 * The languages the elements speak: the 18 of Trackunit's own UI library. English is built into every entry;
 * each other language is one file per table (`components/<element>/i18n/<lang>.ts`, the shared words in
 * `components/shared/i18n/<lang>.ts`), loaded by dynamic `import()` on first use, so a page pays only for
 * the languages it shows. `scripts/check-i18n.mjs` checks that every table has every language and key.
 */
export const languages = [
  'en',
  'de',
  'da',
  'cs',
  'nl',
  'fr',
  'fi',
  'hu',
  'it',
  'nb',
  'pl',
  'pt',
  'ru',
  'ro',
  'es',
  'sv',
  'ja',
  'th',
] as const;

export type Language = (typeof languages)[number];

/** Tags that name a shipped language by another code: Norwegian (`no`) and Nynorsk (`nn`) read Bokmål. */
const aliases: Readonly<Record<string, Language>> = { no: 'nb', nn: 'nb' };

/** A translation file's module: its table is the default export, typed by the English table. */
export type TableModule<S> = { default: S };

/** One loader per language other than English; bundlers emit each as a chunk of its own. */
export type Loaders<S> = Partial<Record<Exclude<Language, 'en'>, () => Promise<TableModule<S>>>>;

/**
 * The tag's prefixes from the most general to the most specific, lower-cased: `pt-BR` → `['pt', 'pt-br']`.
 * A host's registered translations are layered in this order over the shipped language.
 */
export function prefixesOf(locale: string): string[] {
  const parts = locale.toLowerCase().split('-');
  return parts.map((_, index) => parts.slice(0, index + 1).join('-'));
}

/** The shipped language a tag reads: its primary subtag (or its alias), else English. */
export function shippedLanguage(locale: string): Language {
  const primary = prefixesOf(locale)[0] ?? 'en';
  const language = aliases[primary] ?? primary;
  return (languages as readonly string[]).includes(language) ? (language as Language) : 'en';
}
