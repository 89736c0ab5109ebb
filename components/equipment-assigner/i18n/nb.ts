import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The equipment-assigner in Bokmål: Utstyr, Tildel utstyr, Velg utstyr, Fjern tildeling. */
const nb: typeof assignerEn = {
  equipmentTitle: 'Utstyr',
  assignEquipment: 'Tildel utstyr',
  selectEquipment: 'Velg utstyr',
  unassignEquipment: 'Fjern tildeling',
  unitCount: (count, formatted) => plural('nb', count, { one: '1 enhet', other: `${formatted} enheter` }),
  unitMatches: (count, formatted) =>
    plural('nb', count, { one: '1 passende enhet', other: `${formatted} passende enheter` }),
  assignedEquipment: 'Tildelt utstyr',
  fleetEquipment: 'Utstyr i flåten',
  searchEquipment: 'Søk',
  searchFleet: 'Søk i flåten',
  searchEquipmentHint: 'Navn, serienummer eller ekstern referanse',
  equipmentSortBy: 'Sorter etter',
  equipmentSorts: {
    name: 'Navn (A–Å)',
    '-name': 'Navn (Å–A)',
    brand: 'Merke (A–Å)',
    type: 'Type (A–Å)',
    serialNumber: 'Serienummer',
    '-operatingHours': 'Flest driftstimer',
    operatingHours: 'Færrest driftstimer',
    '-lastSeenAt': 'Sist sett, nyeste først',
    lastSeenAt: 'Sist sett, eldste først',
  },
  colName: 'Navn',
  colBrandModel: 'Merke og modell',
  colType: 'Type',
  colSerial: 'Serienummer',
  colHours: 'Driftstimer',
  colLastSeen: 'Sist sett', // review: Trackunit's Bokmål for "last seen"
  colAssignment: 'Tildelt',
  hoursValue: (formatted) => `${formatted} t`,
  neverSeen: 'Aldri',
  assetTypes: {
    MACHINE: 'Maskin',
    VEHICLE: 'Kjøretøy',
    EQUIPMENT: 'Utstyr',
    TOOL: 'Verktøy',
    ATTACHMENT: 'Redskap', // review: machine attachments; "Redskap" or "Tilbehør"
    GATEWAY: 'Gateway',
    OTHER: 'Annet',
  },
  assetTypeFilter: 'Aktivatype', // review: "asset type"; the Danish table says "Aktivtype"
  allAssetTypes: 'Alle aktivatyper',
  brandFilter: 'Merke',
  allBrands: 'Alle merker',
  assignmentFilter: 'Tildeling',
  assignmentFilters: {
    any: 'Alle enheter',
    none: 'Ikke tildelt',
    other: 'Tildelt en annen kunde',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Allerede tildelt her',
  equipmentKeys: 'Piltastene flytter, mellomrom velger, Shift med piltastene velger et område, Ctrl+A velger alt.',
  equipmentKeysReadOnly: 'Bruk piltastene for å flytte rundt i listen.',
  selectAllUnits: 'Velg alle',
  clearSelection: 'Fjern valg',
  noCustomer: 'Ingen kunde valgt: angi attributtet customer-id.',
  noEquipmentAssigned: 'Det er ikke tildelt noe utstyr til denne kunden ennå.',
  noEquipmentMatches: 'Ikke noe utstyr passer til søket og filtrene.',
  equipmentLoadFailed: 'Utstyret kunne ikke lastes inn.',
  equipmentReadOnly: 'Bare administratorer og flåteadministratorer kan tildele utstyr og fjerne tildelinger.',
  selectingUnits: 'Velger…',
  unassignTitle: (count, formatted) =>
    plural('nb', count, {
      one: 'Fjerne tildelingen av 1 enhet?',
      other: `Fjerne tildelingen av ${formatted} enheter?`,
    }),
  unassignBody: 'De vil ikke lenger være tildelt denne kunden, men blir værende i flåten.',
  unassigning: 'Fjerner tildeling…',
  unassignedDone: (count, formatted) =>
    plural('nb', count, {
      one: 'Tildelingen av 1 enhet er fjernet.',
      other: `Tildelingen av ${formatted} enheter er fjernet.`,
    }),
  unassignFailed: 'Tildelingen av utstyret ble ikke fjernet.',
  selectionKept: 'Valget ditt er beholdt: Prøv igjen sender det på nytt.',
  partialDone: (applied, remaining) =>
    `${applied} ble fullført før feilen; ${remaining} ble ikke det og er fortsatt valgt.`,
  notChanged: (count, formatted) =>
    plural('nb', count, { one: '1 enhet ble ikke endret:', other: `${formatted} enheter ble ikke endret:` }),
  skipReasons: {
    not_found: 'finnes ikke lenger',
    already_assigned: 'var allerede tildelt denne kunden',
    not_assigned: 'var ikke tildelt denne kunden',
  },
  skipReasonOther: 'ble ikke endret',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `og ${formatted} til`,
  dismiss: 'Skjul',
  reviewSelection: 'Gjennomgå valgte',
  backToFleet: 'Tilbake til alt utstyr',
  reviewHint: 'Fjern merket for enhetene som ikke skal være med.',
  selectedEquipment: 'Valgt utstyr',
  nothingSelected: 'Ikke noe utstyr er valgt ennå.',
  assigningProgress: (done, total) => `Tildeler ${done} av ${total}…`,
  assignedDone: (count, formatted) =>
    plural('nb', count, { one: '1 enhet er tildelt.', other: `${formatted} enheter er tildelt.` }),
  assignFailed: 'Utstyret ble ikke tildelt.',
  moveTitle: (count, formatted) =>
    plural('nb', count, {
      one: 'Flytte 1 enhet fra en annen kunde?',
      other: `Flytte ${formatted} enheter fra andre kunder?`,
    }),
  moveBody: (owners) => `De er tildelt ${owners}. Flyttes de hit, fjernes de fra den nåværende kunden.`,
  moveConfirm: 'Flytt dem hit',
  moveSkip: 'Tildel bare de andre',
  conflictsFound: 'Noen enheter er i mellomtiden tildelt andre kunder.',
  discardTitle: 'Forkaste valget?',
  discardBody: (count, formatted) =>
    plural('nb', count, {
      one: '1 enhet er valgt. Den blir ikke tildelt.',
      other: `${formatted} enheter er valgt. De blir ikke tildelt.`,
    }),
  discard: 'Forkast',
  keepSelecting: 'Fortsett å velge',
};
export default nb;
