import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import { findLikelyDuplicates, normalizeCompanyName, type Duplicates } from './duplicates.js';

/**
 * The company step's "a similar customer already exists" check: once per distinct name + external reference,
 * debounced while typing, aborted when superseded or when the wizard leaves the page. A failed check never
 * blocks creating the customer.
 */
export class DuplicateCheckController implements ReactiveController {
  private check?: { key: string; result: Promise<Duplicates | undefined>; abort: AbortController };
  private found?: Duplicates;
  private timer?: ReturnType<typeof setTimeout>;
  /** The key whose warning the user has already been shown. */
  private shownFor?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => CustomerClient | undefined,
    private readonly company: () => { name: string; externalReference: string },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.check?.abort.abort();
    this.check = undefined;
  }

  /** What to show now: the duplicates of the current values, when known. */
  get current(): Duplicates | undefined {
    return this.found && this.check?.key === this.key() ? this.found : undefined;
  }

  reset(): void {
    this.found = undefined;
    this.shownFor = undefined;
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), delay);
  }

  /**
   * Before leaving the company step: whether to stop once and point the warning out (a likely duplicate the
   * user has not seen yet). A warning already on screen has been seen.
   */
  async shouldStop(): Promise<boolean> {
    const onScreen = this.current ? this.key() : undefined;
    const found = await this.run();
    const key = this.key();
    const any = Boolean(found && (found.byName.length || found.byReference.length));
    if (!any || this.shownFor === key || onScreen === key) return false;
    this.shownFor = key;
    return true;
  }

  private key(): string {
    const { name, externalReference } = this.company();
    return `${normalizeCompanyName(name)}\u0000${externalReference.trim().toLowerCase()}`;
  }

  private run(): Promise<Duplicates | undefined> {
    const client = this.client();
    const key = this.key();
    if (this.check?.key === key) return this.check.result;
    this.check?.abort.abort();
    if (!client || key === '\u0000') {
      this.found = undefined;
      this.check = undefined;
      this.host.requestUpdate();
      return Promise.resolve(undefined);
    }
    const abort = new AbortController();
    const result = findLikelyDuplicates(client, this.company(), abort.signal).then(
      (found) => {
        if (this.check?.key === key) {
          this.found = found;
          this.host.requestUpdate();
        }
        return found;
      },
      () => undefined,
    );
    this.check = { key, result, abort };
    return result;
  }
}
