import * as z from 'zod/mini';

/** ISO 3166-1 alpha-2 codes in current use (249), kept as one string: a list is ~3x larger once bundled. */
const COUNTRY_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

/** Every country code the API accepts, for pickers (names come from `Intl.DisplayNames`). */
export const countryCodes: readonly string[] = COUNTRY_CODES.split(' ');
const countrySet = new Set(countryCodes);

export const isCountryCode = (value: string): boolean => countrySet.has(value);

/** Request bodies nest at most this deep (the deepest real one, a customer's contact, is 3): deeper is a 400. */
export const JSON_DEPTH_MAX = 16;

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** Characters as a reader (and JSON Schema's `maxLength`) counts them: an emoji is one, not two. */
function characters(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++, count++) {
    const code = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  return count;
}

/* @__NO_SIDE_EFFECTS__ */
const atMost = (max: number) =>
  z.refine<string>((value) => value.length <= max || characters(value) <= max, {
    error: `At most ${max} characters.`,
    // `max` also tells the OpenAPI generator the limit, which JSON Schema cannot read from a refinement.
    params: { code: 'too_long', max },
  });

/** Required text: surrounding whitespace trimmed, then 1..max characters (whitespace alone is empty). */
/* @__NO_SIDE_EFFECTS__ */
export const requiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, { error: 'Required.' }), atMost(max));

/** Optional text: surrounding whitespace trimmed, then at most max characters. */
/* @__NO_SIDE_EFFECTS__ */
export const optionalText = (max: number) => z.string().check(z.trim(), atMost(max));

/** Phone, e-mail, website and country are trimmed too, so a caller's " DK" or " a@b.co " is what it meant. */
export const phoneSchema = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.regex(E164_PATTERN, { error: 'Use international format, e.g. +4512345678.' }));

export const EMAIL_MAX = 254;
export const emailSchema = /* @__PURE__ */ z.pipe(
  z.string().check(z.trim()),
  z
    .email({ error: 'Enter a valid e-mail address, e.g. name@example.com.' })
    .check(z.maxLength(EMAIL_MAX, { error: `At most ${EMAIL_MAX} characters.` })),
);

/**
 * A website: http or https, a host name (letters of any script, `localhost` included), an IPv4 or a
 * bracketed IPv6 address, an optional port, then any path, query or fragment without whitespace; at most
 * 2048 characters. The source is kept without anchors so the OpenAPI document can state the same rule.
 */
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
export const WEBSITE_SOURCE = String.raw`(?=\S{1,2048}\s*$)https?:\/\/(?:${LABEL}(?:\.${LABEL})*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?(?:[\/?#]\S*)?`;
const websitePattern = /* @__PURE__ */ new RegExp(`^${WEBSITE_SOURCE}$`, 'u');

export const websiteSchema = /* @__PURE__ */ z.string().check(
  z.trim(),
  z.refine((value) => websitePattern.test(value), {
    error: 'Enter a web address starting with https:// or http://.',
    params: { code: 'invalid_url' },
  }),
);

export const countrySchema = /* @__PURE__ */ z.string().check(
  z.trim(),
  z.refine((value) => countrySet.has(value), {
    error: 'Choose a country (ISO 3166-1 alpha-2 code).',
    params: { code: 'invalid_country' },
  }),
);

/** Server timestamps: ISO 8601 strings, kept as strings so callers pick their own date library. */
export const timestampSchema = z.string();

/** Sort values are a field name, `-` first for descending; the message lists none since each list differs. */
export const sortError = { error: 'Sort by one of the listed fields, with a leading "-" for descending.' };
