import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in Hungarian (Eszközök, Eszközök hozzárendelése, Eszközök kiválasztása, Hozzárendelés
 * törlése). A counted unit is an "eszköz", singular after the number (5 eszköz).
 */
const hu: typeof assignerEn = {
  equipmentTitle: 'Eszközök',
  assignEquipment: 'Eszközök hozzárendelése',
  selectEquipment: 'Eszközök kiválasztása',
  unassignEquipment: 'Hozzárendelés törlése', // review: "Hozzárendelés törlése" vs "Hozzárendelés megszüntetése" (longer)
  unitCount: (count, formatted) => plural('hu', count, { one: `${formatted} eszköz`, other: `${formatted} eszköz` }),
  unitMatches: (count, formatted) =>
    plural('hu', count, { one: `${formatted} egyező eszköz`, other: `${formatted} egyező eszköz` }),
  assignedEquipment: 'Hozzárendelt eszközök',
  fleetEquipment: 'Eszközök a flottában',
  searchEquipment: 'Keresés',
  searchFleet: 'Keresés a flottában',
  searchEquipmentHint: 'Név, sorozatszám vagy külső azonosító',
  equipmentSortBy: 'Rendezés',
  equipmentSorts: {
    name: 'Név (A–Z)',
    '-name': 'Név (Z–A)',
    brand: 'Márka (A–Z)',
    type: 'Típus (A–Z)',
    serialNumber: 'Sorozatszám',
    '-operatingHours': 'Legtöbb üzemóra',
    operatingHours: 'Legkevesebb üzemóra',
    '-lastSeenAt': 'Utoljára látva, legújabb elöl',
    lastSeenAt: 'Utoljára látva, legrégebbi elöl',
  },
  colName: 'Név',
  colBrandModel: 'Márka és modell',
  colType: 'Típus',
  colSerial: 'Sorozatszám',
  colHours: 'Üzemóra',
  colLastSeen: 'Utoljára látva', // review: Trackunit's Hungarian word for "Last seen" (last report of the unit)
  colAssignment: 'Hozzárendelés',
  hoursValue: (formatted) => `${formatted} üó`, // review: "üó" (üzemóra) vs "h"
  neverSeen: 'Soha',
  assetTypes: {
    MACHINE: 'Gép',
    VEHICLE: 'Jármű',
    EQUIPMENT: 'Eszköz',
    TOOL: 'Szerszám',
    ATTACHMENT: 'Adapter', // review: "Adapter" (the trade's word for a machine attachment) vs "Tartozék"
    GATEWAY: 'Átjáró', // review: "Átjáró" for a telematics gateway; the trade may keep "Gateway"
    OTHER: 'Egyéb',
  },
  assetTypeFilter: 'Eszköztípus',
  allAssetTypes: 'Minden eszköztípus',
  brandFilter: 'Márka',
  allBrands: 'Minden márka',
  assignmentFilter: 'Hozzárendelés',
  assignmentFilters: {
    any: 'Minden eszköz',
    none: 'Nincs hozzárendelve',
    other: 'Másik ügyfélhez rendelve',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Már ide van rendelve',
  equipmentKeys:
    'A nyilak mozgatnak, a Szóköz kijelöl, a Shift a nyilakkal tartományt jelöl ki, a Ctrl+A mindent kijelöl.',
  equipmentKeysReadOnly: 'A listában a nyílbillentyűkkel mozoghat.',
  selectAllUnits: 'Az összes kijelölése',
  clearSelection: 'Kijelölés törlése',
  noCustomer: 'Nincs kiválasztva ügyfél: adja meg a customer-id attribútumot.',
  noEquipmentAssigned: 'Ehhez az ügyfélhez még nincs eszköz rendelve.',
  noEquipmentMatches: 'Egy eszköz sem felel meg a keresésnek és a szűrőknek.',
  equipmentLoadFailed: 'Nem sikerült betölteni az eszközöket.',
  equipmentReadOnly:
    'Eszközt csak adminisztrátorok és flottaadminisztrátorok rendelhetnek hozzá, és csak ők törölhetik a hozzárendelést.',
  selectingUnits: 'Kijelölés…',
  unassignTitle: (count, formatted) =>
    plural('hu', count, {
      one: `${formatted} eszköz hozzárendelésének törlése?`,
      other: `${formatted} eszköz hozzárendelésének törlése?`,
    }),
  unassignBody: 'Az ügyfélhez rendelés megszűnik, de az eszközök a flottában maradnak.',
  unassigning: 'Hozzárendelés törlése…',
  unassignedDone: (count, formatted) =>
    plural('hu', count, {
      one: `${formatted} eszköz hozzárendelése törölve.`,
      other: `${formatted} eszköz hozzárendelése törölve.`,
    }),
  unassignFailed: 'Az eszközök hozzárendelését nem sikerült törölni.',
  selectionKept: 'A kijelölés megmaradt: az Újra gomb ismét elküldi.',
  // Only formatted numbers arrive here, so the wording puts them after a colon or in brackets.
  partialDone: (applied, remaining) =>
    `A hiba előtt elkészült: ${applied}. A többi (${remaining}) nem készült el, és továbbra is ki van jelölve.`,
  notChanged: (count, formatted) =>
    plural('hu', count, { one: `${formatted} eszköz nem változott:`, other: `${formatted} eszköz nem változott:` }),
  skipReasons: {
    not_found: 'már nem létezik',
    already_assigned: 'már ehhez az ügyfélhez volt rendelve',
    not_assigned: 'nem volt ehhez az ügyfélhez rendelve',
  },
  skipReasonOther: 'nem változott',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `és további ${formatted}`,
  dismiss: 'Bezárás',
  reviewSelection: 'Kijelölés áttekintése',
  backToFleet: 'Vissza az összes eszközhöz',
  reviewHint: 'Törölje a jelölést azoknál az eszközöknél, amelyeket ki szeretne hagyni.',
  selectedEquipment: 'Kijelölt eszközök',
  nothingSelected: 'Még nincs kijelölt eszköz.',
  assigningProgress: (done, total) => `Hozzárendelés: ${done} / ${total}…`,
  assignedDone: (count, formatted) =>
    plural('hu', count, { one: `${formatted} eszköz hozzárendelve.`, other: `${formatted} eszköz hozzárendelve.` }),
  assignFailed: 'Az eszközök hozzárendelése nem sikerült.',
  moveTitle: (count, formatted) =>
    plural('hu', count, {
      one: `${formatted} eszköz áthelyezése egy másik ügyféltől?`,
      other: `${formatted} eszköz áthelyezése más ügyfelektől?`,
    }),
  moveBody: (owners) =>
    `Jelenlegi hozzárendelés: ${owners}. Ha ide helyezi át őket, a jelenlegi ügyfelüktől törlődik a hozzárendelés.`,
  moveConfirm: 'Áthelyezés ide',
  moveSkip: 'Csak a többi hozzárendelése',
  conflictsFound: 'Néhány eszközt időközben más ügyfelekhez rendeltek.',
  discardTitle: 'Elveti a kijelölést?',
  discardBody: (count, formatted) =>
    plural('hu', count, {
      one: `${formatted} eszköz van kijelölve. Nem lesz hozzárendelve.`,
      other: `${formatted} eszköz van kijelölve. Nem lesznek hozzárendelve.`,
    }),
  discard: 'Elvetés',
  keepSelecting: 'Kijelölés folytatása',
  equipmentViews: 'Eszköznézetek',
  tabAssigned: 'Hozzárendelt',
  tabHistory: 'Előzmények',
  historyUnit: 'Eszköz',
  historyAllUnits: 'Minden eszköz',
  // The unit and customer names stand after a colon or an arrow, so none of them takes a suffix.
  historyAssigned: (unit, to) => `${unit}: hozzárendelve, ügyfél: ${to}`,
  historyUnassigned: (unit, from) => `${unit}: hozzárendelés törölve, ügyfél: ${from}`,
  historyMoved: (unit, from, to) => `${unit}: áthelyezve, ${from} → ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit}: hozzárendelés törölve, az ügyfél törölve: ${from}`,
  historyChanged: (unit) => `${unit}: módosítva`,
  historyBy: (name) => `módosította: ${name}`,
  historyCount: (count, formatted) =>
    plural('hu', count, { one: `${formatted} módosítás`, other: `${formatted} módosítás` }),
  historyEmpty: 'Ehhez az ügyfélhez még nem rendeltek hozzá eszközt, és hozzárendelést sem töröltek.',
  historyEmptyUnit: 'Ennél az eszköznél nincs módosítás.',
  historyShowMore: 'Továbbiak',
  historyLoadFailed: 'Nem sikerült betölteni az előzményeket.',
  historyMoreShown: (count, formatted) =>
    plural('hu', count, {
      one: `További ${formatted} módosítás megjelenítve.`,
      other: `További ${formatted} módosítás megjelenítve.`,
    }),
  lastAssigned: (name, date) => `Utoljára: ${name}, ${date}`,
};
export default hu;
