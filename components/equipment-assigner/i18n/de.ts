import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in German: Geräte, Geräte zuweisen, Geräte auswählen, Zuweisung aufheben. A unit is
 * "ein Gerät" (Baugeräte include machines), so counts say Gerät/Geräte.
 */
const de: typeof assignerEn = {
  equipmentTitle: 'Geräte',
  assignEquipment: 'Geräte zuweisen',
  selectEquipment: 'Geräte auswählen',
  unassignEquipment: 'Zuweisung aufheben',
  unitCount: (count, formatted) => plural('de', count, { one: '1 Gerät', other: `${formatted} Geräte` }),
  unitMatches: (count, formatted) =>
    plural('de', count, { one: '1 passendes Gerät', other: `${formatted} passende Geräte` }),
  assignedEquipment: 'Zugewiesene Geräte',
  fleetEquipment: 'Geräte in der Flotte',
  searchEquipment: 'Suchen',
  searchFleet: 'Flotte durchsuchen',
  searchEquipmentHint: 'Name, Seriennummer oder externe Referenz',
  equipmentSortBy: 'Sortieren nach',
  equipmentSorts: {
    name: 'Name (A–Z)',
    '-name': 'Name (Z–A)',
    brand: 'Marke (A–Z)',
    type: 'Typ (A–Z)',
    serialNumber: 'Seriennummer',
    '-operatingHours': 'Meiste Betriebsstunden',
    operatingHours: 'Wenigste Betriebsstunden',
    '-lastSeenAt': 'Zuletzt gesehen, neueste zuerst',
    lastSeenAt: 'Zuletzt gesehen, älteste zuerst',
  },
  colName: 'Name',
  colBrandModel: 'Marke und Modell',
  colType: 'Typ',
  colSerial: 'Seriennummer',
  colHours: 'Betriebsstunden',
  colLastSeen: 'Zuletzt gesehen', // review: Trackunit's German for "last seen" (or "Letzte Meldung")
  colAssignment: 'Zugewiesen an',
  hoursValue: (formatted) => `${formatted} h`,
  neverSeen: 'Nie',
  assetTypes: {
    MACHINE: 'Maschine',
    VEHICLE: 'Fahrzeug',
    EQUIPMENT: 'Ausrüstung', // review: the asset type "Equipment", kept apart from "Geräte" (all units)
    TOOL: 'Werkzeug',
    ATTACHMENT: 'Anbaugerät',
    GATEWAY: 'Gateway',
    OTHER: 'Sonstige',
  },
  assetTypeFilter: 'Gerätetyp', // review: Trackunit may say "Asset-Typ"
  allAssetTypes: 'Alle Gerätetypen',
  brandFilter: 'Marke',
  allBrands: 'Alle Marken',
  assignmentFilter: 'Zuweisung',
  assignmentFilters: {
    any: 'Alle Geräte',
    none: 'Nicht zugewiesen',
    other: 'Anderem Kunden zugewiesen',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Bereits hier zugewiesen',
  equipmentKeys:
    'Pfeiltasten bewegen, Leertaste wählt aus, Umschalt+Pfeiltasten wählen einen Bereich, Strg+A wählt alles.',
  equipmentKeysReadOnly: 'Mit den Pfeiltasten bewegen Sie sich durch die Liste.',
  selectAllUnits: 'Alle auswählen',
  clearSelection: 'Auswahl aufheben',
  noCustomer: 'Kein Kunde gewählt: Legen Sie das Attribut customer-id fest.',
  noEquipmentAssigned: 'Diesem Kunden sind noch keine Geräte zugewiesen.',
  noEquipmentMatches: 'Keine Geräte passen zu Suche und Filtern.',
  equipmentLoadFailed: 'Die Geräte konnten nicht geladen werden.',
  equipmentReadOnly: 'Nur Administratoren und Flottenadministratoren können Geräte zuweisen und Zuweisungen aufheben.',
  selectingUnits: 'Wird ausgewählt…',
  unassignTitle: (count, formatted) =>
    plural('de', count, {
      one: 'Zuweisung von 1 Gerät aufheben?',
      other: `Zuweisung von ${formatted} Geräten aufheben?`,
    }),
  unassignBody: 'Die Geräte sind diesem Kunden dann nicht mehr zugewiesen, bleiben aber in der Flotte.',
  unassigning: 'Zuweisung wird aufgehoben…',
  unassignedDone: (count, formatted) =>
    plural('de', count, {
      one: 'Zuweisung von 1 Gerät aufgehoben.',
      other: `Zuweisung von ${formatted} Geräten aufgehoben.`,
    }),
  unassignFailed: 'Die Zuweisung der Geräte wurde nicht aufgehoben.',
  selectionKept: 'Ihre Auswahl bleibt erhalten: „Erneut versuchen“ sendet sie noch einmal.',
  // Both numbers come formatted, without their counts: the colons keep the verbs out of number agreement.
  partialDone: (applied, remaining) =>
    `Vor dem Fehler erledigt: ${applied}. Nicht erledigt und weiterhin ausgewählt: ${remaining}.`,
  notChanged: (count, formatted) =>
    plural('de', count, { one: '1 Gerät wurde nicht geändert:', other: `${formatted} Geräte wurden nicht geändert:` }),
  skipReasons: {
    not_found: 'existiert nicht mehr',
    already_assigned: 'war diesem Kunden bereits zugewiesen',
    not_assigned: 'war diesem Kunden nicht zugewiesen',
  },
  skipReasonOther: 'wurde nicht geändert',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `und ${formatted} weitere`,
  dismiss: 'Ausblenden',
  reviewSelection: 'Auswahl prüfen',
  backToFleet: 'Zurück zu allen Geräten',
  reviewHint: 'Entfernen Sie das Häkchen bei Geräten, die nicht dazugehören.',
  selectedEquipment: 'Ausgewählte Geräte',
  nothingSelected: 'Noch keine Geräte ausgewählt.',
  assigningProgress: (done, total) => `${done} von ${total} werden zugewiesen…`,
  assignedDone: (count, formatted) =>
    plural('de', count, { one: '1 Gerät zugewiesen.', other: `${formatted} Geräte zugewiesen.` }),
  assignFailed: 'Die Geräte wurden nicht zugewiesen.',
  moveTitle: (count, formatted) =>
    plural('de', count, {
      one: '1 Gerät von einem anderen Kunden verschieben?',
      other: `${formatted} Geräte von anderen Kunden verschieben?`,
    }),
  moveBody: (owners) => `Derzeit zugewiesen an: ${owners}. Beim Verschieben wird die bisherige Zuweisung aufgehoben.`,
  moveConfirm: 'Hierher verschieben',
  moveSkip: 'Nur die anderen zuweisen',
  conflictsFound: 'Einige Geräte wurden inzwischen anderen Kunden zugewiesen.',
  discardTitle: 'Auswahl verwerfen?',
  discardBody: (count, formatted) =>
    plural('de', count, {
      one: '1 Gerät ist ausgewählt und wird nicht zugewiesen.',
      other: `${formatted} Geräte sind ausgewählt und werden nicht zugewiesen.`,
    }),
  discard: 'Verwerfen',
  keepSelecting: 'Weiter auswählen',
  equipmentViews: 'Geräteansichten',
  tabAssigned: 'Zugewiesen',
  tabHistory: 'Verlauf',
  historyUnit: 'Gerät',
  historyAllUnits: 'Alle Geräte',
  historyAssigned: (unit, to) => `${unit} zugewiesen an ${to}`,
  historyUnassigned: (unit, from) => `Zuweisung von ${unit} an ${from} aufgehoben`,
  historyMoved: (unit, from, to) => `${unit} von ${from} zu ${to} verschoben`,
  historyCustomerDeleted: (unit, from) => `Zuweisung von ${unit} aufgehoben: ${from} wurde gelöscht`,
  historyChanged: (unit) => `${unit} geändert`,
  historyBy: (name) => `von ${name}`,
  historyCount: (count, formatted) => plural('de', count, { one: '1 Änderung', other: `${formatted} Änderungen` }),
  historyEmpty: 'Diesem Kunden wurden noch keine Geräte zugewiesen oder entzogen.',
  historyEmptyUnit: 'Keine Änderungen für dieses Gerät.',
  historyShowMore: 'Mehr anzeigen',
  historyLoadFailed: 'Der Verlauf konnte nicht geladen werden.',
  historyMoreShown: (count, formatted) =>
    plural('de', count, { one: '1 weitere Änderung angezeigt.', other: `${formatted} weitere Änderungen angezeigt.` }),
  lastAssigned: (name, date) => `Zuletzt: ${name}, ${date}`,
};
export default de;
