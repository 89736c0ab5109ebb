import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { HistoryEvent } from '../../src/schemas/history.js';
import { LoadController } from '../shared/loader.js';
import type { LiveRegionController } from '../shared/live-region.js';
import { dateTimeFormat, type LocalizeController } from '../shared/localize.js';
import { loadFailedState, loadingState } from '../shared/states.js';
import { selectField } from './fields.js';
import type { AssignerStrings, AssignerText } from './i18n/en.js';

const PAGE = 20;
const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

interface HistoryPage {
  events: HistoryEvent[];
  nextCursor: string | null;
  total: number;
}

export interface HistoryOptions {
  client: () => CustomerClient | undefined;
  customerId: () => string;
  /** Loads only while the History tab is shown; a new value loads afresh (after assignments changed). */
  shown: () => number | undefined;
  l10n: LocalizeController<AssignerStrings>;
  live: LiveRegionController;
}

/** The sentence of one event: "Excavator X moved from A to B". Names are the API's, rendered as text. */
export function eventText(event: HistoryEvent, t: AssignerText): string {
  const unit = event.unit.name;
  const from = event.from?.name ?? '';
  const to = event.to?.name ?? '';
  switch (event.kind) {
    case 'assigned':
      return t.historyAssigned(unit, to);
    case 'unassigned':
      return t.historyUnassigned(unit, from);
    case 'moved':
      return t.historyMoved(unit, from, to);
    case 'customer_deleted':
      return t.historyCustomerDeleted(unit, from);
    default:
      return t.historyChanged(unit);
  }
}

/**
 * The History tab of `<equipment-assigner>`: the customer's assignment changes newest first, a page at a
 * time ("Show more" appends the next and moves focus to its first entry), filterable by unit. The unit choices
 * are the units the loaded pages name, kept when the filter changes, so a unit can be picked and let go again.
 */
export class AssignmentHistoryView {
  unitId = '';
  private extra: HistoryEvent[] = [];
  private nextCursor: string | null = null;
  private moreError: unknown;
  private loadingMore = false;
  private readonly units = new Map<string, string>();
  private focusEntry: string | undefined;

  private readonly loader: LoadController<readonly [CustomerClient, string, string, number], HistoryPage>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HistoryOptions,
  ) {
    this.loader = new LoadController(host, {
      args: () => {
        const client = options.client();
        const customerId = options.customerId();
        const shown = options.shown();
        return client && customerId && shown !== undefined
          ? ([client, customerId, this.unitId, shown] as const)
          : undefined;
      },
      load: async ([client, customerId, unitId], signal) => {
        const page = await client.assignments.history(
          customerId,
          { limit: PAGE, ...(unitId ? { unitId } : {}) },
          { signal },
        );
        return { events: page.items, nextCursor: page.nextCursor, total: page.total };
      },
      onStart: () => {
        this.extra = [];
        this.moreError = undefined;
        this.nextCursor = null;
      },
    });
  }

  /** Forget the unit choices and the filter (another customer). */
  clear(): void {
    this.unitId = '';
    this.units.clear();
  }

  /** Focus the entry "Show more" brought in, once it is rendered. */
  afterRender(root: ParentNode): void {
    if (this.focusEntry === undefined) return;
    root.querySelector<HTMLElement>(`[data-event="${this.focusEntry}"]`)?.focus();
    this.focusEntry = undefined;
  }

  private get events(): HistoryEvent[] {
    return [...(this.loader.value?.events ?? []), ...this.extra];
  }

  private get cursor(): string | null {
    return this.extra.length ? this.nextCursor : (this.loader.value?.nextCursor ?? null);
  }

  private more = async (): Promise<void> => {
    const client = this.options.client();
    const cursor = this.cursor;
    if (!client || !cursor || this.loadingMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const query = { limit: PAGE, cursor, ...(this.unitId ? { unitId: this.unitId } : {}) };
      const page = await client.assignments.history(this.options.customerId(), query);
      this.extra = [...this.extra, ...page.items];
      this.nextCursor = page.nextCursor;
      this.focusEntry = page.items[0]?.id;
      const count = page.items.length;
      this.options.live.announce(this.l10n.t.historyMoreShown(count, this.l10n.formatNumber(count)));
    } catch (error) {
      this.moreError = error;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  };

  private setUnit = (unitId: string): void => {
    this.unitId = unitId;
    this.host.requestUpdate();
  };

  render(): TemplateResult {
    const t = this.l10n.t;
    const { status, error } = this.loader;
    const events = this.events;
    for (const event of events) this.units.set(event.unit.id, event.unit.name);
    const options = [...this.units]
      .sort(([, a], [, b]) => a.localeCompare(b, this.l10n.locale))
      .map(([value, label]) => ({ value, label }));
    const total = this.loader.value?.total;
    return html`<div class="history">
      <div class="history-controls">
        ${selectField({
          id: 'history-unit',
          label: t.historyUnit,
          value: this.unitId,
          options: [{ value: '', label: t.historyAllUnits }, ...options],
          onChange: this.setUnit,
        })}
        <p class="count" aria-live="polite">
          ${total === undefined ? '' : t.historyCount(total, this.l10n.formatNumber(total))}
        </p>
      </div>
      ${
        status === 'error'
          ? loadFailedState(t.historyLoadFailed, error, t, () => void this.loader.reload())
          : status === 'loading' && !events.length
            ? loadingState(t.loading)
            : events.length === 0 && status === 'ready'
              ? html`<p class="empty-list" part="empty">${this.unitId ? t.historyEmptyUnit : t.historyEmpty}</p>`
              : this.renderTimeline(events)
      }
    </div>`;
  }

  private get l10n(): LocalizeController<AssignerStrings> {
    return this.options.l10n;
  }

  private renderTimeline(events: HistoryEvent[]): TemplateResult {
    const t = this.l10n.t;
    const format = dateTimeFormat(this.l10n.locale, WHEN);
    return html`<ol
        class="timeline"
        part="timeline"
        aria-label=${t.tabHistory}
        aria-busy=${this.loader.status === 'loading' ? 'true' : 'false'}
      >
        ${events.map(
          (event) =>
            html`<li class="entry kind-${event.kind}" part="history-entry" data-event=${event.id} tabindex="-1">
              <p class="entry-text">${eventText(event, t)}</p>
              <p class="entry-meta">
                ${event.by ? html`<span>${t.historyBy(event.by.name)}</span><span aria-hidden="true"> · </span>` : nothing}
                <time datetime=${event.at}>${format.format(new Date(event.at))}</time>
              </p>
            </li>`,
        )}
      </ol>
      ${this.moreError ? loadFailedState(t.historyLoadFailed, this.moreError, t, () => void this.more()) : nothing}
      ${
        this.cursor
          ? html`<div class="actions">
              <button
                class="button"
                part="button button-more"
                type="button"
                data-history-more
                aria-disabled=${this.loadingMore ? 'true' : 'false'}
                @click=${() => void this.more()}
              >
                ${this.loadingMore ? t.loading : t.historyShowMore}
              </button>
            </div>`
          : nothing
      }`;
  }
}
