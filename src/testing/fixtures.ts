import { defaultNotifications } from '../schemas/notification.js';
import type { Contact } from '../schemas/contact.js';
import { CustomerInputSchema, type Customer } from '../schemas/customer.js';
import type { Equipment } from '../schemas/equipment.js';
import { validate } from '../schemas/violations.js';
import type { Violation } from '../schemas/error.js';
import { equipmentRecord, type ContactRecord, type CustomerRecord } from './records.js';
import { cleanAddress, defined, text } from './values.js';
import type { Generator } from './seed/generator.js';
import { contactSearchText, customerSearchText, type Store } from './store.js';
import type { AddCustomerInput, AddEquipmentInput, BackendStats, EquipmentFilter } from './types.js';

/**
 * Helpers for tests and stories that bypass HTTP. They keep the API's rules (valid fields, unique external
 * references, a unit has one customer), and throw at once when broken: a fixture mistake should fail loudly.
 */
export class Fixtures {
  constructor(
    private readonly store: Store,
    private readonly generator: Generator,
    private readonly now: () => Date,
  ) {}

  addCustomer(input: AddCustomerInput = {}): Customer {
    const { store, generator } = this;
    const { contacts = 0, equipment = 0, ...overrides } = input;
    const nowMs = this.now().getTime();
    const generated = generator.customer(nowMs, overrides.type);
    const fields = {
      name: generated.name,
      type: generated.type,
      externalReference: generated.externalReference,
      phone: generated.phone,
      email: generated.email,
      website: generated.website,
      address: generated.address,
      note: generated.note,
      ...overrides,
      // Given contacts are validated with the customer, so a bad one fails the fixture before anything is stored.
      contacts: Array.isArray(contacts) ? contacts : undefined,
    };
    const checked = validate(CustomerInputSchema, fields);
    if (!checked.ok) throw fixtureError('addCustomer', checked.violations);
    const value = checked.value;
    let externalReference = value.externalReference;
    if (externalReference && store.customerByExternalReference(externalReference) !== undefined) {
      // A generated reference may clash with one a test chose: drop ours, but never a chosen one.
      if (overrides.externalReference) {
        throw new Error(`addCustomer: the external reference ${externalReference} is already used.`);
      }
      externalReference = undefined;
    }
    const createdAt = new Date(nowMs).toISOString();
    const record: CustomerRecord = {
      id: generated.id,
      name: value.name,
      type: value.type,
      ...defined({
        externalReference,
        phone: value.phone,
        email: value.email,
        website: value.website,
        address: cleanAddress(value.address),
        note: text(value.note),
      }),
      createdAt,
      updatedAt: createdAt,
      version: 1,
      search: '',
    };
    record.search = customerSearchText(record);
    store.insertCustomer(record);

    if (typeof contacts === 'number') {
      for (let i = 0; i < contacts; i++) store.insertContact(generator.contact(record, nowMs));
    } else {
      for (const { name, email, phone, title, notifications } of value.contacts ?? []) {
        const contactRecord: ContactRecord = {
          id: store.newId('con_'),
          customerId: record.id,
          name,
          ...defined({ email: text(email), phone: text(phone), title: text(title) }),
          notifications: defaultNotifications({ email, phone }, record.address?.country, notifications),
          createdAt,
          updatedAt: createdAt,
          version: 1,
          search: '',
        };
        contactRecord.search = contactSearchText(contactRecord);
        store.insertContact(contactRecord);
      }
    }

    if (equipment > 0) {
      let needed = equipment;
      for (const unit of store.units) {
        if (needed === 0) break;
        if (unit.customerId === null) {
          store.setOwner(unit, record.id, { at: nowMs, by: null });
          needed--;
        }
      }
      store.touchAssignments();
      while (needed-- > 0) store.insertEquipment(generator.unit(record.id), { at: nowMs, by: null });
    }
    return store.customerView(record);
  }

  addEquipment(input: AddEquipmentInput = {}): Equipment {
    const { store } = this;
    const { customerId = null, ...overrides } = input;
    if (customerId !== null && !store.customers.has(customerId)) {
      throw new Error(`addEquipment: no customer ${customerId}.`);
    }
    const { lastSeenAt, ...fields } = overrides;
    const seen = lastSeenAt === undefined ? undefined : Date.parse(lastSeenAt);
    if (Number.isNaN(seen)) throw new TypeError(`addEquipment: lastSeenAt ${lastSeenAt} is not an ISO date.`);
    const generated = this.generator.unitFields(customerId);
    const unit = equipmentRecord({
      ...generated,
      ...fields,
      ...(seen === undefined ? {} : { lastSeenAt: seen }),
      customerId,
    });
    store.insertEquipment(unit, { at: this.now().getTime(), by: null });
    return store.equipmentView(unit);
  }

  getCustomer(id: string): Customer | undefined {
    const record = this.store.customers.get(id);
    return record ? this.store.customerView(record) : undefined;
  }

  listContacts(customerId: string): Contact[] {
    return this.store.contactsOfCustomer(customerId).map(this.store.contactView);
  }

  listEquipment(filter: EquipmentFilter = {}): Equipment[] {
    const units =
      filter.customerId === undefined
        ? this.store.units
        : this.store.units.filter((unit) => unit.customerId === filter.customerId);
    return units.map(this.store.equipmentView);
  }

  stats(): BackendStats {
    let assigned = 0;
    for (const id of this.store.customers.keys()) assigned += this.store.equipmentCount(id);
    return {
      customers: this.store.customers.size,
      contacts: this.store.contacts.size,
      equipment: this.store.equipment.size,
      assigned,
    };
  }
}

function fixtureError(where: string, violations: Violation[]): TypeError {
  return new TypeError(`${where}: ${violations.map((v) => `${v.field}: ${v.message}`).join('; ')}`);
}
