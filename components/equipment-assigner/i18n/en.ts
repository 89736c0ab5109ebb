import type { AssetType, AssignmentFilter } from '../../../src/schemas/equipment.js';
import type { SkipReason } from '../../../src/schemas/assignment.js';
import type { Strings } from '../../shared/i18n/en.js';

/** The sort orders the assigned list offers (a subset of the API's `EquipmentSort`). */
export type EquipmentSortChoice =
  | 'name'
  | '-name'
  | 'brand'
  | 'type'
  | 'serialNumber'
  | '-operatingHours'
  | 'operatingHours'
  | '-lastSeenAt'
  | 'lastSeenAt';

/**
 * The equipment-assigner's own English strings (shared words such as Cancel, Retry and the selection count live
 * in `components/shared/i18n`). Danish words from the help article: Udstyr, Tildel udstyr, Vælg udstyr,
 * Fjern tildeling. This table's type is the contract for the other languages.
 */
export const assignerEn = {
  equipmentTitle: 'Equipment',
  assignEquipment: 'Assign equipment',
  selectEquipment: 'Select equipment',
  unassignEquipment: 'Unassign',
  unitCount: (count: number, formatted: string) => (count === 1 ? '1 unit' : `${formatted} units`),
  unitMatches: (count: number, formatted: string) => (count === 1 ? '1 matching unit' : `${formatted} matching units`),
  assignedEquipment: 'Assigned equipment',
  fleetEquipment: 'Equipment in the fleet',
  searchEquipment: 'Search',
  /** The picker's search box: a name of its own, so the two search landmarks on the page differ. */
  searchFleet: 'Search the fleet',
  searchEquipmentHint: 'Name, serial number or external reference',
  equipmentSortBy: 'Sort by',
  equipmentSorts: {
    name: 'Name (A–Z)',
    '-name': 'Name (Z–A)',
    brand: 'Brand (A–Z)',
    type: 'Type (A–Z)',
    serialNumber: 'Serial number',
    '-operatingHours': 'Most operating hours',
    operatingHours: 'Fewest operating hours',
    '-lastSeenAt': 'Last seen, newest first',
    lastSeenAt: 'Last seen, oldest first',
  } satisfies Record<EquipmentSortChoice, string> as Record<EquipmentSortChoice, string>,
  colName: 'Name',
  colBrandModel: 'Brand and model',
  colType: 'Type',
  colSerial: 'Serial number',
  colHours: 'Operating hours',
  colLastSeen: 'Last seen',
  colAssignment: 'Assigned to',
  hoursValue: (formatted: string) => `${formatted} h`,
  neverSeen: 'Never',
  assetTypes: {
    MACHINE: 'Machine',
    VEHICLE: 'Vehicle',
    EQUIPMENT: 'Equipment',
    TOOL: 'Tool',
    ATTACHMENT: 'Attachment',
    GATEWAY: 'Gateway',
    OTHER: 'Other',
  } satisfies Record<AssetType, string> as Record<AssetType, string>,
  assetTypeFilter: 'Asset type',
  allAssetTypes: 'All asset types',
  brandFilter: 'Brand',
  allBrands: 'All brands',
  assignmentFilter: 'Assignment',
  assignmentFilters: {
    any: 'All units',
    none: 'Not assigned',
    other: 'Assigned to another customer',
  } satisfies Record<AssignmentFilter, string> as Record<AssignmentFilter, string>,
  facetOption: (label: string, count: string) => `${label} (${count})`,
  alreadyHere: 'Already assigned here',
  equipmentKeys: 'Arrow keys move, Space selects, Shift with the arrows selects a range, Ctrl+A selects all.',
  equipmentKeysReadOnly: 'Use the arrow keys to move through the list.',
  selectAllUnits: 'Select all',
  clearSelection: 'Clear selection',
  noCustomer: 'No customer chosen: set the customer-id attribute.',
  noEquipmentAssigned: 'No equipment is assigned to this customer yet.',
  noEquipmentMatches: 'No equipment matches the search and filters.',
  equipmentLoadFailed: 'The equipment could not be loaded.',
  equipmentReadOnly: 'Only administrators and fleet administrators can assign and unassign equipment.',
  selectingUnits: 'Selecting…',
  unassignTitle: (count: number, formatted: string) =>
    count === 1 ? 'Unassign 1 unit?' : `Unassign ${formatted} units?`,
  unassignBody: 'They will no longer be assigned to this customer, but stay in the fleet.',
  unassigning: 'Unassigning…',
  unassignedDone: (count: number, formatted: string) =>
    count === 1 ? '1 unit unassigned.' : `${formatted} units unassigned.`,
  unassignFailed: 'The equipment was not unassigned.',
  selectionKept: 'Your selection is kept: Retry sends it again.',
  partialDone: (applied: string, remaining: string) =>
    `${applied} were done before the error; ${remaining} were not and are still selected.`,
  notChanged: (count: number, formatted: string) =>
    count === 1 ? '1 unit was not changed:' : `${formatted} units were not changed:`,
  skipReasons: {
    not_found: 'no longer exists',
    already_assigned: 'was already assigned to this customer',
    not_assigned: 'was not assigned to this customer',
  } satisfies Record<SkipReason, string> as Record<SkipReason, string>,
  skipReasonOther: 'was not changed',
  skippedUnit: (name: string, reason: string) => `${name}: ${reason}`,
  moreUnits: (formatted: string) => `and ${formatted} more`,
  dismiss: 'Dismiss',
  reviewSelection: 'Review selection',
  backToFleet: 'Back to all equipment',
  reviewHint: 'Uncheck the units to leave out.',
  selectedEquipment: 'Selected equipment',
  nothingSelected: 'No equipment selected yet.',
  assigningProgress: (done: string, total: string) => `Assigning ${done} of ${total}…`,
  assignedDone: (count: number, formatted: string) =>
    count === 1 ? '1 unit assigned.' : `${formatted} units assigned.`,
  assignFailed: 'The equipment was not assigned.',
  moveTitle: (count: number, formatted: string) =>
    count === 1 ? 'Move 1 unit from another customer?' : `Move ${formatted} units from other customers?`,
  moveBody: (owners: string) =>
    `They are assigned to ${owners}. Moving them here removes them from their current customer.`,
  moveConfirm: 'Move them here',
  moveSkip: 'Assign only the others',
  conflictsFound: 'Some units were assigned to other customers in the meantime.',
  discardTitle: 'Discard your selection?',
  discardBody: (count: number, formatted: string) =>
    count === 1
      ? '1 unit is selected. It will not be assigned.'
      : `${formatted} units are selected. They will not be assigned.`,
  discard: 'Discard',
  keepSelecting: 'Keep selecting',
  equipmentViews: 'Equipment views',
  tabAssigned: 'Assigned',
  tabHistory: 'History',
  historyUnit: 'Unit',
  historyAllUnits: 'All units',
  historyAssigned: (unit: string, to: string) => `${unit} assigned to ${to}`,
  historyUnassigned: (unit: string, from: string) => `${unit} unassigned from ${from}`,
  historyMoved: (unit: string, from: string, to: string) => `${unit} moved from ${from} to ${to}`,
  historyCustomerDeleted: (unit: string, from: string) => `${unit} unassigned: ${from} was deleted`,
  historyChanged: (unit: string) => `${unit} changed`,
  historyBy: (name: string) => `by ${name}`,
  historyCount: (count: number, formatted: string) => (count === 1 ? '1 change' : `${formatted} changes`),
  historyEmpty: 'No equipment has been assigned to or unassigned from this customer yet.',
  historyEmptyUnit: 'No changes for this unit.',
  historyShowMore: 'Show more',
  historyLoadFailed: 'The history could not be loaded.',
  historyMoreShown: (count: number, formatted: string) =>
    count === 1 ? '1 more change shown.' : `${formatted} more changes shown.`,
  lastAssigned: (name: string, date: string) => `Last: ${name}, ${date}`,
};

export type AssignerStrings = typeof assignerEn;

/** What `this.l10n.t` holds in the assigner and its picker: the shared words and these. */
export type AssignerText = Strings & AssignerStrings;
