import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Dutch: Contactpersonen, Contactpersoon toevoegen, Contactpersonen bewerken. */
const nl: typeof contactListEn = {
  contactList: 'Contactpersonen', // review: "Contact list"; the plural reads as the tab name
  contactTitle: 'Functie',
  contactCount: (count, formatted) =>
    plural('nl', count, { one: '1 contactpersoon', other: `${formatted} contactpersonen` }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Geen contactpersonen gevonden.'
      : plural('nl', count, { one: '1 contactpersoon gevonden.', other: `${formatted} contactpersonen gevonden.` }),
  contactsShown: (shown, total) => `${shown} van ${total} getoond`,
  searchContacts: 'Contactpersonen zoeken',
  showMoreContacts: 'Meer contactpersonen tonen',
  selectAllContacts: 'Alle contactpersonen selecteren',
  selectContact: (name) => `${name} selecteren`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) => `Gesorteerd op ${column.toLowerCase()}, ${descending ? 'aflopend' : 'oplopend'}.`,
  noCustomer: 'Geen klant gekozen: stel het attribuut customer-id in.',
  contactsNone: 'Deze klant heeft nog geen contactpersonen.',
  contactsNoMatch: (search) => `Geen contactpersonen gevonden voor ‘${search}’.`,
  contactsLoadFailed: 'De contactpersonen konden niet worden geladen.',
  contactsReadOnlyTitle: 'Je kunt de contactpersonen bekijken, maar niet wijzigen',
  contactsReadOnly: 'Alleen beheerders en vlootbeheerders kunnen contactpersonen toevoegen, bewerken of verwijderen.',
  editContacts: 'Contactpersonen bewerken',
  deleteContacts: 'Contactpersonen verwijderen',
  clearSelection: 'Selectie wissen',
  editingContacts: (count, formatted) =>
    plural('nl', count, { one: 'Bewerken: 1 contactpersoon', other: `Bewerken: ${formatted} contactpersonen` }),
  contactsSaved: (count) =>
    plural('nl', count, { one: '1 contactpersoon opgeslagen.', other: `${count} contactpersonen opgeslagen.` }),
  contactsNotSaved: (count) =>
    plural('nl', count, {
      one: '1 contactpersoon is niet opgeslagen: zie de melding in de rij.',
      other: `${count} contactpersonen zijn niet opgeslagen: zie de melding in elke rij.`,
    }),
  contactsUnchanged: 'Er is niets gewijzigd.',
  contactStale:
    'Iemand anders heeft deze contactpersoon intussen gewijzigd; die versie is nu het uitgangspunt. Sla opnieuw op om je wijzigingen daaroverheen toe te passen, of kies Annuleren om die versie te zien.',
  deleteContactsTitle: (count, formatted) =>
    plural('nl', count, { one: '1 contactpersoon verwijderen?', other: `${formatted} contactpersonen verwijderen?` }),
  // One name or several: the colon keeps "wordt/worden" out of it.
  deleteContactsBody: (names) => `Je verwijdert: ${names}. Dit kan niet ongedaan worden gemaakt.`,
  andMore: (count) => plural('nl', count, { one: '1 andere', other: `${count} anderen` }),
  deletingContacts: 'Contactpersonen worden verwijderd…',
  contactsDeleted: (count) =>
    plural('nl', count, { one: '1 contactpersoon verwijderd.', other: `${count} contactpersonen verwijderd.` }),
  contactsNotDeleted: (count) =>
    plural('nl', count, {
      one: '1 contactpersoon is niet verwijderd en is nog geselecteerd:',
      other: `${count} contactpersonen zijn niet verwijderd en zijn nog geselecteerd:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `${name} is toegevoegd aan de contactpersonen.`,
  addContactFailed: 'De contactpersoon is niet toegevoegd.',
  contactPhoneHint: (country) =>
    country ? `Zonder landcode wordt ${country} aangenomen.` : 'Vermeld de landcode, bijv. +31 20 123 4567.',
  newContact: 'Nieuw',
  selectedHidden: (count, formatted) =>
    plural('nl', count, {
      one: '1 geselecteerde contactpersoon is verborgen door de zoekopdracht en valt buiten Bewerken en Verwijderen.',
      other: `${formatted} geselecteerde contactpersonen zijn verborgen door de zoekopdracht en vallen buiten Bewerken en Verwijderen.`,
    }),
  dismiss: 'Verbergen',
  contactsNoneHint:
    'Voeg de mensen bij de klant toe die meldingen over gebeurtenissen met het materieel moeten krijgen.',
  // Notification preferences
  notifications: 'Meldingen',
  notificationChannels: 'Kanalen',
  notificationEvents: 'Gebeurtenissen',
  notificationLanguage: 'Taal van de berichten',
  notificationOptOut: 'Afgemeld: niets sturen', // review: "afgemeld" for opt-out
  notificationOptOutHint: 'De keuzes hierboven blijven bewaard en gelden weer zodra de afmelding wordt opgeheven.',
  smsNeedsPhoneHint: 'Voor sms is een telefoonnummer nodig.',
  channelName: { email: 'E-mail', sms: 'Sms' },
  eventName: {
    service_due: 'Onderhoud nodig', // review: Trackunit's Dutch for "service due"
    fault_code: 'Foutcodes',
    geofence_enter: 'Geofence binnengaan',
    geofence_exit: 'Geofence verlaten',
    out_of_hours_use: 'Gebruik buiten werktijd',
    low_battery: 'Batterij bijna leeg',
    tamper: 'Sabotage', // review: tamper alarm; "sabotage" or "manipulatie"
  },
  optedOut: 'Afgemeld',
  noChannel: 'Geen kanaal',
  eventCount: (count) => plural('nl', count, { one: '1 gebeurtenis', other: `${count} gebeurtenissen` }),
  notifiedAbout: (channels, events) => `Via ${channels} over ${events}`,
  nothingChosen: 'niets',
  notifySelected: 'Meldingen…',
  notifySelectedTitle: (count, formatted) =>
    plural('nl', count, {
      one: 'Meldingen voor 1 contactpersoon',
      other: `Meldingen voor ${formatted} contactpersonen`,
    }),
  notifyChange: 'Wijziging',
  notifyAdd: 'Aanzetten',
  notifyRemove: 'Uitzetten',
  notifyWhat: 'Gebeurtenis of kanaal',
  notifyApply: 'Toepassen',
  notifyOptOut: 'Afmelden',
  notifyOptIn: 'Afmelding opheffen',
  notifyDone: (count) =>
    plural('nl', count, {
      one: 'Meldingen gewijzigd voor 1 contactpersoon.',
      other: `Meldingen gewijzigd voor ${count} contactpersonen.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Wie een melding krijgt',
  whoIsToldEvent: 'Als een machine meldt',
  whoIsToldNone: 'Niemand krijgt een melding over deze gebeurtenis.',
  whoIsToldCount: (count) =>
    plural('nl', count, {
      one: '1 contactpersoon krijgt een melding.',
      other: `${count} contactpersonen krijgen een melding.`,
    }),
  whoIsToldFailed: 'Wie een melding krijgt, kon niet worden geladen.',
  notifyNotChanged: (count) =>
    plural('nl', count, {
      one: '1 contactpersoon is niet gewijzigd:',
      other: `${count} contactpersonen zijn niet gewijzigd:`,
    }),
};
export default nl;
