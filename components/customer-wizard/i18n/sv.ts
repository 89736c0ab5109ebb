import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Swedish: Skapa kund, Företag, Kontakter, Granska, Spara. */
const sv: typeof wizardEn = {
  createCustomer: 'Skapa kund',
  stepCompany: 'Företag',
  stepContacts: 'Kontakter',
  stepReview: 'Granska',
  duplicateName: (names) => `Det finns redan en kund med ett liknande namn: ${names}.`,
  duplicateReference: (names) => `En annan kund har den här externa referensen: ${names}.`,
  duplicateContinue: 'Kontrollera att det är en ny kund. Du kan ändå fortsätta.',
  contactsIntro: 'Lägg till de personer hos kunden som ska aviseras om händelser med utrustningen.',
  contactsEmpty: 'Inga kontakter än. Det går bra: du kan spara utan kontakter och lägga till dem senare.',
  contactsLimit: (max) => `Upp till ${max} kontakter kan sparas med en ny kund.`,
  contactsTooMany: (max, over) =>
    `Högst ${max} kontakter kan sparas med en ny kund. Ta bort ${plural('sv', over, { one: '1 kontakt', other: `${over} kontakter` })}, eller lägg till resten när du har sparat.`,
  contactN: (position) => `Kontakt ${position}`,
  removeContact: (position) => `Ta bort kontakt ${position}`,
  contactAdded: (position) => `Kontakt ${position} har lagts till.`,
  contactRemoved: (position) => `Kontakt ${position} har tagits bort.`,
  reviewIntro: 'Granska uppgifterna innan du sparar. Använd Redigera för att gå tillbaka till ett steg.',
  editStep: (step) => `Redigera ${step.toLowerCase()}`,
  noContacts: 'Inga kontakter.',
  savingCustomer: 'Sparar kunden…',
  customerCreated: (name) => `${name} har skapats.`,
  customerCreatedBody: 'Kunden och dess kontakter har sparats. Tilldela utrustning under kundens flik Utrustning.',
  createAnother: 'Skapa en kund till',
};
export default sv;
