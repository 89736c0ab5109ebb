import type { Customer, CustomerPatch } from '../../src/schemas/customer.js';
import {
  COMPANY_FIELD_PATHS,
  companyValues,
  valueAt,
  type CompanyDraft,
  type CompanyFieldPath,
  type CompanyValues,
} from '../shared/company-draft.js';

/** Top-level fields a PATCH can carry; the address is one field, replaced as a whole. */
const PLAIN_FIELDS = ['name', 'type', 'externalReference', 'phone', 'email', 'website', 'note'] as const;

/** The field paths whose value differs between two versions of the editable fields. */
export function differingPaths(
  a: Partial<CompanyValues> | Customer,
  b: Partial<CompanyValues> | Customer,
): CompanyFieldPath[] {
  return COMPANY_FIELD_PATHS.filter((path) => valueAt(a, path) !== valueAt(b, path));
}

/**
 * Only what the user changed, against the version the edit started from: a field cleared becomes `null` (the
 * API's "remove"), the name stays a string (an empty one is then reported as required by the schema), and any
 * change inside the address sends the whole address, because the API replaces it as one value.
 */
export function patchOf(draft: CompanyDraft, base: Customer): CustomerPatch {
  const next = companyValues(draft);
  const patch: Record<string, unknown> = {};
  for (const field of PLAIN_FIELDS) {
    const before = base[field] || undefined;
    const after = next[field] || undefined;
    if (before === after) continue;
    patch[field] = field === 'name' ? next.name : (after ?? null);
  }
  if (differingPaths(next, base).some((path) => path.startsWith('address.'))) patch['address'] = next.address ?? null;
  return patch as CustomerPatch;
}

/**
 * Whether a 412's `current` already holds exactly this edit and nothing else changed: the save went through and
 * only its answer was lost (the SDK's retry of a PATCH with If-Match then gets a 412), so it is not a conflict.
 */
export function alreadyApplied(base: Customer, current: Customer, draft: CompanyDraft): boolean {
  const mine = companyValues(draft);
  const theirs = differingPaths(base, current);
  return theirs.length > 0 && differingPaths(mine, current).length === 0;
}
