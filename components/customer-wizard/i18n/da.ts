import type { wizardEn } from './en.js';

/** The wizard in Danish, worded as the help article (Opret kunde, Gem, ...). Typed: every key must be here. */
const da: typeof wizardEn = {
  createCustomer: 'Opret kunde',
  stepCompany: 'Virksomhed',
  stepContacts: 'Kontakter',
  stepReview: 'Gennemse',
  duplicateName: (names) => `Der findes allerede en kunde med et lignende navn: ${names}.`,
  duplicateReference: (names) => `En anden kunde har denne eksterne reference: ${names}.`,
  duplicateContinue: 'Tjek, at det er en ny kunde. Du kan stadig fortsætte.',
  contactsIntro: 'Tilføj de personer hos kunden, der skal underrettes om hændelser med udstyret.',
  contactsEmpty: 'Ingen kontakter endnu. Det er i orden: du kan gemme uden kontakter og tilføje dem senere.',
  contactsLimit: (max) => `Der kan gemmes op til ${max} kontakter med en ny kunde.`,
  contactsTooMany: (max, over) =>
    `Der kan højst gemmes ${max} kontakter med en ny kunde. Fjern ${over === 1 ? '1 kontakt' : `${over} kontakter`}, eller tilføj resten efter du har gemt.`,
  contactN: (position) => `Kontakt ${position}`,
  removeContact: (position) => `Fjern kontakt ${position}`,
  contactAdded: (position) => `Kontakt ${position} er tilføjet.`,
  contactRemoved: (position) => `Kontakt ${position} er fjernet.`,
  reviewIntro: 'Gennemse oplysningerne, før du gemmer. Brug Rediger for at gå tilbage til et trin.',
  editStep: (step) => `Rediger ${step.toLowerCase()}`,
  noContacts: 'Ingen kontakter.',
  savingCustomer: 'Gemmer kunden…',
  customerCreated: (name) => `${name} er oprettet.`,
  customerCreatedBody: 'Kunden og dens kontakter er gemt. Tildel udstyr under kundens fane Udstyr.',
  createAnother: 'Opret en kunde mere',
};

export default da;
