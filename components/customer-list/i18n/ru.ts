import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-list>` in Russian (Клиенты, Создать клиента). */
const ru: typeof customerListEn = {
  customers: 'Клиенты',
  customerCount: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} клиент`,
      few: `${formatted} клиента`,
      many: `${formatted} клиентов`,
      other: `${formatted} клиента`,
    }),
  customerMatches: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} подходящий клиент`,
      few: `${formatted} подходящих клиента`,
      many: `${formatted} подходящих клиентов`,
      other: `${formatted} подходящего клиента`,
    }),
  createCustomer: 'Создать клиента',
  searchCustomers: 'Поиск клиентов',
  searchCustomersHint: 'Название, внешний ID, эл. почта или город.',
  typeFilter: 'Тип отношений',
  allTypes: 'Все типы',
  typesChosen: (count) =>
    plural('ru', count, {
      one: `${count} тип`,
      few: `${count} типа`,
      many: `${count} типов`,
      other: `${count} типа`,
    }),
  sortBy: 'Сортировка',
  sortOptions: {
    name: 'Название (А–Я)',
    '-name': 'Название (Я–А)',
    type: 'Тип отношений',
    '-type': 'Тип отношений, в обратном порядке',
    contactCount: 'Меньше всего контактов',
    '-contactCount': 'Больше всего контактов',
    equipmentCount: 'Меньше всего техники',
    '-equipmentCount': 'Больше всего техники',
    updatedAt: 'Изменено (сначала старые)',
    '-updatedAt': 'Изменено (сначала новые)',
  },
  colName: 'Название',
  colType: 'Тип отношений',
  colPlace: 'Город и страна',
  colContacts: 'Контакты',
  colEquipment: 'Техника',
  colUpdated: 'Изменено',
  noCustomers: 'Клиентов пока нет.',
  nothingMatches: (search) => `По запросу «${search}» ничего не найдено.`,
  nothingOfTypes: 'Нет клиентов с выбранными типами отношений.',
  clearFilters: 'Сбросить поиск и фильтры',
  customersLoadFailed: 'Не удалось загрузить клиентов.',
  listKeys: 'Стрелки, Home, End, Page Up и Page Down перемещают по списку; Enter или пробел открывает клиента.',
  exportAction: 'Экспорт',
  exportTitle: 'Экспорт клиентов',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? `${plural('ru', count, {
          one: `${formatted} клиент, подходящий`,
          few: `${formatted} клиента, подходящих`,
          many: `${formatted} клиентов, подходящих`,
          other: `${formatted} клиента, подходящих`,
        })} под поиск и фильтры, в файле CSV (UTF-8).`
      : count === 1
        ? '1 клиент в файле CSV (UTF-8).'
        : `Все клиенты (${formatted}) в файле CSV (UTF-8).`,
  exportSeparator: 'Разделитель',
  exportSeparatorHint: 'Excel ожидает точку с запятой, если в числах десятичная запятая, как в русском.',
  exportSemicolon: 'Точка с запятой (;)',
  exportComma: 'Запятая (,)',
  exportWithContacts: 'Строка на каждый контакт',
  exportWithContactsHint: 'Добавляет столбцы контактов; клиент без контактов занимает одну строку.',
  exportStart: 'Экспорт',
  exportRunning: 'Экспорт клиентов',
  exportProgress: (done, total) => `Клиенты: ${done} из ${total}`,
  exportCancel: 'Отменить экспорт',
  exportCancelled: 'Экспорт отменён. Ничего не скачано.',
  exportDone: (count, formatted) =>
    plural('ru', count, {
      one: `Экспортирован ${formatted} клиент.`,
      few: `Экспортировано ${formatted} клиента.`,
      many: `Экспортировано ${formatted} клиентов.`,
      other: `Экспортировано ${formatted} клиента.`,
    }),
  exportFailed: 'Не удалось выполнить экспорт.',
  exportTemplate: 'Скачать шаблон импорта',
  exportTemplateHint: 'Чтобы импортировать клиентов, заполните шаблон: в нём те же столбцы.',
  exportFileName: 'клиенты', // review: a Cyrillic file name; "klienty" if hosts' systems mangle it
};
export default ru;
