/**
 * Search folding: case- and accent-insensitive, so "soren" finds "Søren" and "kruger" finds "Krüger".
 * Letters that Unicode does not decompose (ø, æ, ß, ł) are mapped by hand.
 */
const NON_ASCII = /[\u0080-\uffff]/;
const COMBINING = /[\u0300-\u036f]/g;
const UNDECOMPOSED = /[øæœßđłþı]/g;
const REPLACEMENTS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

export function fold(value: string): string {
  const lower = value.toLowerCase();
  // Most seed values are ASCII: skipping `normalize` for them keeps seeding 100,000 units fast.
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(UNDECOMPOSED, (char) => REPLACEMENTS[char] ?? char);
}

/** Joins searchable fields with a separator no folded query contains, so a match never spans two fields. */
export const SEARCH_SEPARATOR = '\u0001';

export function searchText(values: readonly (string | undefined)[]): string {
  let out = '';
  for (const value of values) if (value) out += SEARCH_SEPARATOR + fold(value);
  return out;
}

/** The folded form of a `search` query, or '' when it asks for nothing. */
export function foldQuery(search: string | undefined): string {
  return search ? fold(search.trim()).split(SEARCH_SEPARATOR).join('') : '';
}

/** ASCII for e-mail addresses and domains, the way Nordic and German companies spell them (ø → oe, ü → ue). */
const ASCII_REPLACEMENTS: Record<string, string> = {
  ø: 'oe',
  æ: 'ae',
  å: 'aa',
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
};

export function asciiSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[øæåäöüßœłđ]/g, (char) => ASCII_REPLACEMENTS[char] ?? char)
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
