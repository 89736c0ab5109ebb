/**
 * `fleet-customers`: the typed client of the Customer API, the schemas it validates with, and its errors.
 * Importing has no side effects; nothing is requested until a client method is called.
 */
export { createCustomerClient } from './client/create-client.js';
export * from './schemas/index.js';
export * from './errors.js';
export type * from './client/types.js';
