/**
 * `<customer-list>`'s own request event. (The domain events, `customer-select` among them, are in
 * `shared/events.ts`.)
 */

/** Request: the user pressed Create customer. Cancelable; the list does nothing else, the host opens the wizard. */
export class CustomerCreateRequestEvent extends CustomEvent<Record<string, never>> {
  static get eventName(): 'customer-create-request' {
    return 'customer-create-request';
  }
  constructor() {
    super(CustomerCreateRequestEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail: {} });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'customer-create-request': CustomerCreateRequestEvent;
  }
}
