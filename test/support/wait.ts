import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/**
 * How long a wait may take before it counts as a hang. Every wait returns as soon as what it waits for is on
 * screen, so this is no time budget: it only has to outlast a slow frame on a 2-core machine that is also
 * running a second copy of the whole suite.
 */
export const HANG_GUARD_MS = 10_000;

/** open-wc's `waitUntil`, whose 1 s default a busy machine overruns, with `HANG_GUARD_MS` as its default. */
export const waitUntil: typeof openWcWaitUntil = (predicate, message, options = {}) =>
  openWcWaitUntil(predicate, message, { timeout: HANG_GUARD_MS, ...options });
