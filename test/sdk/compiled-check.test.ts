import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import * as z from 'zod/mini';
import { compile, parseResponse } from '../../src/client/compiled-check.js';
import { EquipmentPageSchema } from '../../src/client/equipment.js';
import {
  AssignmentResultSchema,
  ContactSchema,
  CurrentUserSchema,
  CustomerSchema,
  EquipmentFacetsSchema,
  EquipmentSchema,
  pageSchema,
  validate,
} from '../../src/index.js';

interface Def {
  type: string;
  format?: string;
  entries?: Record<string, unknown>;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
}
type Schema = { _zod: { def: Def } };

/** Values off the schema's shape: the wrong type, the edges of numbers, strings that break formats. */
const wrong = fc.oneof(
  fc.anything(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 1.5, 2 ** 53, -0, '', ' ', 'x@', 'not a url', '2024-13-45'),
  fc.constantFrom(null, undefined, [], {}, true, 0),
);

/**
 * Values for a schema, built from its definition. With `mutate`, any node may be swapped for a wrong value,
 * keys go missing and unknown keys appear; without, every value should be valid (unless a check the generator
 * does not know about, such as a format, says otherwise: zod decides either way).
 */
function values(schema: Schema, mutate: boolean): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  const next = (inner: Schema) => values(inner, mutate);
  let valid: fc.Arbitrary<unknown>;
  switch (def.type) {
    case 'string':
      valid = fc.oneof(
        fc.string(),
        fc.emailAddress(),
        fc.webUrl(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      );
      break;
    case 'boolean':
      valid = fc.boolean();
      break;
    case 'number':
      valid = def.format === 'safeint' ? fc.integer() : fc.double({ noNaN: true, noDefaultInfinity: true });
      break;
    case 'enum':
      valid = fc.constantFrom(...Object.values(def.entries ?? {}));
      break;
    case 'optional':
      valid = fc.option(next(def.innerType!), { nil: undefined });
      break;
    case 'nullable':
      valid = fc.option(next(def.innerType!), { nil: null });
      break;
    case 'array':
      valid = fc.array(next(def.element!), { maxLength: 3 });
      break;
    case 'union':
      valid = fc.oneof(...def.options!.map(next));
      break;
    case 'object': {
      const shape = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, next(field)]));
      const record = fc.record(shape);
      valid = mutate
        ? fc.oneof(
            record,
            fc.record(shape, { requiredKeys: [] }),
            fc
              .tuple(record, fc.dictionary(fc.string(), fc.anything(), { maxKeys: 2 }))
              .map(([r, extra]) => ({ ...extra, ...r })),
          )
        : record;
      break;
    }
    default:
      valid = fc.anything();
  }
  return mutate ? fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: wrong }) : valid;
}

/** Every schema a 2xx answer is validated with, and schemas with the kinds the fast path must leave to zod. */
const RESPONSE_SCHEMAS: Array<[string, z.ZodMiniType]> = [
  ['CustomerSchema', CustomerSchema],
  ['customer page', pageSchema(CustomerSchema)],
  ['ContactSchema', ContactSchema],
  ['contact page', pageSchema(ContactSchema)],
  ['EquipmentSchema', EquipmentSchema],
  ['EquipmentPageSchema', EquipmentPageSchema],
  ['EquipmentFacetsSchema', EquipmentFacetsSchema],
  ['AssignmentResultSchema', AssignmentResultSchema],
  ['CurrentUserSchema', CurrentUserSchema],
  // The gaps the old fast path had: formats, strict objects. These must fall back to zod.
  ['formats', z.object({ email: z.email(), at: z.iso.datetime(), url: z.url(), n: z.optional(z.int()) })],
  ['strict object', z.strictObject({ id: z.string(), tags: z.array(z.enum(['a', 'b'])) })],
  ['checked string', z.object({ name: z.string().check(z.minLength(1)) })],
];

describe('response validation is exactly zod’s: a differential property test over every response schema', () => {
  for (const [name, schema] of RESPONSE_SCHEMAS) {
    it(`${name}: the fast path accepts what zod accepts and rejects what zod rejects`, () => {
      fc.assert(
        fc.property(
          fc.oneof(values(schema as unknown as Schema, false), values(schema as unknown as Schema, true)),
          (value) => {
            const fast = parseResponse(schema, value);
            const slow = validate(schema, value);
            expect(fast.ok, JSON.stringify(value)).to.equal(slow.ok);
            if (!fast.ok && !slow.ok) expect(fast.violations).to.deep.equal(slow.violations);
          },
        ),
        { numRuns: 400, seed: 9 },
      );
    });
  }

  it('the bench’s schema compiles (the fast path is used), and the known gaps do not', () => {
    const compiles = (schema: z.ZodMiniType) => compile(schema as unknown as Schema) !== undefined;
    expect(compiles(EquipmentPageSchema)).to.equal(true);
    expect(compiles(z.email())).to.equal(false);
    expect(compiles(z.iso.datetime())).to.equal(false);
    expect(compiles(z.url())).to.equal(false);
    expect(compiles(z.strictObject({ a: z.string() }))).to.equal(false);
    expect(compiles(z.object({ a: z.string() }).check(z.refine(() => true)))).to.equal(false);
  });

  it('valid values come out as zod gives them, apart from the unknown keys zod strips', () => {
    fc.assert(
      fc.property(values(EquipmentPageSchema as unknown as Schema, false), (value) => {
        const fast = parseResponse(EquipmentPageSchema, value);
        const slow = validate(EquipmentPageSchema, value);
        expect(fast.ok && slow.ok).to.equal(true);
        if (fast.ok && slow.ok) expect(fast.value).to.deep.equal(slow.value);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
