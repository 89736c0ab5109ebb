import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in Dutch: Materieel, Materieel toewijzen, Materieel selecteren, Toewijzing opheffen.
 * "Materieel" has no plural, so counted units are "eenheden".
 */
const nl: typeof assignerEn = {
  equipmentTitle: 'Materieel', // review: "materieel" (construction usage) or "apparatuur"/"machines"
  assignEquipment: 'Materieel toewijzen',
  selectEquipment: 'Materieel selecteren',
  unassignEquipment: 'Toewijzing opheffen',
  unitCount: (count, formatted) => plural('nl', count, { one: '1 eenheid', other: `${formatted} eenheden` }), // review: "eenheid" for one unit, or "object"
  unitMatches: (count, formatted) =>
    plural('nl', count, { one: '1 overeenkomende eenheid', other: `${formatted} overeenkomende eenheden` }),
  assignedEquipment: 'Toegewezen materieel',
  fleetEquipment: 'Materieel in de vloot',
  searchEquipment: 'Zoeken',
  searchFleet: 'Vloot doorzoeken',
  searchEquipmentHint: 'Naam, serienummer of externe referentie',
  equipmentSortBy: 'Sorteren op',
  equipmentSorts: {
    name: 'Naam (A–Z)',
    '-name': 'Naam (Z–A)',
    brand: 'Merk (A–Z)',
    type: 'Type (A–Z)',
    serialNumber: 'Serienummer',
    '-operatingHours': 'Meeste draaiuren',
    operatingHours: 'Minste draaiuren',
    '-lastSeenAt': 'Laatst gezien, nieuwste eerst',
    lastSeenAt: 'Laatst gezien, oudste eerst',
  },
  colName: 'Naam',
  colBrandModel: 'Merk en model',
  colType: 'Type',
  colSerial: 'Serienummer',
  colHours: 'Draaiuren', // review: "draaiuren" or "bedrijfsuren"
  colLastSeen: 'Laatst gezien',
  colAssignment: 'Toegewezen aan',
  hoursValue: (formatted) => `${formatted} u`,
  neverSeen: 'Nooit',
  assetTypes: {
    MACHINE: 'Machine',
    VEHICLE: 'Voertuig',
    EQUIPMENT: 'Uitrusting', // review: the asset type "Equipment", kept apart from "materieel" (all units)
    TOOL: 'Gereedschap',
    ATTACHMENT: 'Aanbouwdeel', // review: or "Aanbouwstuk"/"Werktuig"
    GATEWAY: 'Gateway',
    OTHER: 'Overig',
  },
  assetTypeFilter: 'Materieeltype',
  allAssetTypes: 'Alle materieeltypen',
  brandFilter: 'Merk',
  allBrands: 'Alle merken',
  assignmentFilter: 'Toewijzing',
  assignmentFilters: {
    any: 'Alle eenheden',
    none: 'Niet toegewezen',
    other: 'Toegewezen aan andere klant',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Al hier toegewezen',
  equipmentKeys:
    'Pijltoetsen verplaatsen, spatie selecteert, Shift met de pijltoetsen selecteert een bereik, Ctrl+A selecteert alles.',
  equipmentKeysReadOnly: 'Gebruik de pijltoetsen om door de lijst te gaan.',
  selectAllUnits: 'Alles selecteren',
  clearSelection: 'Selectie wissen',
  noCustomer: 'Geen klant gekozen: stel het attribuut customer-id in.',
  noEquipmentAssigned: 'Aan deze klant is nog geen materieel toegewezen.',
  noEquipmentMatches: 'Geen materieel gevonden met deze zoekopdracht en filters.',
  equipmentLoadFailed: 'Het materieel kon niet worden geladen.',
  equipmentReadOnly: 'Alleen beheerders en vlootbeheerders kunnen materieel toewijzen en toewijzingen opheffen.',
  selectingUnits: 'Bezig met selecteren…',
  unassignTitle: (count, formatted) =>
    plural('nl', count, {
      one: 'Toewijzing van 1 eenheid opheffen?',
      other: `Toewijzing van ${formatted} eenheden opheffen?`,
    }),
  unassignBody: 'Ze zijn dan niet meer aan deze klant toegewezen, maar blijven in de vloot.',
  unassigning: 'Toewijzing wordt opgeheven…',
  unassignedDone: (count, formatted) =>
    plural('nl', count, {
      one: 'Toewijzing van 1 eenheid opgeheven.',
      other: `Toewijzing van ${formatted} eenheden opgeheven.`,
    }),
  unassignFailed: 'De toewijzing van het materieel is niet opgeheven.',
  selectionKept: 'Je selectie blijft bewaard: Opnieuw proberen verstuurt hem nog een keer.',
  // Both numbers come formatted, without their counts: the colons keep "is/zijn" out of it.
  partialDone: (applied, remaining) =>
    `Voor de fout afgerond: ${applied}. Niet afgerond en nog geselecteerd: ${remaining}.`,
  notChanged: (count, formatted) =>
    plural('nl', count, { one: '1 eenheid is niet gewijzigd:', other: `${formatted} eenheden zijn niet gewijzigd:` }),
  skipReasons: {
    not_found: 'bestaat niet meer',
    already_assigned: 'was al aan deze klant toegewezen',
    not_assigned: 'was niet aan deze klant toegewezen',
  },
  skipReasonOther: 'is niet gewijzigd',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `en nog ${formatted}`,
  dismiss: 'Verbergen',
  reviewSelection: 'Selectie controleren',
  backToFleet: 'Terug naar al het materieel',
  reviewHint: 'Vink de eenheden uit die niet mee moeten.',
  selectedEquipment: 'Geselecteerd materieel',
  nothingSelected: 'Nog geen materieel geselecteerd.',
  assigningProgress: (done, total) => `${done} van ${total} toegewezen…`,
  assignedDone: (count, formatted) =>
    plural('nl', count, { one: '1 eenheid toegewezen.', other: `${formatted} eenheden toegewezen.` }),
  assignFailed: 'Het materieel is niet toegewezen.',
  moveTitle: (count, formatted) =>
    plural('nl', count, {
      one: '1 eenheid verplaatsen van een andere klant?',
      other: `${formatted} eenheden verplaatsen van andere klanten?`,
    }),
  moveBody: (owners) => `Nu toegewezen aan: ${owners}. Bij verplaatsen vervalt de huidige toewijzing.`,
  moveConfirm: 'Hierheen verplaatsen',
  moveSkip: 'Alleen de overige toewijzen',
  conflictsFound: 'Sommige eenheden zijn intussen aan andere klanten toegewezen.',
  discardTitle: 'Selectie verwerpen?',
  discardBody: (count, formatted) =>
    plural('nl', count, {
      one: '1 eenheid is geselecteerd. Deze wordt niet toegewezen.',
      other: `${formatted} eenheden zijn geselecteerd. Ze worden niet toegewezen.`,
    }),
  discard: 'Verwerpen',
  keepSelecting: 'Verder selecteren',
  equipmentViews: 'Weergaven van materieel',
  tabAssigned: 'Toegewezen',
  tabHistory: 'Geschiedenis',
  historyUnit: 'Eenheid',
  historyAllUnits: 'Alle eenheden',
  historyAssigned: (unit, to) => `${unit} toegewezen aan ${to}`,
  historyUnassigned: (unit, from) => `Toewijzing van ${unit} aan ${from} opgeheven`,
  historyMoved: (unit, from, to) => `${unit} verplaatst van ${from} naar ${to}`,
  historyCustomerDeleted: (unit, from) => `Toewijzing van ${unit} opgeheven: ${from} is verwijderd`,
  historyChanged: (unit) => `${unit} gewijzigd`,
  historyBy: (name) => `door ${name}`,
  historyCount: (count, formatted) => plural('nl', count, { one: '1 wijziging', other: `${formatted} wijzigingen` }),
  historyEmpty: 'Aan deze klant is nog geen materieel toegewezen of ontnomen.',
  historyEmptyUnit: 'Geen wijzigingen voor deze eenheid.',
  historyShowMore: 'Meer tonen',
  historyLoadFailed: 'De geschiedenis kon niet worden geladen.',
  historyMoreShown: (count, formatted) =>
    plural('nl', count, { one: '1 extra wijziging getoond.', other: `${formatted} extra wijzigingen getoond.` }),
  lastAssigned: (name, date) => `Laatst: ${name}, ${date}`,
};
export default nl;
