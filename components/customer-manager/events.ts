import type { ManagerState } from './state.js';

export interface ManagerChangeDetail extends ManagerState {
  /** Which of the values changed. */
  changed: (keyof ManagerState)[];
}

/**
 * The app's addressable state changed (the open customer, tab, search, types or sort), by the user or by the
 * browser's back and forward. A host router puts it in its URL; `url-state` does that without one.
 */
export class CustomerManagerChangeEvent extends CustomEvent<ManagerChangeDetail> {
  static get eventName(): 'customer-manager-change' {
    return 'customer-manager-change';
  }
  constructor(detail: ManagerChangeDetail) {
    super(CustomerManagerChangeEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'customer-manager-change': CustomerManagerChangeEvent;
  }
}
