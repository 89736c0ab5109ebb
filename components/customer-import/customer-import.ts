import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import {
  csvLanguage,
  csvTemplate,
  recognizeHeaders,
  templateFileName,
  type ColumnTarget,
} from '../../src/csv/index.js';
import type { CustomerClient } from '../../src/client/types.js';
import { FleetElement } from '../shared/fleet-element.js';
import { ClientConsumerController } from '../shared/client.js';
import { CurrentUserController } from '../shared/current-user.js';
import { LocalizeController } from '../shared/localize.js';
import { LiveRegionController } from '../shared/live-region.js';
import { ConfirmController } from '../shared/confirm.js';
import { describeError } from '../shared/errors.js';
import { errorState, permissionGate } from '../shared/states.js';
import { stepper } from '../shared/stepper.js';
import { themeStyles } from '../shared/theme.styles.js';
import { buttonStyles } from '../shared/button.styles.js';
import { fieldStyles } from '../shared/field.styles.js';
import { stepperStyles } from '../shared/stepper.styles.js';
import { stateStyles } from '../shared/states.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { importStyles } from './customer-import.styles.js';
import { importEn, type ImportStrings } from './i18n/en.js';
import { loaders } from './i18n/index.js';
import type { Strings } from '../shared/i18n/en.js';
import { readImportFile, type FileProblem } from './read-file.js';
import { loadPapa, parseCsv, type ParsedFile, type ParseProblem } from './parse-csv.js';
import { checkPlan, classify, lookupKeys, rowsToSend, summarize, type PlanEntry } from './plan.js';
import { chooseStep, mapStep, targetOptions } from './steps.js';
import { previewStep, type PreviewFilter } from './preview.js';
import { Importing } from './importing.js';
import { downloadFile } from '../shared/download.js';

export type ImportStep = 'choose' | 'map' | 'preview' | 'import';
const STEPS: readonly ImportStep[] = ['choose', 'map', 'preview', 'import'];

/**
 * Imports customers from a CSV file in four steps: Choose file (CSV or semicolon-separated, UTF-8 with or
 * without BOM or Windows-1252, checked for what is not a CSV file) → Map columns (English and Danish headers
 * recognised by the shared CSV model, every mapping changeable) → Preview (each row validated with the API's
 * own schemas, problems at their row and cell; matches by id or external reference are updates; same name or
 * phone as an existing customer or an earlier row of the file are possible duplicates the user decides on,
 * never merged) → Import (batches with progress and
 * Cancel, idempotent per batch; rows that did not get in downloadable as CSV with a reason; Undo for the session,
 * refusing to overwrite later edits). PapaParse loads only when the element is first shown.
 *
 * @tagname customer-import
 * @summary Import customers from CSV with a preview, update-on-key, duplicate warnings and undo.
 *
 * @event {CustomersImportedEvent} customers-imported - An import finished (or was cancelled part-way);
 *   `detail: { created: number, updated: number, failed: number }`.
 *
 * @csspart base - The card.
 * @csspart title - The "Import customers" heading.
 * @csspart stepper - The progress list; each item is `step` plus `step-current|step-complete|step-upcoming`.
 * @csspart drop-zone - Where a file may be dropped; holds `file-input`.
 * @csspart file-input - The file chooser.
 * @csspart file-problem - Why a file cannot be imported.
 * @csspart mapping - The column mapping table.
 * @csspart select - Every select (mapping, filter, `decision`).
 * @csspart summary - "N new, M updated, K with errors, D possible duplicates", and the outcome.
 * @csspart preview - The scrollable preview table; `badge` is each row's status, `cell-error` a cell's problem.
 * @csspart pager - Previous / next page of the preview.
 * @csspart progress - The progress bar of the import or its undo.
 * @csspart undo-result - What undo did, with the customers it left alone.
 * @csspart footer - The row of step buttons.
 * @csspart button - Every button; also `button-primary`, `button-back`, `button-cancel`, `button-template`,
 *   `button-download-failed`, `button-retry`, `button-undo`, `button-start-over`.
 * @csspart notice - Warnings (`notice-warning`).
 * @csspart dialog - "Undo this import?"; `dialog-header`, `dialog-body`, `dialog-footer` are its pieces.
 *
 * @cssproperty --fc-import-preview-height - The preview's height before it scrolls. Default: `28rem`.
 */
export class CustomerImport extends FleetElement {
  static override readonly fcName = 'customer-import';
  static override styles = [
    themeStyles,
    buttonStyles,
    fieldStyles,
    stepperStyles,
    stateStyles,
    dialogStyles,
    importStyles,
  ];
  static override properties: PropertyDeclarations = {
    step: { reflect: true },
    view: { state: true, attribute: false },
  };

  /** The step shown: `choose`, `map`, `preview` or `import` (read it; the element moves on by itself). */
  step: ImportStep = 'choose';

  /** Your own wording for any string, shared or the import's. */
  declare strings: (Partial<Strings & ImportStrings> & Record<string, unknown>) | undefined;

