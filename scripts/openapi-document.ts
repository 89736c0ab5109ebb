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
  NotificationPreferences: { schema: s.NotificationPreferencesSchema, io: 'output' },
  NotificationPreferencesInput: { schema: s.NotificationPreferencesInputSchema, io: 'input' },
  NotificationAudience: { schema: s.NotificationAudienceSchema, io: 'output' },
  HistoryEvent: { schema: s.HistoryEventSchema, io: 'output' },
  CustomerBulkInput: { schema: s.CustomerBulkInputSchema, io: 'input' },
  CustomerBulkReply: { schema: s.CustomerBulkReplySchema, io: 'output' },
  CustomerMatchInput: { schema: s.CustomerMatchInputSchema, io: 'input' },
  CustomerMatchReply: { schema: s.CustomerMatchReplySchema, io: 'output' },
  CustomerWithContacts: { schema: s.CustomerWithContactsSchema, io: 'output' },
};

function jsonSchema(schema: Schema, io: 'input' | 'output') {
  const out = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: io === 'input' ? (context) => stateInputRule(context.zodSchema, context.jsonSchema) : undefined,
  }) as Record<string, unknown>;
  delete out.$schema;
  return tidy(out, io) as Record<string, unknown>;
}

/** Surrounding whitespace is trimmed before a text field is checked, so the document allows it around `core`. */
const padded = (core: string) => `^\\s*${core}\\s*$`;
/** `min`..`max` characters once trimmed; the first and last are not whitespace. */
function textPattern(min: number, max: number): string {
  const some = `\\S(?:[\\s\\S]{0,${max - 2}}\\S)?`;
  return padded(min === 0 ? `(?:${some})?` : some);
}
const TRIMMED = 'Surrounding whitespace is trimmed before the value is checked and stored.';
const emailCore = `(?=\\S{1,${s.EMAIL_MAX}}\\s*$)${z.regexes.email.source.replace(/^\^|\$$/g, '')}`;

/**
 * What zod cannot put into JSON Schema by itself, stated so the document accepts exactly what the server
 * does: trimming, lengths in characters after trimming, the website and country rules, and the rule that a
 * contact needs an e-mail or a phone. `test/node/contract.test.mjs` probes the server to hold this true.
 */
/** `requiredText`/`optionalText`: trimmed, then (1 or 0)..max characters, `max` carried by the refinement. */
function trimmedText(schema: Schema): { min: number; max: number } | undefined {
  const checks = (schema._zod.def as { checks?: { _zod: { def: Record<string, unknown> } }[] }).checks ?? [];
  const defs = checks.map((check) => check._zod.def);
  const limit = defs.find((def) => (def.params as { code?: string } | undefined)?.code === 'too_long');
  if (defs[0]?.check !== 'overwrite' || !limit) return undefined;
  const min = defs.some((def) => def.check === 'min_length') ? 1 : 0;
  return { min, max: (limit.params as { max: number }).max };
}

function stateInputRule(schema: unknown, out: Record<string, unknown>): void {
  const text = trimmedText(schema as Schema);
  if (text) {
    delete out.minLength;
    delete out.maxLength;
    out.pattern = textPattern(text.min, text.max);
    out.description = `${text.min ? 'Required: not' : 'May be'} empty or whitespace only; at most ${text.max} characters. ${TRIMMED}`;
  } else if (schema === s.emailSchema) {
    Object.assign(out, {
      pattern: padded(emailCore),
      description: `An e-mail address, at most ${s.EMAIL_MAX} characters. ${TRIMMED}`,
    });
    delete out.format;
    delete out.maxLength;
  } else if (schema === s.phoneSchema) {
    Object.assign(out, {
      pattern: padded(s.E164_PATTERN.source.replace(/^\^|\$$/g, '')),
      description: `E.164, e.g. +4512345678. ${TRIMMED}`,
    });
  } else if (schema === s.websiteSchema) {
    Object.assign(out, {
      pattern: padded(s.WEBSITE_SOURCE),
      description: `An http or https address (a host name, localhost or an IP address, an optional port), no whitespace inside, at most 2048 characters. ${TRIMMED}`,
    });
  } else if (schema === s.countrySchema) {
    Object.assign(out, {
      pattern: padded(`(?:${s.countryCodes.join('|')})`),
      description: `ISO 3166-1 alpha-2, upper case. ${TRIMMED}`,
    });
  } else if (schema === s.languageSchema) {
    Object.assign(out, {
      pattern: padded(s.LANGUAGE_PATTERN.source.replace(/^\^|\$$/g, '')),
      description: `A BCP 47 language tag, e.g. da or en-GB. ${TRIMMED}`,
    });
  } else if (schema === s.ContactInputSchema) {
    out.anyOf = [{ required: ['email'] }, { required: ['phone'] }];
    // SMS reaches only a contact with a phone.
    out.if = {
      required: ['notifications'],
      properties: {
        notifications: { required: ['channels'], properties: { channels: { contains: { const: 'sms' } } } },
      },
    };
    out.then = { required: ['phone'] };
    out.description = `${s.CONTACT_REACHABLE_MESSAGE} ${s.SMS_NEEDS_PHONE_MESSAGE}`;
  }
}

