import { html, nothing, type TemplateResult } from 'lit';
import type { Customer } from '../../src/schemas/customer.js';
import type { CompanyDraft, CompanyFieldPath } from '../shared/company-draft.js';
import { companyFields, typeOptions } from '../shared/company-fields.js';
import { countryCombobox, type ComboboxController } from '../shared/combobox.js';
import type { CurrentUserController } from '../shared/current-user.js';
import { emptyState, errorState, loadingState, notice, permissionGate } from '../shared/states.js';
import type { Strings } from '../shared/i18n/en.js';
import { keptEditsPanel } from './conflict.js';
import type { DeleteController } from './deleting.js';
import type { SaveController } from './saving.js';
import { detailsList, displayValue, factsList, pathLabel, type SummaryView } from './summary.js';
import type { DetailsStrings } from './i18n/en.js';

export type DetailsStatus = 'idle' | 'loading' | 'ready' | 'not-found' | 'error' | 'deleted';

/**
 * What the templates of Details need from the element: state to show and callbacks to change it. The element
 * owns all state (as the wizard's `view.ts` does for its steps); these are plain functions of it.
 */
export interface DetailsView {
  t: Strings & DetailsStrings;
  summary: SummaryView;
  hasClient: boolean;
  status: DetailsStatus;
  customer: Customer | undefined;
  loadErrorMessage: string;
  editing: boolean;
  user: CurrentUserController;
  draft: CompanyDraft;
  error(path: string): string | undefined;
  setField(key: keyof CompanyDraft, value: string): void;
  blurField(path: CompanyFieldPath): void;
  /** The country combobox's controller (its open state and active option). */
  country: ComboboxController;
  saver: SaveController;
  deleter: DeleteController;
  /** The visible success message. */
  success(): TemplateResult | typeof nothing;
  submit(event: Event): void;
  edit(): void;
  cancel(): void;
  save(): void;
  retryLoad(): void;
  dismissKeptEdits(): void;
}

/** The edit form: every company field, then what the last save said, then Cancel and Save. */
function editForm(view: DetailsView, customer: Customer): TemplateResult {
  const { t, saver } = view;
  return html`<form class="form" part="form" novalidate aria-labelledby="details-heading" @submit=${view.submit}>
    ${companyFields({
      t,
      draft: view.draft,
      error: (path) => view.error(path),
      set: view.setField,
      blur: view.blurField,
      typeOptions: typeOptions(t, customer.type),
      // "Without a choice, Other is used" is about creating; a saved customer always has a type.
      typeHint: undefined,
      // The same type-to-filter combobox as the wizard: one control per field everywhere.
      countryField: () =>
        countryCombobox(view.country, {
          t,
          locale: view.summary.locale,
          value: view.draft.country,
          error: view.error('address.country'),
          onChange: (value) => view.setField('country', value),
          onBlur: () => view.blurField('address.country'),
        }),
    })}
    ${saver.formMessage ? notice('warning', saver.formMessage) : nothing}
    ${saver.conflict ? saver.renderConflict(saver.conflict) : nothing}
    ${
      saver.saveError
        ? errorState({
            title: t.saveFailed,
            message: saver.saveError.message,
            detail: t.inputKept,
            retryLabel: saver.saveError.retryable ? t.retry : undefined,
            busy: saver.saving,
            onRetry: view.save,
          })
        : nothing
    }
    <footer class="actions footer" part="footer">
      <button class="button quiet" part="button button-cancel" type="button" data-cancel @click=${view.cancel}>
        ${t.cancel}
      </button>
      ${
        saver.conflict
          ? nothing
          : html`<button
              class="button primary end"
              part="button button-primary button-save"
              type="submit"
              data-save
              aria-disabled=${saver.saving ? 'true' : 'false'}
            >
              ${saver.saving ? html`<span class="spinner" aria-hidden="true"></span>${t.saving}` : t.save}
            </button>`
      }
    </footer>
  </form>`;
}

/** Edit at the bottom of the details, for those who may; the reason for those who may not. */
function readOnlyFooter(view: DetailsView): TemplateResult | typeof nothing {
  const { t, user } = view;
  const gate = permissionGate({ user, t, reason: t.noPermissionChange });
  if (gate || user.canManage !== true) return gate ?? nothing;
  return html`<footer class="actions footer" part="footer">
    <button class="button primary" part="button button-primary button-edit" type="button" data-edit @click=${view.edit}>
      ${t.edit}
    </button>
  </footer>`;
}

function customerCard(view: DetailsView, customer: Customer): TemplateResult {
  const { t, summary, saver } = view;
  // A <div>, not <header>: outside sectioning content <header> is a page banner, and the dialog has one too.
  return html`<div class="header" part="header">
      <h2 id="title" class="title" part="title" tabindex="-1">${customer.name}</h2>
    </div>
    ${factsList(summary, customer)}
    ${
      saver.keptEdits
        ? keptEditsPanel(
            t,
            saver.keptEdits.map(({ path, value }) => ({
              label: pathLabel(t, path),
              value: path === 'type' ? displayValue(summary, path, value) : value,
            })),
            view.dismissKeptEdits,
          )
        : nothing
    }
    <section class="section" aria-labelledby="details-heading">
      <h3 id="details-heading" class="section-heading">${t.details}</h3>
      ${
        view.editing
          ? editForm(view, customer)
          : html`${detailsList(summary, customer)} ${view.success()} ${readOnlyFooter(view)}`
      }
    </section>
    ${view.editing || view.user.canManage !== true ? nothing : view.deleter.render()}`;
}

/** What Details shows now: nothing chosen, loading, not found, a failure with Retry, deleted, or the customer. */
export function detailsContent(view: DetailsView): TemplateResult {
  const { t } = view;
  if (!view.hasClient) return notice('warning', t.noClient);
  switch (view.status) {
    case 'idle':
      return emptyState(t.noCustomerChosen);
    case 'loading':
      return loadingState(t.loading);
    case 'not-found':
      return html`<section class="notice warning panel" part="not-found" aria-labelledby="not-found-title">
        <h2 id="not-found-title" class="title">${t.customerNotFound}</h2>
        <p>${t.customerNotFoundBody}</p>
      </section>`;
    case 'error':
      return errorState({
        title: t.customerLoadFailed,
        message: view.loadErrorMessage,
        retryLabel: t.retry,
        onRetry: view.retryLoad,
      });
    case 'deleted':
      return notice(
        'success',
        html`<h2 id="deleted-title" class="title" tabindex="-1">${t.customerDeleted(view.customer?.name ?? '')}</h2>`,
      );
    default:
      return view.customer ? customerCard(view, view.customer) : loadingState(t.loading);
  }
}
