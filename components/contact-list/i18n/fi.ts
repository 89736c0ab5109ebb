import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Finnish: Yhteyshenkilöt, Lisää yhteyshenkilö, Muokkaa yhteyshenkilöitä. */
const fi: typeof contactListEn = {
  contactList: 'Yhteyshenkilöt', // review: "Contact list"; shorter than "Yhteyshenkilöluettelo" for the tab at 320 px
  contactTitle: 'Titteli',
  contactCount: (count, formatted) =>
    plural('fi', count, { one: '1 yhteyshenkilö', other: `${formatted} yhteyshenkilöä` }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Yhteyshenkilöitä ei löytynyt.'
      : plural('fi', count, { one: '1 yhteyshenkilö löytyi.', other: `${formatted} yhteyshenkilöä löytyi.` }),
  contactsShown: (shown, total) => `Näytetään ${shown}/${total}`,
  searchContacts: 'Hae yhteyshenkilöitä',
  showMoreContacts: 'Näytä lisää yhteyshenkilöitä',
  selectAllContacts: 'Valitse kaikki yhteyshenkilöt',
  selectContact: (name) => `Valitse ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) => `Järjestys: ${column.toLowerCase()}, ${descending ? 'laskeva' : 'nouseva'}.`,
  noCustomer: 'Asiakasta ei ole valittu: aseta customer-id-attribuutti.',
  contactsNone: 'Tällä asiakkaalla ei ole vielä yhteyshenkilöitä.',
  contactsNoMatch: (search) => `Haulla ”${search}” ei löytynyt yhteyshenkilöitä.`,
  contactsLoadFailed: 'Yhteyshenkilöitä ei voitu ladata.',
  contactsReadOnlyTitle: 'Voit tarkastella yhteyshenkilöitä, mutta et muuttaa niitä',
  contactsReadOnly: 'Vain pääkäyttäjät ja kaluston pääkäyttäjät voivat lisätä, muokata tai poistaa yhteyshenkilöitä.',
  editContacts: 'Muokkaa yhteyshenkilöitä',
  deleteContacts: 'Poista yhteyshenkilöt',
  clearSelection: 'Tyhjennä valinta',
  editingContacts: (count, formatted) =>
    plural('fi', count, { one: 'Muokataan 1 yhteyshenkilöä', other: `Muokataan ${formatted} yhteyshenkilöä` }),
  contactsSaved: (count) =>
    plural('fi', count, { one: '1 yhteyshenkilö tallennettu.', other: `${count} yhteyshenkilöä tallennettu.` }),
  contactsNotSaved: (count) =>
    plural('fi', count, {
      one: '1 yhteyshenkilöä ei tallennettu: katso viesti sen rivillä.',
      other: `${count} yhteyshenkilöä ei tallennettu: katso kunkin rivin viesti.`,
    }),
  contactsUnchanged: 'Mitään ei muutettu.',
  contactStale:
    'Joku muu muutti tätä yhteyshenkilöä sillä välin; hänen versionsa on nyt lähtökohta. Tallenna uudelleen, niin muutoksesi tehdään sen päälle, tai valitse Peruuta, niin näet sen.',
  deleteContactsTitle: (count, formatted) =>
    plural('fi', count, { one: 'Poistetaanko 1 yhteyshenkilö?', other: `Poistetaanko ${formatted} yhteyshenkilöä?` }),
  deleteContactsBody: (names) => `Poistetaan: ${names}. Toimintoa ei voi kumota.`,
  andMore: (count) => `${count} muuta`,
  deletingContacts: 'Poistetaan yhteyshenkilöitä…',
  contactsDeleted: (count) =>
    plural('fi', count, { one: '1 yhteyshenkilö poistettu.', other: `${count} yhteyshenkilöä poistettu.` }),
  contactsNotDeleted: (count) =>
    plural('fi', count, {
      one: '1 yhteyshenkilöä ei poistettu, ja se on yhä valittuna:',
      other: `${count} yhteyshenkilöä ei poistettu, ja ne ovat yhä valittuina:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `${name} lisättiin yhteyshenkilöihin.`,
  addContactFailed: 'Yhteyshenkilöä ei lisätty.',
  contactPhoneHint: (country) =>
    country ? `Ilman maatunnusta oletuksena on ${country}.` : 'Lisää maatunnus, esim. +358 40 123 4567.',
  newContact: 'Uusi',
  selectedHidden: (count, formatted) =>
    plural('fi', count, {
      one: '1 valittu yhteyshenkilö on piilossa haun vuoksi, eikä se ole mukana muokkauksessa ja poistossa.',
      other: `${formatted} valittua yhteyshenkilöä on piilossa haun vuoksi, eivätkä ne ole mukana muokkauksessa ja poistossa.`,
    }),
  dismiss: 'Piilota',
  contactsNoneHint: 'Lisää asiakkaan henkilöt, joille lähetetään ilmoituksia kaluston tapahtumista.',
  // Notification preferences
  notifications: 'Ilmoitukset',
  notificationChannels: 'Kanavat',
  notificationEvents: 'Tapahtumat',
  notificationLanguage: 'Viestien kieli',
  notificationOptOut: 'Estetty: ei lähetetä mitään', // review: "opted out"; "estää" (block) vs. "kieltäytyä"
  notificationOptOutHint: 'Yllä olevat valinnat säilyvät ja ovat taas voimassa, kun esto poistetaan.',
  smsNeedsPhoneHint: 'SMS vaatii puhelinnumeron.',
  channelName: { email: 'Sähköposti', sms: 'SMS' },
  eventName: {
    service_due: 'Huolto erääntyy', // review: Trackunit's Finnish for "service due"
    fault_code: 'Vikakoodit',
    geofence_enter: 'Geoaitaan saapuminen', // review: "geoaita" for geofence
    geofence_exit: 'Geoaidasta poistuminen',
    out_of_hours_use: 'Käyttö työajan ulkopuolella',
    low_battery: 'Akku vähissä',
    tamper: 'Peukalointi', // review: the tamper alarm's usual Finnish name
  },
  optedOut: 'Estetty',
  noChannel: 'Ei kanavaa',
  eventCount: (count) => plural('fi', count, { one: '1 tapahtuma', other: `${count} tapahtumaa` }),
  notifiedAbout: (channels, events) => `${channels}: ${events}`, // review: avoids inflecting the lists ("by … about …")
  nothingChosen: 'ei mitään',
  notifySelected: 'Ilmoitukset…',
  notifySelectedTitle: (count, formatted) =>
    plural('fi', count, { one: 'Ilmoitukset: 1 yhteyshenkilö', other: `Ilmoitukset: ${formatted} yhteyshenkilöä` }),
  notifyChange: 'Muuta',
  notifyAdd: 'Ota käyttöön',
  notifyRemove: 'Poista käytöstä',
  notifyWhat: 'Tapahtuma tai kanava',
  notifyApply: 'Käytä',
  notifyOptOut: 'Estä',
  notifyOptIn: 'Poista esto',
  notifyDone: (count) =>
    plural('fi', count, {
      one: 'Ilmoituksia muutettiin 1 yhteyshenkilölle.',
      other: `Ilmoituksia muutettiin ${count} yhteyshenkilölle.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Kenelle ilmoitetaan',
  whoIsToldEvent: 'Koneen tapahtuma', // review: "When a machine raises" as a field label
  whoIsToldNone: 'Tästä tapahtumasta ei ilmoiteta kenellekään.',
  whoIsToldCount: (count) =>
    plural('fi', count, { one: 'Ilmoitetaan 1 yhteyshenkilölle.', other: `Ilmoitetaan ${count} yhteyshenkilölle.` }),
  whoIsToldFailed: 'Ilmoitettavia ei voitu ladata.',
  notifyNotChanged: (count) =>
    plural('fi', count, { one: '1 yhteyshenkilöä ei muutettu:', other: `${count} yhteyshenkilöä ei muutettu:` }),
};
export default fi;
