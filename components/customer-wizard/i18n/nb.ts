import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Bokmål: Opprett kunde, Firma, Kontakter, Gjennomgå, Lagre. */
const nb: typeof wizardEn = {
  createCustomer: 'Opprett kunde',
  stepCompany: 'Firma',
  stepContacts: 'Kontakter',
  stepReview: 'Gjennomgå',
  duplicateName: (names) => `Det finnes allerede en kunde med et lignende navn: ${names}.`,
  duplicateReference: (names) => `En annen kunde har denne eksterne referansen: ${names}.`,
  duplicateContinue: 'Sjekk at dette er en ny kunde. Du kan fortsatt gå videre.',
  contactsIntro: 'Legg til personene hos kunden som skal varsles om hendelser med utstyret.',
  contactsEmpty: 'Ingen kontakter ennå. Det går fint: du kan lagre uten kontakter og legge dem til senere.',
  contactsLimit: (max) => `Opptil ${max} kontakter kan lagres med en ny kunde.`,
  contactsTooMany: (max, over) =>
    `Maks ${max} kontakter kan lagres med en ny kunde. Fjern ${plural('nb', over, { one: '1 kontakt', other: `${over} kontakter` })}, eller legg til resten etter at du har lagret.`,
  contactN: (position) => `Kontakt ${position}`,
  removeContact: (position) => `Fjern kontakt ${position}`,
  contactAdded: (position) => `Kontakt ${position} er lagt til.`,
  contactRemoved: (position) => `Kontakt ${position} er fjernet.`,
  reviewIntro: 'Gå gjennom opplysningene før du lagrer. Bruk Rediger for å gå tilbake til et trinn.',
  editStep: (step) => `Rediger ${step.toLowerCase()}`,
  noContacts: 'Ingen kontakter.',
  savingCustomer: 'Lagrer kunden…',
  customerCreated: (name) => `${name} er opprettet.`,
  customerCreatedBody: 'Kunden og kontaktene er lagret. Tildel utstyr under kundens fane Utstyr.',
  createAnother: 'Opprett en kunde til',
};
export default nb;
