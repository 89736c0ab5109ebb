import { BOM, writeRow, type CsvSeparator } from './cells.js';
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  headerOf,
  type ColumnTarget,
  type ContactColumn,
  type CsvLanguage,
} from './columns.js';

export interface TemplateOptions {
  language?: CsvLanguage;
  separator?: CsvSeparator;
  /** `rows` (default): one row per contact, as export writes; `numbered`: `Contact 1 …`, `Contact 2 …` columns. */
  contacts?: 'rows' | 'numbered' | 'none';
  /** How many numbered contacts (default 2). */
  contactSlots?: number;
  /** Add one example row (default false: a template row left in would be imported). */
  example?: boolean;
  /** Start with a BOM (default true), so Excel reads the Danish letters right. */
  bom?: boolean;
}

/** The template's columns: every customer column but `id` (new customers have none), then the contact ones. */
export function templateTargets({ contacts = 'rows', contactSlots = 2 }: TemplateOptions = {}): ColumnTarget[] {
  const customer = CUSTOMER_COLUMNS.filter((c) => c.field !== 'id').map((c): ColumnTarget => ({
    scope: 'customer',
    field: c.field,
  }));
  const contact = (slot: number | null) =>
    CONTACT_COLUMNS.map((c): ColumnTarget => ({ scope: 'contact', field: c.field, slot }));
  if (contacts === 'none') return customer;
  if (contacts === 'rows') return [...customer, ...contact(null)];
  return [...customer, ...Array.from({ length: contactSlots }, (_, i) => contact(i + 1)).flat()];
}

const EXAMPLE_CUSTOMER: Record<string, string> = {
  externalReference: 'ERP-1001',
  name: 'Hansen Maskinudlejning A/S',
  street: 'Industrivej 12',
  postalCode: '8000',
  city: 'Aarhus C',
  region: '',
  country: 'DK',
  phone: '+4512345678',
  email: 'info@hansen-maskiner.dk',
  website: 'https://hansen-maskiner.dk',
  type: 'RENTAL',
  note: '',
};
const EXAMPLE_CONTACT: Record<ContactColumn, string> = {
  name: 'Mette Sørensen',
  email: 'mette@hansen-maskiner.dk',
  phone: '+4587654321',
  title: 'Fleet manager',
};

/** The downloadable template: a header row (and an example row when asked) as one CSV string. */
export function csvTemplate(options: TemplateOptions = {}): string {
  const { language = 'en', separator = ',', bom = true, example = false } = options;
  const targets = templateTargets(options);
  let text =
    (bom ? BOM : '') +
    writeRow(
      targets.map((t) => headerOf(t, language)),
      separator,
    );
  if (example) {
    const cells = targets.map((t) =>
      t.scope === 'customer'
        ? (EXAMPLE_CUSTOMER[t.field] ?? '')
        : t.slot === null || t.slot === 1
          ? EXAMPLE_CONTACT[t.field]
          : '',
    );
    text += writeRow(cells, separator);
  }
  return text;
}

/** The template's file name: `customer-template.csv`, `kunde-skabelon.csv`. */
export const templateFileName = (language: CsvLanguage = 'en'): string =>
  language === 'da' ? 'kunder-skabelon.csv' : 'customers-template.csv';
