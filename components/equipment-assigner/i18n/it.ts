import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in Italian: attrezzature for equipment, unità (feminine, invariable) for a counted unit,
 * assegnare / rimuovere l’assegnazione, flotta.
 */
const it: typeof assignerEn = {
  equipmentTitle: 'Attrezzature', // review: «Mezzi» or «Asset» may be what Italian fleet owners say
  assignEquipment: 'Assegna attrezzature',
  selectEquipment: 'Seleziona attrezzature',
  unassignEquipment: 'Rimuovi assegnazione',
  unitCount: (count, formatted) =>
    plural('it', count, { one: `${formatted} unità`, many: `${formatted} di unità`, other: `${formatted} unità` }),
  unitMatches: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} unità corrispondente`,
      many: `${formatted} di unità corrispondenti`,
      other: `${formatted} unità corrispondenti`,
    }),
  assignedEquipment: 'Attrezzature assegnate',
  fleetEquipment: 'Attrezzature della flotta',
  searchEquipment: 'Cerca',
  searchFleet: 'Cerca nella flotta',
  searchEquipmentHint: 'Nome, numero di serie o riferimento esterno',
  equipmentSortBy: 'Ordina per',
  equipmentSorts: {
    name: 'Nome (A–Z)',
    '-name': 'Nome (Z–A)',
    brand: 'Marca (A–Z)',
    type: 'Tipo (A–Z)',
    serialNumber: 'Numero di serie',
    '-operatingHours': 'Più ore di lavoro',
    operatingHours: 'Meno ore di lavoro',
    '-lastSeenAt': 'Ultima rilevazione, più recenti prima',
    lastSeenAt: 'Ultima rilevazione, meno recenti prima',
  },
  colName: 'Nome',
  colBrandModel: 'Marca e modello',
  colType: 'Tipo',
  colSerial: 'N. di serie',
  colHours: 'Ore di lavoro', // review: or «Ore di funzionamento» / «Ore motore»
  colLastSeen: 'Ultima rilevazione', // review: «last seen» of a telematics unit
  colAssignment: 'Assegnata a',
  hoursValue: (formatted) => `${formatted} h`,
  neverSeen: 'Mai',
  assetTypes: {
    MACHINE: 'Macchina',
    VEHICLE: 'Veicolo',
    EQUIPMENT: 'Attrezzatura',
    TOOL: 'Utensile',
    ATTACHMENT: 'Accessorio', // review: «Attrezzatura intercambiabile» in some catalogues
    GATEWAY: 'Gateway',
    OTHER: 'Altro',
  },
  assetTypeFilter: 'Tipo di attrezzatura',
  allAssetTypes: 'Tutti i tipi',
  brandFilter: 'Marca',
  allBrands: 'Tutte le marche',
  assignmentFilter: 'Assegnazione',
  assignmentFilters: {
    any: 'Tutte le unità',
    none: 'Non assegnate',
    other: 'Assegnate a un altro cliente',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Già assegnata qui',
  equipmentKeys:
    'Le frecce spostano, Spazio seleziona, Maiusc con le frecce seleziona un intervallo, Ctrl+A seleziona tutto.',
  equipmentKeysReadOnly: 'Usa le frecce per spostarti nell’elenco.',
  selectAllUnits: 'Seleziona tutto',
  clearSelection: 'Cancella selezione',
  noCustomer: 'Nessun cliente scelto: imposta l’attributo customer-id.',
  noEquipmentAssigned: 'A questo cliente non sono ancora assegnate attrezzature.',
  noEquipmentMatches: 'Nessuna attrezzatura corrisponde alla ricerca e ai filtri.',
  equipmentLoadFailed: 'Impossibile caricare le attrezzature.',
  equipmentReadOnly:
    'Solo gli amministratori e gli amministratori di flotta possono assegnare attrezzature e rimuovere assegnazioni.',
  selectingUnits: 'Selezione in corso…',
  unassignTitle: (count, formatted) =>
    plural('it', count, {
      one: `Rimuovere l’assegnazione di ${formatted} unità?`,
      many: `Rimuovere l’assegnazione di ${formatted} di unità?`,
      other: `Rimuovere l’assegnazione di ${formatted} unità?`,
    }),
  unassignBody: 'La selezione non sarà più assegnata a questo cliente, ma resterà nella flotta.',
  unassigning: 'Rimozione dell’assegnazione…',
  unassignedDone: (count, formatted) =>
    plural('it', count, {
      one: `Assegnazione rimossa per ${formatted} unità.`,
      many: `Assegnazione rimossa per ${formatted} di unità.`,
      other: `Assegnazione rimossa per ${formatted} unità.`,
    }),
  unassignFailed: 'L’assegnazione delle attrezzature non è stata rimossa.',
  selectionKept: 'La selezione è conservata: Riprova la invia di nuovo.',
  // Only formatted numbers arrive here; the participles agree with «unità» (feminine plural).
  partialDone: (applied, remaining) =>
    `Completate prima dell’errore: ${applied}; non completate e ancora selezionate: ${remaining}.`,
  notChanged: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} unità non è stata modificata:`,
      many: `${formatted} di unità non sono state modificate:`,
      other: `${formatted} unità non sono state modificate:`,
    }),
  skipReasons: {
    not_found: 'non esiste più',
    already_assigned: 'era già assegnata a questo cliente',
    not_assigned: 'non era assegnata a questo cliente',
  },
  skipReasonOther: 'non è stata modificata',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `e ${formatted} in più`,
  dismiss: 'Chiudi',
  reviewSelection: 'Rivedi la selezione',
  backToFleet: 'Torna a tutte le attrezzature',
  reviewHint: 'Deseleziona le unità da escludere.',
  selectedEquipment: 'Attrezzature selezionate',
  nothingSelected: 'Nessuna attrezzatura selezionata.',
  assigningProgress: (done, total) => `Assegnazione: ${done} su ${total}…`,
  assignedDone: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} unità assegnata.`,
      many: `${formatted} di unità assegnate.`,
      other: `${formatted} unità assegnate.`,
    }),
  assignFailed: 'Le attrezzature non sono state assegnate.',
  moveTitle: (count, formatted) =>
    plural('it', count, {
      one: `Spostare ${formatted} unità da un altro cliente?`,
      many: `Spostare ${formatted} di unità da altri clienti?`,
      other: `Spostare ${formatted} unità da altri clienti?`,
    }),
  moveBody: (owners) => `Sono assegnate a ${owners}. Spostandole qui, vengono rimosse dal loro cliente attuale.`,
  moveConfirm: 'Sposta qui',
  moveSkip: 'Assegna solo le altre',
  conflictsFound: 'Nel frattempo alcune unità sono state assegnate ad altri clienti.',
  discardTitle: 'Scartare la selezione?',
  discardBody: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} unità è selezionata. Non verrà assegnata.`,
      many: `${formatted} di unità sono selezionate. Non verranno assegnate.`,
      other: `${formatted} unità sono selezionate. Non verranno assegnate.`,
    }),
  discard: 'Scarta',
  keepSelecting: 'Continua a selezionare',
  equipmentViews: 'Viste attrezzature',
  tabAssigned: 'Assegnate',
  tabHistory: 'Cronologia',
  historyUnit: 'Unità',
  historyAllUnits: 'Tutte le unità',
  historyAssigned: (unit, to) => `${unit} assegnata a ${to}`,
  historyUnassigned: (unit, from) => `${unit} rimossa da ${from}`,
  historyMoved: (unit, from, to) => `${unit} spostata da ${from} a ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit} non più assegnata: ${from} è stato eliminato`,
  historyChanged: (unit) => `${unit} modificata`,
  historyBy: (name) => `da ${name}`,
  historyCount: (count, formatted) =>
    plural('it', count, {
      one: `${formatted} modifica`,
      many: `${formatted} di modifiche`,
      other: `${formatted} modifiche`,
    }),
  historyEmpty: 'Nessuna attrezzatura è stata ancora assegnata a questo cliente o rimossa.',
  historyEmptyUnit: 'Nessuna modifica per questa unità.',
  historyShowMore: 'Mostra altro',
  historyLoadFailed: 'Impossibile caricare la cronologia.',
  historyMoreShown: (count, formatted) =>
    plural('it', count, {
      one: `Mostrata ${formatted} altra modifica.`,
      many: `Mostrate altre ${formatted} di modifiche.`,
      other: `Mostrate altre ${formatted} modifiche.`,
    }),
  lastAssigned: (name, date) => `Ultima: ${name}, ${date}`, // review: «Ultima assegnazione» is clearer but longer
};
export default it;
