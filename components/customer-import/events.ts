/** Counts of one import, as `customers-imported` carries them. */
export interface CustomersImportedDetail {
  created: number;
  updated: number;
  /** Rows that did not get in (invalid, skipped, refused or not sent). */
  failed: number;
}

/** An import finished or was cancelled part-way: refresh what shows customers. Bubbles and crosses shadow roots. */
export class CustomersImportedEvent extends CustomEvent<CustomersImportedDetail> {
  constructor(detail: CustomersImportedDetail) {
    super('customers-imported', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'customers-imported': CustomersImportedEvent;
  }
}
