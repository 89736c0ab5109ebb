import { countryCodes } from '../../src/schemas/common.js';

export interface Option {
  value: string;
  label: string;
}

const countryLists = new Map<string, Option[]>();

/** A country's name in the given locale (`DE` → `Tyskland` in `da`); the code itself if `Intl` has no name. */
export function countryName(code: string, locale: string): string {
  return countryOptions(locale).find((option) => option.value === code)?.label ?? code;
}

/**
 * Every country the API accepts, named by `Intl.DisplayNames` and sorted by the locale's collation.
 * Cached per locale: 249 names are built once, not on every keystroke.
 */
export function countryOptions(locale: string): Option[] {
  let list = countryLists.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    const collator = new Intl.Collator(locale);
    list = countryCodes
      .map((code) => ({ value: code, label: names.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.label, b.label));
    countryLists.set(locale, list);
  }
  return list;
}

/** Lower case without accents, so `ø`/`o` differ but `é`/`e` match: what people expect when they type. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
