import type { ContactInput, Contact } from '../schemas/contact.js';
import type { Customer, CustomerInput } from '../schemas/customer.js';
import type { AssetType, Equipment } from '../schemas/equipment.js';
import type { FaultRule } from './faults.js';

export type { FaultRule };

export interface ReferenceBackendOptions {
  /** Same seed, same data, ids and order. Default 1. */
  seed?: number;
  /** Default 40. */
  customers?: number;
  /** Contacts in all, spread unevenly over the customers. Default 3 per customer. */
  contacts?: number;
  /** Default 600; up to 100,000 seeds in well under a second. */
  equipment?: number;
  /** Share (0..1) of units assigned to some customer. Default 0.6. */
  assignedShare?: number;
  faults?: FaultRule[];
  /**
   * Assignment changes (assigns, unassigns, moves between customers) to add after the seed, dated before
   * 2026-11-01, so the history endpoints can be tried at scale: 1,000,000 takes about a second. Default 0.
   */
  historyEvents?: number;
  /** Delay of every answer in ms, fixed or drawn from `[min, max]`. Default 0. */
  latency?: number | readonly [number, number];
  /** The clock for `createdAt`/`updatedAt` of writes. Seeded data is dated before 2026-11-01 whatever it says. */
  now?: () => Date;
}

/** One request the backend saw. `status` is 0 when no answer reached the caller (`failure` says why). */
export interface RequestLogEntry {
  method: string;
  /** Path and query, e.g. `/customer/v1/customers?limit=20`. */
  path: string;
  status: number;
  idempotencyKey?: string;
  /** The answer was the stored first answer to this `Idempotency-Key`; nothing was done again. */
  replayed?: boolean;
  /** The status was forced by a fault rule. */
  injected?: boolean;
  /**
   * `network`: rejected before handling; `lost-response`: handled (`status` says how), then rejected;
   * `aborted`: the caller's signal aborted it.
   */
  failure?: 'network' | 'lost-response' | 'aborted';
}

/** A customer for a test or story; anything left out is generated. */
export interface AddCustomerInput extends Partial<Omit<CustomerInput, 'contacts'>> {
  /** How many contacts to generate, or the contacts themselves. Default 0. */
  contacts?: number | ContactInput[];
  /** How many units to assign: unassigned ones first, new ones when the fleet runs out. Default 0. */
  equipment?: number;
}

export interface AddEquipmentInput {
  name?: string;
  brand?: string;
  model?: string;
  type?: string;
  assetType?: AssetType;
  serialNumber?: string;
  externalReference?: string;
  productionYear?: number;
  operatingHours?: number;
  lastSeenAt?: string;
  /** Assign it at once; default unassigned. */
  customerId?: string | null;
}

export interface EquipmentFilter {
  /** One customer's units, or `null` for the unassigned ones. */
  customerId?: string | null;
}

export interface BackendStats {
  customers: number;
  contacts: number;
  equipment: number;
  /** Units assigned to some customer. */
  assigned: number;
}

export interface ReferenceBackend {
  /** A drop-in `fetch` (no `this` needed) that answers the whole API for any origin. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Back to the seeded state: same data, ids and order; faults, idempotency keys and the request log cleared. */
  reset(): void;
  setFaults(rules: readonly FaultRule[]): void;
  /** The rules still in force (`times` counts the uses left). */
  readonly faults: FaultRule[];
  /** Every request seen, oldest first (the last 10,000). */
  readonly requests: readonly RequestLogEntry[];
  clearRequests(): void;
  addCustomer(input?: AddCustomerInput): Customer;
  addEquipment(input?: AddEquipmentInput): Equipment;
  getCustomer(id: string): Customer | undefined;
  listContacts(customerId: string): Contact[];
  /** In creation order. */
  listEquipment(filter?: EquipmentFilter): Equipment[];
  stats(): BackendStats;
}
