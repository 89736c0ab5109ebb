import { CONTACT_ALIASES, CUSTOMER_ALIASES } from './aliases.js';
import {
  CONTACT_COLUMNS,
  CONTACT_SLOT_WORDS,
  CUSTOMER_COLUMNS,
  type ColumnTarget,
  type ContactColumn,
} from './columns.js';

/**
 * A header as recognition compares it: Unicode-compatible form, lower case, diacritics dropped, the Danish
 * letters spelled out (`æ` → `ae`, `ø` → `o`, `å` → `a`), and everything but letters and digits removed. So
 * `E-mail`, `e_mail`, ` EMAIL ` and `E‑mail` (non-breaking hyphen) are one header, and so are `Postnr.` and
 * `Post nr`, or `Bemærkning` and `Bemaerkning`.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const byName = /* @__PURE__ */ (() => {
  const names = new Map<string, ColumnTarget>();
  const add = (header: string, target: ColumnTarget) => {
    const key = normalizeHeader(header);
    if (!names.has(key)) names.set(key, target);
  };
  // Headers before aliases, customer columns before contact ones: `E-mail` is the customer's, `Title` the contact's.
  for (const column of CUSTOMER_COLUMNS) {
    const target: ColumnTarget = { scope: 'customer', field: column.field };
    add(column.header.en, target);
    add(column.header.da, target);
    // The API's own field names too (`externalReference`, `address.postalCode`), for files made by scripts.
    add(column.field, target);
    add(`address.${column.field}`, target);
  }
  for (const column of CONTACT_COLUMNS) {
    const target: ColumnTarget = { scope: 'contact', field: column.field, slot: null };
    add(column.header.en, target);
    add(column.header.da, target);
  }
  for (const column of CUSTOMER_COLUMNS) {
    for (const alias of CUSTOMER_ALIASES[column.field]) add(alias, { scope: 'customer', field: column.field });
  }
  for (const column of CONTACT_COLUMNS) {
    for (const alias of CONTACT_ALIASES[column.field]) {
      add(alias, { scope: 'contact', field: column.field, slot: null });
    }
  }
  return names;
})();

const SLOT_ALIASES: Readonly<Record<ContactColumn, readonly string[]>> = {
  name: [],
  email: ['mail', 'email address', 'e-mailadresse'],
  phone: ['tel', 'telephone', 'tlf'],
  title: ['job title', 'stilling'],
};

const slotWords = /* @__PURE__ */ (() => {
  const words = new Map<string, ContactColumn>();
  for (const [field, names] of Object.entries(CONTACT_SLOT_WORDS) as [ContactColumn, Record<string, string>][]) {
    for (const word of [...Object.values(names), ...SLOT_ALIASES[field]]) words.set(normalizeHeader(word), field);
  }
  return words;
})();

/** `Contact 2 e-mail`, `Kontakt 2 telefon`, `Contact e-mail 2`, `Kontaktperson 3` (the name) → a slot target. */
function slotTarget(key: string): ColumnTarget | null {
  const match = /^(?:contactperson|contact|kontaktperson|kontakt)(?:(\d+)(\p{L}*)|(\p{L}*?)(\d+))$/u.exec(key);
  if (!match) return null;
  const slot = Number(match[1] ?? match[4]);
  const word = match[2] ?? match[3] ?? '';
  if (slot < 1) return null;
  const field = word === '' ? 'name' : slotWords.get(word);
  return field ? { scope: 'contact', field, slot } : null;
}

/** What one header means, without looking at the others; `null` when it names no column. */
export function recognizeHeader(header: string): ColumnTarget | null {
  const key = normalizeHeader(header);
  if (key === '') return null;
  return byName.get(key) ?? slotTarget(key);
}

/** How a file carries contacts: one per row, numbered columns, or none. */
export type ContactShape = 'rows' | 'numbered' | 'none';

export interface HeaderMapping {
  /** One entry per header, in file order: where that column goes, or `null` (ignored). */
  readonly targets: readonly (ColumnTarget | null)[];
  /** Indexes of headers that name no column. */
  readonly unrecognized: readonly number[];
  /** Indexes of headers that name a column an earlier header already took (mapped to `null`). */
  readonly duplicates: readonly number[];
  readonly contactShape: ContactShape;
}

const sameTarget = (a: ColumnTarget, b: ColumnTarget) =>
  a.scope === b.scope && a.field === b.field && (a.scope === 'customer' || a.slot === (b as typeof a).slot);

/**
 * Recognises a file's header row in English and Danish. The first header naming a column takes it; a
 * later one naming the same column is left unmapped and listed in `duplicates`. A file with numbered
 * contact columns is read in the numbered shape; then plain contact headers (`Title`) are left unmapped.
 */
export function recognizeHeaders(headers: readonly string[]): HeaderMapping {
  const raw = headers.map(recognizeHeader);
  const numbered = raw.some((t) => t?.scope === 'contact' && t.slot !== null);
  const targets: (ColumnTarget | null)[] = [];
  const unrecognized: number[] = [];
  const duplicates: number[] = [];
  raw.forEach((target, index) => {
    if (target === null || (numbered && target.scope === 'contact' && target.slot === null)) {
      unrecognized.push(index);
      targets.push(null);
    } else if (targets.some((taken) => taken !== null && sameTarget(taken, target))) {
      duplicates.push(index);
      targets.push(null);
    } else {
      targets.push(target);
    }
  });
  const hasContacts = targets.some((t) => t?.scope === 'contact');
  return { targets, unrecognized, duplicates, contactShape: !hasContacts ? 'none' : numbered ? 'numbered' : 'rows' };
}
