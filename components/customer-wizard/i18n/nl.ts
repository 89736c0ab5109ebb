import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Dutch: Klant aanmaken, Bedrijf, Contactpersonen, Controleren, Opslaan. */
const nl: typeof wizardEn = {
  createCustomer: 'Klant aanmaken',
  stepCompany: 'Bedrijf',
  stepContacts: 'Contactpersonen',
  stepReview: 'Controleren',
  duplicateName: (names) => `Er bestaat al een klant met een vergelijkbare naam: ${names}.`,
  duplicateReference: (names) => `Een andere klant heeft deze externe referentie: ${names}.`,
  duplicateContinue: 'Controleer of dit een nieuwe klant is. Je kunt toch doorgaan.',
  contactsIntro: 'Voeg de mensen bij de klant toe die meldingen over gebeurtenissen met het materieel moeten krijgen.',
  contactsEmpty:
    'Nog geen contactpersonen. Dat is prima: je kunt zonder contactpersonen opslaan en ze later toevoegen.',
  contactsLimit: (max) => `Bij een nieuwe klant kunnen maximaal ${max} contactpersonen worden opgeslagen.`,
  contactsTooMany: (max, over) =>
    `Bij een nieuwe klant kunnen maximaal ${max} contactpersonen worden opgeslagen. Verwijder ${plural('nl', over, { one: '1 contactpersoon', other: `${over} contactpersonen` })}, of voeg de rest toe na het opslaan.`,
  contactN: (position) => `Contactpersoon ${position}`,
  removeContact: (position) => `Contactpersoon ${position} verwijderen`,
  contactAdded: (position) => `Contactpersoon ${position} toegevoegd.`,
  contactRemoved: (position) => `Contactpersoon ${position} verwijderd.`,
  reviewIntro: 'Controleer de gegevens voordat je opslaat. Ga met Bewerken terug naar een stap.',
  // The step name opens the label, so it keeps its capital.
  editStep: (step) => `${step} bewerken`,
  noContacts: 'Geen contactpersonen.',
  savingCustomer: 'Klant wordt opgeslagen…',
  customerCreated: (name) => `${name} is aangemaakt.`,
  customerCreatedBody:
    'De klant en de contactpersonen zijn opgeslagen. Wijs materieel toe op het tabblad Materieel van de klant.',
  createAnother: 'Nog een klant aanmaken',
};
export default nl;
