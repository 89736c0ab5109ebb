import { WeightedTable, type Random } from '../random.js';
import type { Store } from '../store.js';
import { Generator } from './generator.js';

export interface SeedSizes {
  customers: number;
  /** Contacts in all, spread unevenly over the customers. */
  contacts: number;
  equipment: number;
  /** Share of units assigned to some customer. */
  assignedShare: number;
}

/** Fills an empty store; the same stream and sizes always give the same records, ids and order. */
export function seedStore(store: Store, random: Random, sizes: SeedSizes): Generator {
  const generator = new Generator(random, store);
  const customers = [];
  for (let i = 0; i < sizes.customers; i++) {
    const customer = generator.customer();
    store.insertCustomer(customer);
    customers.push(customer);
  }

  if (customers.length > 0) {
    const contactPicker = new WeightedTable(
      customers.map((customer) => [customer, 0.3 + random.next() * 1.7] as const),
    );
    for (let i = 0; i < sizes.contacts; i++) store.insertContact(generator.contact(contactPicker.pick(random)));
  }

  // Skewed on purpose: a few big accounts hold most units, and some customers hold none, as in a real fleet.
  const unitWeights = customers.map((customer) => {
    if (random.chance(0.15)) return 0;
    const bias = customer.type === 'RENTAL' || customer.type === 'DEALER' || customer.type === 'CONTRACTOR' ? 3 : 1;
    return random.next() ** 3 * bias + 0.01;
  });
  const unitPicker = new WeightedTable(
    customers.map((customer, index) => [customer, unitWeights[index] ?? 0] as const),
  );
  const canAssign = unitWeights.some((weight) => weight > 0);
  for (let i = 0; i < sizes.equipment; i++) {
    const owner = canAssign && random.chance(sizes.assignedShare) ? unitPicker.pick(random).id : null;
    store.insertEquipment(generator.unit(owner));
  }
  return generator;
}
