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

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164_PATTERN = /^\+[1-9]\d{6,14}$/;

/** Required text: trimmed, then 1..max characters. */
/* @__NO_SIDE_EFFECTS__ */
export const requiredText = (max: number) =>
  z
    .string()
    .check(z.trim(), z.minLength(1, { error: 'Required.' }), z.maxLength(max, { error: `At most ${max} characters.` }));

/** Optional text: trimmed, at most max characters. */
/* @__NO_SIDE_EFFECTS__ */
export const optionalText = (max: number) =>
  z.string().check(z.trim(), z.maxLength(max, { error: `At most ${max} characters.` }));

export const phoneSchema = /* @__PURE__ */ z
  .string()
  .check(z.trim(), z.regex(E164_PATTERN, { error: 'Use international format, e.g. +4512345678.' }));

export const emailSchema = /* @__PURE__ */ z
  .email({ error: 'Enter a valid e-mail address, e.g. name@example.com.' })
  .check(z.maxLength(254, { error: 'At most 254 characters.' }));

export const websiteSchema = /* @__PURE__ */ z.httpUrl({
  error: 'Enter a web address starting with https:// or http://.',
});

export const countrySchema = /* @__PURE__ */ z.string().check(
  z.refine((value) => countrySet.has(value), {
    error: 'Choose a country (ISO 3166-1 alpha-2 code).',
    params: { code: 'invalid_country' },
  }),
);

/** Server timestamps: ISO 8601 strings, kept as strings so callers pick their own date library. */
export const timestampSchema = z.string();

/** Sort values are a field name, `-` first for descending; the message lists none since each list differs. */
export const sortError = { error: 'Sort by one of the listed fields, with a leading "-" for descending.' };
