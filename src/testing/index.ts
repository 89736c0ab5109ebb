/**
 * `fleet-customers/testing`: the whole Customer API in-process, for tests, stories and demos.
 *
 * ```ts
 * const backend = createReferenceBackend({ seed: 7, equipment: 10_000 });
 * const client = createCustomerClient({ baseUrl: 'https://api.example', auth: 'dev:admin', fetch: backend.fetch });
 * ```
 */
export { createReferenceBackend } from './backend.js';
export { BODY_LIMIT } from './request.js';
export type {
  AddCustomerInput,
  AddEquipmentInput,
  BackendStats,
  EquipmentFilter,
  FaultRule,
  ReferenceBackend,
  ReferenceBackendOptions,
  RequestLogEntry,
} from './types.js';
