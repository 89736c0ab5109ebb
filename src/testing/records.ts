import type { Address, Customer } from '../schemas/customer.js';
import type { Contact } from '../schemas/contact.js';
import type { NotificationPreferences } from '../schemas/notification.js';
import type { Equipment } from '../schemas/equipment.js';
import { fold, SEARCH_SEPARATOR } from './text.js';

/** Stored customer: the API fields less the live counts, plus its folded search text. */
export interface CustomerRecord {
  id: string;
  name: string;
  type: string;
  externalReference?: string;
  phone?: string;
  email?: string;
  website?: string;
  address?: Address;
  note?: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  search: string;
}

export interface ContactRecord {
  id: string;
  customerId: string;
  name: string;
  email?: string;
  phone?: string;
  title?: string;
  /** Filled with the defaults when a record is stored without them (seeded and fixture contacts). */
  notifications?: NotificationPreferences;
  createdAt: string;
  updatedAt: string;
  version: number;
  search: string;
}

export interface EquipmentRecord {
  id: string;
  name: string;
  brand?: string;
  model?: string;
  type?: string;
  assetType: string;
  serialNumber?: string;
  externalReference?: string;
  productionYear?: number;
  operatingHours?: number;
  /**
   * Epoch ms, formatted only when sent: formatting 100,000 dates was a tenth of the seeding time, and numbers
   * sort much faster than ISO strings that share a long prefix.
   */
  lastSeenAt?: number;
  customerId: string | null;
  /** Index in `Store.units` (creation order, which is also id order). */
  position: number;
  search: string;
  /** Folded sort keys, computed once per unit, so sorting 100,000 units compares plain strings. */
  nameKey: string;
  brandKey: string | null;
  typeKey: string | null;
  serialKey: string | null;
}

/** What describes a unit; the rest of `EquipmentRecord` is derived from it. */
export type EquipmentFields = Omit<
  EquipmentRecord,
  'position' | 'search' | 'nameKey' | 'brandKey' | 'typeKey' | 'serialKey'
>;

/**
 * Adds the folded search text and sort keys. Optional fields stay present as `undefined`: 100,000 objects of
 * one shape, built in one literal, seed several times faster than objects built with spreads.
 */
export function equipmentRecord(unit: EquipmentFields): EquipmentRecord {
  const nameKey = fold(unit.name);
  const brandKey = unit.brand === undefined ? null : foldShort(unit.brand);
  const serialKey = unit.serialNumber === undefined ? null : fold(unit.serialNumber);
  // `join` makes a flat string; `+=` would make a rope that the first search has to flatten, 100,000 times.
  const search = [
    '',
    nameKey,
    serialKey ?? '',
    unit.externalReference === undefined ? '' : fold(unit.externalReference),
    brandKey ?? '',
    unit.model === undefined ? '' : foldShort(unit.model),
  ].join(SEARCH_SEPARATOR);
  return {
    id: unit.id,
    name: unit.name,
    brand: unit.brand,
    model: unit.model,
    type: unit.type,
    assetType: unit.assetType,
    serialNumber: unit.serialNumber,
    externalReference: unit.externalReference,
    productionYear: unit.productionYear,
    operatingHours: unit.operatingHours,
    lastSeenAt: unit.lastSeenAt,
    customerId: unit.customerId,
    position: -1,
    search,
    nameKey,
    brandKey,
    typeKey: unit.type === undefined ? null : foldShort(unit.type),
    serialKey,
  };
}

// Brands, models and kinds repeat across the fleet: one folded copy each instead of 100,000.
const shortFolds = new Map<string, string>();
function foldShort(value: string): string {
  let folded = shortFolds.get(value);
  if (folded === undefined) {
    folded = fold(value);
    if (shortFolds.size < 10_000) shortFolds.set(value, folded);
  }
  return folded;
}

/** Copies only the defined values, in a fixed key order: the JSON, and so the ETag, must be stable. */
function defined<T extends object>(entries: [keyof T, unknown][]): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) out[key as string] = value;
  return out as T;
}

export function toCustomer(record: CustomerRecord, contactCount: number, equipmentCount: number): Customer {
  return defined<Customer>([
    ['id', record.id],
    ['name', record.name],
    ['type', record.type],
    ['externalReference', record.externalReference],
    ['phone', record.phone],
    ['email', record.email],
    ['website', record.website],
    ['address', record.address ? { ...record.address } : undefined],
    ['note', record.note],
    ['contactCount', contactCount],
    ['equipmentCount', equipmentCount],
    ['createdAt', record.createdAt],
    ['updatedAt', record.updatedAt],
    ['version', record.version],
  ]);
}

export function toContact(record: ContactRecord): Contact {
  return defined<Contact>([
    ['id', record.id],
    ['customerId', record.customerId],
    ['name', record.name],
    ['email', record.email],
    ['phone', record.phone],
    ['title', record.title],
    [
      'notifications',
      record.notifications && {
        channels: [...record.notifications.channels],
        events: [...record.notifications.events],
        language: record.notifications.language,
        optOut: record.notifications.optOut,
      },
    ],
    ['createdAt', record.createdAt],
    ['updatedAt', record.updatedAt],
    ['version', record.version],
  ]);
}

export function toEquipment(
  record: EquipmentRecord,
  customer: { id: string; name: string } | null,
  lastAssignment?: Equipment['lastAssignment'],
): Equipment {
  return defined<Equipment>([
    ['id', record.id],
    ['name', record.name],
    ['brand', record.brand],
    ['model', record.model],
    ['type', record.type],
    ['assetType', record.assetType],
    ['serialNumber', record.serialNumber],
    ['externalReference', record.externalReference],
    ['productionYear', record.productionYear],
    ['operatingHours', record.operatingHours],
    ['lastSeenAt', record.lastSeenAt === undefined ? undefined : new Date(record.lastSeenAt).toISOString()],
    ['customer', customer],
    ['lastAssignment', lastAssignment],
  ]);
}
