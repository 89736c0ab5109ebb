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
  // Notification preferences
  notifications: 'Notificări',
  notificationChannels: 'Canale',
  notificationEvents: 'Evenimente',
  notificationLanguage: 'Limba mesajelor',
  notificationOptOut: 'Dezabonat: nu se trimite nimic', // review: «dezabonat» for opted out
  notificationOptOutHint: 'Opțiunile de mai sus se păstrează și se aplică din nou când dezabonarea este eliminată.',
  smsNeedsPhoneHint: 'Pentru SMS este nevoie de un număr de telefon.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Service scadent', // review: Trackunit may say «Revizie scadentă»
    fault_code: 'Coduri de eroare',
    geofence_enter: 'Intrare în geofence', // review: «zonă geografică» / «geofence»
    geofence_exit: 'Ieșire din geofence',
    out_of_hours_use: 'Utilizare în afara programului',
    low_battery: 'Baterie descărcată',
    tamper: 'Manipulare neautorizată', // review: tamper alarm of the telematics unit
  },
  optedOut: 'Dezabonat',
  noChannel: 'Niciun canal',
  eventCount: (count) =>
    plural('ro', count, { one: `${count} eveniment`, few: `${count} evenimente`, other: `${count} de evenimente` }),
  notifiedAbout: (channels, events) => `Prin ${channels} despre ${events}`,
  nothingChosen: 'nimic',
  notifySelected: 'Notificări…',
  notifySelectedTitle: (count, formatted) =>
    plural('ro', count, {
      one: `Notificări pentru ${formatted} contact`,
      few: `Notificări pentru ${formatted} contacte`,
      other: `Notificări pentru ${formatted} de contacte`,
    }),
  notifyChange: 'Modificați',
  notifyAdd: 'Activați',
  notifyRemove: 'Dezactivați',
  notifyWhat: 'Eveniment sau canal',
  notifyApply: 'Aplicați',
  notifyOptOut: 'Dezabonați',
  notifyOptIn: 'Eliminați dezabonarea',
  notifyDone: (count) =>
    plural('ro', count, {
      one: `Notificări modificate pentru ${count} contact.`,
      few: `Notificări modificate pentru ${count} contacte.`,
      other: `Notificări modificate pentru ${count} de contacte.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Cine este anunțat',
  whoIsToldEvent: 'Când un utilaj semnalează', // review: followed by the chosen event
  whoIsToldNone: 'Nimeni nu este anunțat despre acest eveniment.',
  whoIsToldCount: (count) =>
    plural('ro', count, {
      one: `${count} contact este anunțat.`,
      few: `${count} contacte sunt anunțate.`,
      other: `${count} de contacte sunt anunțate.`,
    }),
  whoIsToldFailed: 'Nu s-a putut încărca cine este anunțat.',
  notifyNotChanged: (count) =>
    plural('ro', count, {
      one: `${count} contact nu a fost modificat:`,
      few: `${count} contacte nu au fost modificate:`,
      other: `${count} de contacte nu au fost modificate:`,
    }),
};
export default ro;
