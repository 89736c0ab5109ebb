import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerClient } from '../../src/client/types.js';
import type { CurrentUser } from '../../src/schemas/user.js';

/**
 * One `me()` per client for the whole page, however many elements ask, and whichever copy of the package
 * (ESM entries, script-tag bundle) they come from: the cache is kept under a page-wide key. A failed call is
 * forgotten.
 */
const USERS_KEY = Symbol.for('fleet-customers/current-users');
const page = globalThis as { [USERS_KEY]?: WeakMap<CustomerClient, Promise<CurrentUser>> };
const users = (page[USERS_KEY] ??= new WeakMap<CustomerClient, Promise<CurrentUser>>());

export function currentUser(client: CustomerClient): Promise<CurrentUser> {
  let user = users.get(client);
  if (!user) {
    user = client.me();
    users.set(client, user);
    user.catch(() => {
      if (users.get(client) === user) users.delete(client);
    });
  }
  return user;
}

/** Drops the cached user, e.g. after a 403 says the role changed since it was loaded. */
export function forgetCurrentUser(client: CustomerClient): void {
  users.delete(client);
}

export type UserState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; user: CurrentUser }
  | { status: 'error'; error: unknown };

/**
 * Loads the current user for the host's client and keeps the state for `render()`.
 * Feed it from the client controller's change callback: `new ClientConsumerController(this, (c) => this.user.load(c))`.
 */
export class CurrentUserController implements ReactiveController {
  state: UserState = { status: 'none' };
  private client: CustomerClient | undefined;
  private denied = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether writes are allowed: `undefined` until known. */
  get canManage(): boolean | undefined {
    if (this.denied) return false;
    return this.state.status === 'ready' ? this.state.user.permissions.manageCustomers : undefined;
  }

  load(client: CustomerClient | undefined): void {
    this.client = client;
    this.denied = false;
    if (!client) {
      this.set({ status: 'none' });
      return;
    }
    this.set({ status: 'loading' });
    currentUser(client).then(
      (user) => this.client === client && this.set({ status: 'ready', user }),
      (error: unknown) => this.client === client && this.set({ status: 'error', error }),
    );
  }

  /** Loads again after an error. */
  retry(): void {
    this.load(this.client);
  }

  /** The server said 403: treat the user as read-only from now on and refresh the shared cache. */
  markDenied(): void {
    this.denied = true;
    if (this.client) forgetCurrentUser(this.client);
    this.host.requestUpdate();
  }

  private set(state: UserState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
