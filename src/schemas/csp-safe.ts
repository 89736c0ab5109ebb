import * as z from 'zod/mini';

/**
 * Builds schemas with zod's JIT switched off, then restores the host's setting.
 *
 * zod compiles object parsers with `new Function`; on a host page whose CSP forbids `unsafe-eval` that probe
 * is reported as a `securitypolicyviolation` even though zod catches it. The flag is read when a schema is
 * constructed, so scoping it to our own construction keeps a host's own zod untouched.
 */
export function cspSafe<T>(build: () => T): T {
  const previous = z.config().jitless;
  z.config({ jitless: true });
  try {
    return build();
  } finally {
    z.config({ jitless: previous });
  }
}
