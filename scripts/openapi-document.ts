/**
 * Builds the OpenAPI 3.1 document from the same zod schemas the SDK and the reference backend use, so the
 * document cannot drift from the code. `scripts/generate-openapi.ts` writes it; a test compares it.
 */
import * as z from 'zod/mini';
import * as s from '../src/schemas/index.js';

type Schema = z.ZodMiniType;

const named: Record<string, { schema: Schema; io: 'input' | 'output' }> = {
  Customer: { schema: s.CustomerSchema, io: 'output' },
  CustomerInput: { schema: s.CustomerInputSchema, io: 'input' },
  CustomerPatch: { schema: s.CustomerPatchSchema, io: 'input' },
  Contact: { schema: s.ContactSchema, io: 'output' },
  ContactInput: { schema: s.ContactInputSchema, io: 'input' },
  ContactPatch: { schema: s.ContactPatchSchema, io: 'input' },
  Equipment: { schema: s.EquipmentSchema, io: 'output' },
  EquipmentFacets: { schema: s.EquipmentFacetsSchema, io: 'output' },
  AssignmentUpdate: { schema: s.AssignmentUpdateSchema, io: 'input' },
  AssignmentResult: { schema: s.AssignmentResultSchema, io: 'output' },
  CurrentUser: { schema: s.CurrentUserSchema, io: 'output' },
  Error: { schema: s.ApiErrorSchema, io: 'output' },
};

function jsonSchema(schema: Schema, io: 'input' | 'output') {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  delete out.$schema;
  return tidy(out, io) as Record<string, unknown>;
}

const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

/**
 * Responses may grow new properties (clients must ignore them), so no `additionalProperties: false` there;
 * zod's safe-integer bounds are noise; and the country check, a refinement, becomes the enum it stands for.
 */
function tidy(node: unknown, io: 'input' | 'output', key?: string): unknown {
  if (Array.isArray(node)) return node.map((item) => tidy(item, io));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node)) {
    if (name === 'additionalProperties' && value === false && io === 'output') continue;
    if ((name === 'minimum' || name === 'maximum') && Math.abs(value as number) === SAFE_INTEGER) continue;
    out[name] = name === 'properties' ? tidyProperties(value as Record<string, unknown>, io) : tidy(value, io);
  }
  if (key === 'country' && io === 'input') out.enum = [...s.countryCodes];
  return out;
}

function tidyProperties(properties: Record<string, unknown>, io: 'input' | 'output') {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, tidy(value, io, name)]));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const page = (item: string) => ({
  type: 'object',
  required: ['items', 'nextCursor', 'total'],
  properties: {
    items: { type: 'array', items: ref(item) },
    nextCursor: { type: ['string', 'null'], description: 'Opaque; null on the last page.' },
    total: { type: 'integer', description: 'Every match of the query.' },
  },
});
const json = (schema: object, headers?: object) => ({
  content: { 'application/json': { schema } },
  ...(headers ? { headers } : {}),
});
const etagHeader = { ETag: { schema: { type: 'string' }, description: 'Hash of the representation.' } };
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [String(status), { description: errorText[status], ...json(ref('Error')) }]),
  );
const errorText: Record<number, string> = {
  400: 'invalid_request: `violations` names each bad field',
  401: 'unauthenticated',
  403: 'forbidden: only admin and fleet-admin may write',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed: `current` holds the record now',
  413: 'payload_too_large',
  429: 'rate_limited, with Retry-After',
  503: 'unavailable',
};
const readErrors = errors(400, 401, 404, 429, 503);
const writeErrors = errors(400, 401, 403, 404, 409, 412, 413, 429, 503);

function queryParameters(schema: Schema) {
  const shape = jsonSchema(schema, 'input') as { properties: Record<string, Record<string, unknown>> };
  return Object.entries(shape.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    // Lists travel comma-separated: `type=DEALER,RENTAL`.
    ...(property.type === 'array' ? { style: 'form', explode: false } : {}),
    schema: property,
  }));
}
const pathParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description: 'The ETag, `*`, or `"v<version>"`; a stale value is answered with 412.',
  schema: { type: 'string' },
};
const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'A repeat with the same key returns the first result and changes nothing.',
  schema: { type: 'string', maxLength: 255 },
};

