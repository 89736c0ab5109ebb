import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { CustomerClient, ImportManyResult } from '../../src/client/types.js';
import type { ConfirmController } from '../shared/confirm.js';
import { describeError } from '../shared/errors.js';
import type { LocalizeController } from '../shared/localize.js';
import { violationText } from '../shared/violations.js';
import { downloadFile } from '../shared/download.js';
import type { ImportStrings } from './i18n/en.js';
import type { ParsedFile } from './parse-csv.js';
import { rowsToSend, summarize, type PlanEntry } from './plan.js';
import { problemText } from './preview.js';
import { importStep } from './result.js';
import {
  failedRowsCsv,
  forgetImport,
  rememberImport,
  rememberedImport,
  undoImport,
  undoItems,
  type UndoItem,
  type UndoOutcome,
} from './run.js';
import { CustomersImportedEvent } from './events.js';

export interface ImportingOptions {
  client(): CustomerClient | undefined;
  l10n: LocalizeController<ImportStrings>;
  confirmer: ConfirmController;
  /** The checked file and its rows as the preview left them (decisions included). */
  file(): ParsedFile | undefined;
  plan(): PlanEntry[];
  /** Moves to the Import step. */
  enter(): void;
  /** Focuses this element after the next render. */
  focus(selector: string): void;
  /** Start over: back to the first step. */
  startOver(): void;
}

type UndoState = { running: boolean; done: number; total: number; outcomes: UndoOutcome[] | undefined };
const NO_UNDO: UndoState = { running: false, done: 0, total: 0, outcomes: undefined };

/**
 * Step 4 of `<customer-import>`: sending the rows in batches with progress and Cancel, Retry with the same
 * idempotency key, the rows that did not get in as a CSV with a reason, and Undo. The undo list is kept per
 * client for the session (`rememberImport`), so it outlives the element and a fresh one still offers it.
 */
export class Importing implements ReactiveController {
  private progress = { done: 0, total: 0 };
  private running = false;
  private cancelled = false;
  private undoState: UndoState = NO_UNDO;
  /** The rows sent, in the order of `result.results`. */
  private sent: PlanEntry[] = [];
  private result?: ImportManyResult;
  private undoList: UndoItem[] = [];
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly options: ImportingOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Offers Undo for the last import made with this client, if this session made one. */
  remember(client: CustomerClient): void {
    this.undoList = rememberedImport(client) ?? [];
  }

  /** Stops a running import and forgets its outcome (the undo list stays). */
  reset(): void {
    this.controller?.abort();
    this.result = undefined;
    this.sent = [];
    this.running = false;
    this.cancelled = false;
    this.undoState = NO_UNDO;
    this.host.requestUpdate();
  }

  readonly start = async (): Promise<void> => {
    const plan = this.options.plan();
    if (summarize(plan).undecided) return;
    this.sent = rowsToSend(plan);
    if (!this.sent.length) return;
    await this.run(undefined);
  };

  private set(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  private async run(key: string | undefined): Promise<void> {
    const client = this.options.client();
    if (!client) return;
    this.controller = new AbortController();
    this.set(() => {
      this.running = true;
      this.cancelled = false;
      this.progress = { done: 0, total: this.sent.length };
    });
    this.options.enter();
    this.options.focus('[part~="button-cancel"]');
    const result = await client.customers.importMany(
      this.sent.map((entry) => entry.body),
      {
        signal: this.controller.signal,
        ...(key ? { idempotencyKey: key } : {}),
        onProgress: ({ done, total }) => this.set(() => (this.progress = { done, total })),
      },
    );
    this.result = result;
    this.undoList = undoItems(this.sent, result);
    rememberImport(client, this.undoList);
    this.set(() => {
      this.running = false;
      this.cancelled = result.aborted;
    });
    this.options.focus('#done-title');
    const event = new CustomersImportedEvent({
      created: result.created,
      updated: result.updated,
      failed: this.failed().length,
    });
    this.host.dispatchEvent(event);
  }

  private readonly cancel = (): void => this.controller?.abort();

  /** Every row that did not get in, with why: not valid, skipped as a duplicate, refused, or never sent. */
  private failed(): { entry: PlanEntry; reason: string }[] {
    const t = this.options.l10n.t;
    const headers = this.options.file()?.headers ?? [];
    const out: { entry: PlanEntry; reason: string }[] = [];
    for (const entry of this.options.plan()) {
      if (entry.status === 'error')
        out.push({ entry, reason: entry.problems.map((p) => problemText(p, t, headers)).join('; ') });
      else if (entry.status === 'duplicate' && entry.decision === 'skip') out.push({ entry, reason: t.reasonSkipped });
    }
    this.result?.results.forEach((outcome, i) => {
      const entry = this.sent[i]!;
      if (outcome.status === 'skipped') out.push({ entry, reason: t.reasonCancelled });
      else if (outcome.status === 'failed') {
        const error = 'error' in outcome ? outcome.error : undefined;
        const reason = outcome.violations?.length
          ? outcome.violations.map((v) => `${v.field}: ${violationText(v, t)}`).join('; ')
          : error
            ? describeError(error, t).message
            : t.errorUnknown;
        out.push({ entry, reason });
      }
    });
    return out.sort((a, b) => a.entry.index - b.entry.index);
  }

  private readonly downloadFailed = (): void => {
    const file = this.options.file();
    if (!file) return;
    const t = this.options.l10n.t;
    const text = failedRowsCsv({
      headers: file.headers,
      rows: file.rows,
      failed: this.failed(),
      separator: file.separator,
      reasonHeader: t.reasonColumn,
    });
    downloadFile(this.host.renderRoot, [text], t.failedFileName);
  };

  /** The same rows with the same key: batches that landed are replayed by the server, nothing is made twice. */
  private readonly retry = (): Promise<void> => this.run(this.result?.idempotencyKey);

  private readonly undo = async (): Promise<void> => {
    const client = this.options.client();
    const { l10n, confirmer } = this.options;
    const t = l10n.t;
    const items = this.undoList;
    if (!client || !items.length) return;
    const created = items.filter((item) => item.kind === 'created').length;
    const format = l10n.formatNumber.bind(l10n);
    const ok = await confirmer.confirm({
      title: t.undoConfirmTitle,
      body: t.undoConfirmBody(format(created), format(items.length - created)),
      confirmLabel: t.undo,
      danger: true,
    });
    if (!ok) return;
    this.set(() => (this.undoState = { running: true, done: 0, total: items.length, outcomes: undefined }));
    const outcomes = await undoImport(client, items, (done) =>
      this.set(() => (this.undoState = { ...this.undoState, done })),
    );
    forgetImport(client);
    this.undoList = [];
    this.set(() => (this.undoState = { running: false, done: items.length, total: items.length, outcomes }));
    this.options.focus('#undo-result');
  };

  render(): TemplateResult {
    const { l10n } = this.options;
    return importStep({
      t: l10n.t,
      format: (value) => l10n.formatNumber(value),
      progress: this.progress,
      running: this.running,
      cancelled: this.cancelled,
      result: this.result,
      failedCount: this.result ? this.failed().length : 0,
      undo: { ...this.undoState, available: this.undoList.length > 0 },
      onCancel: this.cancel,
      onDownloadFailed: this.downloadFailed,
      onRetry: this.retry,
      onUndo: this.undo,
      onStartOver: this.options.startOver,
    });
  }
}
