import type { Contact } from '../schemas/contact.js';
import type { Customer, CustomerType } from '../schemas/customer.js';
import type { ColumnTarget, ContactColumn, CustomerColumn } from './columns.js';
import { readCell } from './cells.js';
import type { HeaderMapping } from './headers.js';
import { normalizeHeader } from './headers.js';

/** What a customer or contact row carries in the file: text per column, before any validation. */
export type CustomerCells = Partial<Record<CustomerColumn, string>>;
export type ContactCells = Partial<Record<ContactColumn, string>>;

type ContactLike = Pick<Contact, 'name' | 'email' | 'phone' | 'title'>;

function customerValue(customer: Customer, field: CustomerColumn): string | undefined {
  switch (field) {
    case 'street':
    case 'postalCode':
    case 'city':
    case 'region':
    case 'country':
      return customer.address?.[field];
    default:
      return customer[field];
  }
}

/**
 * A customer's cells for the given columns (`exportTargets()`), raw: `writeRow` neutralises and quotes them.
 * With a contact, its fields fill the contact columns; without, they are empty.
 */
export function customerRow(customer: Customer, targets: readonly ColumnTarget[], contact?: ContactLike): string[] {
  return targets.map((target) => {
    if (target.scope === 'customer') return customerValue(customer, target.field) ?? '';
    return (contact?.[target.field] as string | undefined) ?? '';
  });
}

/** One customer read from a file: its cells, its contacts, and the rows (0-based, header excluded) it came from. */
export interface CsvCustomer {
  readonly rows: readonly number[];
  readonly customer: CustomerCells;
  readonly contacts: readonly { readonly row: number; readonly cells: ContactCells }[];
}

/** A cell as the file meant it: our formula guard removed, surrounding space trimmed; empty → absent. */
const cellValue = (cell: string | undefined): string | undefined => {
  const value = cell === undefined ? '' : readCell(cell).trim();
  return value === '' ? undefined : value;
};

const isEmpty = (cells: object) => Object.keys(cells).length === 0;

/**
 * Data rows (no header) → customers, by a mapping from `recognizeHeaders` (possibly changed by the user).
 * Numbered shape: one customer per row. Rows shape: rows with the same `Customer ID`, else the same
 * `External reference`, else the same customer cells are one customer (its first row's cells win), each row
 * adding its contact when it has contact cells. Blank rows are skipped.
 */
export function readCustomers(rows: readonly (readonly string[])[], mapping: HeaderMapping): CsvCustomer[] {
  const result: { rows: number[]; customer: CustomerCells; contacts: { row: number; cells: ContactCells }[] }[] = [];
  const byKey = new Map<string, (typeof result)[number]>();
  rows.forEach((cells, row) => {
    const customer: CustomerCells = {};
    const contacts = new Map<number, ContactCells>();
    mapping.targets.forEach((target, column) => {
      const value = target ? cellValue(cells[column]) : undefined;
      if (target === null || value === undefined) return;
      if (target.scope === 'customer') customer[target.field] = value;
      else {
        const slot = target.slot ?? 0;
        contacts.set(slot, { ...contacts.get(slot), [target.field]: value });
      }
    });
    const rowContacts = [...contacts.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, contact]) => ({ row, cells: contact }));
    if (isEmpty(customer) && rowContacts.length === 0) return;
    const key =
      mapping.contactShape !== 'rows'
        ? undefined
        : customer.id
          ? `id:${customer.id}`
          : customer.externalReference
            ? `ref:${customer.externalReference}`
            : `cells:${JSON.stringify(customer)}`;
    const known = key === undefined ? undefined : byKey.get(key);
    if (known) {
      known.rows.push(row);
      known.contacts.push(...rowContacts);
      return;
    }
    const entry = { rows: [row], customer, contacts: rowContacts };
    result.push(entry);
    if (key !== undefined) byKey.set(key, entry);
  });
  return result;
}

/** Type names a file may use besides the codes, in English and Danish (the UI's labels). */
const TYPE_NAMES: Readonly<Record<CustomerType, readonly string[]>> = {
  CONTRACTOR: ['Contractor', 'Entreprenør'],
  DEALER: ['Dealer', 'Forhandler'],
  DISTRIBUTOR: ['Distributor', 'Distributør'],
  OEM: ['OEM/Manufacturer', 'Manufacturer', 'OEM/Producent', 'Producent'],
  RENTAL: ['Rental', 'Udlejning'],
  SERVICE: ['Service provider', 'Service', 'Serviceudbyder'],
  OTHER: ['Other', 'Andet'],
};

const typeByName = /* @__PURE__ */ (() => {
  const names = new Map<string, CustomerType>();
  // The keys rather than the schema's list: importing the schema module would bring zod to the elements.
  for (const type of Object.keys(TYPE_NAMES) as CustomerType[]) {
    names.set(normalizeHeader(type), type);
    for (const name of TYPE_NAMES[type]) names.set(normalizeHeader(name), type);
  }
  return names;
})();

/** A type cell → the type code (`Udlejning`, `rental` → `RENTAL`); unknown text is returned as it is. */
export const readCustomerType = (cell: string): string => typeByName.get(normalizeHeader(cell)) ?? cell;

/**
 * The body of a create (`CustomerInput` shape, unvalidated) for one customer read from a file: address cells
 * under `address`, type names as codes, contacts in file order. `id` is not part of it: it says which
 * customer to update.
 */
export function customerInputOf(read: CsvCustomer): {
  id?: string;
  input: Record<string, unknown> & { name?: string; contacts?: ContactCells[] };
} {
  const { id, street, postalCode, city, region, country, type, ...rest } = read.customer;
  const address = Object.fromEntries(
    Object.entries({ street, postalCode, city, region, country }).filter(([, v]) => v !== undefined),
  );
  const input: Record<string, unknown> = { ...rest };
  if (type !== undefined) input.type = readCustomerType(type);
  if (!isEmpty(address)) input.address = address;
  if (read.contacts.length > 0) input.contacts = read.contacts.map((c) => c.cells);
  return { ...(id === undefined ? {} : { id }), input };
}
