import type { Party } from './history.js';
import type { Random } from './random.js';
import type { Store } from './store.js';

const BY: readonly Party[] = [
  { id: 'usr_admin', name: 'Astrid Holm' },
  { id: 'usr_fleet_admin', name: 'Mikkel Sørensen' },
];
// After the seeded assignments (which end before 2026-10-26 at 100,000 units), 0.4 s apart: a million
// changes still end before 2026-11-01, so every seeded date is before it.
const FROM = Date.UTC(2026, 9, 26);
const STEP_MS = 400;

/**
 * `historyEvents` changes after the seed: each picks a unit; a free one is assigned, a held one is unassigned
 * (three in ten) or moved to another customer. They go through `Store.setOwner`, the path every real change
 * takes, so counts, lists and history stay one truth.
 */
export function seedHistory(store: Store, random: Random, events: number): void {
  const customers = [...store.customers.keys()];
  const { units } = store;
  if (!customers.length || !units.length) return;
  let at = FROM;
  for (let i = 0; i < events; i++) {
    const unit = units[random.int(0, units.length - 1)]!;
    let to: string | null;
    if (unit.customerId === null) to = customers[random.int(0, customers.length - 1)]!;
    else if (random.chance(0.3) || customers.length === 1) to = null;
    else {
      to = customers[random.int(0, customers.length - 2)]!;
      if (to === unit.customerId) to = customers[customers.length - 1]!;
    }
    store.setOwner(unit, to, { at, by: BY[i & 1]! });
    at += STEP_MS;
  }
  if (events) store.touchAssignments();
}
