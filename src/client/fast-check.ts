import type { ZodMiniType } from 'zod/mini';
import { validate, type Validated } from '../schemas/violations.js';

type Check = (value: unknown) => boolean;

/** The parts of zod's (v4) schema definition the fast path reads; anything else falls back to zod. */
interface Def {
  type: string;
  checks?: unknown[];
  format?: string;
  entries?: Record<string, unknown>;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
}
interface Schema {
  _zod: { def: Def };
}

/**
 * Turns a response schema into a plain predicate, built from closures (no `eval`, so strict CSP still holds).
 * Only shapes whose zod meaning is a pure type test are compiled: a schema with checks, defaults, transforms
 * or any other kind returns undefined and is always parsed by zod.
 */
function compile(schema: Schema): Check | undefined {
  const def = schema._zod.def;
  if (def.checks?.length) return undefined;
  const inner = def.innerType && compile(def.innerType);
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'number':
      return def.format === 'safeint'
        ? Number.isSafeInteger
        : def.format
          ? undefined
          : (value) => typeof value === 'number' && Number.isFinite(value);
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return (value) => values.includes(value);
    }
    case 'optional':
      return inner && ((value) => value === undefined || inner(value));
    case 'nullable':
      return inner && ((value) => value === null || inner(value));
    case 'array': {
      const element = def.element && compile(def.element);
      return element && ((value) => Array.isArray(value) && value.every(element));
    }
    case 'union': {
      const options = (def.options ?? []).map(compile);
      return options.every(Boolean) ? (value) => options.some((option) => option!(value)) : undefined;
    }
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => [key, compile(field)] as const);
      if (!fields.every(([, check]) => check)) return undefined;
      return (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        fields.every(([key, check]) => check!((value as Record<string, unknown>)[key]));
    }
  }
  return undefined;
}

const compiled = new WeakMap<object, Check | null>();

/**
 * Validates a response body. zod without its JIT (kept off for strict-CSP hosts) spends ~2 ms on a page of
 * 1,000 units, more than fetching it; a body that passes the compiled predicate is returned as parsed, and
 * only one that fails it (or a schema that cannot be compiled) goes through zod, for the exact violations.
 * The one difference from zod's output: unknown keys a newer server adds are kept instead of stripped.
 */
export function parseResponse<T>(schema: ZodMiniType<T>, json: unknown): Validated<T> {
  let check = compiled.get(schema);
  if (check === undefined) compiled.set(schema, (check = compile(schema as unknown as Schema) ?? null));
  return check?.(json) ? { ok: true, value: json as T } : validate(schema, json);
}
