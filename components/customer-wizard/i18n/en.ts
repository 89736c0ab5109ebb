/**
 * The wizard's own English strings (shared words such as field labels live in `components/shared/i18n`).
 * This table's type is the contract for the wizard's other languages.
 */
export const wizardEn = {
  createCustomer: 'Create customer',
  stepCompany: 'Company',
  stepContacts: 'Contacts',
  stepReview: 'Review',
  duplicateName: (names: string) => `A customer with a similar name already exists: ${names}.`,
  duplicateReference: (names: string) => `Another customer has this external reference: ${names}.`,
  duplicateContinue: 'Check that this is a new customer. You can still continue.',
  contactsIntro: 'Add the people at the customer who should be notified about equipment events.',
  contactsEmpty: 'No contacts yet. That is fine: you can save without contacts and add them later.',
  contactsLimit: (max: number) => `Up to ${max} contacts can be saved with a new customer.`,
  contactsTooMany: (max: number, over: number) =>
    `At most ${max} contacts can be saved with a new customer. Remove ${over === 1 ? '1 contact' : `${over} contacts`}, or add the rest after saving.`,
  contactN: (position: number) => `Contact ${position}`,
  removeContact: (position: number) => `Remove contact ${position}`,
  contactAdded: (position: number) => `Contact ${position} added.`,
  contactRemoved: (position: number) => `Contact ${position} removed.`,
  reviewIntro: 'Check the details before you save. Use Edit to go back to a step.',
  editStep: (step: string) => `Edit ${step.toLowerCase()}`,
  noContacts: 'No contacts.',
  savingCustomer: 'Saving the customer…',
  customerCreated: (name: string) => `${name} was created.`,
  customerCreatedBody: 'The customer and its contacts are saved. Assign equipment from the customer’s Equipment tab.',
  createAnother: 'Create another customer',
};

export type WizardStrings = typeof wizardEn;
