import * as z from 'zod/mini';
import { sortError, timestampSchema } from './common.js';
import { LastAssignmentSchema } from './history.js';
import { openEnum } from './open-enum.js';

export const ASSET_TYPES = ['MACHINE', 'VEHICLE', 'EQUIPMENT', 'TOOL', 'ATTACHMENT', 'GATEWAY', 'OTHER'] as const;
/** `any`: every unit; `none`: units with no customer; `other`: units of a customer other than `customerId`. */
export const ASSIGNMENT_FILTERS = ['any', 'none', 'other'] as const;

export const AssetTypeSchema = z.enum(ASSET_TYPES);

export const EquipmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  brand: z.optional(z.string()),
  model: z.optional(z.string()),
  type: z.optional(z.string()),
  assetType: openEnum(ASSET_TYPES),
  serialNumber: z.optional(z.string()),
  externalReference: z.optional(z.string()),
  productionYear: z.optional(z.int()),
  operatingHours: z.optional(z.number()),
  lastSeenAt: z.optional(timestampSchema),
  customer: z.nullable(z.object({ id: z.string(), name: z.string() })),
  /** The latest customer the unit was assigned to (it may hold it still); absent when it never had one. */
  lastAssignment: z.optional(LastAssignmentSchema),
});

export const EquipmentSortSchema = z.enum(
  [
    'name',
    '-name',
    'brand',
    '-brand',
    'type',
    '-type',
    'serialNumber',
    '-serialNumber',
    'productionYear',
    '-productionYear',
    'operatingHours',
    '-operatingHours',
    'lastSeenAt',
    '-lastSeenAt',
  ],
  sortError,
);

export const AssignmentFilterSchema = z.enum(ASSIGNMENT_FILTERS);

const facet = z.object({ value: z.string(), count: z.int() });
/** The values the fleet's filters can take, with counts: for the picker's brand and asset type filters. */
export const EquipmentFacetsSchema = z.object({ brands: z.array(facet), assetTypes: z.array(facet) });

export type AssetType = (typeof ASSET_TYPES)[number];
export type Equipment = z.output<typeof EquipmentSchema>;
export type EquipmentSort = z.output<typeof EquipmentSortSchema>;
export type AssignmentFilter = z.output<typeof AssignmentFilterSchema>;
export type EquipmentFacets = z.output<typeof EquipmentFacetsSchema>;
