import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The equipment-assigner in Romanian: echipamente (neuter, countable), atribuire, flotă. */
const ro: typeof assignerEn = {
  equipmentTitle: 'Echipamente',
  assignEquipment: 'Atribuiți echipamente',
  selectEquipment: 'Selectați echipamente',
  unassignEquipment: 'Eliminați atribuirea',
  unitCount: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} echipament`,
      few: `${formatted} echipamente`,
      other: `${formatted} de echipamente`,
    }),
  unitMatches: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} echipament găsit`,
      few: `${formatted} echipamente găsite`,
      other: `${formatted} de echipamente găsite`,
    }),
  assignedEquipment: 'Echipamente atribuite',
  fleetEquipment: 'Echipamente din flotă',
  searchEquipment: 'Căutați',
  searchFleet: 'Căutați în flotă',
  searchEquipmentHint: 'Nume, număr de serie sau referință externă',
  equipmentSortBy: 'Sortați după',
  equipmentSorts: {
    name: 'Nume (A–Z)',
    '-name': 'Nume (Z–A)',
    brand: 'Marcă (A–Z)',
    type: 'Tip (A–Z)',
    serialNumber: 'Număr de serie',
    '-operatingHours': 'Cele mai multe ore de funcționare',
    operatingHours: 'Cele mai puține ore de funcționare',
    '-lastSeenAt': 'Văzut ultima dată, cele mai noi întâi',
    lastSeenAt: 'Văzut ultima dată, cele mai vechi întâi',
  },
  colName: 'Nume',
  colBrandModel: 'Marcă și model',
  colType: 'Tip',
  colSerial: 'Nr. de serie',
  colHours: 'Ore de funcționare', // review: or «Ore motor»
  colLastSeen: 'Văzut ultima dată', // review: Trackunit may say «Ultima comunicare»
  colAssignment: 'Atribuit',
  hoursValue: (formatted) => `${formatted} h`,
  neverSeen: 'Niciodată',
  assetTypes: {
    MACHINE: 'Utilaj',
    VEHICLE: 'Vehicul',
    EQUIPMENT: 'Echipament',
    TOOL: 'Unealtă', // review: «Sculă» for power tools
    ATTACHMENT: 'Accesoriu', // review: «Echipament de lucru» is the term in machine catalogues
    GATEWAY: 'Gateway',
    OTHER: 'Altele',
  },
  assetTypeFilter: 'Tip de echipament',
  allAssetTypes: 'Toate tipurile',
  brandFilter: 'Marcă',
  allBrands: 'Toate mărcile',
  assignmentFilter: 'Atribuire',
  assignmentFilters: {
    any: 'Toate echipamentele',
    none: 'Neatribuite',
    other: 'Atribuite altui client',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Deja atribuit aici',
  equipmentKeys: 'Săgețile mută, Spațiu selectează, Shift cu săgețile selectează un interval, Ctrl+A selectează tot.',
  equipmentKeysReadOnly: 'Folosiți săgețile pentru a vă deplasa în listă.',
  selectAllUnits: 'Selectați tot',
  clearSelection: 'Goliți selecția',
  noCustomer: 'Niciun client ales: setați atributul customer-id.',
  noEquipmentAssigned: 'Acestui client nu i s-au atribuit încă echipamente.',
  noEquipmentMatches: 'Niciun echipament nu corespunde căutării și filtrelor.',
  equipmentLoadFailed: 'Echipamentele nu au putut fi încărcate.',
  equipmentReadOnly: 'Doar administratorii și administratorii de flotă pot atribui echipamente și elimina atribuiri.',
  selectingUnits: 'Se selectează…',
  unassignTitle: (count, formatted) =>
    plural('ro', count, {
      one: `Eliminați atribuirea pentru ${formatted} echipament?`,
      few: `Eliminați atribuirea pentru ${formatted} echipamente?`,
      other: `Eliminați atribuirea pentru ${formatted} de echipamente?`,
    }),
  unassignBody: 'Selecția nu va mai fi atribuită acestui client, dar rămâne în flotă.',
  unassigning: 'Se elimină atribuirea…',
  unassignedDone: (count, formatted) =>
    plural('ro', count, {
      one: `Atribuire eliminată pentru ${formatted} echipament.`,
      few: `Atribuire eliminată pentru ${formatted} echipamente.`,
      other: `Atribuire eliminată pentru ${formatted} de echipamente.`,
    }),
  unassignFailed: 'Atribuirea echipamentelor nu a fost eliminată.',
  selectionKept: 'Selecția este păstrată: Reîncercați o trimite din nou.',
  // Only formatted numbers arrive here, so the sentence is built not to need «de» or agreement.
  partialDone: (applied, remaining) =>
    `Finalizate înainte de eroare: ${applied}; nefinalizate și încă selectate: ${remaining}.`,
  notChanged: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} echipament nu a fost modificat:`,
      few: `${formatted} echipamente nu au fost modificate:`,
      other: `${formatted} de echipamente nu au fost modificate:`,
    }),
  skipReasons: {
    not_found: 'nu mai există',
    already_assigned: 'era deja atribuit acestui client',
    not_assigned: 'nu era atribuit acestui client',
  },
  skipReasonOther: 'nu a fost modificat',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `și încă ${formatted}`,
  dismiss: 'Închideți',
  reviewSelection: 'Verificați selecția',
  backToFleet: 'Înapoi la toate echipamentele',
  reviewHint: 'Debifați echipamentele de exclus.',
  selectedEquipment: 'Echipamente selectate',
  nothingSelected: 'Încă nu ați selectat niciun echipament.',
  assigningProgress: (done, total) => `Se atribuie ${done} din ${total}…`,
  assignedDone: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} echipament atribuit.`,
      few: `${formatted} echipamente atribuite.`,
      other: `${formatted} de echipamente atribuite.`,
    }),
  assignFailed: 'Echipamentele nu au fost atribuite.',
  moveTitle: (count, formatted) =>
    plural('ro', count, {
      one: `Mutați ${formatted} echipament de la alt client?`,
      few: `Mutați ${formatted} echipamente de la alți clienți?`,
      other: `Mutați ${formatted} de echipamente de la alți clienți?`,
    }),
  // The owners' names in the dative would need their gender and number, so they follow a colon.
  moveBody: (owners) => `Atribuite în prezent: ${owners}. Dacă le mutați aici, atribuirea actuală se elimină.`,
  moveConfirm: 'Mutați aici',
  moveSkip: 'Atribuiți doar restul',
  conflictsFound: 'Între timp, unele echipamente au fost atribuite altor clienți.',
  discardTitle: 'Renunțați la selecție?',
  discardBody: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} echipament este selectat. Nu va fi atribuit.`,
      few: `${formatted} echipamente sunt selectate. Nu vor fi atribuite.`,
      other: `${formatted} de echipamente sunt selectate. Nu vor fi atribuite.`,
    }),
  discard: 'Renunțați',
  keepSelecting: 'Continuați selecția',
  equipmentViews: 'Vizualizări ale echipamentelor',
  tabAssigned: 'Atribuite',
  tabHistory: 'Istoric',
  historyUnit: 'Echipament',
  historyAllUnits: 'Toate echipamentele',
  historyAssigned: (unit, to) => `${unit} atribuit lui ${to}`, // review: «lui» before a company name reads formal
  historyUnassigned: (unit, from) => `${unit}: atribuirea la ${from} a fost eliminată`,
  historyMoved: (unit, from, to) => `${unit} mutat de la ${from} la ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit}: atribuire eliminată, ${from} a fost șters`,
  historyChanged: (unit) => `${unit} modificat`,
  historyBy: (name) => `de către ${name}`,
  historyCount: (count, formatted) =>
    plural('ro', count, {
      one: `${formatted} modificare`,
      few: `${formatted} modificări`,
      other: `${formatted} de modificări`,
    }),
  historyEmpty: 'Încă nu s-au atribuit sau eliminat atribuiri de echipamente pentru acest client.',
  historyEmptyUnit: 'Nicio modificare pentru acest echipament.',
  historyShowMore: 'Afișați mai multe',
  historyLoadFailed: 'Istoricul nu a putut fi încărcat.',
  historyMoreShown: (count, formatted) =>
    plural('ro', count, {
      one: `Încă ${formatted} modificare afișată.`,
      few: `Încă ${formatted} modificări afișate.`,
      other: `Încă ${formatted} de modificări afișate.`,
    }),
  lastAssigned: (name, date) => `Ultima: ${name}, ${date}`,
};
export default ro;
