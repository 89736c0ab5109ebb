import {
  customerInputOf,
  readCustomers,
  targetKey,
  type ColumnTarget,
  type ContactShape,
  type CsvCustomer,
  type HeaderMapping,
} from '../../src/csv/index.js';
import { CustomerBulkRowSchema, matchName, matchPhone, type CustomerBulkRow } from '../../src/schemas/customer-bulk.js';
import type { Customer } from '../../src/schemas/customer.js';
import type { Violation } from '../../src/schemas/error.js';
import { validate } from '../../src/schemas/violations.js';
import { normalizePhone } from '../shared/phone.js';
import type { ParsedFile } from './parse-csv.js';

/** What the preview says a customer of the file will do. */
export type PlanStatus = 'new' | 'update' | 'duplicate' | 'error';
/** The user's answer for a possible duplicate; undefined until they give one. */
export type Decision = 'new' | 'skip';

/** One problem, at its file row (0-based data row) and column (index in the file, or null for the row). */
export interface CellProblem {
  row: number;
  column: number | null;
  violation: Violation;
}

export interface PlanEntry {
  /** Position in the plan (0-based). */
  index: number;
  /** Data rows of the file it came from (0-based; line = row + 2). */
  rows: readonly number[];
  body: CustomerBulkRow;
  status: PlanStatus;
  problems: CellProblem[];
  /** The customer a matched row updates, or the look-alikes of a possible duplicate. */
  matches: Customer[];
  /** A possible duplicate of an earlier row of the same file: that entry's line label (`7`, `7–9`). */
  sameAs?: string;
  decision?: Decision;
}

/** The file's line numbers of an entry: `7`, or `7–9` for a customer whose contacts are on rows of their own. */
export const lineLabel = (entry: PlanEntry): string => {
  const first = entry.rows[0]! + 2;
  const last = entry.rows[entry.rows.length - 1]! + 2;
  return first === last ? String(first) : `${first}–${last}`;
};

/** The contact shape a (possibly user-changed) set of targets implies. */
export function shapeOf(targets: readonly (ColumnTarget | null)[]): ContactShape {
  const contacts = targets.filter((target) => target?.scope === 'contact');
  if (!contacts.length) return 'none';
  return contacts.some((target) => target?.scope === 'contact' && target.slot !== null) ? 'numbered' : 'rows';
}

export const mappingOf = (targets: readonly (ColumnTarget | null)[]): HeaderMapping => ({
  targets,
  unrecognized: [],
  duplicates: [],
  contactShape: shapeOf(targets),
});

/** Typed phones (`12 34 56 78`, `0045…`) become E.164 with the row's country, as the wizard does. */
function withPhones(body: Record<string, unknown>): void {
  const country = (body['address'] as { country?: string } | undefined)?.country;
  if (typeof body['phone'] === 'string') body['phone'] = normalizePhone(body['phone'], country);
  for (const contact of (body['contacts'] as Record<string, unknown>[] | undefined) ?? []) {
    if (typeof contact['phone'] === 'string') contact['phone'] = normalizePhone(contact['phone'], country);
  }
}

/** The file column (and row) a violation's field path points at. */
function locate(
  read: CsvCustomer,
  field: string,
  targets: readonly (ColumnTarget | null)[],
  rowsOf: readonly string[][],
): { row: number; column: number | null } {
  const row = read.rows[0]!;
  const find = (key: string) => {
    const column = targets.findIndex((target) => target !== null && targetKey(target) === key);
    return column === -1 ? null : column;
  };
  const contact = /^contacts\[(\d+)\]\.?(\w*)/.exec(field);
  if (contact) {
    const index = Number(contact[1]);
    const field = contact[2] || 'name';
    const at = read.contacts[index];
    if (!at) return { row, column: null };
    if (shapeOf(targets) === 'rows') return { row: at.row, column: find(`contact.${field}`) };
    // Numbered: the index-th slot that has a value in this row.
    const cells = rowsOf[at.row] ?? [];
    const slots = [
      ...new Set(
        targets.flatMap((target, column) =>
          target?.scope === 'contact' && target.slot !== null && cells[column]?.trim() ? [target.slot] : [],
        ),
      ),
    ].sort((a, b) => a - b);
    return { row: at.row, column: find(`contact${slots[index] ?? 1}.${field}`) };
  }
  return { row, column: find(field.replace(/^address\./, '')) };
}

