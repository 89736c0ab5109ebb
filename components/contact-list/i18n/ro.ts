import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Romanian (Listă de contacte, Adăugați un contact, Editați / Ștergeți contactele). */
const ro: typeof contactListEn = {
  contactList: 'Listă de contacte',
  contactTitle: 'Funcție',
  contactCount: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} contact`,
      few: `${formatted} contacte`,
      other: `${formatted} de contacte`,
    }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Nu s-au găsit contacte.'
      : plural('ro', count, {
          one: `${formatted} contact găsit.`,
          few: `${formatted} contacte găsite.`,
          other: `${formatted} de contacte găsite.`,
        }),
  contactsShown: (shown, total) => `Se afișează ${shown} din ${total}`,
  searchContacts: 'Căutați contacte',
  showMoreContacts: 'Afișați mai multe contacte',
  selectAllContacts: 'Selectați toate contactele',
  selectContact: (name) => `Selectați ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) =>
    `Sortat după ${column.toLowerCase()}, ${descending ? 'descrescător' : 'crescător'}.`,
  noCustomer: 'Niciun client ales: setați atributul customer-id.',
  contactsNone: 'Acest client nu are încă contacte.',
  contactsNoMatch: (search) => `Niciun contact nu corespunde cu „${search}”.`,
  contactsLoadFailed: 'Contactele nu au putut fi încărcate.',
  contactsReadOnlyTitle: 'Puteți vedea contactele, dar nu le puteți modifica',
  contactsReadOnly: 'Doar administratorii și administratorii de flotă pot adăuga, edita sau șterge contacte.',
  editContacts: 'Editați contactele',
  deleteContacts: 'Ștergeți contactele',
  clearSelection: 'Goliți selecția',
  editingContacts: (count, formatted) =>
    plural('ro', count, {
      one: `Se editează ${formatted} contact`,
      few: `Se editează ${formatted} contacte`,
      other: `Se editează ${formatted} de contacte`,
    }),
  contactsSaved: (count) =>
    plural('ro', count, {
      one: `${count} contact salvat.`,
      few: `${count} contacte salvate.`,
      other: `${count} de contacte salvate.`,
    }),
  contactsNotSaved: (count) =>
    plural('ro', count, {
      one: `${count} contact nu a fost salvat: vedeți mesajul de pe rândul lui.`,
      few: `${count} contacte nu au fost salvate: vedeți mesajul de pe fiecare rând.`,
      other: `${count} de contacte nu au fost salvate: vedeți mesajul de pe fiecare rând.`,
    }),
  contactsUnchanged: 'Nu s-a modificat nimic.',
  contactStale:
    'Altcineva a modificat între timp acest contact; versiunea acelei persoane este acum punctul de pornire. Salvați din nou pentru a aplica peste ea modificările dvs. sau alegeți Anulați pentru a o vedea.',
  deleteContactsTitle: (count, formatted) =>
    plural('ro', count, {
      one: `Ștergeți ${formatted} contact?`,
      few: `Ștergeți ${formatted} contacte?`,
      other: `Ștergeți ${formatted} de contacte?`,
    }),
  // Neither number nor gender of the names is known here, so nothing agrees with them.
  deleteContactsBody: (names) => `De șters: ${names}. Acțiunea nu poate fi anulată.`,
  andMore: (count) => `încă ${count}`,
  deletingContacts: 'Se șterg contactele…',
  contactsDeleted: (count) =>
    plural('ro', count, {
      one: `${count} contact șters.`,
      few: `${count} contacte șterse.`,
      other: `${count} de contacte șterse.`,
    }),
  contactsNotDeleted: (count) =>
    plural('ro', count, {
      one: `${count} contact nu a fost șters și rămâne selectat:`,
      few: `${count} contacte nu au fost șterse și rămân selectate:`,
      other: `${count} de contacte nu au fost șterse și rămân selectate:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  // A person's name: «adăugat/adăugată» would need the person's gender.
  contactAddedNamed: (name) => `${name} este acum în lista de contacte.`,
  addContactFailed: 'Contactul nu a fost adăugat.',
  contactPhoneHint: (country) =>
    country ? `Fără prefixul țării, se presupune ${country}.` : 'Includeți prefixul țării, de ex. +40 712 345 678.',
  newContact: 'Nou',
  selectedHidden: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} contact selectat este ascuns de căutare și nu este inclus în Editați și Ștergeți.`,
      few: `${formatted} contacte selectate sunt ascunse de căutare și nu sunt incluse în Editați și Ștergeți.`,
      other: `${formatted} de contacte selectate sunt ascunse de căutare și nu sunt incluse în Editați și Ștergeți.`,
    }),
  dismiss: 'Închideți',
  contactsNoneHint: 'Adăugați persoanele de la client care trebuie anunțate despre evenimentele echipamentelor.',
};
export default ro;
