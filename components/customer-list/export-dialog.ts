import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { CustomerListQuery } from '../../src/schemas/query.js';
import { csvLanguage, defaultSeparator, type CsvSeparator } from '../../src/csv/cells.js';
import { DialogController } from '../shared/dialog.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { exportDialogStyles } from './export-dialog.styles.js';
import { describeError, type DescribedError } from '../shared/errors.js';
import { radioGroup } from '../shared/field.js';
import { errorState } from '../shared/states.js';
import { dateStamp, downloadFile } from '../shared/download.js';
import type { Strings } from '../shared/i18n/en.js';
import { numberFormat } from '../shared/localize.js';
import type { CustomerListText } from './i18n/en.js';
import { nextTask } from './queries.js';

export interface ExportDialogOptions {
  t: () => Strings & CustomerListText;
  locale: () => string;
  client: () => CustomerClient | undefined;
  /** The list's query as it is on screen: what gets exported. */
  query: () => CustomerListQuery;
  /** Customers the list shows now (for the dialog's sentence), and whether a search or filter is on. */
  total: () => number | undefined;
  filtered: () => boolean;
  announce: (message: string) => void;
}

type Phase = 'choose' | 'running' | 'failed';

/**
 * Customers per request from the list. Smaller than the API's 1,000 (the SDK's default): over the in-process
 * backend a page's serialising, parsing and CSV writing all run on the page's thread, and 1,000 at a time made
 * tasks of 50-100 ms (more with contacts); 250 keep each page's work short at ~1 ms more per request.
 */
const EXPORT_PAGE_SIZE = 250;
const PROGRESS_INTERVAL_MS = 150;

/**
 * The Export dialog of `<customer-list>`: separator (semicolon by default where the locale writes a decimal
 * comma, so Danish Excel splits the columns), "one row per contact", then the export with progress and Cancel.
 * The rows are the list's own query (search, types, sort), streamed a page at a time by `exportCustomersCsv`
 * (loaded on first export, so the list's bundle does not carry the CSV writer); the page yields a task after
 * every page and the file is a `Blob` of the chunks, never one big string. Closing the dialog cancels.
 */
