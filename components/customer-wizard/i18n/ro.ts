import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Romanian (Creați un client, Salvați). */
const ro: typeof wizardEn = {
  createCustomer: 'Creați un client',
  stepCompany: 'Companie',
  stepContacts: 'Contacte',
  stepReview: 'Verificare',
  duplicateName: (names) => `Există deja un client cu un nume asemănător: ${names}.`,
  duplicateReference: (names) => `Alt client are această referință externă: ${names}.`,
  duplicateContinue: 'Verificați că este un client nou. Puteți totuși continua.',
  contactsIntro: 'Adăugați persoanele de la client care trebuie anunțate despre evenimentele echipamentelor.',
  contactsEmpty:
    'Încă nu există contacte. Nu este nicio problemă: puteți salva fără contacte și le puteți adăuga mai târziu.',
  contactsLimit: (max) =>
    `Cu un client nou se pot salva cel mult ${plural('ro', max, { one: `${max} contact`, few: `${max} contacte`, other: `${max} de contacte` })}.`,
  contactsTooMany: (max, over) =>
    `Cu un client nou se pot salva cel mult ${plural('ro', max, { one: `${max} contact`, few: `${max} contacte`, other: `${max} de contacte` })}. Eliminați ${plural('ro', over, { one: `${over} contact`, few: `${over} contacte`, other: `${over} de contacte` })} sau adăugați restul după salvare.`,
  contactN: (position) => `Contactul ${position}`,
  removeContact: (position) => `Eliminați contactul ${position}`,
  contactAdded: (position) => `Contactul ${position} a fost adăugat.`,
  contactRemoved: (position) => `Contactul ${position} a fost eliminat.`,
  reviewIntro: 'Verificați datele înainte de a salva. Folosiți Editați pentru a reveni la un pas.',
  // The step's own title, kept as a name: „Editați pasul Companie”.
  editStep: (step) => `Editați pasul ${step}`,
  noContacts: 'Niciun contact.',
  savingCustomer: 'Se salvează clientul…',
  customerCreated: (name) => `Clientul ${name} a fost creat.`,
  customerCreatedBody:
    'Clientul și contactele lui au fost salvate. Atribuiți echipamente din fila Echipamente a clientului.',
  createAnother: 'Creați alt client',
};
export default ro;
