import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Bokmål: Kontaktliste, Legg til kontakt, Rediger kontakter, Slett kontakter. */
const nb: typeof contactListEn = {
  contactList: 'Kontaktliste',
  contactTitle: 'Tittel',
  contactCount: (count, formatted) => plural('nb', count, { one: '1 kontakt', other: `${formatted} kontakter` }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Ingen kontakter funnet.'
      : plural('nb', count, { one: '1 kontakt funnet.', other: `${formatted} kontakter funnet.` }),
  contactsShown: (shown, total) => `${shown} av ${total} vises`,
  searchContacts: 'Søk i kontakter',
  showMoreContacts: 'Vis flere kontakter',
  selectAllContacts: 'Velg alle kontakter',
  selectContact: (name) => `Velg ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) => `Sortert etter ${column.toLowerCase()}, ${descending ? 'synkende' : 'stigende'}.`,
  noCustomer: 'Ingen kunde valgt: angi attributtet customer-id.',
  contactsNone: 'Kunden har ingen kontakter ennå.',
  contactsNoMatch: (search) => `Ingen kontakter passer til «${search}».`,
  contactsLoadFailed: 'Kontaktene kunne ikke lastes inn.',
  contactsReadOnlyTitle: 'Du kan se kontaktene, men ikke endre dem',
  contactsReadOnly: 'Bare administratorer og flåteadministratorer kan legge til, redigere eller slette kontakter.',
  editContacts: 'Rediger kontakter',
  deleteContacts: 'Slett kontakter',
  clearSelection: 'Fjern valg',
  editingContacts: (count, formatted) =>
    plural('nb', count, { one: 'Redigerer 1 kontakt', other: `Redigerer ${formatted} kontakter` }),
  contactsSaved: (count) =>
    plural('nb', count, { one: '1 kontakt er lagret.', other: `${count} kontakter er lagret.` }),
  contactsNotSaved: (count) =>
    plural('nb', count, {
      one: '1 kontakt ble ikke lagret: se meldingen i raden.',
      other: `${count} kontakter ble ikke lagret: se meldingen i hver rad.`,
    }),
  contactsUnchanged: 'Ingenting ble endret.',
  contactStale:
    'Noen andre har endret kontakten i mellomtiden; deres versjon er nå utgangspunktet. Lagre igjen for å legge endringene dine over den, eller velg Avbryt for å se den.',
  deleteContactsTitle: (count, formatted) =>
    plural('nb', count, { one: 'Slette 1 kontakt?', other: `Slette ${formatted} kontakter?` }),
  deleteContactsBody: (names) => `${names} slettes. Dette kan ikke angres.`,
  andMore: (count) => plural('nb', count, { one: '1 annen', other: `${count} andre` }),
  deletingContacts: 'Sletter kontakter…',
  contactsDeleted: (count) =>
    plural('nb', count, { one: '1 kontakt er slettet.', other: `${count} kontakter er slettet.` }),
  contactsNotDeleted: (count) =>
    plural('nb', count, {
      one: '1 kontakt ble ikke slettet og er fortsatt valgt:',
      other: `${count} kontakter ble ikke slettet og er fortsatt valgt:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `${name} er lagt til i kontaktlisten.`,
  addContactFailed: 'Kontakten ble ikke lagt til.',
  contactPhoneHint: (country) =>
    country ? `Uten landskode antas ${country}.` : 'Angi landskode, f.eks. +47 12 34 56 78.',
  newContact: 'Ny',
  selectedHidden: (count, formatted) =>
    plural('nb', count, {
      one: '1 valgt kontakt er skjult av søket og blir ikke med i Rediger og Slett.',
      other: `${formatted} valgte kontakter er skjult av søket og blir ikke med i Rediger og Slett.`,
    }),
  dismiss: 'Skjul',
  contactsNoneHint: 'Legg til personene hos kunden som skal varsles om hendelser med utstyret.',
  // Notification preferences
  notifications: 'Varsler',
  notificationChannels: 'Kanaler',
  notificationEvents: 'Hendelser',
  notificationLanguage: 'Språk i meldingene',
  notificationOptOut: 'Reservert: send ingenting', // review: «reservert» for opt-out
  notificationOptOutHint: 'Valgene over beholdes og gjelder igjen når reservasjonen fjernes.',
  smsNeedsPhoneHint: 'SMS krever et telefonnummer.',
  channelName: { email: 'E-post', sms: 'SMS' },
  eventName: {
    service_due: 'Service forfaller', // review: Trackunit term for service due
    fault_code: 'Feilkoder',
    geofence_enter: 'Inn i geofence', // review: geofence vs. geografisk sone
    geofence_exit: 'Ut av geofence',
    out_of_hours_use: 'Bruk utenom arbeidstid',
    low_battery: 'Lavt batteri',
    tamper: 'Manipulering', // review: tamper alarm term
  },
  optedOut: 'Reservert',
  noChannel: 'Ingen kanal',
  eventCount: (count) => plural('nb', count, { one: '1 hendelse', other: `${count} hendelser` }),
  notifiedAbout: (channels, events) => `Via ${channels} om ${events}`,
  nothingChosen: 'ingenting',
  notifySelected: 'Varsler…',
  notifySelectedTitle: (count, formatted) =>
    plural('nb', count, { one: 'Varsler for 1 kontakt', other: `Varsler for ${formatted} kontakter` }),
  notifyChange: 'Endre',
  notifyAdd: 'Slå på',
  notifyRemove: 'Slå av',
  notifyWhat: 'Hendelse eller kanal',
  notifyApply: 'Bruk',
  notifyOptOut: 'Reserver',
  notifyOptIn: 'Fjern reservasjonen',
  notifyDone: (count) =>
    plural('nb', count, {
      one: 'Varslene er endret for 1 kontakt.',
      other: `Varslene er endret for ${count} kontakter.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Hvem varsles',
  whoIsToldEvent: 'Når en maskin melder',
  whoIsToldNone: 'Ingen varsles om denne hendelsen.',
  whoIsToldCount: (count) => plural('nb', count, { one: '1 kontakt varsles.', other: `${count} kontakter varsles.` }),
  whoIsToldFailed: 'Kunne ikke laste inn hvem som varsles.',
  notifyNotChanged: (count) =>
    plural('nb', count, { one: '1 kontakt ble ikke endret:', other: `${count} kontakter ble ikke endret:` }),
};
export default nb;
