import { compareKeyed, type SortValue } from './order.js';
import { sortedPositions } from './radix.js';
import type { EquipmentRecord } from './records.js';

export const EQUIPMENT_SORT_VALUES: Readonly<Record<string, (unit: EquipmentRecord) => SortValue>> = {
  name: (unit) => unit.nameKey,
  brand: (unit) => unit.brandKey,
  type: (unit) => unit.typeKey,
  serialNumber: (unit) => unit.serialKey,
  productionYear: (unit) => unit.productionYear ?? null,
  operatingHours: (unit) => unit.operatingHours ?? null,
  lastSeenAt: (unit) => unit.lastSeenAt ?? null,
};

/**
 * The whole fleet pre-sorted once per sort field (ascending; descending reads it backwards). A query then is
 * one linear filtering pass that keeps the order, with no sort per request. Sort fields never change after a
 * unit is created, so an insert only splices the unit into each array built so far; assignments touch nothing.
 */
export class EquipmentIndex {
  private readonly sorted = new Map<string, EquipmentRecord[]>();

  constructor(private readonly units: () => readonly EquipmentRecord[]) {}

  ordered(field: string): readonly EquipmentRecord[] {
    let list = this.sorted.get(field);
    if (!list) {
      // Units are kept in creation order, which is id order (see `Store.newId`), so ties broken by position
      // are ties broken by id, as the keyset cursor expects.
      const units = this.units();
      const valueOf = sortValue(field);
      const values = new Array<SortValue>(units.length);
      for (let i = 0; i < units.length; i++) values[i] = valueOf(units[i] as EquipmentRecord);
      const positions = sortedPositions(values);
      list = new Array<EquipmentRecord>(positions.length);
      for (let i = 0; i < positions.length; i++) list[i] = units[positions[i] as number] as EquipmentRecord;
      this.sorted.set(field, list);
    }
    return list;
  }

  /** Builds every sort order now, so that no page request pays for a first sort later. */
  buildAll(): void {
    for (const field of Object.keys(EQUIPMENT_SORT_VALUES)) this.ordered(field);
  }

  insert(unit: EquipmentRecord): void {
    for (const [field, list] of this.sorted) {
      const valueOf = sortValue(field);
      const value = valueOf(unit);
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        const other = list[middle] as EquipmentRecord;
        if (compareKeyed(valueOf(other), other.id, value, unit.id) < 0) low = middle + 1;
        else high = middle;
      }
      list.splice(low, 0, unit);
    }
  }

  clear(): void {
    this.sorted.clear();
  }
}

export function sortValue(field: string): (unit: EquipmentRecord) => SortValue {
  const valueOf = EQUIPMENT_SORT_VALUES[field];
  if (!valueOf) throw new RangeError(`Unknown equipment sort field: ${field}`);
  return valueOf;
}
