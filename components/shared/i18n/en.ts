/**
 * The English strings: this table's type is the contract every other language must meet (see `da.ts`).
 * Values are plain text or small functions for counts and names; nothing here is ever rendered as HTML.
 * Group keys by who uses them; later elements add their own keys here and in every other table.
 */
import type { ViolationCode } from '../../../src/schemas/violations.js';
import type { CustomerType } from '../../../src/schemas/customer.js';

/** Field messages: every SDK violation code, plus the few the UI derives from other errors. */
type ViolationMessages = Record<ViolationCode | 'duplicate', string>;

export const en = {
  // Shared
  loading: 'Loading…',
  retry: 'Retry',
  cancel: 'Cancel',
  close: 'Close',
  save: 'Save',
  saving: 'Saving…',
  edit: 'Edit',
  next: 'Next',
  back: 'Back',
  remove: 'Remove',
  confirm: 'Confirm',
  optional: 'optional',
  notGiven: 'Not given',
  selectedCount: (count: number, formatted: string) => (count === 1 ? '1 selected' : `${formatted} selected`),
  selectionActions: 'Actions for the selection',
  stepOf: (position: number, total: number) => `Step ${position} of ${total}`,
  progress: 'Progress',

  // Permissions and setup
  noClient: 'Not connected: set the client property or call setDefaultClient().',
  noPermissionCreate: 'Only administrators and fleet administrators can create customers.',
  noPermissionChange: 'Only administrators and fleet administrators can change customers.',
  noPermissionTitle: 'You can view customers, but not change them',
  userLoadFailed: 'Your permissions could not be loaded.',

  // Errors from the client, by kind
  errorNetwork: 'The server could not be reached. Check the connection and try again.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorRateLimited: (seconds: number | undefined) =>
    seconds ? `Too many requests. Try again in ${seconds} seconds.` : 'Too many requests. Try again in a moment.',
  errorServer: 'Something went wrong on the server. Try again in a moment.',
  errorAuthentication: 'Your session has expired. Sign in again, then retry.',
  errorNotFound: 'This record no longer exists.',
  errorConflict: 'This conflicts with another record.',
  errorStale: 'Someone else changed this in the meantime. Reload to see their changes.',
  errorValidation: 'Some fields need attention.',
  errorUnknown: 'Something went wrong. Try again.',
  inputKept: 'Nothing you entered is lost.',

  // Field violations, keyed by the SDK's stable violation codes
  violation: {
    required: 'Required.',
    too_long: 'This is too long.',
    too_many: 'There are too many entries.',
    invalid_email: 'Enter a valid e-mail address, e.g. name@example.com.',
    invalid_phone: 'Enter a phone number with country code, e.g. +45 12 34 56 78, or choose the country first.',
    invalid_url: 'Enter a web address starting with https:// or http://.',
    invalid_country: 'Choose a country from the list.',
    invalid_choice: 'Choose one of the options.',
    unreachable: 'Enter an e-mail or a phone number, so the contact can be notified.',
    sms_needs_phone: 'SMS needs a phone number: add one, or leave SMS off.',
    invalid: 'This value is not valid.',
    duplicate: 'Another customer already has this external reference.',
  } satisfies ViolationMessages as ViolationMessages,
  /** `too_long` / `too_many` with the limit the schema states. */
  tooLong: (max: string) => `This is too long: at most ${max} characters.`,
  tooMany: (max: string) => `There are too many: at most ${max}.`,
  fieldsNeedAttention: (count: number) =>
    count === 1 ? '1 field needs attention.' : `${count} fields need attention.`,
  emailOrPhone: 'e-mail or phone required',

  // Leaving a form with typed input (the unsaved-changes guard)
  unsavedTitle: 'Discard your changes?',
  unsavedBody: 'What you typed has not been saved and will be lost.',
  unsavedDiscard: 'Discard changes',
  unsavedKeep: 'Keep editing',

  // Customer relationship types (the help article's list)
  customerTypes: {
    CONTRACTOR: 'Contractor',
    DEALER: 'Dealer',
    DISTRIBUTOR: 'Distributor',
    OEM: 'OEM/Manufacturer',
    RENTAL: 'Rental',
    SERVICE: 'Service provider',
    OTHER: 'Other',
  } satisfies Record<CustomerType, string> as Record<CustomerType, string>,

  // Country combobox
  country: 'Country',
  countryHint: 'Type to search, then pick from the list.',
  countryNoMatch: 'No matching country',
  countryMatches: (count: number) => (count === 1 ? '1 country found' : `${count} countries found`),
  showCountries: 'Show countries',

  // Company and contact fields (wizard, details, contact list)
  companyName: 'Company name',
  address: 'Address',
  street: 'Street',
  postalCode: 'Postal code',
  city: 'City',
  phone: 'Phone',
  phoneHint: 'Saved in international format; without a country code, the country above is assumed.',
  email: 'E-mail',
  externalReference: 'External reference',
  externalReferenceHint: 'Your own ID for this customer, e.g. from your ERP system.',
  relationshipType: 'Relationship type',
  relationshipTypeHint: 'What is your relationship with this customer? Without a choice, Other is used.',
  contactsReachable: 'Each contact needs an e-mail or a phone number.',
  contactName: 'Name',
  contactTitle: 'Title',
  addContact: 'Add contact',
  saveFailed: 'The customer was not saved.',
  serverRejected: 'The server did not accept some fields. They are marked at the field.',

  // Company fields of the details form (shared company-fields.ts)
  region: 'Region',
  website: 'Website',
  websiteHint: 'Starting with https:// or http://.',
  note: 'Note',
};

/** The contract of a language table: every key of the English table, with the same shape. */
export type Strings = typeof en;
