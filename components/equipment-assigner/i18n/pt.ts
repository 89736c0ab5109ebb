import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The equipment-assigner in Brazilian Portuguese: equipamentos (masculine, countable), atribuir, frota. */
const pt: typeof assignerEn = {
  equipmentTitle: 'Equipamentos',
  assignEquipment: 'Atribuir equipamentos',
  selectEquipment: 'Selecionar equipamentos',
  unassignEquipment: 'Remover atribuição',
  unitCount: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} equipamento`,
      many: `${formatted} de equipamentos`,
      other: `${formatted} equipamentos`,
    }),
  unitMatches: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} equipamento correspondente`,
      many: `${formatted} de equipamentos correspondentes`,
      other: `${formatted} equipamentos correspondentes`,
    }),
  assignedEquipment: 'Equipamentos atribuídos',
  fleetEquipment: 'Equipamentos da frota',
  searchEquipment: 'Pesquisar',
  searchFleet: 'Pesquisar na frota',
  searchEquipmentHint: 'Nome, número de série ou referência externa',
  equipmentSortBy: 'Ordenar por',
  equipmentSorts: {
    name: 'Nome (A–Z)',
    '-name': 'Nome (Z–A)',
    brand: 'Marca (A–Z)',
    type: 'Tipo (A–Z)',
    serialNumber: 'Número de série',
    '-operatingHours': 'Mais horas de operação',
    operatingHours: 'Menos horas de operação',
    '-lastSeenAt': 'Visto por último: recentes primeiro',
    lastSeenAt: 'Visto por último: antigos primeiro',
  },
  colName: 'Nome',
  colBrandModel: 'Marca e modelo',
  colType: 'Tipo',
  colSerial: 'Nº de série',
  colHours: 'Horas de operação', // review: «Horímetro» is the word on the machine
  colLastSeen: 'Visto por último', // review: Trackunit may say «Última comunicação»
  colAssignment: 'Atribuído a',
  hoursValue: (formatted) => `${formatted} h`,
  neverSeen: 'Nunca',
  assetTypes: {
    MACHINE: 'Máquina',
    VEHICLE: 'Veículo',
    EQUIPMENT: 'Equipamento',
    TOOL: 'Ferramenta',
    ATTACHMENT: 'Implemento', // review: Brazilian word for machine attachments; «Acessório» is the generic one
    GATEWAY: 'Gateway',
    OTHER: 'Outro',
  },
  assetTypeFilter: 'Tipo de equipamento',
  allAssetTypes: 'Todos os tipos',
  brandFilter: 'Marca',
  allBrands: 'Todas as marcas',
  assignmentFilter: 'Atribuição',
  assignmentFilters: {
    any: 'Todos os equipamentos',
    none: 'Não atribuídos',
    other: 'Atribuídos a outro cliente',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Já atribuído aqui',
  equipmentKeys: 'As setas movem, Espaço seleciona, Shift com as setas seleciona um intervalo, Ctrl+A seleciona tudo.',
  equipmentKeysReadOnly: 'Use as setas para percorrer a lista.',
  selectAllUnits: 'Selecionar tudo',
  clearSelection: 'Limpar seleção',
  noCustomer: 'Nenhum cliente escolhido: defina o atributo customer-id.',
  noEquipmentAssigned: 'Ainda não há equipamentos atribuídos a este cliente.',
  noEquipmentMatches: 'Nenhum equipamento corresponde à pesquisa e aos filtros.',
  equipmentLoadFailed: 'Não foi possível carregar os equipamentos.',
  equipmentReadOnly:
    'Somente administradores e administradores de frota podem atribuir equipamentos e remover atribuições.',
  selectingUnits: 'Selecionando…',
  unassignTitle: (count, formatted) =>
    plural('pt', count, {
      one: `Remover a atribuição de ${formatted} equipamento?`,
      many: `Remover a atribuição de ${formatted} de equipamentos?`,
      other: `Remover a atribuição de ${formatted} equipamentos?`,
    }),
  unassignBody: 'A seleção deixará de estar atribuída a este cliente, mas continuará na frota.',
  unassigning: 'Removendo atribuição…',
  unassignedDone: (count, formatted) =>
    plural('pt', count, {
      one: `Atribuição removida de ${formatted} equipamento.`,
      many: `Atribuição removida de ${formatted} de equipamentos.`,
      other: `Atribuição removida de ${formatted} equipamentos.`,
    }),
  unassignFailed: 'A atribuição dos equipamentos não foi removida.',
  selectionKept: 'Sua seleção foi mantida: Tentar novamente a envia de novo.',
  // Only formatted numbers arrive here, so the sentence is built not to agree with them.
  partialDone: (applied, remaining) =>
    `Concluídos antes do erro: ${applied}; não concluídos e ainda selecionados: ${remaining}.`,
  notChanged: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} equipamento não foi alterado:`,
      many: `${formatted} de equipamentos não foram alterados:`,
      other: `${formatted} equipamentos não foram alterados:`,
    }),
  skipReasons: {
    not_found: 'não existe mais',
    already_assigned: 'já estava atribuído a este cliente',
    not_assigned: 'não estava atribuído a este cliente',
  },
  skipReasonOther: 'não foi alterado',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `e mais ${formatted}`,
  dismiss: 'Fechar',
  reviewSelection: 'Revisar seleção',
  backToFleet: 'Voltar a todos os equipamentos',
  reviewHint: 'Desmarque os equipamentos a excluir.',
  selectedEquipment: 'Equipamentos selecionados',
  nothingSelected: 'Nenhum equipamento selecionado ainda.',
  assigningProgress: (done, total) => `Atribuindo ${done} de ${total}…`,
  assignedDone: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} equipamento atribuído.`,
      many: `${formatted} de equipamentos atribuídos.`,
      other: `${formatted} equipamentos atribuídos.`,
    }),
  assignFailed: 'Os equipamentos não foram atribuídos.',
  moveTitle: (count, formatted) =>
    plural('pt', count, {
      one: `Mover ${formatted} equipamento de outro cliente?`,
      many: `Mover ${formatted} de equipamentos de outros clientes?`,
      other: `Mover ${formatted} equipamentos de outros clientes?`,
    }),
  moveBody: (owners) => `Eles estão atribuídos a ${owners}. Movê-los para cá os remove do cliente atual.`,
  moveConfirm: 'Mover para cá',
  moveSkip: 'Atribuir só os outros',
  conflictsFound: 'Nesse meio-tempo, alguns equipamentos foram atribuídos a outros clientes.',
  discardTitle: 'Descartar sua seleção?',
  discardBody: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} equipamento está selecionado. Ele não será atribuído.`,
      many: `${formatted} de equipamentos estão selecionados. Eles não serão atribuídos.`,
      other: `${formatted} equipamentos estão selecionados. Eles não serão atribuídos.`,
    }),
  discard: 'Descartar',
  keepSelecting: 'Continuar selecionando',
  equipmentViews: 'Visualizações dos equipamentos',
  tabAssigned: 'Atribuídos',
  tabHistory: 'Histórico',
  historyUnit: 'Equipamento',
  historyAllUnits: 'Todos os equipamentos',
  historyAssigned: (unit, to) => `${unit} atribuído a ${to}`,
  historyUnassigned: (unit, from) => `${unit}: atribuição a ${from} removida`,
  historyMoved: (unit, from, to) => `${unit} movido de ${from} para ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit}: atribuição removida, ${from} foi excluído`,
  historyChanged: (unit) => `${unit} alterado`,
  historyBy: (name) => `por ${name}`,
  historyCount: (count, formatted) =>
    plural('pt', count, {
      one: `${formatted} alteração`,
      many: `${formatted} de alterações`,
      other: `${formatted} alterações`,
    }),
  historyEmpty: 'Ainda não houve atribuições nem remoções de atribuição de equipamentos para este cliente.',
  historyEmptyUnit: 'Nenhuma alteração neste equipamento.',
  historyShowMore: 'Mostrar mais',
  historyLoadFailed: 'Não foi possível carregar o histórico.',
  historyMoreShown: (count, formatted) =>
    plural('pt', count, {
      one: `Mais ${formatted} alteração exibida.`,
      many: `Mais ${formatted} de alterações exibidas.`,
      other: `Mais ${formatted} alterações exibidas.`,
    }),
  // The last assignment (atribuição, feminine).
  lastAssigned: (name, date) => `Última: ${name}, ${date}`,
};
export default pt;