const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

/**
 * Responses may grow new properties (clients must ignore them), so no `additionalProperties: false` there;
 * and zod's safe-integer bounds are noise.
 */
function tidy(node: unknown, io: 'input' | 'output'): unknown {
  if (Array.isArray(node)) return node.map((item) => tidy(item, io));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node)) {
    if (name === 'additionalProperties' && value === false && io === 'output') continue;
    if ((name === 'minimum' || name === 'maximum') && Math.abs(value as number) === SAFE_INTEGER) continue;
    out[name] = name === 'properties' ? tidyProperties(value as Record<string, unknown>, io) : tidy(value, io);
  }
  return out;
}

function tidyProperties(properties: Record<string, unknown>, io: 'input' | 'output') {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, tidy(value, io)]));
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
const ok = (description: string, schema: object, headers?: object) => ({ description, ...json(schema, headers) });
/** Request bodies: JSON in UTF-8 only (anything else is 415), nested at most `JSON_DEPTH_MAX` levels. */
const body = (schema: object) => ({
  required: true,
  description: `\`Content-Type: application/json\`, UTF-8 (a \`charset\` other than utf-8 is answered with 415), nested at most ${s.JSON_DEPTH_MAX} levels deep, at most 1 MiB.`,
  ...json(schema),
});
const etagHeader = { ETag: { schema: { type: 'string' }, description: 'Hash of the representation.' } };
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [String(status), { description: errorText[status], ...json(ref('Error')) }]),
  );
const errorText: Record<number, string> = {
  400: 'invalid_request: `violations` names each bad field (`(body)` for a body that is not UTF-8, not JSON or nested too deep)',
  401: 'unauthenticated',
  403: 'forbidden: only admin and fleet-admin may write',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed: `current` holds the record now',
  413: 'payload_too_large: the body is over 1 MiB',
  415: 'unsupported_media_type: the body is not `application/json` in UTF-8',
  429: 'rate_limited, with Retry-After',
  503: 'unavailable',
};
const readErrors = errors(400, 401, 404, 429, 503);
const writeErrors = errors(400, 401, 403, 404, 409, 412, 413, 429, 503);
const bodyErrors = errors(400, 401, 403, 404, 409, 412, 413, 415, 429, 503);

/** What the paging parameters every list shares mean. */
const PAGING_DESCRIPTIONS: Record<string, string> = {
  limit: `Rows per page, 1 to ${s.PAGE_LIMIT_MAX}; ${s.PAGE_LIMIT_DEFAULT} when absent.`,
  cursor: "A page's `nextCursor`: the rows after it. Rows added or removed meanwhile never repeat or skip one.",
  offset:
    'Rows to skip from the start, instead of `cursor` (not with it): a jump to a far page in one request. Read on from there with `nextCursor`.',
};

