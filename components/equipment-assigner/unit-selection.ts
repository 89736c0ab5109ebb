import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Equipment } from '../../src/schemas/equipment.js';
import { isAbort } from '../shared/paged-rows.js';

/** What a selection of units may need loaded first: a range of rows of the current query. */
export interface RowLoader {
  readonly total: number | undefined;
  rows(from: number, to: number): Promise<Equipment[]>;
}

/**
 * The chosen units of a list, by id: kept across searches, filters and pages (the shared `SelectionController`
 * keeps ids only; the units themselves are needed here for names in messages and owners in the move question).
 * Shift ranges and "all" may cover rows never loaded: `busy` is true while they load, and a second such gesture
 * waits its turn.
 */
export class UnitSelection implements ReactiveController {
  /** Loading rows for a range or "all". */
  busy = false;
  private byId = new Map<string, Equipment>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** Units that may not be chosen (already this customer's, in the picker). */
      selectable?: (unit: Equipment) => boolean;
      onChange?: (count: number) => void;
      /** A range or "all" could not be loaded. */
      onError?: (error: unknown) => void;
    } = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get size(): number {
    return this.byId.size;
  }

  /** The chosen ids, in the order they were chosen. */
  get selected(): string[] {
    return [...this.byId.keys()];
  }

  /** The chosen units, in the order they were chosen. */
  get units(): ReadonlyMap<string, Equipment> {
    return this.byId;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  canChoose = (unit: Equipment): boolean => this.options.selectable?.(unit) ?? true;

  toggle(unit: Equipment | undefined): void {
    if (!unit || !this.canChoose(unit)) return;
    if (this.byId.has(unit.id)) this.drop([unit.id]);
    else this.choose([unit]);
  }

  choose(units: readonly Equipment[]): void {
    const before = this.byId.size;
    for (const unit of units) if (this.canChoose(unit)) this.byId.set(unit.id, unit);
    if (this.byId.size !== before) this.changed();
  }

  drop(ids: readonly string[]): void {
    const before = this.byId.size;
    for (const id of ids) this.byId.delete(id);
    if (this.byId.size !== before) this.changed();
  }

  /** Chooses `units`, or drops them if every one is chosen already (Ctrl+A twice). Returns whether it chose. */
  toggleAll(units: readonly Equipment[]): boolean {
    const chosen = units.filter(this.canChoose);
    if (chosen.length && chosen.every((unit) => this.byId.has(unit.id))) {
      this.drop(chosen.map((unit) => unit.id));
      return false;
    }
    this.choose(chosen);
    return true;
  }

  /** Updates what is known about chosen units (e.g. a new owner after a 409). */
  update(id: string, change: Partial<Equipment>): void {
    const unit = this.byId.get(id);
    if (unit) this.byId.set(id, { ...unit, ...change });
  }

  clear(): void {
    if (!this.byId.size) return;
    this.byId = new Map();
    this.changed();
  }

  private changed(): void {
    this.host.requestUpdate();
    this.options.onChange?.(this.byId.size);
  }

  /** A Shift range: rows `from..to` (either order) of the query, loaded first if need be. */
  async range(loader: RowLoader, from: number, to: number): Promise<void> {
    await this.loading(async () => this.choose(await loader.rows(Math.min(from, to), Math.max(from, to))));
  }

  /** Every row of the query (or none, if all are chosen); returns the units it went over, or none if busy. */
  async all(loader: RowLoader): Promise<Equipment[]> {
    const total = loader.total ?? 0;
    let units: Equipment[] = [];
    if (total) {
      await this.loading(async () => {
        units = await loader.rows(0, total - 1);
        this.toggleAll(units);
      });
    }
    return units;
  }

  private async loading(work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await work();
    } catch (error) {
      if (!isAbort(error)) this.options.onError?.(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
