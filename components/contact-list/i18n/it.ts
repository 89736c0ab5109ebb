import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Italian (Elenco contatti, Aggiungi contatto, Modifica contatti, Elimina contatti). */
const it: typeof contactListEn = {
  contactList: 'Elenco contatti',
  contactTitle: 'Ruolo',
  contactCount: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} contatto`,
      many: `${formatted} di contatti`,
      other: `${formatted} contatti`,
    }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Nessun contatto trovato.'
      : plural('it', count, {
          one: `${formatted} contatto trovato.`,
          many: `${formatted} di contatti trovati.`,
          other: `${formatted} contatti trovati.`,
        }),
  contactsShown: (shown, total) => `${shown} di ${total} visualizzati`,
  searchContacts: 'Cerca contatti',
  showMoreContacts: 'Mostra altri contatti',
  selectAllContacts: 'Seleziona tutti i contatti',
  selectContact: (name) => `Seleziona ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) =>
    `Ordinato per ${column.toLowerCase()}, in ordine ${descending ? 'decrescente' : 'crescente'}.`,
  noCustomer: 'Nessun cliente scelto: imposta l’attributo customer-id.',
  contactsNone: 'Questo cliente non ha ancora contatti.',
  contactsNoMatch: (search) => `Nessun contatto corrisponde a «${search}».`,
  contactsLoadFailed: 'Impossibile caricare i contatti.',
  contactsReadOnlyTitle: 'Puoi visualizzare i contatti, ma non modificarli',
  contactsReadOnly:
    'Solo gli amministratori e gli amministratori di flotta possono aggiungere, modificare o eliminare contatti.',
  editContacts: 'Modifica contatti',
  deleteContacts: 'Elimina contatti',
  clearSelection: 'Cancella selezione',
  editingContacts: (count, formatted) =>
    plural('it', count, {
      one: `Modifica di ${formatted} contatto`,
      many: `Modifica di ${formatted} di contatti`,
      other: `Modifica di ${formatted} contatti`,
    }),
  contactsSaved: (count) =>
    plural('it', count, {
      one: `${count} contatto salvato.`,
      many: `${count} di contatti salvati.`,
      other: `${count} contatti salvati.`,
    }),
  contactsNotSaved: (count) =>
    plural('it', count, {
      one: `${count} contatto non è stato salvato: vedi il messaggio nella sua riga.`,
      many: `${count} di contatti non sono stati salvati: vedi il messaggio in ogni riga.`,
      other: `${count} contatti non sono stati salvati: vedi il messaggio in ogni riga.`,
    }),
  contactsUnchanged: 'Nessuna modifica.',
  contactStale:
    'Qualcun altro ha modificato questo contatto nel frattempo; ora si parte dalla sua versione. Salva di nuovo per applicarvi le tue modifiche, oppure scegli Annulla per vederla.',
  deleteContactsTitle: (count, formatted) =>
    plural('it', count, {
      one: `Eliminare ${formatted} contatto?`,
      many: `Eliminare ${formatted} di contatti?`,
      other: `Eliminare ${formatted} contatti?`,
    }),
  // Neither number nor gender of the names is known here, so nothing agrees with them.
  deleteContactsBody: (names) => `Da eliminare: ${names}. L’operazione non può essere annullata.`,
  andMore: (count) => `altri ${count}`,
  deletingContacts: 'Eliminazione dei contatti…',
  contactsDeleted: (count) =>
    plural('it', count, {
      one: `${count} contatto eliminato.`,
      many: `${count} di contatti eliminati.`,
      other: `${count} contatti eliminati.`,
    }),
  contactsNotDeleted: (count) =>
    plural('it', count, {
      one: `${count} contatto non è stato eliminato ed è ancora selezionato:`,
      many: `${count} di contatti non sono stati eliminati e sono ancora selezionati:`,
      other: `${count} contatti non sono stati eliminati e sono ancora selezionati:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  // A person's name: «aggiunto/aggiunta» would need the person's gender.
  contactAddedNamed: (name) => `${name} ora è nell’elenco contatti.`,
  addContactFailed: 'Il contatto non è stato aggiunto.',
  contactPhoneHint: (country) =>
    country
      ? `Senza prefisso, si considera ${country}.`
      : 'Includi il prefisso internazionale, ad es. +39 312 345 6789.',
  newContact: 'Nuovo',
  selectedHidden: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} contatto selezionato è nascosto dalla ricerca ed escluso da Modifica ed Elimina.`,
      many: `${formatted} di contatti selezionati sono nascosti dalla ricerca ed esclusi da Modifica ed Elimina.`,
      other: `${formatted} contatti selezionati sono nascosti dalla ricerca ed esclusi da Modifica ed Elimina.`,
    }),
  dismiss: 'Chiudi',
  contactsNoneHint: 'Aggiungi le persone del cliente da avvisare sugli eventi delle attrezzature.',
  // Notification preferences
  notifications: 'Notifiche',
  notificationChannels: 'Canali',
  notificationEvents: 'Eventi',
  notificationLanguage: 'Lingua dei messaggi',
  notificationOptOut: 'Disiscritto: non inviare nulla', // review: opt-out; Trackunit may say «Nessuna notifica»
  notificationOptOutHint: 'Le scelte qui sopra restano salvate e tornano valide quando si annulla la disiscrizione.',
  smsNeedsPhoneHint: 'Per gli SMS serve un numero di telefono.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Manutenzione in scadenza', // review: Trackunit's Italian word for a service reminder
    fault_code: 'Codici di guasto', // review: «Codici errore» is also used
    geofence_enter: 'Ingresso nella geofence', // review: «geofence» vs. «recinto virtuale»
    geofence_exit: 'Uscita dalla geofence',
    out_of_hours_use: 'Uso fuori orario',
    low_battery: 'Batteria scarica',
    tamper: 'Manomissione', // review: tamper alarm of the telematics unit
  },
  optedOut: 'Disiscritto',
  noChannel: 'Nessun canale',
  eventCount: (count) =>
    plural('it', count, { one: `${count} evento`, many: `${count} di eventi`, other: `${count} eventi` }),
  notifiedAbout: (channels, events) => `Via ${channels}: ${events}`,
  nothingChosen: 'nulla',
  notifySelected: 'Notifiche…',
  notifySelectedTitle: (count, formatted) =>
    plural('it', count, {
      one: `Notifiche per ${formatted} contatto`,
      many: `Notifiche per ${formatted} di contatti`,
      other: `Notifiche per ${formatted} contatti`,
    }),
  notifyChange: 'Modifica',
  notifyAdd: 'Attiva',
  notifyRemove: 'Disattiva',
  notifyWhat: 'Evento o canale',
  notifyApply: 'Applica',
  notifyOptOut: 'Disiscrivi',
  notifyOptIn: 'Annulla la disiscrizione',
  notifyDone: (count) =>
    plural('it', count, {
      one: `Notifiche modificate per ${count} contatto.`,
      many: `Notifiche modificate per ${count} di contatti.`,
      other: `Notifiche modificate per ${count} contatti.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Chi viene avvisato',
  whoIsToldEvent: 'Quando una macchina segnala',
  whoIsToldNone: 'Nessuno viene avvisato di questo evento.',
  whoIsToldCount: (count) =>
    plural('it', count, {
      one: `${count} contatto viene avvisato.`,
      many: `${count} di contatti vengono avvisati.`,
      other: `${count} contatti vengono avvisati.`,
    }),
  whoIsToldFailed: 'Impossibile caricare chi viene avvisato.',
  notifyNotChanged: (count) =>
    plural('it', count, {
      one: `${count} contatto non è stato modificato:`,
      many: `${count} di contatti non sono stati modificati:`,
      other: `${count} contatti non sono stati modificati:`,
    }),
};
export default it;
