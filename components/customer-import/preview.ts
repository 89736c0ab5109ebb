import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n/en.js';
import { violationText } from '../shared/violations.js';
import type { ImportStrings } from './i18n/en.js';
import type { ParsedFile } from './parse-csv.js';
import {
  lineLabel,
  type CellProblem,
  type Decision,
  type PlanEntry,
  type PlanStatus,
  type PlanSummary,
} from './plan.js';

type T = Strings & ImportStrings;

/** Rows per preview page: the table stays small whatever the file's size. */
export const PREVIEW_PAGE = 25;
export type PreviewFilter = 'all' | PlanStatus;

export interface PreviewView {
  t: T;
  file: ParsedFile;
  plan: readonly PlanEntry[];
  /** Columns shown (file column indexes that are mapped). */
  columns: readonly number[];
  summary: PlanSummary;
  filter: PreviewFilter;
  page: number;
  format: (value: number) => string;
  onFilter: (filter: PreviewFilter) => void;
  onPage: (page: number) => void;
  onDecide: (entry: PlanEntry, decision: Decision | undefined) => void;
  onDecideAll: (decision: Decision) => void;
}

const STATUS_LABEL = (t: T): Record<PlanStatus, string> => ({
  new: t.statusNew,
  update: t.statusUpdate,
  duplicate: t.statusDuplicate,
  error: t.statusError,
});

export const problemText = (problem: CellProblem, t: T, headers: readonly string[]): string => {
  const message =
    problem.violation.code === 'ragged'
      ? t.raggedRows(1, String(problem.row + 2))
      : violationText(problem.violation, t);
  return problem.column === null ? message : `${headers[problem.column] ?? ''}: ${message}`;
};

export function filtered(plan: readonly PlanEntry[], filter: PreviewFilter): readonly PlanEntry[] {
  return filter === 'all' ? plan : plan.filter((entry) => entry.status === filter);
}

function statusCell(view: PreviewView, entry: PlanEntry): TemplateResult {
  const { t } = view;
  const label = STATUS_LABEL(t)[entry.status];
  const names = entry.matches.map((customer) => customer.name).join(', ');
  return html`<span class="badge status-${entry.status}" part="badge">${label}</span>
    ${entry.status === 'update' ? html`<span class="note">${t.updates(names)}</span>` : nothing}
    ${
      entry.status === 'duplicate'
        ? html`${names ? html`<span class="note">${t.looksLike(names)}</span>` : nothing}${
              entry.sameAs === undefined ? nothing : html`<span class="note">${t.sameAsLine(entry.sameAs)}</span>`
            }
            <select
              class="select decision"
              part="select decision"
              aria-label=${t.decision(lineLabel(entry))}
              @change=${(event: Event) => {
                const value = (event.target as HTMLSelectElement).value;
                view.onDecide(entry, value === '' ? undefined : (value as Decision));
              }}
            >
              <option value="" .selected=${entry.decision === undefined}>${t.decideLater}</option>
              <option value="new" .selected=${entry.decision === 'new'}>${t.importAsNew}</option>
              <option value="skip" .selected=${entry.decision === 'skip'}>${t.skipRow}</option>
            </select>`
        : nothing
    }`;
}

function row(view: PreviewView, entry: PlanEntry): TemplateResult {
  const { t, file } = view;
  const cells = file.rows[entry.rows[0]!] ?? [];
  const byColumn = new Map<number, CellProblem>();
  for (const problem of entry.problems)
    if (problem.column !== null && !byColumn.has(problem.column)) byColumn.set(problem.column, problem);
  const rowProblems = entry.problems.filter(
    (problem) => problem.column === null || !view.columns.includes(problem.column),
  );
  return html`<tr class=${entry.status === 'error' ? 'has-error' : ''}>
    <th scope="row" class="row-number">${lineLabel(entry)}</th>
    <td class="status">${statusCell(view, entry)}</td>
    ${view.columns.map((column) => {
      const problem = byColumn.get(column);
      const value = cells[column]?.trim() ?? '';
      return html`<td class=${problem ? 'invalid' : ''} data-column=${column}>
        <span class="truncate" title=${value}>${value}</span>
        ${
          problem
            ? html`<span class="cell-error" part="cell-error">${violationText(problem.violation, t)}</span>`
            : nothing
        }
      </td>`;
    })}
    <td class="problems">
      ${
        rowProblems.length
          ? html`<ul>
              ${rowProblems.map((problem) => html`<li>${problemText(problem, t, file.headers)}</li>`)}
            </ul>`
          : nothing
      }
    </td>
  </tr>`;
}