const SLICE = 1000;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every customer of the file, validated with the API's own row schema (`CustomerBulkRowSchema`, the same
 * zod rules the server applies), each problem placed at its row and cell. Matching is `classify`'s job.
 * Works in slices with a yield between them, so 100,000 rows never block the page.
 */
export async function checkPlan(
  file: ParsedFile,
  targets: readonly (ColumnTarget | null)[],
  onProgress?: (done: number) => void,
): Promise<PlanEntry[]> {
  const ragged = new Map(file.ragged.map((item) => [item.row, item.cells]));
  const read = await readInSlices(file.rows, mappingOf(targets));
  const plan: PlanEntry[] = [];
  for (let at = 0; at < read.length; at += SLICE) {
    if (at > 0) {
      onProgress?.(read[at]!.rows[0]!);
      await yieldToPage();
    }
    for (let i = at; i < Math.min(read.length, at + SLICE); i++)
      plan.push(checkOne(read[i]!, i, file, targets, ragged));
  }
  return plan;
}

/**
 * `readCustomers` costs ~25 µs a row, so 10,000 rows in one call held the page for ~250 ms. One customer per
 * row (numbered contacts, or none) can be read a slice at a time; the rows shape groups rows from anywhere in
 * the file into one customer, so it is read whole.
 */
async function readInSlices(rows: readonly string[][], mapping: HeaderMapping): Promise<CsvCustomer[]> {
  if (mapping.contactShape === 'rows') return readCustomers(rows, mapping);
  const out: CsvCustomer[] = [];
  for (let at = 0; at < rows.length; at += SLICE) {
    if (at > 0) await yieldToPage();
    for (const read of readCustomers(rows.slice(at, at + SLICE), mapping)) {
      out.push({
        rows: read.rows.map((row) => row + at),
        customer: read.customer,
        contacts: read.contacts.map((contact) => ({ ...contact, row: contact.row + at })),
      });
    }
  }
  return out;
}

function checkOne(
  read: CsvCustomer,
  index: number,
  file: ParsedFile,
  targets: readonly (ColumnTarget | null)[],
  ragged: ReadonlyMap<number, number>,
): PlanEntry {
  const { id, input } = customerInputOf(read);
  const body = { ...(id === undefined ? {} : { id }), ...input } as Record<string, unknown>;
  withPhones(body);
  const problems: CellProblem[] = [];
  for (const row of read.rows) {
    const cells = ragged.get(row);
    if (cells !== undefined) {
      const message = `Row has ${cells} cells; the header has ${file.headers.length}.`;
      problems.push({ row, column: null, violation: { field: '(row)', message, code: 'ragged' } });
    }
  }
  const checked = validate(CustomerBulkRowSchema, body);
  if (!checked.ok) {
    for (const violation of checked.violations) {
      problems.push({ ...locate(read, violation.field, targets, file.rows), violation });
    }
  }
  return {
    index,
    rows: read.rows,
    body: (checked.ok ? checked.value : body) as CustomerBulkRow,
    status: problems.length ? 'error' : 'new',
    problems,
    matches: [],
  };
}

/** The keys to look up, each once. */
export function lookupKeys(plan: readonly PlanEntry[]) {
  const ids = new Set<string>();
  const externalReferences = new Set<string>();
  const names = new Set<string>();
  const phones = new Set<string>();
  for (const { body, status } of plan) {
    if (status === 'error') continue;
    if (body.id) ids.add(body.id);
    if (body.externalReference) externalReferences.add(body.externalReference);
    if (body.name) names.add(body.name);
    if (body.phone) phones.add(body.phone);
  }
  return { ids: [...ids], externalReferences: [...externalReferences], names: [...names], phones: [...phones] };
}

