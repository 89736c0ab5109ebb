import * as z from 'zod/mini';
import { CustomerSortSchema, CustomerTypeSchema } from './customer.js';
import { ContactSortSchema } from './contact.js';
import { AssetTypeSchema, AssignmentFilterSchema, EquipmentSortSchema } from './equipment.js';
import { atSchema } from './history.js';
import { PAGE_LIMIT_MAX } from './page.js';

/**
 * Query parameters of the list endpoints, as typed values. On the wire every value is a string and lists are
 * comma-separated (`type=DEALER,RENTAL`).
 */
const paging = {
  limit: z.optional(
    z.int().check(z.gte(1, { error: 'At least 1.' }), z.lte(PAGE_LIMIT_MAX, { error: `At most ${PAGE_LIMIT_MAX}.` })),
  ),
  cursor: z.optional(z.string()),
  /**
   * Rows to skip from the start, instead of a cursor: a jump to a far page in one request (a scrollbar dragged
   * to row 60,000). Keyset cursors stay the way to read on from there, since rows added meanwhile shift offsets.
   */
  offset: z.optional(z.int().check(z.gte(0, { error: 'At least 0.' }))),
  search: z.optional(z.string().check(z.maxLength(200, { error: 'At most 200 characters.' }))),
};

export const CustomerListQuerySchema = z.object({
  ...paging,
  type: z.optional(z.array(CustomerTypeSchema)),
  sort: z.optional(CustomerSortSchema),
});

export const ContactListQuerySchema = z.object({ ...paging, sort: z.optional(ContactSortSchema) });

export const EquipmentListQuerySchema = z.object({
  ...paging,
  type: z.optional(z.array(z.string())),
  assetType: z.optional(z.array(AssetTypeSchema)),
  brand: z.optional(z.array(z.string())),
  assignment: z.optional(AssignmentFilterSchema),
  customerId: z.optional(z.string()),
  sort: z.optional(EquipmentSortSchema),
});

export type CustomerListQuery = z.input<typeof CustomerListQuerySchema>;
export type ContactListQuery = z.input<typeof ContactListQuerySchema>;
export type EquipmentListQuery = z.input<typeof EquipmentListQuerySchema>;
/**
 * A customer's own equipment: the same filters, less the fleet-wide ones, plus `at`: the units the customer
 * held on that day (`2026-12-03`, any time of that UTC day) or at that instant (a date-time with a zone).
 */
export type CustomerEquipmentQuery = Omit<EquipmentListQuery, 'assignment' | 'customerId'> & { at?: string };

export const CustomerEquipmentListQuerySchema = z.extend(EquipmentListQuerySchema, { at: z.optional(atSchema) });
