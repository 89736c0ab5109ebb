import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Swedish: Kontaktlista, Lägg till kontakt, Redigera kontakter, Ta bort kontakter. */
const sv: typeof contactListEn = {
  contactList: 'Kontaktlista',
  contactTitle: 'Titel',
  contactCount: (count, formatted) => plural('sv', count, { one: '1 kontakt', other: `${formatted} kontakter` }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Inga kontakter hittades.'
      : plural('sv', count, { one: '1 kontakt hittades.', other: `${formatted} kontakter hittades.` }),
  contactsShown: (shown, total) => `${shown} av ${total} visas`,
  searchContacts: 'Sök kontakter',
  showMoreContacts: 'Visa fler kontakter',
  selectAllContacts: 'Välj alla kontakter',
  selectContact: (name) => `Välj ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) => `Sorterat efter ${column.toLowerCase()}, ${descending ? 'fallande' : 'stigande'}.`,
  noCustomer: 'Ingen kund vald: ange attributet customer-id.',
  contactsNone: 'Kunden har inga kontakter än.',
  contactsNoMatch: (search) => `Inga kontakter matchar ”${search}”.`,
  contactsLoadFailed: 'Kontakterna kunde inte läsas in.',
  contactsReadOnlyTitle: 'Du kan visa kontakterna, men inte ändra dem',
  contactsReadOnly: 'Endast administratörer och flottadministratörer kan lägga till, redigera eller ta bort kontakter.',
  editContacts: 'Redigera kontakter',
  deleteContacts: 'Ta bort kontakter',
  clearSelection: 'Rensa val',
  editingContacts: (count, formatted) =>
    plural('sv', count, { one: 'Redigerar 1 kontakt', other: `Redigerar ${formatted} kontakter` }),
  contactsSaved: (count) =>
    plural('sv', count, { one: '1 kontakt har sparats.', other: `${count} kontakter har sparats.` }),
  contactsNotSaved: (count) =>
    plural('sv', count, {
      one: '1 kontakt sparades inte: se meddelandet på raden.',
      other: `${count} kontakter sparades inte: se meddelandet på varje rad.`,
    }),
  contactsUnchanged: 'Inget ändrades.',
  contactStale:
    'Någon annan har ändrat kontakten under tiden; deras version är nu utgångspunkten. Spara igen för att lägga dina ändringar ovanpå, eller välj Avbryt för att se den.',
  deleteContactsTitle: (count, formatted) =>
    plural('sv', count, { one: 'Ta bort 1 kontakt?', other: `Ta bort ${formatted} kontakter?` }),
  deleteContactsBody: (names) => `${names} tas bort. Det går inte att ångra.`,
  andMore: (count) => `${count} till`,
  deletingContacts: 'Tar bort kontakter…',
  contactsDeleted: (count) =>
    plural('sv', count, { one: '1 kontakt har tagits bort.', other: `${count} kontakter har tagits bort.` }),
  contactsNotDeleted: (count) =>
    plural('sv', count, {
      one: '1 kontakt togs inte bort och är fortfarande vald:',
      other: `${count} kontakter togs inte bort och är fortfarande valda:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `${name} har lagts till i kontaktlistan.`,
  addContactFailed: 'Kontakten lades inte till.',
  contactPhoneHint: (country) =>
    country ? `Utan landsnummer antas ${country}.` : 'Ange landsnummer, t.ex. +46 8 123 456 78.',
  newContact: 'Ny',
  selectedHidden: (count, formatted) =>
    plural('sv', count, {
      one: '1 vald kontakt döljs av sökningen och kommer inte med i Redigera och Ta bort.',
      other: `${formatted} valda kontakter döljs av sökningen och kommer inte med i Redigera och Ta bort.`,
    }),
  dismiss: 'Dölj',
  contactsNoneHint: 'Lägg till de personer hos kunden som ska aviseras om händelser med utrustningen.',
  // Notification preferences
  notifications: 'Aviseringar',
  notificationChannels: 'Kanaler',
  notificationEvents: 'Händelser',
  notificationLanguage: 'Meddelandenas språk',
  notificationOptOut: 'Avregistrerad: skicka inget', // review: "avregistrerad" for opt-out, or "avanmäld"
  notificationOptOutHint: 'Valen ovan sparas och gäller igen när avregistreringen tas bort.',
  smsNeedsPhoneHint: 'Sms kräver ett telefonnummer.',
  channelName: { email: 'E-post', sms: 'Sms' },
  eventName: {
    service_due: 'Service förfaller', // review: Trackunit's Swedish for "service due" (or "Dags för service")
    fault_code: 'Felkoder',
    geofence_enter: 'In i geofence',
    geofence_exit: 'Ut ur geofence',
    out_of_hours_use: 'Användning utanför arbetstid',
    low_battery: 'Låg batterinivå',
    tamper: 'Manipulering',
  },
  optedOut: 'Avregistrerad',
  noChannel: 'Ingen kanal',
  eventCount: (count) => plural('sv', count, { one: '1 händelse', other: `${count} händelser` }),
  notifiedAbout: (channels, events) => `Via ${channels} om ${events}`,
  nothingChosen: 'inget',
  notifySelected: 'Aviseringar…',
  notifySelectedTitle: (count, formatted) =>
    plural('sv', count, { one: 'Aviseringar för 1 kontakt', other: `Aviseringar för ${formatted} kontakter` }),
  notifyChange: 'Ändring',
  notifyAdd: 'Slå på',
  notifyRemove: 'Slå av',
  notifyWhat: 'Händelse eller kanal',
  notifyApply: 'Tillämpa',
  notifyOptOut: 'Avregistrera',
  notifyOptIn: 'Ta bort avregistreringen',
  notifyDone: (count) =>
    plural('sv', count, {
      one: 'Aviseringar ändrade för 1 kontakt.',
      other: `Aviseringar ändrade för ${count} kontakter.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Vem som aviseras',
  whoIsToldEvent: 'När en maskin rapporterar',
  whoIsToldNone: 'Ingen aviseras om den här händelsen.',
  whoIsToldCount: (count) => plural('sv', count, { one: '1 kontakt aviseras.', other: `${count} kontakter aviseras.` }),
  whoIsToldFailed: 'Vem som aviseras kunde inte läsas in.',
  notifyNotChanged: (count) =>
    plural('sv', count, { one: '1 kontakt ändrades inte:', other: `${count} kontakter ändrades inte:` }),
};
export default sv;