/**
 * Marks rows against the customers found: the same id or external reference is an `update`; only the same
 * normalised name or phone is a possible `duplicate`, left for the user to decide, never merged. A row
 * naming an id no customer has is an error (the server would refuse it).
 */
export function classify(plan: PlanEntry[], found: readonly Customer[]): void {
  const byId = new Map(found.map((customer) => [customer.id, customer]));
  const byReference = new Map<string, Customer>();
  const byName = new Map<string, Customer[]>();
  const byPhone = new Map<string, Customer[]>();
  const push = (map: Map<string, Customer[]>, key: string, customer: Customer) => {
    if (key) map.set(key, [...(map.get(key) ?? []), customer]);
  };
  for (const customer of found) {
    if (customer.externalReference) byReference.set(customer.externalReference.toLowerCase(), customer);
    push(byName, matchName(customer.name), customer);
    if (customer.phone) push(byPhone, matchPhone(customer.phone), customer);
  }
  const inFile = fileDuplicates();
  for (const entry of plan) {
    if (entry.status === 'error') continue;
    const { body } = entry;
    if (body.id !== undefined) {
      const customer = byId.get(body.id);
      if (customer) Object.assign(entry, { status: 'update', matches: [customer] });
      else {
        entry.status = 'error';
        const violation = { field: 'id', message: 'No customer has this id.', code: 'unknown_id' };
        entry.problems.push({ row: entry.rows[0]!, column: null, violation });
      }
      continue;
    }
    const referenced = body.externalReference ? byReference.get(body.externalReference.toLowerCase()) : undefined;
    if (referenced) {
      Object.assign(entry, { status: 'update', matches: [referenced] });
      continue;
    }
    const alike = [
      ...(byName.get(matchName(body.name)) ?? []),
      ...(body.phone ? (byPhone.get(matchPhone(body.phone)) ?? []) : []),
    ];
    const unique = [...new Map(alike.map((customer) => [customer.id, customer])).values()];
    const sameAs = inFile.earlier(entry);
    if (unique.length || sameAs !== undefined) {
      Object.assign(entry, { status: 'duplicate', matches: unique, ...(sameAs === undefined ? {} : { sameAs }) });
    }
    inFile.remember(entry);
  }
}

/**
 * Rows the file itself repeats: two rows with the same external reference, normalised name or phone would both
 * be created. The first stays new; each later one is a possible duplicate of it, for the user to decide.
 */
function fileDuplicates() {
  const first = new Map<string, string>();
  const keysOf = (body: CustomerBulkRow): string[] => [
    ...(body.externalReference ? [`ref\u0000${body.externalReference.toLowerCase()}`] : []),
    `name\u0000${matchName(body.name)}`,
    ...(body.phone ? [`phone\u0000${matchPhone(body.phone)}`] : []),
  ];
  return {
    earlier(entry: PlanEntry): string | undefined {
      for (const key of keysOf(entry.body)) {
        const line = first.get(key);
        if (line !== undefined) return line;
      }
      return undefined;
    },
    remember(entry: PlanEntry): void {
      for (const key of keysOf(entry.body)) if (!first.has(key)) first.set(key, lineLabel(entry));
    },
  };
}

export interface PlanSummary {
  created: number;
  updated: number;
  errors: number;
  duplicates: number;
  /** Possible duplicates still without a decision. */
  undecided: number;
}

export function summarize(plan: readonly PlanEntry[]): PlanSummary {
  const summary = { created: 0, updated: 0, errors: 0, duplicates: 0, undecided: 0 };
  for (const entry of plan) {
    if (entry.status === 'new') summary.created++;
    else if (entry.status === 'update') summary.updated++;
    else if (entry.status === 'error') summary.errors++;
    else {
      summary.duplicates++;
      if (entry.decision === undefined) summary.undecided++;
    }
  }
  return summary;
}

/** What is sent: new and update rows, and possible duplicates the user chose to import as new. */
export const rowsToSend = (plan: readonly PlanEntry[]): PlanEntry[] =>
  plan.filter(
    (entry) =>
      entry.status === 'new' || entry.status === 'update' || (entry.status === 'duplicate' && entry.decision === 'new'),
  );