  private view = {
    busy: undefined as string | undefined,
    problem: undefined as string | undefined,
    dragging: false,
    filter: 'all' as PreviewFilter,
    page: 0,
  };
  private file?: ParsedFile;
  private targets: (ColumnTarget | null)[] = [];
  private plan: PlanEntry[] = [];
  private focusAfter?: string;

  private readonly l10n = new LocalizeController(this, { id: 'customerImport', en: importEn, loaders });
  private readonly user = new CurrentUserController(this);
  private readonly api = new ClientConsumerController(this, (client) => {
    this.user.load(client);
    if (client && this.step === 'choose') this.importing.remember(client);
  });
  private readonly live = new LiveRegionController(this);
  private readonly confirmer = new ConfirmController(this, () => this.l10n.t);
  private readonly importing = new Importing(this, {
    client: () => this.sdk,
    l10n: this.l10n,
    confirmer: this.confirmer,
    file: () => this.file,
    plan: () => this.plan,
    enter: () => this.goTo('import'),
    focus: (selector) => (this.focusAfter = selector),
    startOver: () => this.reset(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Fetch the parser while the user picks a file, so parsing starts at once.
    void loadPapa().catch(() => undefined);
  }

  protected override updated(): void {
    if (!this.focusAfter) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
    this.focusAfter = undefined;
    target?.focus();
  }

  /** Back to the first step (the last import's undo stays available). */
  reset(): void {
    this.importing.reset();
    this.file = undefined;
    this.plan = [];
    this.view = { ...this.view, busy: undefined, problem: undefined, filter: 'all', page: 0 };
    this.goTo('choose');
  }

  private get sdk(): CustomerClient | undefined {
    return this.api.client;
  }

  private set(patch: Partial<CustomerImport['view']>): void {
    this.view = { ...this.view, ...patch };
  }

  private goTo(step: ImportStep): void {
    this.step = step;
    this.focusAfter = '#step-title';
  }

  // ----- step 1 ------------------------------------------------------------------------------------------------

  private readonly onFile = async (chosen: File | undefined): Promise<void> => {
    if (!chosen) return;
    const t = this.l10n.t;
    this.set({ busy: t.reading, problem: undefined });
    const read = await readImportFile(chosen);
    if (!read.ok) return this.fail(this.fileProblem(read.problem));
    const parsed = await parseCsv(read.text);
    if (!parsed.ok) return this.fail(this.parseProblem(parsed.problem));
    this.file = parsed;
    this.targets = [...recognizeHeaders(parsed.headers).targets];
    const encoding = read.encoding === 'windows-1252' ? 'Windows-1252' : read.encoding.toUpperCase();
    this.live.announce(t.readAs(chosen.name, encoding, this.l10n.formatNumber(parsed.rows.length)));
    this.set({ busy: undefined, problem: undefined });
    this.goTo('map');
  };

  private fail(message: string): void {
    this.set({ busy: undefined, problem: message });
    this.focusAfter = '#file';
  }

  private fileProblem(problem: FileProblem): string {
    const t = this.l10n.t;
    const rows = (list: number[]) => list.map((row) => this.l10n.formatNumber(row)).join(', ');
    const mb = (bytes: number) => `${this.l10n.formatNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
    switch (problem.kind) {
      case 'empty':
        return t.problemEmpty;
      case 'too-large':
        return t.problemTooLarge(mb(problem.bytes), mb(problem.max));
      case 'nul':
        return t.problemNul(rows(problem.rows));
      case 'mixed-encoding':
        return t.problemMixed(rows(problem.rows));
      case 'not-text':
        return { pdf: t.problemPdf, zip: t.problemZip, image: t.problemImage, binary: t.problemBinary }[problem.format];
    }
  }

  private parseProblem(problem: ParseProblem): string {
    const t = this.l10n.t;
    if (problem.kind === 'no-rows') return t.problemNoRows;
    if (problem.kind === 'too-many-rows') return t.problemTooManyRows(this.l10n.formatNumber(problem.max));
    return t.problemQuote(this.l10n.formatNumber(problem.row));
  }

  private readonly onTemplate = (): void => {
    const language = csvLanguage(this.l10n.locale);
    downloadFile(
      this.renderRoot,
      [csvTemplate({ language, separator: language === 'da' ? ';' : ',', contacts: 'numbered' })],
      templateFileName(language),
    );
  };

  // ----- step 2 → 3 --------------------------------------------------------------------------------------------

  private readonly toPreview = async (): Promise<void> => {
    const t = this.l10n.t;
    if (!this.targets.some((target) => target?.scope === 'customer' && target.field === 'name')) {
      this.set({ problem: t.needNameColumn });
      return;
    }
    const file = this.file;
    const client = this.sdk;
    if (!file || !client) return;
    const format = this.l10n.formatNumber.bind(this.l10n);
    this.set({ problem: undefined, busy: t.checking(format(0), format(file.rows.length)) });
    try {
      const plan = await checkPlan(file, this.targets, (done) =>
        this.set({ busy: t.checking(format(done), format(file.rows.length)) }),
      );
      const found = await client.customers.match(lookupKeys(plan));
      classify(
        plan,
        found.map((item) => item.customer),
      );
      this.plan = plan;
      this.set({ busy: undefined, filter: 'all', page: 0 });
      this.goTo('preview');
    } catch (error) {
      this.set({ busy: undefined, problem: describeError(error, t).message });
    }
  };

  // ----- rendering ---------------------------------------------------------------------------------------------

  private renderStep(): TemplateResult | typeof nothing {
    const t = this.l10n.t;
    const format = (value: number) => this.l10n.formatNumber(value);
    const file = this.file;
    if (this.step === 'choose' || !file) {
      return chooseStep({
        t,
        busy: this.view.busy,
        problem: this.view.problem,
        dragging: this.view.dragging,
        onFile: this.onFile,
        onDrag: (dragging) => this.set({ dragging }),
        onTemplate: this.onTemplate,
      });
    }
    if (this.step === 'map') {
      const slots = Math.max(
        3,
        ...this.targets.map((target) => (target?.scope === 'contact' ? (target.slot ?? 0) : 0)),
      );
      return html`${mapStep({
        t,
        file,
        targets: this.targets,
        options: targetOptions(t, csvLanguage(this.l10n.locale), slots),
        problem: this.view.problem,
        onChange: (column, target) => {
          this.targets = this.targets.map((old, i) => (i === column ? target : old));
          this.set({ problem: undefined });
        },
      })}
      ${file.ragged.length ? this.raggedNotice(file) : nothing}
      ${this.view.busy ? html`<p class="busy" role="status">${this.view.busy}</p>` : nothing}
      ${this.footer(() => this.goTo('choose'), t.next, this.toPreview)}`;
    }
    if (this.step === 'preview') {
      const summary = summarize(this.plan);
      const count = rowsToSend(this.plan).length;
      return html`${previewStep({
        t,
        file,
        plan: this.plan,
        columns: this.targets.flatMap((target, column) => (target ? [column] : [])),
        summary,
        filter: this.view.filter,
        page: this.view.page,
        format,
        onFilter: (filter) => this.set({ filter, page: 0 }),
        onPage: (page) => this.set({ page }),
        onDecide: (entry, decision) => {
          entry.decision = decision;
          this.requestUpdate();
        },
        onDecideAll: (decision) => {
          for (const entry of this.plan) if (entry.status === 'duplicate') entry.decision = decision;
          this.requestUpdate();
        },
      })}
      ${summary.undecided ? html`<p class="notice warning" part="notice notice-warning" role="status">${t.undecided(summary.undecided)}</p>` : nothing}
      ${count === 0 ? html`<p class="notice warning" part="notice notice-warning">${t.nothingToImport}</p>` : nothing}
      ${this.footer(() => this.goTo('map'), t.importRows(format(count)), this.importing.start, summary.undecided > 0 || count === 0)}`;
    }
    return this.importing.render();
  }

  private raggedNotice(file: ParsedFile): TemplateResult {
    const rows = file.ragged.slice(0, 10).map((item) => this.l10n.formatNumber(item.row + 2));
    return html`<p class="notice warning" part="notice notice-warning" role="status">
      ${this.l10n.t.raggedRows(file.ragged.length, rows.join(', ') + (file.ragged.length > 10 ? ', …' : ''))}
    </p>`;
  }

  private footer(back: () => void, nextLabel: string, next: () => unknown, blocked = false): TemplateResult {
    const t = this.l10n.t;
    const busy = this.view.busy !== undefined;
    return html`<div class="actions footer" part="footer">
      <button class="button" part="button button-back" type="button" @click=${back}>${t.back}</button>
      <button
        class="button primary end"
        part="button button-primary"
        type="button"
        aria-disabled=${busy || blocked ? 'true' : 'false'}
        @click=${() => !busy && !blocked && next()}
      >
        ${nextLabel}
      </button>
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.l10n.t;
    const labels = { choose: t.stepChoose, map: t.stepMap, preview: t.stepPreview, import: t.stepImport };
    const gate = permissionGate({ user: this.user, t, reason: t.noPermissionCreate, blocking: true });
    if (!this.sdk) return errorState({ message: t.noClient });
    return html`<section class="card" part="base" aria-labelledby="title">
        <h2 class="title" id="title" part="title">${t.importCustomers}</h2>
        ${
          gate ??
          html`${stepper({
              steps: STEPS.map((id) => ({ id, label: labels[id] })),
              current: this.step,
              label: t.progress,
              stepOf: t.stepOf,
            })}
            <h3 class="step-title" id="step-title" tabindex="-1">${labels[this.step]}</h3>
            ${this.renderStep()}`
        }
      </section>
      ${this.live.render()} ${this.confirmer.render()}`;
  }
}
