/**
 * The one CSV column model of fleet-customers: which columns a customer file has, what they are called in
 * English and Danish, and which other names a spreadsheet may use for them. Export writes these columns, the
 * template lists them, and import recognises them; no DOM, so the SDK, the elements and Node share it.
 *
 * Two shapes carry contacts (`recognizeHeaders` tells which one a file has):
 * - **rows** (what export writes): one row per contact, the customer's cells repeated on each, in the
 *   columns `Contact name`, `Contact e-mail`, `Contact phone`, `Contact title`. A customer without contacts
 *   is one row with those cells empty. Rows of one customer share its `Customer ID` or `External reference`.
 * - **numbered** (wide, hand-made sheets): one row per customer with `Contact 1 name`, `Contact 1 e-mail`,
 *   `Contact 1 phone`, `Contact 1 title`, `Contact 2 name`, ... (Danish `Kontakt 1 navn`, `Kontakt 1 e-mail`,
 *   `Kontakt 1 telefon`, `Kontakt 1 titel`).
 */

/** Languages a file's headers are written in (both are always recognised on import). */
export type CsvLanguage = 'en' | 'da';

/** A customer column: the API field it holds (`street` … `country` are `address.*`). */
export type CustomerColumn =
  | 'id'
  | 'externalReference'
  | 'name'
  | 'street'
  | 'postalCode'
  | 'city'
  | 'region'
  | 'country'
  | 'phone'
  | 'email'
  | 'website'
  | 'type'
  | 'note';

/** A contact column: the contact field it holds. */
export type ContactColumn = 'name' | 'email' | 'phone' | 'title';

/**
 * Where a file's column goes. `slot` is `null` in the rows shape (one contact per row) and the contact's
 * 1-based number in the numbered shape (`Contact 2 e-mail` → `{ scope: 'contact', field: 'email', slot: 2 }`).
 */
export type ColumnTarget =
  | { readonly scope: 'customer'; readonly field: CustomerColumn }
  | { readonly scope: 'contact'; readonly field: ContactColumn; readonly slot: number | null };

interface ColumnDefinition<F extends string> {
  readonly field: F;
  /** The header export and the template write. */
  readonly header: Readonly<Record<CsvLanguage, string>>;
}

/**
 * Customer columns in file order. `id` is the API's id: export writes it so a re-import updates exactly the
 * customer it came from (a new customer leaves it empty); `externalReference` is the caller's own key.
 * `country` holds an ISO 3166-1 alpha-2 code (`DK`), `type` a customer type code (`RENTAL`).
 */
export const CUSTOMER_COLUMNS: readonly ColumnDefinition<CustomerColumn>[] = [
  { field: 'id', header: { en: 'Customer ID', da: 'Kunde-ID' } },
  { field: 'externalReference', header: { en: 'External reference', da: 'Ekstern reference' } },
  { field: 'name', header: { en: 'Name', da: 'Navn' } },
  { field: 'street', header: { en: 'Address', da: 'Adresse' } },
  { field: 'postalCode', header: { en: 'Postal code', da: 'Postnummer' } },
  { field: 'city', header: { en: 'City', da: 'By' } },
  { field: 'region', header: { en: 'Region', da: 'Region' } },
  { field: 'country', header: { en: 'Country', da: 'Land' } },
  { field: 'phone', header: { en: 'Phone', da: 'Telefon' } },
  { field: 'email', header: { en: 'E-mail', da: 'E-mail' } },
  { field: 'website', header: { en: 'Website', da: 'Websted' } },
  { field: 'type', header: { en: 'Customer type', da: 'Kundetype' } },
  { field: 'note', header: { en: 'Note', da: 'Note' } },
];

/** Contact columns of the rows shape, in file order (after the customer columns). */
export const CONTACT_COLUMNS: readonly ColumnDefinition<ContactColumn>[] = [
  { field: 'name', header: { en: 'Contact name', da: 'Kontaktnavn' } },
  { field: 'email', header: { en: 'Contact e-mail', da: 'Kontakt e-mail' } },
  { field: 'phone', header: { en: 'Contact phone', da: 'Kontakttelefon' } },
  { field: 'title', header: { en: 'Contact title', da: 'Kontakttitel' } },
];

/** The words after `Contact N` in the numbered shape (`Contact 2 e-mail`, `Kontakt 2 telefon`). */
export const CONTACT_SLOT_WORDS: Readonly<Record<ContactColumn, Readonly<Record<CsvLanguage, string>>>> = {
  name: { en: 'name', da: 'navn' },
  email: { en: 'e-mail', da: 'e-mail' },
  phone: { en: 'phone', da: 'telefon' },
  title: { en: 'title', da: 'titel' },
};

const CONTACT_WORD = { en: 'Contact', da: 'Kontakt' } as const;

/** The header a target is written with: `Postal code`, `Kontakt 2 e-mail`. */
export function headerOf(target: ColumnTarget, language: CsvLanguage = 'en'): string {
  if (target.scope === 'customer') return CUSTOMER_COLUMNS.find((c) => c.field === target.field)!.header[language];
  if (target.slot === null) return CONTACT_COLUMNS.find((c) => c.field === target.field)!.header[language];
  return `${CONTACT_WORD[language]} ${target.slot} ${CONTACT_SLOT_WORDS[target.field][language]}`;
}

/** A stable string for a target (for `<select>` values and maps): `name`, `contact.email`, `contact2.email`. */
export function targetKey(target: ColumnTarget): string {
  if (target.scope === 'customer') return target.field;
  return `contact${target.slot ?? ''}.${target.field}`;
}

/** The inverse of `targetKey`; `null` for a key that names no column. */
export function parseTargetKey(key: string): ColumnTarget | null {
  const contact = /^contact(\d*)\.(name|email|phone|title)$/.exec(key);
  if (contact) {
    const slot = contact[1] ? Number(contact[1]) : null;
    if (slot === 0) return null;
    return { scope: 'contact', field: contact[2] as ContactColumn, slot };
  }
  const column = CUSTOMER_COLUMNS.find((c) => c.field === key);
  return column ? { scope: 'customer', field: column.field } : null;
}

/** The columns export writes: the customer's, then (with contacts) the rows shape's contact columns. */
export function exportTargets({ withContacts = false } = {}): ColumnTarget[] {
  const customer = CUSTOMER_COLUMNS.map((c): ColumnTarget => ({ scope: 'customer', field: c.field }));
  if (!withContacts) return customer;
  return [...customer, ...CONTACT_COLUMNS.map((c): ColumnTarget => ({ scope: 'contact', field: c.field, slot: null }))];
}
