import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in German: Kontaktliste, Kontakt hinzufügen, Kontakte bearbeiten, Kontakte löschen. */
const de: typeof contactListEn = {
  contactList: 'Kontaktliste',
  contactTitle: 'Position', // review: job title, not an academic "Titel"
  contactCount: (count, formatted) => plural('de', count, { one: '1 Kontakt', other: `${formatted} Kontakte` }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Keine Kontakte gefunden.'
      : plural('de', count, { one: '1 Kontakt gefunden.', other: `${formatted} Kontakte gefunden.` }),
  contactsShown: (shown, total) => `${shown} von ${total} angezeigt`,
  searchContacts: 'Kontakte durchsuchen',
  showMoreContacts: 'Weitere Kontakte anzeigen',
  selectAllContacts: 'Alle Kontakte auswählen',
  selectContact: (name) => `${name} auswählen`,
  contactField: (field, name) => `${field}, ${name}`,
  // German nouns keep their capital: no toLowerCase() here.
  sortedBy: (column, descending) => `Sortiert nach ${column}, ${descending ? 'absteigend' : 'aufsteigend'}.`,
  noCustomer: 'Kein Kunde gewählt: Legen Sie das Attribut customer-id fest.',
  contactsNone: 'Dieser Kunde hat noch keine Kontakte.',
  contactsNoMatch: (search) => `Keine Kontakte zu „${search}“ gefunden.`,
  contactsLoadFailed: 'Die Kontakte konnten nicht geladen werden.',
  contactsReadOnlyTitle: 'Sie können die Kontakte ansehen, aber nicht ändern',
  contactsReadOnly:
    'Nur Administratoren und Flottenadministratoren können Kontakte hinzufügen, bearbeiten oder löschen.',
  editContacts: 'Kontakte bearbeiten',
  deleteContacts: 'Kontakte löschen',
  clearSelection: 'Auswahl aufheben',
  editingContacts: (count, formatted) =>
    plural('de', count, { one: '1 Kontakt wird bearbeitet', other: `${formatted} Kontakte werden bearbeitet` }),
  contactsSaved: (count) =>
    plural('de', count, { one: '1 Kontakt gespeichert.', other: `${count} Kontakte gespeichert.` }),
  contactsNotSaved: (count) =>
    plural('de', count, {
      one: '1 Kontakt wurde nicht gespeichert: siehe die Meldung in seiner Zeile.',
      other: `${count} Kontakte wurden nicht gespeichert: siehe die Meldung in jeder Zeile.`,
    }),
  contactsUnchanged: 'Es wurde nichts geändert.',
  contactStale:
    'Jemand anderes hat diesen Kontakt inzwischen geändert; diese Version ist jetzt der Ausgangspunkt. Speichern Sie erneut, um Ihre Änderungen darauf anzuwenden, oder wählen Sie „Abbrechen“, um sie zu sehen.',
  deleteContactsTitle: (count, formatted) =>
    plural('de', count, { one: '1 Kontakt löschen?', other: `${formatted} Kontakte löschen?` }),
  // One name or several: a colon keeps the verb out of number agreement.
  deleteContactsBody: (names) => `Gelöscht werden: ${names}. Dies kann nicht rückgängig gemacht werden.`,
  andMore: (count) => plural('de', count, { one: '1 weiterer', other: `${count} weitere` }),
  deletingContacts: 'Kontakte werden gelöscht…',
  contactsDeleted: (count) => plural('de', count, { one: '1 Kontakt gelöscht.', other: `${count} Kontakte gelöscht.` }),
  contactsNotDeleted: (count) =>
    plural('de', count, {
      one: '1 Kontakt wurde nicht gelöscht und ist weiterhin ausgewählt:',
      other: `${count} Kontakte wurden nicht gelöscht und sind weiterhin ausgewählt:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `${name} wurde der Kontaktliste hinzugefügt.`,
  addContactFailed: 'Der Kontakt wurde nicht hinzugefügt.',
  contactPhoneHint: (country) =>
    country ? `Ohne Ländervorwahl wird ${country} angenommen.` : 'Mit Ländervorwahl, z. B. +49 30 12345678.',
  newContact: 'Neu',
  selectedHidden: (count, formatted) =>
    plural('de', count, {
      one: '1 ausgewählter Kontakt ist durch die Suche ausgeblendet und bleibt bei „Bearbeiten“ und „Löschen“ außen vor.',
      other: `${formatted} ausgewählte Kontakte sind durch die Suche ausgeblendet und bleiben bei „Bearbeiten“ und „Löschen“ außen vor.`,
    }),
  dismiss: 'Ausblenden',
  contactsNoneHint: 'Fügen Sie die Personen beim Kunden hinzu, die über Geräteereignisse benachrichtigt werden sollen.',
  // Notification preferences
  notifications: 'Benachrichtigungen',
  notificationChannels: 'Kanäle',
  notificationEvents: 'Ereignisse',
  notificationLanguage: 'Sprache der Nachrichten',
  notificationOptOut: 'Abgemeldet: nichts senden', // review: "abgemeldet" for opt-out, or "Widerspruch"
  notificationOptOutHint: 'Die Auswahl oben bleibt erhalten und gilt wieder, sobald die Abmeldung aufgehoben wird.',
  smsNeedsPhoneHint: 'SMS erfordert eine Telefonnummer.',
  channelName: { email: 'E-Mail', sms: 'SMS' },
  eventName: {
    service_due: 'Service fällig', // review: Trackunit's German for "service due" (or "Wartung fällig")
    fault_code: 'Fehlercodes',
    geofence_enter: 'Geofence betreten',
    geofence_exit: 'Geofence verlassen',
    out_of_hours_use: 'Nutzung außerhalb der Arbeitszeit',
    low_battery: 'Niedriger Akkustand', // review: "Akku" or "Batterie" in Trackunit's German UI
    tamper: 'Manipulation',
  },
  optedOut: 'Abgemeldet',
  noChannel: 'Kein Kanal',
  eventCount: (count) => plural('de', count, { one: '1 Ereignis', other: `${count} Ereignisse` }),
  notifiedAbout: (channels, events) => `Per ${channels} über ${events}`,
  nothingChosen: 'nichts',
  notifySelected: 'Benachrichtigungen…',
  notifySelectedTitle: (count, formatted) =>
    plural('de', count, {
      one: 'Benachrichtigungen für 1 Kontakt',
      other: `Benachrichtigungen für ${formatted} Kontakte`,
    }),
  notifyChange: 'Änderung',
  notifyAdd: 'Einschalten',
  notifyRemove: 'Ausschalten',
  notifyWhat: 'Ereignis oder Kanal',
  notifyApply: 'Anwenden',
  notifyOptOut: 'Abmelden',
  notifyOptIn: 'Abmeldung aufheben',
  notifyDone: (count) =>
    plural('de', count, {
      one: 'Benachrichtigungen für 1 Kontakt geändert.',
      other: `Benachrichtigungen für ${count} Kontakte geändert.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Wer benachrichtigt wird',
  whoIsToldEvent: 'Wenn eine Maschine meldet',
  whoIsToldNone: 'Niemand wird über dieses Ereignis benachrichtigt.',
  whoIsToldCount: (count) =>
    plural('de', count, { one: '1 Kontakt wird benachrichtigt.', other: `${count} Kontakte werden benachrichtigt.` }),
  whoIsToldFailed: 'Wer benachrichtigt wird, konnte nicht geladen werden.',
  notifyNotChanged: (count) =>
    plural('de', count, { one: '1 Kontakt wurde nicht geändert:', other: `${count} Kontakte wurden nicht geändert:` }),
};
export default de;
