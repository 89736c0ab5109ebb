import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in Polish (Sprzęt, Przypisz sprzęt, Wybierz sprzęt, Usuń przypisanie). A counted unit
 * is a "jednostka" (1 jednostka, 2 jednostki, 5 jednostek).
 */
const pl: typeof assignerEn = {
  equipmentTitle: 'Sprzęt',
  assignEquipment: 'Przypisz sprzęt',
  selectEquipment: 'Wybierz sprzęt',
  unassignEquipment: 'Usuń przypisanie',
  unitCount: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} jednostka`, // review: "jednostka" for a counted equipment unit (vs "szt.")
      few: `${formatted} jednostki`,
      many: `${formatted} jednostek`,
      other: `${formatted} jednostki`,
    }),
  unitMatches: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} pasująca jednostka`,
      few: `${formatted} pasujące jednostki`,
      many: `${formatted} pasujących jednostek`,
      other: `${formatted} pasującej jednostki`,
    }),
  assignedEquipment: 'Przypisany sprzęt',
  fleetEquipment: 'Sprzęt we flocie',
  searchEquipment: 'Szukaj',
  searchFleet: 'Szukaj we flocie',
  searchEquipmentHint: 'Nazwa, numer seryjny lub identyfikator zewnętrzny',
  equipmentSortBy: 'Sortuj według',
  equipmentSorts: {
    name: 'Nazwa (A–Z)',
    '-name': 'Nazwa (Z–A)',
    brand: 'Marka (A–Z)',
    type: 'Typ (A–Z)',
    serialNumber: 'Numer seryjny',
    '-operatingHours': 'Najwięcej motogodzin',
    operatingHours: 'Najmniej motogodzin',
    '-lastSeenAt': 'Ostatnio widziany, od najnowszych',
    lastSeenAt: 'Ostatnio widziany, od najstarszych',
  },
  colName: 'Nazwa',
  colBrandModel: 'Marka i model',
  colType: 'Typ',
  colSerial: 'Numer seryjny',
  colHours: 'Motogodziny',
  colLastSeen: 'Ostatnio widziany', // review: Trackunit's Polish word for "Last seen" (last report of the unit)
  colAssignment: 'Przypisanie',
  hoursValue: (formatted) => `${formatted} mth`, // review: "mth" (motogodziny) vs "h"
  neverSeen: 'Nigdy',
  assetTypes: {
    MACHINE: 'Maszyna',
    VEHICLE: 'Pojazd',
    EQUIPMENT: 'Sprzęt',
    TOOL: 'Narzędzie',
    ATTACHMENT: 'Osprzęt',
    GATEWAY: 'Bramka', // review: "Bramka" for a telematics gateway; the trade may keep "Gateway"
    OTHER: 'Inny',
  },
  assetTypeFilter: 'Typ zasobu', // review: "zasób" for asset
  allAssetTypes: 'Wszystkie typy zasobów',
  brandFilter: 'Marka',
  allBrands: 'Wszystkie marki',
  assignmentFilter: 'Przypisanie',
  assignmentFilters: {
    any: 'Wszystkie jednostki',
    none: 'Nieprzypisane',
    other: 'Przypisane do innego klienta',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Już tu przypisano',
  equipmentKeys: 'Strzałki przesuwają, spacja zaznacza, Shift ze strzałkami zaznacza zakres, Ctrl+A zaznacza wszystko.',
  equipmentKeysReadOnly: 'Użyj strzałek, aby poruszać się po liście.',
  selectAllUnits: 'Zaznacz wszystko',
  clearSelection: 'Wyczyść zaznaczenie',
  noCustomer: 'Nie wybrano klienta: ustaw atrybut customer-id.',
  noEquipmentAssigned: 'Do tego klienta nie przypisano jeszcze sprzętu.',
  noEquipmentMatches: 'Żaden sprzęt nie pasuje do wyszukiwania i filtrów.',
  equipmentLoadFailed: 'Nie udało się wczytać sprzętu.',
  equipmentReadOnly: 'Tylko administratorzy i administratorzy floty mogą przypisywać sprzęt i usuwać przypisania.',
  selectingUnits: 'Zaznaczanie…',
  unassignTitle: (count, formatted) =>
    plural('pl', count, {
      one: `Usunąć przypisanie ${formatted} jednostki?`,
      few: `Usunąć przypisanie ${formatted} jednostek?`,
      many: `Usunąć przypisanie ${formatted} jednostek?`,
      other: `Usunąć przypisanie ${formatted} jednostki?`,
    }),
  unassignBody: 'Sprzęt nie będzie już przypisany do tego klienta, ale pozostanie we flocie.',
  unassigning: 'Usuwanie przypisania…',
  unassignedDone: (count, formatted) =>
    plural('pl', count, {
      one: `Usunięto przypisanie ${formatted} jednostki.`,
      few: `Usunięto przypisanie ${formatted} jednostek.`,
      many: `Usunięto przypisanie ${formatted} jednostek.`,
      other: `Usunięto przypisanie ${formatted} jednostki.`,
    }),
  unassignFailed: 'Nie usunięto przypisania sprzętu.',
  selectionKept: 'Zaznaczenie zostało zachowane: Ponów wyśle je jeszcze raz.',
  // Only formatted numbers arrive here, so the wording puts them after a colon or in brackets, with no noun to agree.
  partialDone: (applied, remaining) =>
    `Przed błędem wykonano: ${applied}. Pozostałe (${remaining}) nie zostały wykonane i nadal są zaznaczone.`,
  notChanged: (count, formatted) =>
    plural('pl', count, {
      one: `Nie zmieniono ${formatted} jednostki:`,
      few: `Nie zmieniono ${formatted} jednostek:`,
      many: `Nie zmieniono ${formatted} jednostek:`,
      other: `Nie zmieniono ${formatted} jednostki:`,
    }),
  // After "Name: ": worded without a verb that would agree with the unit's gender.
  skipReasons: {
    not_found: 'już nie istnieje',
    already_assigned: 'przypisanie do tego klienta już istniało',
    not_assigned: 'brak przypisania do tego klienta',
  },
  skipReasonOther: 'bez zmian',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `i jeszcze ${formatted}`,
  dismiss: 'Zamknij',
  reviewSelection: 'Przejrzyj zaznaczenie',
  backToFleet: 'Wróć do całego sprzętu',
  reviewHint: 'Odznacz jednostki, które chcesz pominąć.',
  selectedEquipment: 'Zaznaczony sprzęt',
  nothingSelected: 'Nie zaznaczono jeszcze sprzętu.',
  assigningProgress: (done, total) => `Przypisywanie: ${done} z ${total}…`,
  assignedDone: (count, formatted) =>
    plural('pl', count, {
      one: `Przypisano ${formatted} jednostkę.`,
      few: `Przypisano ${formatted} jednostki.`,
      many: `Przypisano ${formatted} jednostek.`,
      other: `Przypisano ${formatted} jednostki.`,
    }),
  assignFailed: 'Nie przypisano sprzętu.',
  moveTitle: (count, formatted) =>
    plural('pl', count, {
      one: `Przenieść ${formatted} jednostkę od innego klienta?`,
      few: `Przenieść ${formatted} jednostki od innych klientów?`,
      many: `Przenieść ${formatted} jednostek od innych klientów?`,
      other: `Przenieść ${formatted} jednostki od innych klientów?`,
    }),
  moveBody: (owners) =>
    `Obecne przypisanie: ${owners}. Przeniesienie tutaj usunie przypisanie do dotychczasowego klienta.`,
  moveConfirm: 'Przenieś tutaj',
  moveSkip: 'Przypisz tylko pozostałe',
  conflictsFound: 'W międzyczasie część jednostek przypisano do innych klientów.',
  discardTitle: 'Odrzucić zaznaczenie?',
  discardBody: (count, formatted) =>
    plural('pl', count, {
      one: `Zaznaczono ${formatted} jednostkę. Nie zostanie przypisana.`,
      few: `Zaznaczono ${formatted} jednostki. Nie zostaną przypisane.`,
      many: `Zaznaczono ${formatted} jednostek. Nie zostaną przypisane.`,
      other: `Zaznaczono ${formatted} jednostki. Nie zostanie przypisana.`,
    }),
  discard: 'Odrzuć',
  keepSelecting: 'Zaznaczaj dalej',
  equipmentViews: 'Widoki sprzętu',
  tabAssigned: 'Przypisany',
  tabHistory: 'Historia',
  historyUnit: 'Jednostka',
  historyAllUnits: 'Wszystkie jednostki',
  // Unit and customer names stay in the nominative: each follows a colon or an arrow, with no verb to agree.
  historyAssigned: (unit, to) => `${unit}: przypisano do: ${to}`,
  historyUnassigned: (unit, from) => `${unit}: usunięto przypisanie do: ${from}`,
  historyMoved: (unit, from, to) => `${unit}: przeniesiono (${from} → ${to})`,
  historyCustomerDeleted: (unit, from) => `${unit}: usunięto przypisanie, klient ${from} został usunięty`,
  historyChanged: (unit) => `${unit}: zmieniono`,
  historyBy: (name) => `zmienił(a): ${name}`, // review: gender-neutral "who did it" ("zmienił(a)" vs "przez")
  historyCount: (count, formatted) =>
    plural('pl', count, {
      one: `${formatted} zmiana`,
      few: `${formatted} zmiany`,
      many: `${formatted} zmian`,
      other: `${formatted} zmiany`,
    }),
  historyEmpty: 'Do tego klienta nie przypisano jeszcze sprzętu ani nie usunięto żadnego przypisania.',
  historyEmptyUnit: 'Brak zmian dla tej jednostki.',
  historyShowMore: 'Pokaż więcej',
  historyLoadFailed: 'Nie udało się wczytać historii.',
  historyMoreShown: (count, formatted) =>
    plural('pl', count, {
      one: `Wyświetlono ${formatted} kolejną zmianę.`,
      few: `Wyświetlono ${formatted} kolejne zmiany.`,
      many: `Wyświetlono ${formatted} kolejnych zmian.`,
      other: `Wyświetlono ${formatted} kolejnej zmiany.`,
    }),
  lastAssigned: (name, date) => `Ostatnio: ${name}, ${date}`,
};
export default pl;
