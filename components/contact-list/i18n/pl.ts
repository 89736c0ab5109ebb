import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Polish (Lista kontaktów, Dodaj kontakt, Edytuj kontakty, Usuń kontakty, Zapisz). */
const pl: typeof contactListEn = {
  contactList: 'Lista kontaktów',
  contactTitle: 'Stanowisko',
  contactCount: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} kontakt`,
      few: `${formatted} kontakty`,
      many: `${formatted} kontaktów`,
      other: `${formatted} kontaktu`,
    }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Nie znaleziono kontaktów.'
      : plural('pl', count, {
          one: `Znaleziono ${formatted} kontakt.`,
          few: `Znaleziono ${formatted} kontakty.`,
          many: `Znaleziono ${formatted} kontaktów.`,
          other: `Znaleziono ${formatted} kontaktu.`,
        }),
  contactsShown: (shown, total) => `Wyświetlono ${shown} z ${total}`,
  searchContacts: 'Szukaj kontaktów',
  showMoreContacts: 'Pokaż więcej kontaktów',
  selectAllContacts: 'Zaznacz wszystkie kontakty',
  selectContact: (name) => `Zaznacz: ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  // The column's name stays in the nominative, quoted, so no declension is needed.
  sortedBy: (column, descending) => `Posortowano według kolumny „${column}”, ${descending ? 'malejąco' : 'rosnąco'}.`,
  noCustomer: 'Nie wybrano klienta: ustaw atrybut customer-id.',
  contactsNone: 'Ten klient nie ma jeszcze kontaktów.',
  contactsNoMatch: (search) => `Brak kontaktów pasujących do „${search}”.`,
  contactsLoadFailed: 'Nie udało się wczytać kontaktów.',
  contactsReadOnlyTitle: 'Możesz przeglądać kontakty, ale nie możesz ich zmieniać',
  contactsReadOnly: 'Tylko administratorzy i administratorzy floty mogą dodawać, edytować i usuwać kontakty.',
  editContacts: 'Edytuj kontakty',
  deleteContacts: 'Usuń kontakty',
  clearSelection: 'Wyczyść zaznaczenie',
  editingContacts: (count, formatted) =>
    plural('pl', count, {
      one: `Edycja ${formatted} kontaktu`,
      few: `Edycja ${formatted} kontaktów`,
      many: `Edycja ${formatted} kontaktów`,
      other: `Edycja ${formatted} kontaktu`,
    }),
  contactsSaved: (count) =>
    plural('pl', count, {
      one: `Zapisano ${count} kontakt.`,
      few: `Zapisano ${count} kontakty.`,
      many: `Zapisano ${count} kontaktów.`,
      other: `Zapisano ${count} kontaktu.`,
    }),
  contactsNotSaved: (count) =>
    plural('pl', count, {
      one: `Nie zapisano ${count} kontaktu: zobacz komunikat w jego wierszu.`,
      few: `Nie zapisano ${count} kontaktów: zobacz komunikat w każdym wierszu.`,
      many: `Nie zapisano ${count} kontaktów: zobacz komunikat w każdym wierszu.`,
      other: `Nie zapisano ${count} kontaktu: zobacz komunikat w każdym wierszu.`,
    }),
  contactsUnchanged: 'Nic nie zostało zmienione.',
  contactStale:
    'W międzyczasie ktoś inny zmienił ten kontakt; jego wersja jest teraz punktem wyjścia. Zapisz ponownie, aby nanieść na nią swoje zmiany, lub kliknij Anuluj, aby ją zobaczyć.',
  deleteContactsTitle: (count, formatted) =>
    plural('pl', count, {
      one: `Usunąć ${formatted} kontakt?`,
      few: `Usunąć ${formatted} kontakty?`,
      many: `Usunąć ${formatted} kontaktów?`,
      other: `Usunąć ${formatted} kontaktu?`,
    }),
  // The names are a list; "Do usunięcia: …" keeps them in the nominative and fits one name or many.
  deleteContactsBody: (names) => `Do usunięcia: ${names}. Tej operacji nie można cofnąć.`,
  // The last item of the list of contact names: "Anna, Bartek, Celina i 4 inne osoby".
  andMore: (count) =>
    plural('pl', count, {
      one: `${count} inna osoba`,
      few: `${count} inne osoby`,
      many: `${count} innych osób`,
      other: `${count} innej osoby`,
    }),
  deletingContacts: 'Usuwanie kontaktów…',
  contactsDeleted: (count) =>
    plural('pl', count, {
      one: `Usunięto ${count} kontakt.`,
      few: `Usunięto ${count} kontakty.`,
      many: `Usunięto ${count} kontaktów.`,
      other: `Usunięto ${count} kontaktu.`,
    }),
  contactsNotDeleted: (count) =>
    plural('pl', count, {
      one: `Nie usunięto ${count} kontaktu; pozostaje zaznaczony:`,
      few: `Nie usunięto ${count} kontaktów; pozostają zaznaczone:`,
      many: `Nie usunięto ${count} kontaktów; pozostają zaznaczone:`,
      other: `Nie usunięto ${count} kontaktu; pozostają zaznaczone:`,
    }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `Dodano do listy kontaktów: ${name}.`,
  addContactFailed: 'Kontakt nie został dodany.',
  contactPhoneHint: (country) =>
    country
      ? `Bez numeru kierunkowego przyjmowany jest kraj: ${country}.`
      : 'Podaj numer kierunkowy kraju, np. +48 123 456 789.',
  newContact: 'Nowy',
  selectedHidden: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} zaznaczony kontakt jest ukryty przez wyszukiwanie i pominięty w edycji i usuwaniu.`,
      few: `${formatted} zaznaczone kontakty są ukryte przez wyszukiwanie i pominięte w edycji i usuwaniu.`,
      many: `${formatted} zaznaczonych kontaktów jest ukrytych przez wyszukiwanie i pominiętych w edycji i usuwaniu.`,
      other: `${formatted} zaznaczonego kontaktu jest ukryte przez wyszukiwanie i pominięte w edycji i usuwaniu.`,
    }),
  dismiss: 'Zamknij',
  contactsNoneHint: 'Dodaj osoby u klienta, które mają otrzymywać powiadomienia o zdarzeniach dotyczących sprzętu.',
  // Notification preferences. "Rezygnacja" is the one word for opting out (status, button and hint).
  notifications: 'Powiadomienia',
  notificationChannels: 'Kanały',
  notificationEvents: 'Zdarzenia',
  notificationLanguage: 'Język wiadomości',
  notificationOptOut: 'Rezygnacja: nie wysyłaj nic', // review: "rezygnacja" for opting out of all notifications
  notificationOptOutHint: 'Powyższe wybory zostają zachowane i znów obowiązują po cofnięciu rezygnacji.',
  smsNeedsPhoneHint: 'SMS wymaga numeru telefonu.',
  channelName: { email: 'E-mail', sms: 'SMS' },
  eventName: {
    service_due: 'Termin serwisu',
    fault_code: 'Kody błędów',
    geofence_enter: 'Wjazd do geostrefy', // review: Trackunit's Polish word for geofence ("geostrefa" vs "geofence")
    geofence_exit: 'Wyjazd z geostrefy',
    out_of_hours_use: 'Użycie poza godzinami pracy',
    low_battery: 'Niski poziom baterii',
    tamper: 'Manipulacja', // review: tamper alarm ("manipulacja" vs "sabotaż")
  },
  optedOut: 'Rezygnacja',
  noChannel: 'Brak kanału',
  eventCount: (count) =>
    plural('pl', count, {
      one: `${count} zdarzenie`,
      few: `${count} zdarzenia`,
      many: `${count} zdarzeń`,
      other: `${count} zdarzenia`,
    }),
  // The channels and events arrive as lists in the nominative ("e-mail i sms"), so they follow a colon.
  notifiedAbout: (channels, events) => `Kanały: ${channels}; zdarzenia: ${events}`,
  nothingChosen: 'brak',
  notifySelected: 'Powiadomienia…',
  notifySelectedTitle: (count, formatted) =>
    plural('pl', count, {
      one: `Powiadomienia dla ${formatted} kontaktu`,
      few: `Powiadomienia dla ${formatted} kontaktów`,
      many: `Powiadomienia dla ${formatted} kontaktów`,
      other: `Powiadomienia dla ${formatted} kontaktu`,
    }),
  notifyChange: 'Zmiana',
  notifyAdd: 'Włącz',
  notifyRemove: 'Wyłącz',
  notifyWhat: 'Zdarzenie lub kanał',
  notifyApply: 'Zastosuj',
  notifyOptOut: 'Zrezygnuj',
  notifyOptIn: 'Cofnij rezygnację',
  notifyDone: (count) =>
    plural('pl', count, {
      one: `Zmieniono powiadomienia dla ${count} kontaktu.`,
      few: `Zmieniono powiadomienia dla ${count} kontaktów.`,
      many: `Zmieniono powiadomienia dla ${count} kontaktów.`,
      other: `Zmieniono powiadomienia dla ${count} kontaktu.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Kto jest powiadamiany', // review: short heading for "who is told" (vs "Odbiorcy")
  whoIsToldEvent: 'Gdy maszyna zgłosi',
  whoIsToldNone: 'Nikt nie jest powiadamiany o tym zdarzeniu.',
  whoIsToldCount: (count) =>
    plural('pl', count, {
      one: `Powiadamiany jest ${count} kontakt.`,
      few: `Powiadamiane są ${count} kontakty.`,
      many: `Powiadamianych jest ${count} kontaktów.`,
      other: `Powiadamiane jest ${count} kontaktu.`,
    }),
  whoIsToldFailed: 'Nie udało się wczytać, kto jest powiadamiany.',
  notifyNotChanged: (count) =>
    plural('pl', count, {
      one: `Nie zmieniono ${count} kontaktu:`,
      few: `Nie zmieniono ${count} kontaktów:`,
      many: `Nie zmieniono ${count} kontaktów:`,
      other: `Nie zmieniono ${count} kontaktu:`,
    }),
};
export default pl;
