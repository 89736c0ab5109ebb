import type { contactListEn } from './en.js';

/**
 * The contact list in Danish, worded as the help article (Kontaktliste, Tilføj kontakt, Rediger kontakter, Slet
 * kontakter, Gem). Typed: every key must be here.
 */
const da: typeof contactListEn = {
  contactList: 'Kontaktliste',
  contactTitle: 'Titel',
  contactCount: (count, formatted) => (count === 1 ? '1 kontakt' : `${formatted} kontakter`),
  contactsFound: (count, formatted) =>
    count === 0 ? 'Ingen kontakter fundet.' : count === 1 ? '1 kontakt fundet.' : `${formatted} kontakter fundet.`,
  contactsShown: (shown, total) => `${shown} af ${total} vises`,
  searchContacts: 'Søg i kontakter',
  showMoreContacts: 'Vis flere kontakter',
  selectAllContacts: 'Vælg alle kontakter',
  selectContact: (name) => `Vælg ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) => `Sorteret efter ${column.toLowerCase()}, ${descending ? 'faldende' : 'stigende'}.`,
  noCustomer: 'Ingen kunde valgt: angiv attributten customer-id.',
  contactsNone: 'Kunden har ingen kontakter endnu.',
  contactsNoMatch: (search) => `Ingen kontakter passer til »${search}«.`,
  contactsLoadFailed: 'Kontakterne kunne ikke indlæses.',
  contactsReadOnlyTitle: 'Du kan se kontakterne, men ikke ændre dem',
  contactsReadOnly: 'Kun administratorer og flådeadministratorer kan tilføje, redigere eller slette kontakter.',
  editContacts: 'Rediger kontakter',
  deleteContacts: 'Slet kontakter',
  clearSelection: 'Ryd valg',
  editingContacts: (count, formatted) => (count === 1 ? 'Redigerer 1 kontakt' : `Redigerer ${formatted} kontakter`),
  contactsSaved: (count) => (count === 1 ? '1 kontakt er gemt.' : `${count} kontakter er gemt.`),
  contactsNotSaved: (count) =>
    count === 1
      ? '1 kontakt blev ikke gemt: se beskeden i rækken.'
      : `${count} kontakter blev ikke gemt: se beskeden i hver række.`,
  contactsUnchanged: 'Intet blev ændret.',
  contactStale:
    'En anden har ændret kontakten i mellemtiden; deres version er nu udgangspunktet. Gem igen for at lægge dine ændringer oven på, eller Annuller for at se den.',
  deleteContactsTitle: (count, formatted) => (count === 1 ? 'Slet 1 kontakt?' : `Slet ${formatted} kontakter?`),
  deleteContactsBody: (names) => `${names} slettes. Det kan ikke fortrydes.`,
  andMore: (count) => `${count} andre`,
  deletingContacts: 'Sletter kontakter…',
  contactsDeleted: (count) => (count === 1 ? '1 kontakt er slettet.' : `${count} kontakter er slettet.`),
  contactsNotDeleted: (count) =>
    count === 1
      ? '1 kontakt blev ikke slettet og er stadig valgt:'
      : `${count} kontakter blev ikke slettet og er stadig valgt:`,
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `${name} er tilføjet til kontaktlisten.`,
  addContactFailed: 'Kontakten blev ikke tilføjet.',
  contactPhoneHint: (country) =>
    country ? `Uden landekode antages ${country}.` : 'Angiv landekode, f.eks. +45 12 34 56 78.',
  newContact: 'Ny',
  contactsNoneHint: 'Tilføj de personer hos kunden, der skal underrettes om hændelser med udstyret.',
  selectedHidden: (count, formatted) =>
    count === 1
      ? '1 valgt kontakt er skjult af søgningen og kommer ikke med i Rediger og Slet.'
      : `${formatted} valgte kontakter er skjult af søgningen og kommer ikke med i Rediger og Slet.`,
  dismiss: 'Luk',
  notifications: 'Underretninger',
  notificationChannels: 'Kanaler',
  notificationEvents: 'Hændelser',
  notificationLanguage: 'Sprog i meddelelserne',
  notificationOptOut: 'Frameldt: send intet',
  notificationOptOutHint: 'Valgene ovenfor gemmes og gælder igen, når frameldingen fjernes.',
  smsNeedsPhoneHint: 'SMS kræver et telefonnummer.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Service forfalder',
    fault_code: 'Fejlkoder',
    geofence_enter: 'Ind i geofence',
    geofence_exit: 'Ud af geofence',
    out_of_hours_use: 'Brug uden for arbejdstid',
    low_battery: 'Lavt batteri',
    tamper: 'Manipulation',
  },
  optedOut: 'Frameldt',
  noChannel: 'Ingen kanal',
  eventCount: (count) => (count === 1 ? '1 hændelse' : `${count} hændelser`),
  notifiedAbout: (channels, events) => `Via ${channels} om ${events}`,
  nothingChosen: 'intet',
  notifySelected: 'Underretninger…',
  notifySelectedTitle: (count, formatted) =>
    count === 1 ? 'Underretninger for 1 kontakt' : `Underretninger for ${formatted} kontakter`,
  notifyChange: 'Ændring',
  notifyAdd: 'Slå til',
  notifyRemove: 'Slå fra',
  notifyWhat: 'Hændelse eller kanal',
  notifyApply: 'Anvend',
  notifyOptOut: 'Framelde',
  notifyOptIn: 'Fjern frameldingen',
  notifyDone: (count) =>
    count === 1 ? 'Underretninger ændret for 1 kontakt.' : `Underretninger ændret for ${count} kontakter.`,
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Hvem får besked',
  whoIsToldEvent: 'Når en maskine melder',
  whoIsToldNone: 'Ingen får besked om denne hændelse.',
  whoIsToldCount: (count) => (count === 1 ? '1 kontakt får besked.' : `${count} kontakter får besked.`),
  whoIsToldFailed: 'Hvem der får besked, kunne ikke indlæses.',
  notifyNotChanged: (count) => (count === 1 ? '1 kontakt blev ikke ændret:' : `${count} kontakter blev ikke ændret:`),
};

export default da;