function queryParameters(schema: Schema) {
  const shape = jsonSchema(schema, 'input') as {
    properties: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(shape.properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: shape.required?.includes(name) ?? false,
    ...(PAGING_DESCRIPTIONS[name] ? { description: PAGING_DESCRIPTIONS[name] } : {}),
    // Lists travel comma-separated: `type=DEALER,RENTAL`.
    ...(property.type === 'array' ? { style: 'form', explode: false } : {}),
    schema: property,
  }));
}
/** `at` on a customer's equipment: zod's refinement is not JSON Schema, so the document states the rule. */
const atParameter = {
  description:
    'The units the customer held then: a date (`2026-12-03`) means at any moment of that UTC day, a date-time ' +
    "with a zone (`2026-12-03T14:00:00Z`) that instant. Answered from the customer's assignment history.",
  schema: { type: 'string', pattern: `^(?:${s.AT_PATTERN.source})$` },
};
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
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Customers of an equipment fleet: company details, contacts, and the equipment assigned to them. ' +
        'Only `admin` and `fleet-admin` may create, edit, delete or assign.',
    },
    servers: [{ url: 'http://127.0.0.1:4010/customer/v1', description: 'The reference backend (`npm run api`)' }],
    security: [{ bearer: [] }],
    paths: {
      '/me': {
        get: {
          operationId: 'getCurrentUser',
          summary: 'The current user',
          responses: { 200: ok('The caller and what it may do', ref('CurrentUser')), ...errors(401) },
        },
      },
      '/customers': {
        get: {
          operationId: 'listCustomers',
          summary: 'A page of customers',
          description:
            "Each item is a `Customer`; with `include=contacts` it also has `contacts`: all the customer's contacts, " +
            'so an export reads a page of customers and their contacts in one request (such pages are not cached).',
          parameters: queryParameters(s.CustomerListIncludeQuerySchema),
          responses: { 200: ok('A page of customers', page('CustomerWithContacts')), ...readErrors },
        },
        post: {
          operationId: 'createCustomer',
          summary: 'Create a customer, with its first contacts atomically',
          parameters: [idempotencyKey],
          requestBody: body(ref('CustomerInput')),
          responses: { 201: ok('Created', ref('Customer'), etagHeader), ...bodyErrors },
        },
      },
      '/customers/bulk': {
        post: {
          operationId: 'importCustomers',
          summary: `Create or update up to ${s.CUSTOMER_BULK_MAX} customers, with an outcome per row`,
          description:
            'A row whose `externalReference` matches a customer updates it (blank or absent fields are left as ' +
            'they are; contacts it does not have yet are added); any other row creates one. Each row is checked on ' +
            'its own: a bad row is `failed` with `violations` at paths within the row, the others still apply. ' +
            'Send an `Idempotency-Key`: a repeat returns the first answer and creates nothing twice.',
          parameters: [idempotencyKey],
          requestBody: body(ref('CustomerBulkInput')),
          responses: { 200: ok('One result per row, in row order', ref('CustomerBulkReply')), ...bodyErrors },
        },
      },
      '/customers/match': {
        post: {
          operationId: 'matchCustomers',
          summary: 'The customers that rows about to be imported may match',
          description:
            'By id, external reference (case-insensitive), normalised name (case, accents, punctuation and a trailing ' +
            `legal form ignored) or phone; at most ${s.CUSTOMER_MATCH_MAX} values per list. Reads only.`,
          requestBody: body(ref('CustomerMatchInput')),
          responses: {
            200: ok('Each matching customer and what it matched by', ref('CustomerMatchReply')),
            ...bodyErrors,
          },
        },
      },
      '/customers/{id}': {
        parameters: [pathParam('id')],
        get: {
          operationId: 'getCustomer',
          summary: 'One customer',
          responses: { 200: ok('The customer', ref('Customer'), etagHeader), ...readErrors },
        },
        patch: {
          operationId: 'updateCustomer',
          summary: 'Change some fields; `null` clears an optional one',
          parameters: [ifMatch],
          requestBody: body(ref('CustomerPatch')),
          responses: { 200: ok('The customer as saved', ref('Customer'), etagHeader), ...bodyErrors },
        },
        delete: {
          operationId: 'deleteCustomer',
          summary: 'Delete a customer: unassigns all its equipment and deletes all its contacts',
          parameters: [ifMatch],
          responses: { 204: { description: 'Deleted' }, ...writeErrors },
        },
      },
      '/customers/{id}/contacts': {
        parameters: [pathParam('id')],
        get: {
          operationId: 'listContacts',
          summary: "A page of the customer's contacts",
          parameters: queryParameters(s.ContactListQuerySchema),
          responses: { 200: ok('A page of contacts', page('Contact')), ...readErrors },
        },
        post: {
          operationId: 'createContact',
          summary: 'Create a contact (it needs an e-mail or a phone)',
          parameters: [idempotencyKey],
          requestBody: body(ref('ContactInput')),
          responses: { 201: ok('Created', ref('Contact'), etagHeader), ...bodyErrors },
        },
      },
      '/customers/{id}/contacts/{contactId}': {
        parameters: [pathParam('id'), pathParam('contactId')],
        patch: {
          operationId: 'updateContact',
          summary: 'Change a contact',
          parameters: [ifMatch],
          requestBody: body(ref('ContactPatch')),
          responses: { 200: ok('The contact as saved', ref('Contact'), etagHeader), ...bodyErrors },
        },
        delete: {
          operationId: 'deleteContact',
          summary: 'Delete a contact',
          parameters: [ifMatch],
          responses: { 204: { description: 'Deleted' }, ...writeErrors },
        },
      },
      '/customers/{id}/notification-audience': {
        parameters: [pathParam('id')],
        get: {
          operationId: 'getNotificationAudience',
          summary:
            "Who is told when one of the customer's machines raises an event: contacts who want it and have not opted out, with the channels that reach them (SMS only with a phone), by name",
          parameters: queryParameters(s.NotificationAudienceQuerySchema),
          responses: { 200: ok('The contacts told, and how', ref('NotificationAudience')), ...readErrors },
        },
      },
      '/customers/{id}/equipment': {
        parameters: [pathParam('id')],
        get: {
          operationId: 'listCustomerEquipment',
          summary: 'A page of the equipment assigned to the customer',
          parameters: queryParameters(s.CustomerEquipmentListQuerySchema)
            .filter((parameter) => parameter.name !== 'assignment' && parameter.name !== 'customerId')
            .map((parameter) => (parameter.name === 'at' ? { ...parameter, ...atParameter } : parameter)),
          responses: { 200: ok('A page of equipment', page('Equipment')), ...readErrors },
        },
        post: {
          operationId: 'assignEquipment',
          summary: `Assign and unassign, up to ${s.ASSIGNMENT_BATCH_MAX} ids per list; 409 for units of another customer unless \`move\``,
          parameters: [idempotencyKey],
          requestBody: body(ref('AssignmentUpdate')),
          responses: { 200: ok('What was assigned, unassigned and skipped', ref('AssignmentResult')), ...bodyErrors },
        },
      },
      '/equipment': {
        get: {
          operationId: 'listEquipment',
          summary: 'Search the whole fleet',
          parameters: queryParameters(s.EquipmentListQuerySchema),
          responses: { 200: ok('A page of equipment', page('Equipment')), ...readErrors },
        },
      },
      '/customers/{id}/equipment/history': {
        parameters: [pathParam('id')],
        get: {
          operationId: 'listCustomerEquipmentHistory',
          summary: 'Every assignment change of the customer, newest first; also for a deleted customer',
          description:
            'Each assign, unassign, move and cascade delete that gave this customer a unit or took one away. ' +
            'Names are as they were then. A deleted customer keeps its history: this answers for its id as ' +
            'long as any event names it (404 only for an id no customer and no event ever had).',
          parameters: queryParameters(s.CustomerHistoryQuerySchema),
          responses: { 200: ok('A page of history events', page('HistoryEvent')), ...readErrors },
        },
      },
      '/equipment/{id}/history': {
        parameters: [pathParam('id')],
        get: {
          operationId: 'listEquipmentHistory',
          summary: "A unit's assignment changes, newest first",
          parameters: queryParameters(s.UnitHistoryQuerySchema),
          responses: { 200: ok('A page of history events', page('HistoryEvent')), ...readErrors },
        },
      },
      '/equipment/facets': {
        get: {
          operationId: 'getEquipmentFacets',
          summary: "The fleet's brands and asset types, with counts",
          responses: { 200: ok('Brands and asset types with counts', ref('EquipmentFacets')), ...readErrors },
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
