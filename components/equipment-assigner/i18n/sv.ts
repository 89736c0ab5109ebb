import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The equipment-assigner in Swedish: Utrustning, Tilldela utrustning, Välj utrustning, Ta bort tilldelning. */
const sv: typeof assignerEn = {
  equipmentTitle: 'Utrustning',
  assignEquipment: 'Tilldela utrustning',
  selectEquipment: 'Välj utrustning',
  unassignEquipment: 'Ta bort tilldelning',
  unitCount: (count, formatted) => plural('sv', count, { one: '1 enhet', other: `${formatted} enheter` }),
  unitMatches: (count, formatted) =>
    plural('sv', count, { one: '1 matchande enhet', other: `${formatted} matchande enheter` }),
  assignedEquipment: 'Tilldelad utrustning',
  fleetEquipment: 'Utrustning i flottan',
  searchEquipment: 'Sök',
  searchFleet: 'Sök i flottan',
  searchEquipmentHint: 'Namn, serienummer eller extern referens',
  equipmentSortBy: 'Sortera efter',
  equipmentSorts: {
    name: 'Namn (A–Ö)',
    '-name': 'Namn (Ö–A)',
    brand: 'Märke (A–Ö)',
    type: 'Typ (A–Ö)',
    serialNumber: 'Serienummer',
    '-operatingHours': 'Flest drifttimmar',
    operatingHours: 'Färst drifttimmar',
    '-lastSeenAt': 'Senast sedd, nyast först',
    lastSeenAt: 'Senast sedd, äldst först',
  },
  colName: 'Namn',
  colBrandModel: 'Märke och modell',
  colType: 'Typ',
  colSerial: 'Serienummer',
  colHours: 'Drifttimmar',
  colLastSeen: 'Senast sedd', // review: Trackunit's Swedish for "last seen"
  colAssignment: 'Tilldelad',
  hoursValue: (formatted) => `${formatted} h`,
  neverSeen: 'Aldrig',
  assetTypes: {
    MACHINE: 'Maskin',
    VEHICLE: 'Fordon',
    EQUIPMENT: 'Utrustning',
    TOOL: 'Verktyg',
    ATTACHMENT: 'Redskap', // review: machine attachments; "Redskap" or "Tillsats"
    GATEWAY: 'Gateway',
    OTHER: 'Övrigt',
  },
  assetTypeFilter: 'Tillgångstyp', // review: "asset type"; Trackunit may keep "Asset-typ"
  allAssetTypes: 'Alla tillgångstyper',
  brandFilter: 'Märke',
  allBrands: 'Alla märken',
  assignmentFilter: 'Tilldelning',
  assignmentFilters: {
    any: 'Alla enheter',
    none: 'Inte tilldelade',
    other: 'Tilldelade en annan kund',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Redan tilldelad här',
  equipmentKeys:
    'Piltangenterna flyttar, blanksteg väljer, Skift+piltangenterna väljer ett område, Ctrl+A väljer alla.',
  equipmentKeysReadOnly: 'Använd piltangenterna för att flytta i listan.',
  selectAllUnits: 'Välj alla',
  clearSelection: 'Rensa val',
  noCustomer: 'Ingen kund vald: ange attributet customer-id.',
  noEquipmentAssigned: 'Ingen utrustning har tilldelats den här kunden än.',
  noEquipmentMatches: 'Ingen utrustning matchar sökningen och filtren.',
  equipmentLoadFailed: 'Utrustningen kunde inte läsas in.',
  equipmentReadOnly:
    'Endast administratörer och flottadministratörer kan tilldela utrustning och ta bort tilldelningar.',
  selectingUnits: 'Väljer…',
  unassignTitle: (count, formatted) =>
    plural('sv', count, {
      one: 'Ta bort tilldelningen av 1 enhet?',
      other: `Ta bort tilldelningen av ${formatted} enheter?`,
    }),
  unassignBody: 'De är då inte längre tilldelade den här kunden, men finns kvar i flottan.',
  unassigning: 'Tar bort tilldelning…',
  unassignedDone: (count, formatted) =>
    plural('sv', count, {
      one: 'Tilldelningen av 1 enhet har tagits bort.',
      other: `Tilldelningen av ${formatted} enheter har tagits bort.`,
    }),
  unassignFailed: 'Tilldelningen av utrustningen togs inte bort.',
  selectionKept: 'Ditt val finns kvar: Försök igen skickar det på nytt.',
  // Both numbers come formatted, without their counts: the colons keep "vald/valda" out of it.
  partialDone: (applied, remaining) =>
    `Genomfört före felet: ${applied}. Inte genomfört och fortfarande valt: ${remaining}.`,
  notChanged: (count, formatted) =>
    plural('sv', count, { one: '1 enhet ändrades inte:', other: `${formatted} enheter ändrades inte:` }),
  skipReasons: {
    not_found: 'finns inte längre',
    already_assigned: 'var redan tilldelad den här kunden',
    not_assigned: 'var inte tilldelad den här kunden',
  },
  skipReasonOther: 'ändrades inte',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `och ${formatted} till`,
  dismiss: 'Dölj',
  reviewSelection: 'Granska val',
  backToFleet: 'Tillbaka till all utrustning',
  reviewHint: 'Avmarkera de enheter som inte ska med.',
  selectedEquipment: 'Vald utrustning',
  nothingSelected: 'Ingen utrustning har valts än.',
  assigningProgress: (done, total) => `Tilldelar ${done} av ${total}…`,
  assignedDone: (count, formatted) =>
    plural('sv', count, { one: '1 enhet har tilldelats.', other: `${formatted} enheter har tilldelats.` }),
  assignFailed: 'Utrustningen tilldelades inte.',
  moveTitle: (count, formatted) =>
    plural('sv', count, {
      one: 'Flytta 1 enhet från en annan kund?',
      other: `Flytta ${formatted} enheter från andra kunder?`,
    }),
  moveBody: (owners) => `Nu tilldelad: ${owners}. Vid flytt tas den nuvarande tilldelningen bort.`,
  moveConfirm: 'Flytta hit',
  moveSkip: 'Tilldela bara de övriga',
  conflictsFound: 'Några enheter har under tiden tilldelats andra kunder.',
  discardTitle: 'Förkasta ditt val?',
  discardBody: (count, formatted) =>
    plural('sv', count, {
      one: '1 enhet är vald. Den tilldelas inte.',
      other: `${formatted} enheter är valda. De tilldelas inte.`,
    }),
  discard: 'Förkasta',
  keepSelecting: 'Fortsätt välja',
  equipmentViews: 'Vyer för utrustning',
  tabAssigned: 'Tilldelad',
  tabHistory: 'Historik',
  historyUnit: 'Enhet',
  historyAllUnits: 'Alla enheter',
  historyAssigned: (unit, to) => `${unit} tilldelad ${to}`,
  historyUnassigned: (unit, from) => `${unit} inte längre tilldelad ${from}`,
  historyMoved: (unit, from, to) => `${unit} flyttad från ${from} till ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit} inte längre tilldelad: ${from} togs bort`,
  historyChanged: (unit) => `${unit} ändrad`,
  historyBy: (name) => `av ${name}`,
  historyCount: (count, formatted) => plural('sv', count, { one: '1 ändring', other: `${formatted} ändringar` }),
  historyEmpty: 'Ingen utrustning har tilldelats eller tagits bort från den här kunden än.',
  historyEmptyUnit: 'Inga ändringar för den här enheten.',
  historyShowMore: 'Visa fler',
  historyLoadFailed: 'Historiken kunde inte läsas in.',
  historyMoreShown: (count, formatted) =>
    plural('sv', count, { one: '1 ändring till visas.', other: `${formatted} ändringar till visas.` }),
  lastAssigned: (name, date) => `Senast: ${name}, ${date}`,
};
export default sv;