/** Step 3: the summary, a filter, one page of rows with each problem at its cell, and the duplicate choices. */
export function previewStep(view: PreviewView): TemplateResult {
  const { t, summary, format } = view;
  const shown = filtered(view.plan, view.filter);
  const pages = Math.max(1, Math.ceil(shown.length / PREVIEW_PAGE));
  const page = Math.min(view.page, pages - 1);
  const slice = shown.slice(page * PREVIEW_PAGE, (page + 1) * PREVIEW_PAGE);
  const filters: [PreviewFilter, string][] = [
    ['all', t.filterAll],
    ['error', t.filterErrors],
    ['duplicate', t.filterDuplicates],
    ['update', t.filterUpdates],
    ['new', t.filterNew],
  ];
  return html`<p class="summary" part="summary" id="summary" role="status">
      ${t.summary(format(summary.created), format(summary.updated), format(summary.errors), format(summary.duplicates))}
    </p>
    ${
      summary.duplicates
        ? html`<div class="actions">
            <button class="button" part="button button-all-new" type="button" @click=${() => view.onDecideAll('new')}>
              ${t.allAsNew}
            </button>
            <button class="button" part="button button-skip-all" type="button" @click=${() => view.onDecideAll('skip')}>
              ${t.skipAll}
            </button>
          </div>`
        : nothing
    }
    <div class="preview-bar">
      <label class="filter">
        <span>${t.show}</span>
        <select
          class="select"
          part="select filter"
          @change=${(event: Event) => view.onFilter((event.target as HTMLSelectElement).value as PreviewFilter)}
        >
          ${filters.map(([value, label]) => html`<option value=${value} .selected=${view.filter === value}>${label}</option>`)}
        </select>
      </label>
      ${pager(view, page, pages)}
    </div>
    <div class="table-frame" part="preview" tabindex="0" role="region" aria-labelledby="summary">
      <table class="preview" aria-rowcount=${shown.length + 1}>
        <thead>
          <tr>
            <th scope="col">${t.row}</th>
            <th scope="col">${t.status}</th>
            ${view.columns.map((column) => html`<th scope="col">${view.file.headers[column]}</th>`)}
            <th scope="col">${t.problems}</th>
          </tr>
        </thead>
        <tbody>
          ${slice.map((entry) => row(view, entry))}
        </tbody>
      </table>
      ${slice.length ? nothing : html`<p class="empty">${t.noRowsShown}</p>`}
    </div>`;
}

function pager(view: PreviewView, page: number, pages: number): TemplateResult | typeof nothing {
  if (pages <= 1) return nothing;
  const { t, format } = view;
  return html`<div class="pager" part="pager">
    <button
      class="button quiet"
      part="button button-previous"
      type="button"
      aria-disabled=${page === 0 ? 'true' : 'false'}
      @click=${() => page > 0 && view.onPage(page - 1)}
    >
      ${t.previousPage}
    </button>
    <span>${t.pageOf(format(page + 1), format(pages))}</span>
    <button
      class="button quiet"
      part="button button-next"
      type="button"
      aria-disabled=${page >= pages - 1 ? 'true' : 'false'}
      @click=${() => page < pages - 1 && view.onPage(page + 1)}
    >
      ${t.nextPage}
    </button>
  </div>`;
}
