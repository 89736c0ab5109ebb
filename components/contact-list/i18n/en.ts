import type { Strings } from '../../shared/i18n/en.js';

/**
 * The contact list's own English strings (words several elements use live in `components/shared/i18n`).
 * This table's type is the contract for the list's other languages.
 */
export const contactListEn = {
  contactList: 'Contact list',
  contactTitle: 'Title',
  contactCount: (count: number, formatted: string) => (count === 1 ? '1 contact' : `${formatted} contacts`),
  contactsFound: (count: number, formatted: string) =>
    count === 0 ? 'No contacts found.' : count === 1 ? '1 contact found.' : `${formatted} contacts found.`,
  contactsShown: (shown: string, total: string) => `${shown} of ${total} shown`,
  searchContacts: 'Search contacts',
  showMoreContacts: 'Show more contacts',
  selectAllContacts: 'Select all contacts',
  selectContact: (name: string) => `Select ${name}`,
  contactField: (field: string, name: string) => `${field}, ${name}`,
  sortedBy: (column: string, descending: boolean) =>
    `Sorted by ${column.toLowerCase()}, ${descending ? 'descending' : 'ascending'}.`,
  noCustomer: 'No customer chosen: set the customer-id attribute.',
  contactsNone: 'This customer has no contacts yet.',
  contactsNoMatch: (search: string) => `No contacts match “${search}”.`,
  contactsLoadFailed: 'The contacts could not be loaded.',
  contactsReadOnlyTitle: 'You can view the contacts, but not change them',
  contactsReadOnly: 'Only administrators and fleet administrators can add, edit or delete contacts.',
  editContacts: 'Edit contacts',
  deleteContacts: 'Delete contacts',
  clearSelection: 'Clear selection',
  editingContacts: (count: number, formatted: string) =>
    count === 1 ? 'Editing 1 contact' : `Editing ${formatted} contacts`,
  contactsSaved: (count: number) => (count === 1 ? '1 contact saved.' : `${count} contacts saved.`),
  contactsNotSaved: (count: number) =>
    count === 1
      ? '1 contact was not saved: see the message in its row.'
      : `${count} contacts were not saved: see the message in each row.`,
  contactsUnchanged: 'Nothing was changed.',
  contactStale:
    'Someone else changed this contact in the meantime; their version is now the starting point. Save again to apply your changes over it, or Cancel to see it.',
  deleteContactsTitle: (count: number, formatted: string) =>
    count === 1 ? 'Delete 1 contact?' : `Delete ${formatted} contacts?`,
  deleteContactsBody: (names: string) => `${names} will be deleted. This cannot be undone.`,
  andMore: (count: number) => `${count} more`,
  deletingContacts: 'Deleting contacts…',
  contactsDeleted: (count: number) => (count === 1 ? '1 contact deleted.' : `${count} contacts deleted.`),
  contactsNotDeleted: (count: number) =>
    count === 1
      ? '1 contact was not deleted and is still selected:'
      : `${count} contacts were not deleted and are still selected:`,
  contactNotDeletedReason: (name: string, reason: string) => `${name}: ${reason}`,
  contactAddedNamed: (name: string) => `${name} was added to the contact list.`,
  addContactFailed: 'The contact was not added.',
  contactPhoneHint: (country: string | undefined) =>
    country ? `Without a country code, ${country} is assumed.` : 'Include the country code, e.g. +45 12 34 56 78.',
  newContact: 'New',
  selectedHidden: (count: number, formatted: string) =>
    count === 1
      ? '1 selected contact is hidden by the search and left out of Edit and Delete.'
      : `${formatted} selected contacts are hidden by the search and left out of Edit and Delete.`,
  dismiss: 'Dismiss',
  contactsNoneHint: 'Add the people at the customer who should be notified about equipment events.',
  // Notification preferences
  notifications: 'Notifications',
  notificationChannels: 'Channels',
  notificationEvents: 'Events',
  notificationLanguage: 'Language of the messages',
  notificationOptOut: 'Opted out: send nothing',
  notificationOptOutHint: 'The choices above are kept and apply again when the opt-out is removed.',
  smsNeedsPhoneHint: 'SMS needs a phone number.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Service due',
    fault_code: 'Fault codes',
    geofence_enter: 'Geofence entry',
    geofence_exit: 'Geofence exit',
    out_of_hours_use: 'Out-of-hours use',
    low_battery: 'Low battery',
    tamper: 'Tamper',
  },
  optedOut: 'Opted out',
  noChannel: 'No channel',
  eventCount: (count: number) => (count === 1 ? '1 event' : `${count} events`),
  notifiedAbout: (channels: string, events: string) => `By ${channels} about ${events}`,
  nothingChosen: 'nothing',
  notifySelected: 'Notifications…',
  notifySelectedTitle: (count: number, formatted: string) =>
    count === 1 ? 'Notifications for 1 contact' : `Notifications for ${formatted} contacts`,
  notifyChange: 'Change',
  notifyAdd: 'Turn on',
  notifyRemove: 'Turn off',
  notifyWhat: 'Event or channel',
  notifyApply: 'Apply',
  notifyOptOut: 'Opt out',
  notifyOptIn: 'Remove the opt-out',
  notifyDone: (count: number) =>
    count === 1 ? 'Notifications changed for 1 contact.' : `Notifications changed for ${count} contacts.`,
  notifyFailed: (name: string, reason: string) => `${name}: ${reason}`,
  whoIsTold: 'Who is told',
  whoIsToldEvent: 'When a machine raises',
  whoIsToldNone: 'Nobody is told about this event.',
  whoIsToldCount: (count: number) => (count === 1 ? '1 contact is told.' : `${count} contacts are told.`),
  whoIsToldFailed: 'Who is told could not be loaded.',
  notifyNotChanged: (count: number) =>
    count === 1 ? '1 contact was not changed:' : `${count} contacts were not changed:`,
};

export type ContactListStrings = typeof contactListEn;

/** What `this.l10n.t` holds in the contact list: the shared words and its own. */
export type ListStrings = Strings & ContactListStrings;
