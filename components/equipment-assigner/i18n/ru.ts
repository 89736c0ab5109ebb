import type { assignerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * The equipment-assigner in Russian (Техника, Назначить технику, Выбрать технику, Снять назначение). A counted
 * unit is an "единица" (1 единица, 2 единицы, 5 единиц).
 */
const ru: typeof assignerEn = {
  equipmentTitle: 'Техника',
  assignEquipment: 'Назначить технику', // review: "назначить" vs "привязать" (привязка к клиенту) for assigning
  selectEquipment: 'Выбрать технику',
  unassignEquipment: 'Снять назначение',
  unitCount: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} единица`,
      few: `${formatted} единицы`,
      many: `${formatted} единиц`,
      other: `${formatted} единицы`,
    }),
  unitMatches: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} подходящая единица`,
      few: `${formatted} подходящие единицы`,
      many: `${formatted} подходящих единиц`,
      other: `${formatted} подходящей единицы`,
    }),
  assignedEquipment: 'Назначенная техника',
  fleetEquipment: 'Техника в парке',
  searchEquipment: 'Поиск',
  searchFleet: 'Поиск по парку',
  searchEquipmentHint: 'Название, серийный номер или внешний ID',
  equipmentSortBy: 'Сортировка',
  equipmentSorts: {
    name: 'Название (А–Я)',
    '-name': 'Название (Я–А)',
    brand: 'Марка (А–Я)',
    type: 'Тип (А–Я)',
    serialNumber: 'Серийный номер',
    '-operatingHours': 'Больше всего моточасов',
    operatingHours: 'Меньше всего моточасов',
    '-lastSeenAt': 'Последняя связь, сначала новые',
    lastSeenAt: 'Последняя связь, сначала старые',
  },
  colName: 'Название',
  colBrandModel: 'Марка и модель',
  colType: 'Тип',
  colSerial: 'Серийный номер',
  colHours: 'Моточасы',
  colLastSeen: 'Последняя связь', // review: Trackunit's Russian word for "Last seen" (last report of the unit)
  colAssignment: 'Назначение',
  hoursValue: (formatted) => `${formatted} м/ч`, // review: "м/ч" (моточасы) vs "ч"
  neverSeen: 'Никогда',
  assetTypes: {
    MACHINE: 'Машина',
    VEHICLE: 'Транспорт', // review: "Транспорт" (short) vs "Транспортное средство"
    EQUIPMENT: 'Оборудование',
    TOOL: 'Инструмент',
    ATTACHMENT: 'Навесное оборудование',
    GATEWAY: 'Шлюз',
    OTHER: 'Другое',
  },
  assetTypeFilter: 'Тип актива', // review: "актив" for asset
  allAssetTypes: 'Все типы активов',
  brandFilter: 'Марка',
  allBrands: 'Все марки',
  assignmentFilter: 'Назначение',
  assignmentFilters: {
    any: 'Все единицы',
    none: 'Не назначены',
    other: 'Назначены другому клиенту',
  },
  facetOption: (label, count) => `${label} (${count})`,
  alreadyHere: 'Уже назначено здесь',
  equipmentKeys: 'Стрелки перемещают, пробел выбирает, Shift со стрелками выбирает диапазон, Ctrl+A выбирает всё.',
  equipmentKeysReadOnly: 'Перемещайтесь по списку клавишами со стрелками.',
  selectAllUnits: 'Выбрать все',
  clearSelection: 'Снять выбор',
  noCustomer: 'Клиент не выбран: задайте атрибут customer-id.',
  noEquipmentAssigned: 'Этому клиенту пока не назначена техника.',
  noEquipmentMatches: 'Нет техники, соответствующей поиску и фильтрам.',
  equipmentLoadFailed: 'Не удалось загрузить технику.',
  equipmentReadOnly:
    'Назначать технику и снимать назначение могут только администраторы и администраторы парка техники.',
  selectingUnits: 'Выбор…',
  unassignTitle: (count, formatted) =>
    plural('ru', count, {
      one: `Снять назначение с ${formatted} единицы?`,
      few: `Снять назначение с ${formatted} единиц?`,
      many: `Снять назначение с ${formatted} единиц?`,
      other: `Снять назначение с ${formatted} единицы?`,
    }),
  unassignBody: 'Техника больше не будет назначена этому клиенту, но останется в парке.',
  unassigning: 'Снятие назначения…',
  unassignedDone: (count, formatted) =>
    plural('ru', count, {
      one: `Назначение снято с ${formatted} единицы.`,
      few: `Назначение снято с ${formatted} единиц.`,
      many: `Назначение снято с ${formatted} единиц.`,
      other: `Назначение снято с ${formatted} единицы.`,
    }),
  unassignFailed: 'Не удалось снять назначение техники.',
  selectionKept: 'Выбор сохранён: «Повторить» отправит его снова.',
  // Only formatted numbers arrive here, so the wording puts them after a colon or in brackets, with no noun to agree.
  partialDone: (applied, remaining) =>
    `До ошибки выполнено: ${applied}. Остальные (${remaining}) не выполнены и остаются выбранными.`,
  notChanged: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} единица не изменена:`,
      few: `${formatted} единицы не изменены:`,
      many: `${formatted} единиц не изменено:`,
      other: `${formatted} единицы не изменено:`,
    }),
  // After "Name: ": worded without a verb that would agree with the unit's gender.
  skipReasons: {
    not_found: 'больше не существует',
    already_assigned: 'назначение этому клиенту уже было',
    not_assigned: 'нет назначения этому клиенту',
  },
  skipReasonOther: 'без изменений',
  skippedUnit: (name, reason) => `${name}: ${reason}`,
  moreUnits: (formatted) => `и ещё ${formatted}`,
  dismiss: 'Закрыть',
  reviewSelection: 'Проверить выбор',
  backToFleet: 'Назад ко всей технике',
  reviewHint: 'Снимите отметку с единиц, которые нужно исключить.',
  selectedEquipment: 'Выбранная техника',
  nothingSelected: 'Техника пока не выбрана.',
  assigningProgress: (done, total) => `Назначение: ${done} из ${total}…`,
  assignedDone: (count, formatted) =>
    plural('ru', count, {
      one: `Назначена ${formatted} единица.`,
      few: `Назначено ${formatted} единицы.`,
      many: `Назначено ${formatted} единиц.`,
      other: `Назначено ${formatted} единицы.`,
    }),
  assignFailed: 'Не удалось назначить технику.',
  moveTitle: (count, formatted) =>
    `Переместить ${plural('ru', count, {
      one: `${formatted} единицу`,
      few: `${formatted} единицы`,
      many: `${formatted} единиц`,
      other: `${formatted} единицы`,
    })} ${count === 1 ? 'от другого клиента' : 'от других клиентов'}?`,
  moveBody: (owners) => `Текущее назначение: ${owners}. При перемещении сюда назначение прежнему клиенту будет снято.`,
  moveConfirm: 'Переместить сюда',
  moveSkip: 'Назначить только остальные',
  conflictsFound: 'Тем временем некоторые единицы были назначены другим клиентам.',
  discardTitle: 'Сбросить выбор?',
  // `one` also covers 21, 31, …: the pronoun after the count follows the number itself, not the plural form.
  discardBody: (count, formatted) =>
    `${plural('ru', count, {
      one: `Выбрана ${formatted} единица.`,
      few: `Выбрано ${formatted} единицы.`,
      many: `Выбрано ${formatted} единиц.`,
      other: `Выбрано ${formatted} единицы.`,
    })} ${count === 1 ? 'Она не будет назначена.' : 'Они не будут назначены.'}`,
  discard: 'Сбросить',
  keepSelecting: 'Продолжить выбор',
  equipmentViews: 'Представления техники',
  tabAssigned: 'Назначенная',
  tabHistory: 'История',
  historyUnit: 'Единица',
  historyAllUnits: 'Все единицы',
  // The unit and customer names stay in the nominative, after a colon, so neither gender nor case is needed.
  historyAssigned: (unit, to) => `${unit}: назначено клиенту ${to}`,
  historyUnassigned: (unit, from) => `${unit}: назначение клиенту ${from} снято`,
  historyMoved: (unit, from, to) => `${unit}: перемещено, ${from} → ${to}`,
  historyCustomerDeleted: (unit, from) => `${unit}: назначение снято, клиент ${from} удалён`,
  historyChanged: (unit) => `${unit}: изменено`,
  historyBy: (name) => `пользователь: ${name}`,
  historyCount: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} изменение`,
      few: `${formatted} изменения`,
      many: `${formatted} изменений`,
      other: `${formatted} изменения`,
    }),
  historyEmpty: 'Этому клиенту пока не назначали технику и не снимали с него назначений.',
  historyEmptyUnit: 'Для этой единицы изменений нет.',
  historyShowMore: 'Показать ещё',
  historyLoadFailed: 'Не удалось загрузить историю.',
  historyMoreShown: (count, formatted) =>
    plural('ru', count, {
      one: `Показано ещё ${formatted} изменение.`,
      few: `Показано ещё ${formatted} изменения.`,
      many: `Показано ещё ${formatted} изменений.`,
      other: `Показано ещё ${formatted} изменения.`,
    }),
  lastAssigned: (name, date) => `Последний: ${name}, ${date}`,
};
export default ru;
