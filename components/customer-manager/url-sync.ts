import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CustomerManagerChangeEvent } from './events.js';
import { sameState, stateFromUrl, urlWithState, type ManagerState } from './state.js';

export interface UrlSyncHost extends ReactiveControllerHost, HTMLElement {
  urlState: boolean;
  state(): ManagerState;
}

/**
 * Keeps the manager's addressable state and the page's history in step: each change is announced once as
 * `customer-manager-change`, and with `url-state` written to the query string (a new entry when the customer
 * or tab changes, so Back returns there) and read back on back/forward, after the host lets the user leave.
 */
export class UrlSyncController implements ReactiveController {
  private reported?: ManagerState;
  private fromHistory = false;

  constructor(
    private readonly host: UrlSyncHost,
    private readonly options: { apply: (state: ManagerState) => void; leave: () => Promise<boolean> },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.urlState) this.options.apply(stateFromUrl(location.href, this.host.state()));
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** Called from the host's `updated()`, after focus has moved, so listeners see the settled view. */
  report(): void {
    const { host } = this;
    const state = host.state();
    const before = this.reported;
    this.reported = { ...state, type: [...state.type] };
    if (!before || sameState(before, state)) return;
    const changed = (Object.keys(state) as (keyof ManagerState)[]).filter(
      (key) => String(before[key]) !== String(state[key]),
    );
    if (host.urlState && !this.fromHistory) {
      const url = urlWithState(location.href, state);
      const entry = changed.includes('customerId') || changed.includes('tab');
      if (url !== location.href) history[entry ? 'pushState' : 'replaceState'](history.state, '', url);
    }
    this.fromHistory = false;
    host.dispatchEvent(new CustomerManagerChangeEvent({ ...state, changed }));
  }

  private readonly onPopState = async (): Promise<void> => {
    const { host } = this;
    if (!host.urlState) return;
    const next = stateFromUrl(location.href);
    if (sameState(next, host.state())) return;
    if (!(await this.options.leave())) {
      // The browser has moved already: put the entry of what is still on screen back.
      history.pushState(history.state, '', urlWithState(location.href, host.state()));
      return;
    }
    this.fromHistory = true;
    this.options.apply(next);
  };
}
