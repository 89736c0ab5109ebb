/**
 * The document says exactly what the server does: a table of probe values goes to the real server, and each
 * verdict (stored or refused) is checked against the request schema in openapi.json. The JSON Schema check
 * below covers only the keywords the request schemas use and throws on any other, so a new keyword cannot
 * be silently ignored.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const baseUrl = process.env.FLEET_API_URL;
const document = JSON.parse(readFileSync('openapi.json', 'utf8'));

const ANNOTATIONS = new Set(['description', 'default', 'format', 'examples', 'title']);
const typeOf = (value) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
const characters = (text) => [...text].length;

/** True when `value` is valid against `schema` (JSON Schema 2020-12, the subset the document uses). */
function valid(schema, value) {
  if (schema.$ref) return valid(document.components.schemas[schema.$ref.split('/').pop()], value);
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    switch (keyword) {
      case 'type': {
        const types = [rule].flat();
        const actual = typeOf(value);
        if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return false;
        break;
      }
      case 'enum':
        if (!rule.some((option) => option === value)) return false;
        break;
      case 'pattern':
        // JSON Schema patterns are ECMA-262 with Unicode semantics: the `u` flag.
        if (typeof value === 'string' && !new RegExp(rule, 'u').test(value)) return false;
        break;
      case 'minLength':
        if (typeof value === 'string' && characters(value) < rule) return false;
        break;
      case 'maxLength':
        if (typeof value === 'string' && characters(value) > rule) return false;
        break;
      case 'properties':
        if (typeOf(value) === 'object') {
          for (const [name, property] of Object.entries(rule)) {
            if (name in value && !valid(property, value[name])) return false;
          }
        }
        break;
      case 'required':
        if (typeOf(value) === 'object' && !rule.every((name) => name in value)) return false;
        break;
      case 'additionalProperties':
        if (typeOf(value) === 'object' && rule === false) {
          if (Object.keys(value).some((name) => !(name in (schema.properties ?? {})))) return false;
        }
        break;
      case 'items':
        if (Array.isArray(value) && !value.every((item) => valid(rule, item))) return false;
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > rule) return false;
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < rule) return false;
        break;
      case 'anyOf':
        if (!rule.some((option) => valid(option, value))) return false;
        break;
      case 'const':
        if (value !== rule) return false;
        break;
      case 'contains':
        if (Array.isArray(value) && !value.some((item) => valid(rule, item))) return false;
        break;
      case 'if':
        if (valid(rule, value) && schema.then && !valid(schema.then, value)) return false;
        break;
      case 'then':
        break;
      default:
        throw new Error(`The contract check does not know the keyword "${keyword}": add it here.`);
    }
  }
  return true;
}

