import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LoadOptions<A extends readonly unknown[], T> {
  /** The inputs, read in every update; `undefined` means "nothing to load" (status `idle`). */
  args: () => A | undefined;
  /** Loads for these inputs; pass `signal` to the SDK so a superseded or abandoned load stops on the wire. */
  load: (args: A, signal: AbortSignal) => Promise<T>;
}

/**
 * The one loader of every element (the project's equivalent of `@lit/task`, which neither aborts on disconnect
 * nor restarts on reconnect). It reads `args()` in each update and loads when they change (compared item by
 * item with `Object.is`); a newer load aborts the older one, whose result is then ignored; leaving the page
 * aborts, coming back loads again.
 *
 * ```ts
 * private readonly loader = new LoadController(this, {
 *   args: () => (this.api.client && this.customerId ? [this.api.client, this.customerId] as const : undefined),
 *   load: ([client, id], signal) => client.customers.get(id, { signal }),
 * });
 * render() { this.loader.status === 'ready' ? this.loader.value : … }
 * ```
 */
export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The last loaded value for the current inputs (kept while a reload runs). */
  value: T | undefined;
  error: unknown;
  private lastArgs: A | undefined;
  /** Whether `lastArgs` is known: false before the first update and after a disconnect. */
  private known = false;
  private abort?: AbortController;
  private running?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.known) this.host.requestUpdate();
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (this.known && sameArgs(args, this.lastArgs)) return;
    this.known = true;
    this.lastArgs = args;
    void this.start(args);
  }

  hostDisconnected(): void {
    if (this.abort) {
      this.abort.abort();
      this.abort = undefined;
      this.running = undefined;
      // Loads again when connected again.
      this.known = false;
    }
  }

  /** Loads again with the current inputs; resolves when that load has settled. */
  reload(): Promise<void> {
    this.known = true;
    this.lastArgs = this.options.args();
    return this.start(this.lastArgs);
  }

  /** Resolves when the load running now (if any) has settled. */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Puts a value in place without loading (e.g. what a save returned). */
  set(value: T): void {
    this.value = value;
    this.status = 'ready';
    this.error = undefined;
    this.host.requestUpdate();
  }

  private start(args: A | undefined): Promise<void> {
    this.abort?.abort();
    this.abort = undefined;
    this.error = undefined;
    if (!args) {
      this.value = undefined;
      this.status = 'idle';
      this.running = undefined;
      this.host.requestUpdate();
      return Promise.resolve();
    }
    const abort = new AbortController();
    this.abort = abort;
    this.status = 'loading';
    this.host.requestUpdate();
    const running = this.options.load(args, abort.signal).then(
      (value) => {
        if (this.abort !== abort) return;
        this.value = value;
        this.status = 'ready';
      },
      (error: unknown) => {
        if (this.abort !== abort) return;
        this.error = error;
        this.status = 'error';
      },
    );
    this.running = running.finally(() => {
      if (this.abort === abort) {
        this.abort = undefined;
        this.host.requestUpdate();
      }
    });
    return this.running;
  }
}

function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
