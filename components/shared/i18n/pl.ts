import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Polish. Terms: klient, kontakt, sprzęt, administrator floty; buttons in the imperative (Zapisz, Anuluj, Edytuj).
 * Counts go through `plural` with the CLDR forms one/few/many/other (1 pole, 2 pola, 5 pól; `other` is for
 * fractions).
 */
const pl: Strings = {
  loading: 'Wczytywanie…',
  retry: 'Ponów',
  cancel: 'Anuluj',
  close: 'Zamknij',
  save: 'Zapisz',
  saving: 'Zapisywanie…',
  edit: 'Edytuj',
  next: 'Dalej',
  back: 'Wstecz',
  remove: 'Usuń',
  confirm: 'Potwierdź',
  optional: 'opcjonalnie',
  notGiven: 'Nie podano',
  // "Zaznaczono: 5" has no noun, so it fits contacts and equipment alike with no plural or gender to agree.
  selectedCount: (_count, formatted) => `Zaznaczono: ${formatted}`,
  selectionActions: 'Działania dla zaznaczonych',
  stepOf: (position, total) => `Krok ${position} z ${total}`,
  progress: 'Postęp',

  noClient: 'Brak połączenia: ustaw właściwość client lub wywołaj setDefaultClient().',
  noPermissionCreate: 'Tylko administratorzy i administratorzy floty mogą tworzyć klientów.',
  noPermissionChange: 'Tylko administratorzy i administratorzy floty mogą zmieniać klientów.',
  noPermissionTitle: 'Możesz przeglądać klientów, ale nie możesz ich zmieniać',
  userLoadFailed: 'Nie udało się wczytać Twoich uprawnień.',

  errorNetwork: 'Nie można połączyć się z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  errorTimeout: 'Serwer nie odpowiedział na czas. Spróbuj ponownie.',
  errorRateLimited: (seconds) =>
    seconds
      ? `Zbyt wiele żądań. Spróbuj ponownie za ${plural('pl', seconds, {
          one: `${seconds} sekundę`,
          few: `${seconds} sekundy`,
          many: `${seconds} sekund`,
          other: `${seconds} sekundy`,
        })}.`
      : 'Zbyt wiele żądań. Spróbuj ponownie za chwilę.',
  errorServer: 'Wystąpił błąd serwera. Spróbuj ponownie za chwilę.',
  errorAuthentication: 'Sesja wygasła. Zaloguj się ponownie i ponów próbę.',
  errorNotFound: 'Ten rekord już nie istnieje.',
  errorConflict: 'To koliduje z innym rekordem.',
  errorStale: 'W międzyczasie ktoś inny to zmienił. Odśwież, aby zobaczyć zmiany.',
  errorValidation: 'Niektóre pola wymagają poprawy.',
  errorUnknown: 'Coś poszło nie tak. Spróbuj ponownie.',
  inputKept: 'Nic z wprowadzonych danych nie zostało utracone.',

  violation: {
    required: 'To pole jest wymagane.',
    too_long: 'Ten tekst jest za długi.',
    too_many: 'Jest zbyt wiele pozycji.',
    invalid_email: 'Wpisz prawidłowy adres e-mail, np. imie@example.com.',
    invalid_phone: 'Wpisz numer telefonu z numerem kierunkowym kraju, np. +48 123 456 789, lub najpierw wybierz kraj.',
    invalid_url: 'Wpisz adres internetowy zaczynający się od https:// lub http://.',
    invalid_country: 'Wybierz kraj z listy.',
    invalid_choice: 'Wybierz jedną z opcji.',
    unreachable: 'Podaj e-mail lub numer telefonu, aby można było powiadamiać kontakt.',
    sms_needs_phone: 'SMS wymaga numeru telefonu: dodaj go lub wyłącz SMS.',
    invalid: 'Ta wartość jest nieprawidłowa.',
    duplicate: 'Inny klient ma już ten identyfikator zewnętrzny.',
  },
  // `max` arrives formatted, without its number: "maksymalnie" + genitive of "znak" reads right for any count.
  tooLong: (max) => `Ten tekst jest za długi: maksymalna liczba znaków to ${max}.`,
  tooMany: (max) => `Jest zbyt wiele pozycji: maksymalnie ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('pl', count, {
      one: `${count} pole wymaga poprawy.`,
      few: `${count} pola wymagają poprawy.`,
      many: `${count} pól wymaga poprawy.`,
      other: `${count} pola wymaga poprawy.`,
    }),
  emailOrPhone: 'wymagany e-mail lub telefon',

  unsavedTitle: 'Odrzucić zmiany?',
  unsavedBody: 'Wprowadzone dane nie zostały zapisane i zostaną utracone.',
  unsavedDiscard: 'Odrzuć zmiany',
  unsavedKeep: 'Edytuj dalej',

  customerTypes: {
    CONTRACTOR: 'Wykonawca', // review: "Wykonawca" (building contractor) vs "Przedsiębiorstwo budowlane"
    DEALER: 'Dealer',
    DISTRIBUTOR: 'Dystrybutor',
    OEM: 'OEM/Producent',
    RENTAL: 'Wypożyczalnia', // review: the rental company ("Wypożyczalnia") rather than the activity ("Wynajem")
    SERVICE: 'Serwis', // review: "Serwis" is what the trade says; "Dostawca usług serwisowych" is longer
    OTHER: 'Inny',
  },

  country: 'Kraj',
  countryHint: 'Zacznij pisać, aby wyszukać, a potem wybierz z listy.',
  countryNoMatch: 'Brak pasującego kraju',
  countryMatches: (count) =>
    plural('pl', count, {
      one: `Znaleziono ${count} kraj`,
      few: `Znaleziono ${count} kraje`,
      many: `Znaleziono ${count} krajów`,
      other: `Znaleziono ${count} kraju`,
    }),
  showCountries: 'Pokaż kraje',

  companyName: 'Nazwa firmy',
  address: 'Adres',
  street: 'Ulica',
  postalCode: 'Kod pocztowy',
  city: 'Miejscowość',
  phone: 'Telefon',
  phoneHint: 'Zapisywany w formacie międzynarodowym; bez numeru kierunkowego przyjmowany jest kraj podany wyżej.',
  email: 'E-mail',
  externalReference: 'Identyfikator zewnętrzny', // review: "Identyfikator zewnętrzny" vs "Numer referencyjny" for the ERP id
  externalReferenceHint: 'Twój własny identyfikator tego klienta, np. z systemu ERP.',
  relationshipType: 'Typ relacji', // review: "Typ relacji" vs "Rodzaj współpracy"
  relationshipTypeHint: 'Jaka jest Twoja relacja z tym klientem? Bez wyboru zostanie użyta opcja Inny.',
  contactsReachable: 'Każdy kontakt musi mieć e-mail lub numer telefonu.',
  contactName: 'Imię i nazwisko',
  contactTitle: 'Stanowisko',
  addContact: 'Dodaj kontakt',
  saveFailed: 'Klient nie został zapisany.',
  serverRejected: 'Serwer nie przyjął niektórych pól. Są one oznaczone przy polu.',

  region: 'Region', // review: "Region" vs "Województwo" (only right for Polish addresses)
  website: 'Strona WWW',
  websiteHint: 'Zaczyna się od https:// lub http://.',
  note: 'Notatka',
};
export default pl;
