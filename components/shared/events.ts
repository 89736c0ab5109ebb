/**
 * Domain events of every element. They bubble and cross shadow roots (`composed`), carry ids rather than whole
 * records (a listener that needs more asks the client), and are lowercase so React 19's `on<event>` props work.
 * Request events (`wizard-cancel`, `dialog-request-close`, and every `*-request` before a delete or unassign)
 * are cancelable: `preventDefault()` says no. Fire a request before destroying anything, after the user said
 * yes in the element's own confirmation, and stop when it was prevented:
 *
 * ```ts
 * const request = new CustomerDeleteRequestEvent({ customerId });
 * if (!this.dispatchEvent(request)) return; // a host said no
 * ```
 */

const domain = { bubbles: true, composed: true } as const;

// `eventName` is a getter, not a static field: a static field compiles to an assignment after the class, which
// keeps every event class in every bundle; getters leave the unused ones to tree-shaking.

export interface CustomerIdDetail {
  customerId: string;
}

/** A customer was created (by the wizard). */
export class CustomerCreatedEvent extends CustomEvent<CustomerIdDetail> {
  static get eventName(): 'customer-created' {
    return 'customer-created';
  }
  constructor(detail: CustomerIdDetail) {
    super(CustomerCreatedEvent.eventName, { ...domain, detail });
  }
}

export interface CustomerUpdatedDetail extends CustomerIdDetail {
  /** The fields the save sent, as API field names (`name`, `phone`, `address`, ...). */
  changed: string[];
}

/** A customer's details were saved. */
export class CustomerUpdatedEvent extends CustomEvent<CustomerUpdatedDetail> {
  static get eventName(): 'customer-updated' {
    return 'customer-updated';
  }
  constructor(detail: CustomerUpdatedDetail) {
    super(CustomerUpdatedEvent.eventName, { ...domain, detail });
  }
}

/** A customer was deleted, with its contacts and equipment assignments. */
export class CustomerDeletedEvent extends CustomEvent<CustomerIdDetail> {
  static get eventName(): 'customer-deleted' {
    return 'customer-deleted';
  }
  constructor(detail: CustomerIdDetail) {
    super(CustomerDeletedEvent.eventName, { ...domain, detail });
  }
}

/** The user picked a customer (in a list). */
export class CustomerSelectEvent extends CustomEvent<CustomerIdDetail> {
  static get eventName(): 'customer-select' {
    return 'customer-select';
  }
  constructor(detail: CustomerIdDetail) {
    super(CustomerSelectEvent.eventName, { ...domain, detail });
  }
}

export interface ContactsChangedDetail extends CustomerIdDetail {
  /** Ids of contacts created, updated and deleted by this change; any may be empty. */
  created: string[];
  updated: string[];
  deleted: string[];
}

/** Contacts of one customer were created, edited or deleted. */
export class ContactsChangedEvent extends CustomEvent<ContactsChangedDetail> {
  static get eventName(): 'contacts-changed' {
    return 'contacts-changed';
  }
  constructor(detail: ContactsChangedDetail) {
    super(ContactsChangedEvent.eventName, { ...domain, detail });
  }
}

export interface EquipmentChangeDetail extends CustomerIdDetail {
  equipmentIds: string[];
}

/** Equipment units were assigned to a customer (moved from another one included). */
export class EquipmentAssignedEvent extends CustomEvent<EquipmentChangeDetail> {
  static get eventName(): 'equipment-assigned' {
    return 'equipment-assigned';
  }
  constructor(detail: EquipmentChangeDetail) {
    super(EquipmentAssignedEvent.eventName, { ...domain, detail });
  }
}

/** Equipment units were unassigned from a customer. */
export class EquipmentUnassignedEvent extends CustomEvent<EquipmentChangeDetail> {
  static get eventName(): 'equipment-unassigned' {
    return 'equipment-unassigned';
  }
  constructor(detail: EquipmentChangeDetail) {
    super(EquipmentUnassignedEvent.eventName, { ...domain, detail });
  }
}

export interface WizardCancelDetail {
  /** Whether the user had entered anything; a host may ask before discarding it. */
  dirty: boolean;
}

/** Request: the user wants to leave the wizard. Cancelable; unless prevented, the wizard resets. */
export class WizardCancelEvent extends CustomEvent<WizardCancelDetail> {
  static get eventName(): 'wizard-cancel' {
    return 'wizard-cancel';
  }
  constructor(detail: WizardCancelDetail) {
    super(WizardCancelEvent.eventName, { ...domain, cancelable: true, detail });
  }
}

export interface DialogRequestCloseDetail {
  source: 'escape' | 'close-button' | 'cancel-button';
}

/** Request: a dialog is about to close. Cancelable; unless prevented, it closes. */
export class DialogRequestCloseEvent extends CustomEvent<DialogRequestCloseDetail> {
  static get eventName(): 'dialog-request-close' {
    return 'dialog-request-close';
  }
  constructor(detail: DialogRequestCloseDetail) {
    super(DialogRequestCloseEvent.eventName, { ...domain, cancelable: true, detail });
  }
}

/** Request: the user confirmed deleting a customer. Cancelable; unless prevented, the delete is sent. */
export class CustomerDeleteRequestEvent extends CustomEvent<CustomerIdDetail> {
  static get eventName(): 'customer-delete-request' {
    return 'customer-delete-request';
  }
  constructor(detail: CustomerIdDetail) {
    super(CustomerDeleteRequestEvent.eventName, { ...domain, cancelable: true, detail });
  }
}

export interface ContactDeleteRequestDetail extends CustomerIdDetail {
  /** The contacts about to be deleted. */
  contactIds: string[];
}

/** Request: the user confirmed deleting contacts. Cancelable; unless prevented, the delete is sent. */
export class ContactDeleteRequestEvent extends CustomEvent<ContactDeleteRequestDetail> {
  static get eventName(): 'contact-delete-request' {
    return 'contact-delete-request';
  }
  constructor(detail: ContactDeleteRequestDetail) {
    super(ContactDeleteRequestEvent.eventName, { ...domain, cancelable: true, detail });
  }
}

/** Request: the user confirmed unassigning units. Cancelable; unless prevented, the unassign is sent. */
export class EquipmentUnassignRequestEvent extends CustomEvent<EquipmentChangeDetail> {
  static get eventName(): 'equipment-unassign-request' {
    return 'equipment-unassign-request';
  }
  constructor(detail: EquipmentChangeDetail) {
    super(EquipmentUnassignRequestEvent.eventName, { ...domain, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'customer-created': CustomerCreatedEvent;
    'customer-updated': CustomerUpdatedEvent;
    'customer-deleted': CustomerDeletedEvent;
    'customer-select': CustomerSelectEvent;
    'contacts-changed': ContactsChangedEvent;
    'equipment-assigned': EquipmentAssignedEvent;
    'equipment-unassigned': EquipmentUnassignedEvent;
    'wizard-cancel': WizardCancelEvent;
    'dialog-request-close': DialogRequestCloseEvent;
    'customer-delete-request': CustomerDeleteRequestEvent;
    'contact-delete-request': ContactDeleteRequestEvent;
    'equipment-unassign-request': EquipmentUnassignRequestEvent;
  }
}
