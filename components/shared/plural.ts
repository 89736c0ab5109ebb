/**
 * Picks a plural form by the language's own rules (`Intl.PluralRules`): Polish, Czech and Russian have
 * `few`/`many`, Japanese and Thai only `other`. A translation passes the forms its language has; `other` is
 * the fallback for any category it leaves out.
 *
 * ```ts
 * contactCount: (count, formatted) =>
 *   plural('pl', count, { one: '1 kontakt', few: `${formatted} kontakty`, many: `${formatted} kontaktów`, other: `${formatted} kontaktu` }),
 * ```
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return forms[rule.select(count)] ?? forms.other;
}
