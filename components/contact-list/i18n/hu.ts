import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The contact list in Hungarian (Kapcsolattartók, Új kapcsolattartó, Kijelöltek szerkesztése,
 * Kapcsolattartók törlése, Mentés). Sentences are built so that no suffix is attached to a name.
 */
const hu: typeof contactListEn = {
  contactList: 'Kapcsolattartók', // review: "Kapcsolattartók" (short) for "Contact list" vs "Kapcsolattartók listája"
  contactTitle: 'Beosztás',
  contactCount: (count, formatted) =>
    plural('hu', count, { one: `${formatted} kapcsolattartó`, other: `${formatted} kapcsolattartó` }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Nem található kapcsolattartó.'
      : plural('hu', count, {
          one: `${formatted} kapcsolattartó található.`,
          other: `${formatted} kapcsolattartó található.`,
        }),
  contactsShown: (shown, total) => `${shown} / ${total} megjelenítve`,
  searchContacts: 'Keresés a kapcsolattartók között',
  showMoreContacts: 'További kapcsolattartók',
  selectAllContacts: 'Összes kapcsolattartó kijelölése',
  selectContact: (name) => `Kijelölés: ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  // The column's name stays quoted, so no suffix is needed on it.
  sortedBy: (column, descending) => `Rendezés: „${column}” oszlop, ${descending ? 'csökkenő' : 'növekvő'} sorrendben.`,
  noCustomer: 'Nincs kiválasztva ügyfél: adja meg a customer-id attribútumot.',
  contactsNone: 'Ennek az ügyfélnek még nincs kapcsolattartója.',
  contactsNoMatch: (search) => `Egy kapcsolattartó sem felel meg ennek: „${search}”.`,
  contactsLoadFailed: 'Nem sikerült betölteni a kapcsolattartókat.',
  contactsReadOnlyTitle: 'Megtekintheti a kapcsolattartókat, de nem módosíthatja őket',
  contactsReadOnly:
    'Kapcsolattartót csak adminisztrátorok és flottaadminisztrátorok adhatnak hozzá, szerkeszthetnek és törölhetnek.',
  // "Kapcsolattartók szerkesztése" made the action panel wider than 320 px; this names the same action on the selection.
  editContacts: 'Kijelöltek szerkesztése',
  deleteContacts: 'Kapcsolattartók törlése',
  clearSelection: 'Kijelölés törlése',
  editingContacts: (count, formatted) =>
    plural('hu', count, {
      one: `${formatted} kapcsolattartó szerkesztése`,
      other: `${formatted} kapcsolattartó szerkesztése`,
    }),
  contactsSaved: (count) =>
    plural('hu', count, { one: `${count} kapcsolattartó mentve.`, other: `${count} kapcsolattartó mentve.` }),
  contactsNotSaved: (count) =>
    plural('hu', count, {
      one: `${count} kapcsolattartót nem sikerült menteni: lásd az üzenetet a sorában.`,
      other: `${count} kapcsolattartót nem sikerült menteni: lásd az üzeneteket a soraikban.`,
    }),
  contactsUnchanged: 'Semmi sem változott.',
  contactStale:
    'Időközben valaki más módosította ezt a kapcsolattartót; mostantól az ő változata a kiindulópont. Mentse újra, hogy a módosításai ezt felülírják, vagy válassza a Mégse gombot a megtekintéséhez.',
  deleteContactsTitle: (count, formatted) =>
    plural('hu', count, {
      one: `${formatted} kapcsolattartó törlése?`,
      other: `${formatted} kapcsolattartó törlése?`,
    }),
  // The names are a list after a colon, so none of them takes a suffix.
  deleteContactsBody: (names) => `Törlésre kerül: ${names}. Ez a művelet nem vonható vissza.`,
  // The last item of the list of contact names: "Anna, Béla, Csilla és további 4 személy".
  andMore: (count) => plural('hu', count, { one: `további ${count} személy`, other: `további ${count} személy` }),
  deletingContacts: 'Kapcsolattartók törlése…',
  contactsDeleted: (count) =>
    plural('hu', count, { one: `${count} kapcsolattartó törölve.`, other: `${count} kapcsolattartó törölve.` }),
  contactsNotDeleted: (count) =>
    plural('hu', count, {
      one: `${count} kapcsolattartót nem sikerült törölni, továbbra is ki van jelölve:`,
      other: `${count} kapcsolattartót nem sikerült törölni, továbbra is ki vannak jelölve:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `Felvéve a kapcsolattartók közé: ${name}.`,
  addContactFailed: 'A kapcsolattartó hozzáadása nem sikerült.',
  contactPhoneHint: (country) =>
    country
      ? `Országkód nélkül ezt az országot feltételezzük: ${country}.`
      : 'Adja meg az országkódot is, pl. +36 20 123 4567.',
  newContact: 'Új',
  selectedHidden: (count, formatted) =>
    plural('hu', count, {
      one: `${formatted} kijelölt kapcsolattartót elrejt a keresés, így kimarad a szerkesztésből és a törlésből.`,
      other: `${formatted} kijelölt kapcsolattartót elrejt a keresés, így kimaradnak a szerkesztésből és a törlésből.`,
    }),
  dismiss: 'Bezárás',
  contactsNoneHint:
    'Adja hozzá az ügyfél azon munkatársait, akiket értesíteni kell az eszközökkel kapcsolatos eseményekről.',
  // Notification preferences
  notifications: 'Értesítések',
  notificationChannels: 'Csatornák',
  notificationEvents: 'Események',
  notificationLanguage: 'Az üzenetek nyelve',
  notificationOptOut: 'Leiratkozva: semmit se küldjünk', // review: "leiratkozás" for opt-out
  notificationOptOutHint: 'A fenti beállítások megmaradnak, és a leiratkozás visszavonásakor újra érvényesek.',
  smsNeedsPhoneHint: 'SMS-hez telefonszám szükséges.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Esedékes szerviz',
    fault_code: 'Hibakódok',
    geofence_enter: 'Belépés a geokerítésbe', // review: "geokerítés" vs "geofence" in Trackunit's Hungarian UI
    geofence_exit: 'Kilépés a geokerítésből',
    out_of_hours_use: 'Munkaidőn kívüli használat',
    low_battery: 'Alacsony akkumulátor',
    tamper: 'Szabotázs', // review: tamper alarm: "szabotázs" vs "illetéktelen beavatkozás"
  },
  optedOut: 'Leiratkozva',
  noChannel: 'Nincs csatorna',
  eventCount: (count) => plural('hu', count, { one: `${count} esemény`, other: `${count} esemény` }),
  // The lists stand after a colon, so none of them takes a suffix.
  notifiedAbout: (channels, events) => `Csatorna: ${channels}; események: ${events}`,
  nothingChosen: 'semmi',
  notifySelected: 'Értesítések…',
  notifySelectedTitle: (count, formatted) =>
    plural('hu', count, {
      one: `Értesítések: ${formatted} kapcsolattartó`,
      other: `Értesítések: ${formatted} kapcsolattartó`,
    }),
  notifyChange: 'Módosítás',
  notifyAdd: 'Bekapcsolás',
  notifyRemove: 'Kikapcsolás',
  notifyWhat: 'Esemény vagy csatorna',
  notifyApply: 'Alkalmazás', // review: the nominal button form, as Mentés; "Alkalmaz" if it reads as "app"
  notifyOptOut: 'Leiratkozás',
  notifyOptIn: 'Leiratkozás visszavonása',
  notifyDone: (count) =>
    plural('hu', count, {
      one: `${count} kapcsolattartó értesítései módosítva.`,
      other: `${count} kapcsolattartó értesítései módosítva.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Ki kap értesítést',
  whoIsToldEvent: 'Amikor egy gép jelzi',
  whoIsToldNone: 'Erről az eseményről senki sem kap értesítést.',
  whoIsToldCount: (count) =>
    plural('hu', count, {
      one: `${count} kapcsolattartó kap értesítést.`,
      other: `${count} kapcsolattartó kap értesítést.`,
    }),
  whoIsToldFailed: 'Nem sikerült betölteni, ki kap értesítést.',
  notifyNotChanged: (count) =>
    plural('hu', count, {
      one: `${count} kapcsolattartót nem sikerült módosítani:`,
      other: `${count} kapcsolattartót nem sikerült módosítani:`,
    }),
};
export default hu;
