/** `<customer-list>`'s own strings; the shared ones (types, Retry, errors) come from `shared/i18n`. */
export const customerListEn = {
  customers: 'Customers',
  customerCount: (count: number, formatted: string) => (count === 1 ? '1 customer' : `${formatted} customers`),
  customerMatches: (count: number, formatted: string) =>
    count === 1 ? '1 matching customer' : `${formatted} matching customers`,
  createCustomer: 'Create customer',
  searchCustomers: 'Search customers',
  searchCustomersHint: 'Name, external reference, e-mail or city.',
  typeFilter: 'Relationship type',
  allTypes: 'All types',
  typesChosen: (count: number) => (count === 1 ? '1 type' : `${count} types`),
  sortBy: 'Sort by',
  sortOptions: {
    name: 'Name (A–Z)',
    '-name': 'Name (Z–A)',
    type: 'Relationship type',
    '-type': 'Relationship type, reversed',
    contactCount: 'Fewest contacts',
    '-contactCount': 'Most contacts',
    equipmentCount: 'Least equipment',
    '-equipmentCount': 'Most equipment',
    updatedAt: 'Last changed (oldest first)',
    '-updatedAt': 'Last changed (newest first)',
  },
  colName: 'Name',
  colType: 'Relationship type',
  colPlace: 'City and country',
  colContacts: 'Contacts',
  colEquipment: 'Equipment',
  colUpdated: 'Last changed',
  noCustomers: 'There are no customers yet.',
  nothingMatches: (search: string) => `Nothing matches “${search}”.`,
  nothingOfTypes: 'No customers have the chosen relationship types.',
  clearFilters: 'Clear search and filters',
  customersLoadFailed: 'The customers could not be loaded.',
  listKeys: 'Arrow keys, Home, End, Page Up and Page Down move; Enter or Space opens the customer.',
  exportAction: 'Export',
  exportTitle: 'Export customers',
  exportScope: (count: number, formatted: string, filtered: boolean) =>
    filtered
      ? count === 1
        ? 'The 1 customer that matches the search and filters, as a CSV file (UTF-8).'
        : `The ${formatted} customers that match the search and filters, as a CSV file (UTF-8).`
      : count === 1
        ? 'The 1 customer, as a CSV file (UTF-8).'
        : `All ${formatted} customers, as a CSV file (UTF-8).`,
  exportSeparator: 'Separator',
  exportSeparatorHint: 'Excel expects a semicolon where numbers are written with a decimal comma, as in Danish.',
  exportSemicolon: 'Semicolon (;)',
  exportComma: 'Comma (,)',
  exportWithContacts: 'One row per contact',
  exportWithContactsHint: 'Adds the contact columns; a customer without contacts gets one row.',
  exportStart: 'Export',
  exportRunning: 'Exporting customers',
  exportProgress: (done: string, total: string) => `${done} of ${total} customers`,
  exportCancel: 'Cancel export',
  exportCancelled: 'Export cancelled. Nothing was downloaded.',
  exportDone: (count: number, formatted: string) =>
    count === 1 ? 'Exported 1 customer.' : `Exported ${formatted} customers.`,
  exportFailed: 'The export failed.',
  exportTemplate: 'Download import template',
  exportTemplateHint: 'To import customers, fill in the template: it has the same columns.',
  exportFileName: 'customers',
};

export type CustomerListText = typeof customerListEn;
