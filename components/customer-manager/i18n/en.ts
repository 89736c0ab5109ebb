/** `<customer-manager>`'s own strings; the list's and the shared ones come from their tables. */
export const managerEn = {
  tabs: { details: 'Details', contacts: 'Contact list', equipment: 'Equipment' },
  customerSections: (name: string) => `${name}: sections`,
  backToCustomers: 'Back to customers',
  hideList: 'Hide the list',
  showList: 'Show the list',
  contactsCount: (count: number, formatted: string) => (count === 1 ? '1 contact' : `${formatted} contacts`),
  unitsCount: (count: number, formatted: string) => (count === 1 ? '1 equipment unit' : `${formatted} equipment units`),
  chooseCustomer: 'Choose a customer in the list to see its details, contacts and equipment.',
  customerLoadFailed: 'The customer could not be loaded.',
  partLoadFailed: 'This part of the app could not be loaded.',
  customerDeletedNotice: (name: string) => `${name} was deleted, with its contacts and equipment assignments.`,
  importCustomers: 'Import customers',
};

export type ManagerText = typeof managerEn;