export function buildOpenApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fleet customers API',
      version,
      description:
        'Customers of an equipment fleet: company details, contacts, and the equipment assigned to them. ' +
        'Only `admin` and `fleet-admin` may create, edit, delete or assign.',
    },
    servers: [{ url: 'http://127.0.0.1:4010/customer/v1', description: 'The reference backend (`npm run api`)' }],
    security: [{ bearer: [] }],
    paths: {
      '/me': { get: { summary: 'The current user', responses: { 200: json(ref('CurrentUser')), ...errors(401) } } },
      '/customers': {
        get: {
          summary: 'A page of customers',
          parameters: queryParameters(s.CustomerListQuerySchema),
          responses: { 200: json(page('Customer')), ...readErrors },
        },
        post: {
          summary: 'Create a customer, with its first contacts atomically',
          parameters: [idempotencyKey],
          requestBody: { required: true, ...json(ref('CustomerInput')) },
          responses: { 201: json(ref('Customer'), etagHeader), ...writeErrors },
        },
      },
      '/customers/{id}': {
        parameters: [pathParam('id')],
        get: { summary: 'One customer', responses: { 200: json(ref('Customer'), etagHeader), ...readErrors } },
        patch: {
          summary: 'Change some fields; `null` clears an optional one',
          parameters: [ifMatch],
          requestBody: { required: true, ...json(ref('CustomerPatch')) },
          responses: { 200: json(ref('Customer'), etagHeader), ...writeErrors },
        },
        delete: {
          summary: 'Delete a customer: unassigns all its equipment and deletes all its contacts',
          parameters: [ifMatch],
          responses: { 204: { description: 'Deleted' }, ...writeErrors },
        },
      },
      '/customers/{id}/contacts': {
        parameters: [pathParam('id')],
        get: {
          summary: "A page of the customer's contacts",
          parameters: queryParameters(s.ContactListQuerySchema),
          responses: { 200: json(page('Contact')), ...readErrors },
        },
        post: {
          summary: 'Create a contact (it needs an e-mail or a phone)',
          parameters: [idempotencyKey],
          requestBody: { required: true, ...json(ref('ContactInput')) },
          responses: { 201: json(ref('Contact'), etagHeader), ...writeErrors },
        },
      },
      '/customers/{id}/contacts/{contactId}': {
        parameters: [pathParam('id'), pathParam('contactId')],
        patch: {
          summary: 'Change a contact',
          parameters: [ifMatch],
          requestBody: { required: true, ...json(ref('ContactPatch')) },
          responses: { 200: json(ref('Contact'), etagHeader), ...writeErrors },
        },
        delete: {
          summary: 'Delete a contact',
          parameters: [ifMatch],
          responses: { 204: { description: 'Deleted' }, ...writeErrors },
        },
      },
      '/customers/{id}/equipment': {
        parameters: [pathParam('id')],
        get: {
          summary: 'A page of the equipment assigned to the customer',
          parameters: queryParameters(s.EquipmentListQuerySchema).filter(
            (parameter) => parameter.name !== 'assignment' && parameter.name !== 'customerId',
          ),
          responses: { 200: json(page('Equipment')), ...readErrors },
        },
        post: {
          summary: `Assign and unassign, up to ${s.ASSIGNMENT_BATCH_MAX} ids per list; 409 for units of another customer unless \`move\``,
          parameters: [idempotencyKey],
          requestBody: { required: true, ...json(ref('AssignmentUpdate')) },
          responses: { 200: json(ref('AssignmentResult')), ...writeErrors },
        },
      },
      '/equipment': {
        get: {
          summary: 'Search the whole fleet',
          parameters: queryParameters(s.EquipmentListQuerySchema),
          responses: { 200: json(page('Equipment')), ...readErrors },
        },
      },
      '/equipment/facets': {
        get: {
          summary: "The fleet's brands and asset types, with counts",
          responses: { 200: json(ref('EquipmentFacets')), ...readErrors },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Reference backend: `dev:<role>`' } },
      schemas: Object.fromEntries(
        Object.entries(named).map(([name, { schema, io }]) => [name, jsonSchema(schema, io)]),
      ),
    },
  };
}
