import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The equipment-assigner in Spanish: equipos (masculine, countable), asignar, flota. */
const es: typeof assignerEn = {
  equipmentTitle: 'Equipos',
  assignEquipment: 'Asignar equipos',
  selectEquipment: 'Seleccionar equipos',
  unassignEquipment: 'Desasignar', // review: common in Spanish software; «Quitar asignación» is the longer alternative
  unitCount: (count, formatted) =>
    plural('es', count, { one: `${formatted} equipo`, many: `${formatted} de equipos`, other: `${formatted} equipos` }),
  unitMatches: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} equipo coincidente`,
      many: `${formatted} de equipos coincidentes`,
      other: `${formatted} equipos coincidentes`,
    }),
  assignedEquipment: 'Equipos asignados',
  fleetEquipment: 'Equipos de la flota',
  searchEquipment: 'Buscar',
  searchFleet: 'Buscar en la flota',
  searchEquipmentHint: 'Nombre, número de serie o referencia externa',
  equipmentSortBy: 'Ordenar por',
  equipmentSorts: {
    name: 'Nombre (A–Z)',
    '-name': 'Nombre (Z–A)',
    brand: 'Marca (A–Z)',
    type: 'Tipo (A–Z)',
    serialNumber: 'Número de serie',
    '-operatingHours': 'Más horas de funcionamiento',
    operatingHours: 'Menos horas de funcionamiento',
    '-lastSeenAt': 'Visto: más reciente primero',
    lastSeenAt: 'Visto: más antiguo primero',
  },
  colName: 'Nombre',
  colBrandModel: 'Marca y modelo',
  colType: 'Tipo',
  colSerial: 'N.º de serie',
  colHours: 'Horas de funcionamiento', // review: «Horómetro» is the shorter machine-shop word
  colLastSeen: 'Visto por última vez', // review: Trackunit may say «Última comunicación»
  colAssignment: 'Asignado a',
  hoursValue: (formatted) => `${formatted} h`,
  neverSeen: 'Nunca',
  assetTypes: {
    MACHINE: 'Máquina',
    VEHICLE: 'Vehículo',
    EQUIPMENT: 'Equipo',
    TOOL: 'Herramienta',
    ATTACHMENT: 'Accesorio', // review: «Implemento» in parts of Latin America
    GATEWAY: 'Pasarela', // review: Trackunit may keep «Gateway»
    OTHER: 'Otro',
  },
  assetTypeFilter: 'Tipo de equipo',
  allAssetTypes: 'Todos los tipos',
  brandFilter: 'Marca',
  allBrands: 'Todas las marcas',
  assignmentFilter: 'Asignación',
  assignmentFilters: {
    any: 'Todos los equipos',
    none: 'Sin asignar',
    other: 'Asignados a otro cliente',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Ya asignado aquí',
  equipmentKeys:
    'Las flechas mueven, Espacio selecciona, Mayús con las flechas selecciona un rango, Ctrl+A selecciona todo.',
  equipmentKeysReadOnly: 'Use las flechas para moverse por la lista.',
  selectAllUnits: 'Seleccionar todo',
  clearSelection: 'Borrar selección',
  noCustomer: 'No se ha elegido ningún cliente: defina el atributo customer-id.',
  noEquipmentAssigned: 'Aún no hay equipos asignados a este cliente.',
  noEquipmentMatches: 'Ningún equipo coincide con la búsqueda y los filtros.',
  equipmentLoadFailed: 'No se pudieron cargar los equipos.',
  equipmentReadOnly: 'Solo los administradores y los administradores de flota pueden asignar y desasignar equipos.',
  selectingUnits: 'Seleccionando…',
  unassignTitle: (count, formatted) =>
    plural('es', count, {
      one: `¿Desasignar ${formatted} equipo?`,
      many: `¿Desasignar ${formatted} de equipos?`,
      other: `¿Desasignar ${formatted} equipos?`,
    }),
  unassignBody: 'La selección dejará de estar asignada a este cliente, pero seguirá en la flota.',
  unassigning: 'Desasignando…',
  unassignedDone: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} equipo desasignado.`,
      many: `${formatted} de equipos desasignados.`,
      other: `${formatted} equipos desasignados.`,
    }),
  unassignFailed: 'No se han desasignado los equipos.',
  selectionKept: 'Su selección se mantiene: Reintentar la vuelve a enviar.',
  // Only formatted numbers arrive here, so the sentence is built not to agree with them.
  partialDone: (applied, remaining) =>
    `Procesados antes del error: ${applied}; sin procesar y aún seleccionados: ${remaining}.`,
  notChanged: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} equipo no se ha modificado:`,
      many: `${formatted} de equipos no se han modificado:`,
      other: `${formatted} equipos no se han modificado:`,
    }),
  skipReasons: {
    not_found: 'ya no existe',
    already_assigned: 'ya estaba asignado a este cliente',
    not_assigned: 'no estaba asignado a este cliente',
  },
  skipReasonOther: 'no se ha modificado',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `y ${formatted} más`,
  dismiss: 'Cerrar',
  reviewSelection: 'Revisar la selección',
  backToFleet: 'Volver a todos los equipos',
  reviewHint: 'Desmarque los equipos que quiera excluir.',
  selectedEquipment: 'Equipos seleccionados',
  nothingSelected: 'Aún no hay equipos seleccionados.',
  assigningProgress: (done, total) => `Asignando ${done} de ${total}…`,
  assignedDone: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} equipo asignado.`,
      many: `${formatted} de equipos asignados.`,
      other: `${formatted} equipos asignados.`,
    }),
  assignFailed: 'No se han asignado los equipos.',
  moveTitle: (count, formatted) =>
    plural('es', count, {
      one: `¿Mover ${formatted} equipo de otro cliente?`,
      many: `¿Mover ${formatted} de equipos de otros clientes?`,
      other: `¿Mover ${formatted} equipos de otros clientes?`,
    }),
  moveBody: (owners) => `Están asignados a ${owners}. Al moverlos aquí, se quitan de su cliente actual.`,
  moveConfirm: 'Mover aquí',
  moveSkip: 'Asignar solo los demás',
  conflictsFound: 'Mientras tanto, algunos equipos se han asignado a otros clientes.',
  discardTitle: '¿Descartar su selección?',
  discardBody: (count, formatted) =>
    plural('es', count, {
      one: `${formatted} equipo está seleccionado. No se asignará.`,
      many: `${formatted} de equipos están seleccionados. No se asignarán.`,
      other: `${formatted} equipos están seleccionados. No se asignarán.`,
    }),
  discard: 'Descartar',
  keepSelecting: 'Seguir seleccionando',
  equipmentViews: 'Vistas de equipos',
  tabAssigned: 'Asignados',
  tabHistory: 'Historial',
  historyUnit: 'Equipo',
  historyAllUnits: 'Todos los equipos',
  historyAssigned: (unit, to) => `${unit} asignado a ${to}`,
  historyUnassigned: (unit, from) => `${unit} desasignado de ${from}`,
  historyMoved: (unit, from, to) => `${unit} trasladado de ${from} a ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit} desasignado: se eliminó ${from}`,
  historyChanged: (unit) => `${unit} modificado`,
  historyBy: (name) => `por ${name}`,
  historyCount: (count, formatted) =>
    plural('es', count, { one: `${formatted} cambio`, many: `${formatted} de cambios`, other: `${formatted} cambios` }),
  historyEmpty: 'Aún no se ha asignado ni desasignado ningún equipo de este cliente.',
  historyEmptyUnit: 'No hay cambios para este equipo.',
  historyShowMore: 'Mostrar más',
  historyLoadFailed: 'No se pudo cargar el historial.',
  historyMoreShown: (count, formatted) =>
    plural('es', count, {
      one: `Se muestra ${formatted} cambio más.`,
      many: `Se muestran ${formatted} de cambios más.`,
      other: `Se muestran ${formatted} cambios más.`,
    }),
  lastAssigned: (name, date) => `Última: ${name}, ${date}`, // review: «Última asignación» is clearer but longer
};
export default es;