export class ExportDialogController implements ReactiveController {
  private readonly dialog: DialogController;
  private phase: Phase = 'choose';
  private separator?: CsvSeparator;
  private withContacts = false;
  private progress = { done: 0, total: 0 };
  private failure?: DescribedError;
  private abort?: AbortController;
  /** When the progress was last rendered. */
  private shownAt = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ExportDialogOptions,
  ) {
    host.addController(this);
    this.dialog = new DialogController(host);
    host.addEventListener('dialog-request-close', this.onRequestClose);
    // This module loads on the first Export, so the list's own styles do not carry the dialog's.
    const root = host.shadowRoot;
    const sheets = [dialogStyles, exportDialogStyles].map((style) => style.styleSheet);
    if (root && sheets.every(Boolean)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.map((s) => s!)];
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** Opens the choices (keeping the last ones of this page visit); resolves once the dialog is shown. */
  async open(): Promise<void> {
    this.phase = 'choose';
    this.failure = undefined;
    await this.dialog.show();
    // The × button comes first in the dialog, so `showModal()` would focus it; Export is what most want.
    this.focus('[data-export]');
  }

  private focus(selector: string): void {
    this.host.shadowRoot?.querySelector<HTMLElement>(`#export-dialog ${selector}`)?.focus();
  }

  private get chosenSeparator(): CsvSeparator {
    return this.separator ?? defaultSeparator(this.options.locale());
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private readonly start = async (): Promise<void> => {
    const client = this.options.client();
    if (!client || this.phase === 'running') return;
    const t = this.options.t();
    const abort = new AbortController();
    this.abort = abort;
    this.phase = 'running';
    this.failure = undefined;
    this.progress = { done: 0, total: this.options.total() ?? 0 };
    this.update();
    // Export is replaced by Cancel export: focus goes there rather than to the page behind.
    void this.host.updateComplete.then(() => this.focus('[data-cancel-export]'));
    const locale = this.options.locale();
    const parts: Blob[] = [];
    const encoder = new TextEncoder();
    try {
      const { exportCustomersCsv } = await import('../../src/client/export.js');
      const chunks = exportCustomersCsv(client, this.options.query(), {
        separator: this.chosenSeparator,
        language: csvLanguage(locale),
        withContacts: this.withContacts,
        pageSize: EXPORT_PAGE_SIZE,
        signal: abort.signal,
        onProgress: (progress) => {
          this.progress = progress;
          // The dialog is rendered by the list, so each update renders the list too: a few times a second is
          // what a progress bar needs, not once per page (400 pages for 100,000 customers).
          const now = performance.now();
          if (now - this.shownAt >= PROGRESS_INTERVAL_MS || progress.done >= progress.total) {
            this.shownAt = now;
            this.update();
          }
        },
      });
      for await (const chunk of chunks) {
        // Each page's text becomes bytes now, in its own task: one `new Blob()` of all the strings at the end
        // encoded 18 MB (100,000 customers) in one task of ~400 ms, a Blob of each page's string cost 15x what
        // `TextEncoder` does, and one Blob of all the bytes copied 76 MB (with contacts) in one ~100 ms task.
        // A Blob of Blobs only references them.
        parts.push(new Blob([encoder.encode(chunk)]));
        // Each page in a task of its own: over a fast (or in-process) API the pages would otherwise follow
        // one another as one long chain of microtasks, and the page could not paint or take input.
        await nextTask(abort.signal);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      this.phase = 'failed';
      this.failure = describeError(error, t);
      this.update();
      void this.host.updateComplete.then(() => this.focus('[data-export]'));
      return;
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
    downloadFile(this.host.shadowRoot ?? this.host, parts, `${t.exportFileName}-${dateStamp()}.csv`);
    // Handing 1,000 parts to the browser and closing the dialog (which renders the list) were one task that
    // now and then passed 50 ms: each gets its own.
    await new Promise((resolve) => setTimeout(resolve));
    this.phase = 'choose';
    const closed = this.dialog.closed();
    this.dialog.close();
    await closed;
    const done = this.progress.done;
    this.options.announce(t.exportDone(done, numberFormat(locale).format(done)));
  };

  /** Stops a running export; nothing is downloaded. */
  private cancel(): void {
    const t = this.options.t();
    const running = this.phase === 'running';
    this.abort?.abort();
    this.abort = undefined;
    this.phase = 'choose';
    this.dialog.close();
    if (running) this.options.announce(t.exportCancelled);
  }

  private readonly onRequestClose = (event: Event): void => {
    // Escape or × while running: the dialog closes and the export stops with it.
    if ((event.composedPath()[0] as Element | undefined)?.id !== 'export-dialog') return;
    if (this.phase === 'running' && !event.defaultPrevented) {
      this.abort?.abort();
      this.abort = undefined;
      this.phase = 'choose';
      this.options.announce(this.options.t().exportCancelled);
    }
  };

  private readonly downloadTemplate = async (): Promise<void> => {
    const t = this.options.t();
    const locale = this.options.locale();
    const { csvTemplate, templateFileName } = await import('../../src/csv/template.js');
    const language = csvLanguage(locale);
    const text = csvTemplate({ language, separator: this.chosenSeparator });
    downloadFile(this.host.shadowRoot ?? this.host, [text], templateFileName(language));
    this.options.announce(t.exportTemplate);
  };

  private renderChoices(t: Strings & CustomerListText): TemplateResult {
    return html`${radioGroup({
        id: 'export-separator',
        name: 'separator',
        label: t.exportSeparator,
        hint: t.exportSeparatorHint,
        value: this.chosenSeparator,
        options: [
          { value: ';', label: t.exportSemicolon },
          { value: ',', label: t.exportComma },
        ],
        onChange: (value) => {
          this.separator = value as CsvSeparator;
          this.update();
        },
      })}
      <label class="choice export-contacts" part="choice">
        <input
          type="checkbox"
          name="withContacts"
          .checked=${this.withContacts}
          aria-describedby="export-contacts-hint"
          @change=${(event: Event) => {
            this.withContacts = (event.target as HTMLInputElement).checked;
            this.update();
          }}
        />
        <span>${t.exportWithContacts}</span>
      </label>
      <p id="export-contacts-hint" class="hint export-hint" part="hint">${t.exportWithContactsHint}</p>
      <p class="export-template" part="template">
        <span id="export-template-hint">${t.exportTemplateHint}</span>
        <button
          class="button link"
          part="button button-template"
          type="button"
          aria-describedby="export-template-hint"
          @click=${this.downloadTemplate}
        >
          ${t.exportTemplate}
        </button>
      </p>`;
  }

  private renderProgress(t: Strings & CustomerListText): TemplateResult {
    const format = numberFormat(this.options.locale());
    const { done, total } = this.progress;
    return html`<div class="export-progress" part="export-progress">
      <p id="export-progress-label" class="label">${t.exportRunning}</p>
      <progress
        aria-labelledby="export-progress-label"
        aria-describedby="export-progress-text"
        max=${Math.max(total, 1)}
        value=${done}
      ></progress>
      <p id="export-progress-text" class="export-count">
        ${t.exportProgress(format.format(done), format.format(total))}
      </p>
    </div>`;
  }

  private renderFooter(t: Strings & CustomerListText): TemplateResult {
    if (this.phase === 'running') {
      return html`<button
        class="button end"
        part="button button-cancel-export"
        type="button"
        data-cancel-export
        @click=${() => this.cancel()}
      >
        ${t.exportCancel}
      </button>`;
    }
    return html`<button class="button" part="button" type="button" @click=${() => this.cancel()}>${t.cancel}</button>
      <button
        class="button primary end"
        part="button button-primary button-export"
        type="button"
        data-export
        @click=${this.start}
      >
        ${t.exportStart}
      </button>`;
  }

  render(): TemplateResult | typeof nothing {
    if (!this.dialog.open) return nothing;
    const t = this.options.t();
    const total = this.options.total();
    const scope =
      total === undefined
        ? nothing
        : html`<p class="export-scope">
            ${t.exportScope(total, numberFormat(this.options.locale()).format(total), this.options.filtered())}
          </p>`;
    const body = html`<div class="export-body">
      ${scope} ${this.phase === 'running' ? this.renderProgress(t) : this.renderChoices(t)}
      ${
        this.phase === 'failed' && this.failure
          ? errorState({ message: `${t.exportFailed} ${this.failure.message}` })
          : nothing
      }
    </div>`;
    return this.dialog.render({
      id: 'export-dialog',
      title: t.exportTitle,
      body,
      footer: this.renderFooter(t),
      closeLabel: t.close,
      size: 'narrow',
    });
  }
}
