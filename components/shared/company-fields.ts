import { html, nothing, type TemplateResult } from 'lit';
import { CUSTOMER_TYPES } from '../../src/schemas/customer.js';
import type { Strings } from './i18n/en.js';
import type { Option } from './intl.js';
import { radioGroup, textField } from './field.js';
import { textAreaField } from './text-area-field.js';
import type { CompanyDraft, CompanyFieldPath } from './company-draft.js';

/** What `companyFields()` needs from the element that owns the draft. */
export interface CompanyFieldsView {
  t: Strings;
  draft: CompanyDraft;
  /** The translated error shown at a field, if any. */
  error(path: CompanyFieldPath): string | undefined;
  set(key: keyof CompanyDraft, value: string): void;
  /** Focus left a field: normalise it and show its error. */
  blur(path: CompanyFieldPath): void;
  /** The country control (id `f-country`, `data-field="address.country"`): the host's combobox or select. */
  countryField(): TemplateResult;
  /** Relationship types to offer; default: the known ones. */
  typeOptions?: readonly Option[];
  /** The hint under the relationship type; default `t.relationshipTypeHint` (about the default, for creating). */
  typeHint?: string | undefined;
  /** The fields to show (default all); the others are kept in the draft and saved unseen. */
  only?: readonly CompanyFieldPath[];
  /** Shown right under the name (the wizard's "a similar customer exists"). */
  afterName?: TemplateResult | typeof nothing;
}

/** The relationship types as radio options, plus the current one when this version does not know it yet. */
export function typeOptions(t: Strings, current?: string): Option[] {
  const options: Option[] = CUSTOMER_TYPES.map((type) => ({ value: type, label: t.customerTypes[type] }));
  if (current && !options.some((option) => option.value === current)) options.push({ value: current, label: current });
  return options;
}

/**
 * Every company field of a customer in form order (name; address; phone, e-mail, website, external reference;
 * note; relationship type at the end, as the help article has it). Ids are `f-<field>` and each control carries
 * its API field path in `data-field`, so server violations land where they belong. Include
 * `companyFieldsStyles` and `fieldStyles` (plus the country control's styles); the host needs
 * `container-type: inline-size`.
 */
export function companyFields(view: CompanyFieldsView): TemplateResult {
  const { t, draft } = view;
  const optionalText = t.optional;
  const shown = (path: CompanyFieldPath) => !view.only || view.only.includes(path);
  const text = (
    id: string,
    path: CompanyFieldPath,
    label: string,
    key: keyof CompanyDraft,
    extra: { type?: 'text' | 'email' | 'tel' | 'url'; autocomplete?: string; hint?: string; required?: boolean } = {},
  ) =>
    !shown(path)
      ? nothing
      : textField({
          id,
          name: path,
          label,
          value: draft[key],
          optionalText,
          autocomplete: extra.autocomplete ?? 'off',
          ...extra,
          error: view.error(path),
          onInput: (value) => view.set(key, value),
          onBlur: () => view.blur(path),
        });
  return html`${text('f-name', 'name', t.companyName, 'name', { required: true, autocomplete: 'organization' })}
    ${view.afterName ?? nothing}
    <fieldset class="group" part="group">
      <legend class="group-legend">${t.address}</legend>
      <div class="grid address">
        <div class="span-all">
          ${text('f-street', 'address.street', t.street, 'street', { autocomplete: 'street-address' })}
        </div>
        ${text('f-postal-code', 'address.postalCode', t.postalCode, 'postalCode', { autocomplete: 'postal-code' })}
        ${text('f-city', 'address.city', t.city, 'city', { autocomplete: 'address-level2' })}
        ${
          shown('address.region')
            ? html`<div class="span-all">
                ${text('f-region', 'address.region', t.region, 'region', { autocomplete: 'address-level1' })}
              </div>`
            : nothing
        }
        <div class="span-all">${view.countryField()}</div>
      </div>
    </fieldset>
    <div class="grid">
      ${text('f-phone', 'phone', t.phone, 'phone', { type: 'tel', autocomplete: 'tel', hint: t.phoneHint })}
      ${text('f-email', 'email', t.email, 'email', { type: 'email', autocomplete: 'email' })}
      ${text('f-website', 'website', t.website, 'website', { type: 'url', autocomplete: 'url', hint: t.websiteHint })}
      ${text('f-external-reference', 'externalReference', t.externalReference, 'externalReference', {
        hint: t.externalReferenceHint,
      })}
    </div>
    ${
      !shown('note')
        ? nothing
        : textAreaField({
            id: 'f-note',
            name: 'note',
            label: t.note,
            value: draft.note,
            optionalText,
            error: view.error('note'),
            onInput: (value) => view.set('note', value),
            onBlur: () => view.blur('note'),
          })
    }
    ${radioGroup({
      id: 'f-type',
      name: 'type',
      label: t.relationshipType,
      hint: 'typeHint' in view ? view.typeHint : t.relationshipTypeHint,
      value: draft.type,
      options: view.typeOptions ?? typeOptions(t),
      error: view.error('type'),
      onChange: (value) => view.set('type', value),
    })}`;
}