const x = (count) => 'x'.repeat(count);
/** [what, body of POST /customers]: each goes to the server and through the document's CustomerInput. */
const probes = [
  ['a plain name', { name: 'Probe ApS' }],
  ['a padded name', { name: '  Probe ApS  ' }],
  ['a whitespace-only name', { name: ' \t ' }],
  ['an empty name', { name: '' }],
  ['no name', {}],
  ['a 127-character name', { name: x(127) }],
  ['a 128-character name', { name: x(128) }],
  ['a 127-character name padded with spaces', { name: `   ${x(127)}   ` }],
  ['127 emoji (254 UTF-16 units)', { name: '🚜'.repeat(127) }],
  ['128 emoji', { name: '🚜'.repeat(128) }],
  ['a name with a line break inside', { name: 'Probe\nApS' }],
  ['a number as name', { name: 42 }],
  ['website https', { name: 'W', website: 'https://example.dk' }],
  ['website http with localhost and port', { name: 'W', website: 'http://localhost:8080' }],
  ['website with path, query and fragment', { name: 'W', website: 'https://x.com/a/b?c=d#e' }],
  ['website with a space inside', { name: 'W', website: 'https://x.com/a b' }],
  ['website padded', { name: 'W', website: ' https://x.com ' }],
  ['website IPv4 and port', { name: 'W', website: 'http://192.168.0.1:3000/' }],
  ['website IPv6', { name: 'W', website: 'http://[::1]/' }],
  ['website with a Danish host', { name: 'W', website: 'https://blåbær.dk' }],
  ['website ftp', { name: 'W', website: 'ftp://example.dk' }],
  ['website mailto', { name: 'W', website: 'mailto:a@b.co' }],
  ['website without scheme', { name: 'W', website: 'example.dk' }],
  ['website without host', { name: 'W', website: 'https://' }],
  ['website with an empty label', { name: 'W', website: 'https://a..dk' }],
  ['website of 2049 characters', { name: 'W', website: `https://x.dk/${x(2036)}` }],
  ['website of 2048 characters', { name: 'W', website: `https://x.dk/${x(2035)}` }],
  ['a padded e-mail', { name: 'E', email: ' a@b.co ' }],
  ['an e-mail without a domain', { name: 'E', email: 'a@b' }],
  ['an e-mail with a space inside', { name: 'E', email: 'a b@c.dk' }],
  ['a padded phone', { name: 'P', phone: ' +4512345678 ' }],
  ['a phone with spaces inside', { name: 'P', phone: '+45 12 34 56 78' }],
  ['a padded country', { name: 'C', address: { country: ' DK' } }],
  ['a lower-case country', { name: 'C', address: { country: 'dk' } }],
  ['an unknown country', { name: 'C', address: { country: 'XX' } }],
  ['a whitespace-only city', { name: 'C', address: { city: '   ' } }],
  ['a 2000-character note', { name: 'N', note: x(2000) }],
  ['a 2001-character note', { name: 'N', note: x(2001) }],
  ['a padded external reference', { name: 'R', externalReference: ' ERP-probe-1 ' }],
  ['a whitespace-only external reference', { name: 'R', externalReference: '  ' }],
  ['an unknown type', { name: 'T', type: 'PARTNER' }],
  ['an unknown property', { name: 'U', colour: 'red' }],
  ['a contact with an e-mail', { name: 'K', contacts: [{ name: 'Mette', email: 'mette@example.dk' }] }],
  ['a contact with a phone', { name: 'K', contacts: [{ name: 'Mette', phone: '+4512345678' }] }],
  ['a contact with neither e-mail nor phone', { name: 'K', contacts: [{ name: 'Mette' }] }],
  ['a contact with a whitespace-only name', { name: 'K', contacts: [{ name: ' ', email: 'm@example.dk' }] }],
  ['a contact with a padded e-mail', { name: 'K', contacts: [{ name: 'Mette', email: ' m@example.dk ' }] }],
  [
    'a contact told by SMS, with a phone',
    { name: 'K', contacts: [{ name: 'M', phone: '+4512345678', notifications: { channels: ['sms'] } }] },
  ],
  [
    'a contact told by SMS, without a phone',
    { name: 'K', contacts: [{ name: 'M', email: 'm@example.dk', notifications: { channels: ['email', 'sms'] } }] },
  ],
  [
    'a contact with every event, in Danish',
    {
      name: 'K',
      contacts: [
        {
          name: 'M',
          email: 'm@example.dk',
          notifications: {
            events: [
              'service_due',
              'fault_code',
              'geofence_enter',
              'geofence_exit',
              'out_of_hours_use',
              'low_battery',
              'tamper',
            ],
            language: 'da',
          },
        },
      ],
    },
  ],
  [
    'a contact with an unknown event',
    { name: 'K', contacts: [{ name: 'M', email: 'm@example.dk', notifications: { events: ['meteor'] } }] },
  ],
  [
    'a contact with a bad language',
    { name: 'K', contacts: [{ name: 'M', email: 'm@example.dk', notifications: { language: 'Danish!' } }] },
  ],
  [
    'a contact opted out',
    { name: 'K', contacts: [{ name: 'M', email: 'm@example.dk', notifications: { optOut: true } }] },
  ],
  ['101 contacts', { name: 'K', contacts: Array.from({ length: 101 }, () => ({ name: 'M', phone: '+4512345678' })) }],
];

describe('openapi.json agrees with the server on every probe', { skip: !baseUrl && 'no FLEET_API_URL' }, () => {
  const schema = document.paths['/customers'].post.requestBody.content['application/json'].schema;

  test(`${probes.length} probes of POST /customers: the server's verdict is the document's`, async () => {
    const disagreements = [];
    for (const [what, body] of probes) {
      const response = await fetch(`${baseUrl}/customer/v1/customers`, {
        method: 'POST',
        headers: { Authorization: 'Bearer dev:admin', 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      assert.ok([201, 400].includes(response.status), `${what}: status ${response.status}`);
      const server = response.status === 201;
      const contract = valid(schema, body);
      if (server !== contract)
        disagreements.push(
          `${what}: server ${server ? 'stores' : 'refuses'} it, the document ${contract ? 'allows' : 'forbids'} it`,
        );
    }
    assert.deepEqual(disagreements, []);
  });

  test('the probes are not all one verdict: both stored and refused values are in the table', () => {
    const verdicts = new Set(probes.map(([, body]) => valid(schema, body)));
    assert.deepEqual([...verdicts].sort(), [false, true]);
  });

  test('what the server stores is trimmed', async () => {
    const response = await fetch(`${baseUrl}/customer/v1/customers`, {
      method: 'POST',
      headers: { Authorization: 'Bearer dev:admin', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: '  Trim ApS ', email: ' a@b.co ', address: { country: ' DK' } }),
    });
    const stored = await response.json();
    assert.deepEqual([stored.name, stored.email, stored.address.country], ['Trim ApS', 'a@b.co', 'DK']);
  });
});
