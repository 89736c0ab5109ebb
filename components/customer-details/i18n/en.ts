import type { Strings } from '../../shared/i18n/en.js';

/**
 * The details element's own English strings (field labels and other shared words live in
 * `components/shared/i18n`). This table's type is the contract for its other languages.
 */
export const detailsEn = {
  details: 'Details',
  contactsLabel: 'Contacts',
  equipmentLabel: 'Equipment',
  createdAt: 'Created',
  updatedAt: 'Last changed',
  changesSaved: 'Your changes are saved.',
  noChanges: 'Nothing was changed.',
  deleteCustomer: 'Delete customer',
  deleting: 'Deleting…',
  deleteTitle: (name: string) => `Delete ${name}?`,
  /** The confirmation: the customer by name, and what else goes, from its counts (`format` adds separators). */
  deleteConsequences: (name: string, equipment: number, contacts: number, format: (count: number) => string) =>
    `${name} will be deleted. This removes ${equipment === 1 ? '1 equipment assignment' : `${format(equipment)} equipment assignments`} and deletes ${contacts === 1 ? '1 contact' : `${format(contacts)} contacts`}.${equipment ? ' The equipment stays in your fleet, unassigned.' : ''} This cannot be undone.`,
  customerDeleted: (name: string) => `${name} was deleted.`,
  deleteFailed: 'The customer was not deleted.',
  deleteStale: 'The customer changed since it was shown, so nothing was deleted. Check it, then delete again.',
  customerNotFound: 'Customer not found',
  customerNotFoundBody: 'It may have been deleted by someone else, or the link is out of date.',
  customerLoadFailed: 'The customer could not be loaded.',
  noCustomerChosen: 'No customer chosen.',
  conflictTitle: 'Someone else changed this customer while you were editing',
  conflictBody:
    'Nothing was saved; your edits are still in the form. Overwriting replaces only the fields you changed.',
  conflictTheirs: 'Saved now',
  conflictYours: 'Your edit',
  conflictNotChangedByYou: 'Not changed by you',
  conflictReload: 'Reload their version',
  conflictOverwrite: 'Overwrite with my edits',
  keptEditsTitle: 'Your edits that were not saved',
  keptEditsBody: 'The form now shows the saved version. Copy what you still need from here.',
};

export type DetailsStrings = typeof detailsEn;

/** What the element's templates read: the shared words and its own. */
export type DetailsText = Strings & DetailsStrings;
