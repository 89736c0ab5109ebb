import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Italian (Crea cliente, Salva). */
const it: typeof wizardEn = {
  createCustomer: 'Crea cliente',
  stepCompany: 'Azienda',
  stepContacts: 'Contatti',
  stepReview: 'Riepilogo',
  duplicateName: (names) => `Esiste già un cliente con un nome simile: ${names}.`,
  duplicateReference: (names) => `Un altro cliente ha questo riferimento esterno: ${names}.`,
  duplicateContinue: 'Verifica che si tratti di un nuovo cliente. Puoi comunque continuare.',
  contactsIntro: 'Aggiungi le persone del cliente da avvisare sugli eventi delle attrezzature.',
  contactsEmpty: 'Ancora nessun contatto. Va bene così: puoi salvare senza contatti e aggiungerli in seguito.',
  contactsLimit: (max) => `Con un nuovo cliente si possono salvare fino a ${max} contatti.`,
  contactsTooMany: (max, over) =>
    `Con un nuovo cliente si possono salvare al massimo ${max} contatti. Rimuovi ${plural('it', over, {
      one: `${over} contatto`,
      many: `${over} di contatti`,
      other: `${over} contatti`,
    })}, oppure aggiungi gli altri dopo il salvataggio.`,
  contactN: (position) => `Contatto ${position}`,
  removeContact: (position) => `Rimuovi contatto ${position}`,
  contactAdded: (position) => `Contatto ${position} aggiunto.`,
  contactRemoved: (position) => `Contatto ${position} rimosso.`,
  reviewIntro: 'Controlla i dati prima di salvare. Usa Modifica per tornare a un passaggio.',
  // The step's own title, kept as a name: «Modifica il passaggio Azienda».
  editStep: (step) => `Modifica il passaggio ${step}`,
  noContacts: 'Nessun contatto.',
  savingCustomer: 'Salvataggio del cliente…',
  customerCreated: (name) => `Il cliente ${name} è stato creato.`,
  customerCreatedBody:
    'Il cliente e i suoi contatti sono stati salvati. Assegna le attrezzature dalla scheda Attrezzature del cliente.',
  createAnother: 'Crea un altro cliente',
};
export default it;
