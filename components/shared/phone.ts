import { E164_PATTERN, countryCodes } from '../../src/schemas/common.js';

/**
 * Country calling codes, one per entry of the API's `countryCodes` and in the same order (`AD` → 376, ...).
 * Deliberately small: a full numbering-plan library (libphonenumber-js) would take most of the wizard's 35 kB
 * budget on its own. We only need to turn what people type ("12 34 56 78", "0044 20 7946 0958",
 * "+45 1234-5678") into E.164; the schema then checks the shape.
 */
const CALLING_CODES =
  '376 971 93 1 1 355 374 244 672 54 1 43 61 297 358 994 387 1 880 32 226 359 973 257 229 590 1 673 591 ' +
  '599 55 1 975 47 267 375 501 1 61 243 236 242 41 225 682 56 237 86 57 506 53 238 599 61 357 420 49 ' +
  '253 45 1 1 213 593 372 20 212 291 34 251 358 679 500 691 298 33 241 44 1 995 594 44 233 350 299 220 ' +
  '224 590 240 30 500 502 1 245 592 852 672 504 385 509 36 62 353 972 44 91 246 964 98 354 39 44 1 962 ' +
  '81 254 996 855 686 269 1 850 82 965 1 7 856 961 1 423 94 231 266 370 352 371 218 212 377 373 382 590 ' +
  '261 692 389 223 95 976 853 1 596 222 1 356 230 960 265 52 60 258 264 687 227 672 234 505 31 47 977 ' +
  '674 683 64 968 507 51 689 675 63 92 48 508 64 1 970 351 680 595 974 262 40 381 7 250 966 677 248 249 ' +
  '46 65 290 386 47 421 232 378 221 252 597 211 239 503 1 963 268 1 235 262 228 66 992 690 670 993 216 ' +
  '676 90 1 688 886 255 380 256 1 1 598 998 39 1 58 1 1 84 678 681 685 967 262 27 260 263';

let codes: string[] | undefined;

/** The calling code of a country (`DK` → `45`), or undefined. */
export function callingCode(country: string): string | undefined {
  codes ??= CALLING_CODES.split(' ');
  const index = countryCodes.indexOf(country.toUpperCase());
  return index < 0 ? undefined : codes[index];
}

/** Countries whose trunk prefix is part of the number in international form (Italy's leading 0). */
const KEEPS_LEADING_ZERO = new Set(['IT', 'VA', 'SM']);

/**
 * Normalises a typed phone number to E.164 with `country` as the default region, or returns the input trimmed
 * when it cannot (the schema then reports `invalid_phone` at the field). Separators are dropped, `00` becomes
 * `+`, and a national number loses its trunk prefix (`0`; `1` in the NANP, `8` in Russia and Kazakhstan, `06` in Hungary).
 */
export function normalizePhone(input: string, country?: string): string {
  const trimmed = input.trim();
  if (!trimmed) return '';
  if (!/^\+?[\d\s().\-/]+$/.test(trimmed)) return trimmed;
  let digits = trimmed.replace(/[^\d+]/g, '');
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+')) return E164_PATTERN.test(digits) ? digits : trimmed;

  const region = country?.toUpperCase() ?? '';
  const code = region ? callingCode(region) : undefined;
  if (!code) return trimmed;
  let national = digits;
  if (code === '1') national = national.length === 11 && national.startsWith('1') ? national.slice(1) : national;
  else if (code === '7' && national.startsWith('8')) national = national.slice(1);
  else if (region === 'HU') national = national.replace(/^06/, '');
  else if (!KEEPS_LEADING_ZERO.has(region)) national = national.replace(/^0/, '');
  const e164 = `+${code}${national}`;
  return E164_PATTERN.test(e164) ? e164 : trimmed;
}
