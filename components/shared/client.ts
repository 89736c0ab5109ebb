import { createContext, ContextConsumer, ContextProvider } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';

/**
 * The client passed down the tree. `Symbol.for` so that two copies of the package (say, a prefixed one nested
 * in the default one) still hand the client to each other.
 */
export const clientContext = createContext<CustomerClient | undefined>(Symbol.for('fleet-customers/client'));

/**
 * The page default lives in one page-wide place, not in this module: the ESM entries and the script-tag
 * bundle are separate copies of this file, and `setDefaultClient` from one must reach elements of the other.
 * The shape stays this small forever, so any two versions of the package can share it.
 */
interface PageDefault {
  client: CustomerClient | undefined;
  /** Every connected consumer of every copy, told when the default changes. */
  waiting: Set<{ refresh(): void }>;
}

const PAGE_KEY = Symbol.for('fleet-customers/default-client');

function pageDefault(): PageDefault {
  const page = globalThis as { [PAGE_KEY]?: PageDefault };
  return (page[PAGE_KEY] ??= { client: undefined, waiting: new Set() });
}

/**
 * Sets the client every element uses when neither its own `client` property nor an ancestor provides one.
 * Call it once at start-up; elements already on the page pick it up, whichever copy of the package
 * (ESM entry or script-tag bundle) registered them.
 */
export function setDefaultClient(client: CustomerClient | undefined): void {
  const page = pageDefault();
  page.client = client;
  for (const controller of page.waiting) controller.refresh();
}

export function getDefaultClient(): CustomerClient | undefined {
  return pageDefault().client;
}

export interface ClientHost extends ReactiveControllerHost, HTMLElement {
  client?: CustomerClient | undefined;
}

/**
 * Resolves the element's client: its own `client` property, else the nearest ancestor's (via `@lit/context`),
 * else the page default. For elements that render none of ours: it only consumes, so an entry that uses just
 * this leaves `ContextProvider` out of its bundle. Containers use `ClientController`.
 *
 * ```ts
 * private readonly api = new ClientConsumerController(this, (client) => this.load(client));
 * ```
 */
export class ClientConsumerController implements ReactiveController {
  private fromContext: CustomerClient | undefined;
  private last: CustomerClient | undefined;

  constructor(
    protected readonly host: ClientHost,
    /** Called in the host's update cycle whenever the effective client changes (also to `undefined`). */
    private readonly onChange?: (client: CustomerClient | undefined) => void,
  ) {
    host.addController(this);
    new ContextConsumer(host, {
      context: clientContext,
      subscribe: true,
      callback: (client) => {
        this.fromContext = client;
        host.requestUpdate();
      },
    });
  }

  /** The client to use now; `undefined` when none is configured anywhere. */
  get client(): CustomerClient | undefined {
    return this.host.client ?? this.fromContext ?? pageDefault().client;
  }

  hostConnected(): void {
    pageDefault().waiting.add(this);
  }

  hostDisconnected(): void {
    pageDefault().waiting.delete(this);
  }

  hostUpdate(): void {
    const client = this.client;
    if (client === this.last) return;
    this.last = client;
    this.changed(client);
  }

  protected changed(client: CustomerClient | undefined): void {
    this.onChange?.(client);
  }

  /** The page default changed. */
  refresh(): void {
    if (this.client !== this.last) this.host.requestUpdate();
  }
}

/**
 * `ClientConsumerController` that also provides the resolved client to every element rendered inside (nested
 * elements of ours, slotted children), so a whole tree shares one client.
 *
 * ```ts
 * private readonly api = new ClientController(this, (client) => this.load(client));
 * ```
 */
export class ClientController extends ClientConsumerController {
  private readonly provider: ContextProvider<typeof clientContext>;

  constructor(host: ClientHost, onChange?: (client: CustomerClient | undefined) => void) {
    super(host, onChange);
    this.provider = new ContextProvider(host, { context: clientContext });
  }

  protected override changed(client: CustomerClient | undefined): void {
    this.provider.setValue(client);
    super.changed(client);
  }
}
