import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The contact list in Russian (Список контактов, Добавить контакт, Изменить контакты, Удалить контакты). */
const ru: typeof contactListEn = {
  contactList: 'Список контактов',
  contactTitle: 'Должность',
  contactCount: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} контакт`,
      few: `${formatted} контакта`,
      many: `${formatted} контактов`,
      other: `${formatted} контакта`,
    }),
  contactsFound: (count, formatted) =>
    count === 0
      ? 'Контакты не найдены.'
      : plural('ru', count, {
          one: `Найден ${formatted} контакт.`,
          few: `Найдено ${formatted} контакта.`,
          many: `Найдено ${formatted} контактов.`,
          other: `Найдено ${formatted} контакта.`,
        }),
  contactsShown: (shown, total) => `Показано ${shown} из ${total}`,
  searchContacts: 'Поиск контактов',
  showMoreContacts: 'Показать ещё контакты',
  selectAllContacts: 'Выбрать все контакты',
  selectContact: (name) => `Выбрать: ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  // The column's name stays in the nominative, quoted, so no declension is needed.
  sortedBy: (column, descending) =>
    `Отсортировано по столбцу «${column}», ${descending ? 'по убыванию' : 'по возрастанию'}.`,
  noCustomer: 'Клиент не выбран: задайте атрибут customer-id.',
  contactsNone: 'У этого клиента пока нет контактов.',
  contactsNoMatch: (search) => `По запросу «${search}» контакты не найдены.`,
  contactsLoadFailed: 'Не удалось загрузить контакты.',
  contactsReadOnlyTitle: 'Вы можете просматривать контакты, но не изменять их',
  contactsReadOnly:
    'Добавлять, изменять и удалять контакты могут только администраторы и администраторы парка техники.',
  editContacts: 'Изменить контакты',
  deleteContacts: 'Удалить контакты',
  clearSelection: 'Снять выбор',
  editingContacts: (count, formatted) =>
    plural('ru', count, {
      one: `Изменение ${formatted} контакта`,
      few: `Изменение ${formatted} контактов`,
      many: `Изменение ${formatted} контактов`,
      other: `Изменение ${formatted} контакта`,
    }),
  contactsSaved: (count) =>
    plural('ru', count, {
      one: `Сохранён ${count} контакт.`,
      few: `Сохранено ${count} контакта.`,
      many: `Сохранено ${count} контактов.`,
      other: `Сохранено ${count} контакта.`,
    }),
  // `one` also covers 21, 31, …: the pronoun after the count follows the number itself, not the plural form.
  contactsNotSaved: (count) =>
    `Не удалось сохранить ${plural('ru', count, {
      one: `${count} контакт`,
      few: `${count} контакта`,
      many: `${count} контактов`,
      other: `${count} контакта`,
    })}: ${count === 1 ? 'см. сообщение в его строке' : 'см. сообщения в строках'}.`,
  contactsUnchanged: 'Ничего не изменено.',
  contactStale:
    'Тем временем этот контакт изменил кто-то другой; теперь за основу взята его версия. Сохраните ещё раз, чтобы применить к ней свои изменения, или нажмите «Отмена», чтобы её увидеть.',
  deleteContactsTitle: (count, formatted) =>
    plural('ru', count, {
      one: `Удалить ${formatted} контакт?`,
      few: `Удалить ${formatted} контакта?`,
      many: `Удалить ${formatted} контактов?`,
      other: `Удалить ${formatted} контакта?`,
    }),
  // The names are a list; "Будет удалено: …" keeps them in the nominative and fits one name or many.
  deleteContactsBody: (names) => `Будет удалено: ${names}. Это действие нельзя отменить.`,
  // The last item of the list of contact names: "Анна, Борис, Вера и ещё 4 человека".
  andMore: (count) =>
    plural('ru', count, {
      one: `ещё ${count} человек`,
      few: `ещё ${count} человека`,
      many: `ещё ${count} человек`,
      other: `ещё ${count} человека`,
    }),
  deletingContacts: 'Удаление контактов…',
  contactsDeleted: (count) =>
    plural('ru', count, {
      one: `Удалён ${count} контакт.`,
      few: `Удалено ${count} контакта.`,
      many: `Удалено ${count} контактов.`,
      other: `Удалено ${count} контакта.`,
    }),
  contactsNotDeleted: (count) =>
    `Не удалось удалить ${plural('ru', count, {
      one: `${count} контакт`,
      few: `${count} контакта`,
      many: `${count} контактов`,
      other: `${count} контакта`,
    })}; ${count === 1 ? 'он по-прежнему выбран' : 'они по-прежнему выбраны'}:`,
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `Контакт ${name} добавлен в список контактов.`,
  addContactFailed: 'Контакт не добавлен.',
  contactPhoneHint: (country) =>
    country ? `Без кода страны используется страна: ${country}.` : 'Укажите код страны, например +7 912 345-67-89.',
  newContact: 'Новый',
  selectedHidden: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} выбранный контакт скрыт поиском и не будет изменён или удалён.`,
      few: `${formatted} выбранных контакта скрыты поиском и не будут изменены или удалены.`,
      many: `${formatted} выбранных контактов скрыты поиском и не будут изменены или удалены.`,
      other: `${formatted} выбранного контакта скрыты поиском и не будут изменены или удалены.`,
    }),
  dismiss: 'Закрыть',
  contactsNoneHint: 'Добавьте сотрудников клиента, которые должны получать уведомления о событиях техники.',
  // Notification preferences
  notifications: 'Уведомления',
  notificationChannels: 'Каналы',
  notificationEvents: 'События',
  notificationLanguage: 'Язык сообщений',
  notificationOptOut: 'Отказ: ничего не отправлять', // review: "отказ от уведомлений" for opt-out
  notificationOptOutHint: 'Выбранные выше настройки сохраняются и снова действуют, когда отказ будет снят.',
  smsNeedsPhoneHint: 'Для SMS нужен номер телефона.',
  channelName: { email: 'Эл. почта', sms: 'SMS' },
  eventName: {
    service_due: 'Срок обслуживания', // review: "срок ТО" is the usual fleet term
    fault_code: 'Коды неисправностей',
    geofence_enter: 'Въезд в геозону',
    geofence_exit: 'Выезд из геозоны',
    out_of_hours_use: 'Работа в нерабочее время',
    low_battery: 'Низкий заряд батареи',
    tamper: 'Вскрытие', // review: tamper alarm: "вскрытие" vs "несанкционированное вмешательство"
  },
  optedOut: 'Отказ',
  noChannel: 'Нет канала',
  eventCount: (count) =>
    plural('ru', count, {
      one: `${count} событие`,
      few: `${count} события`,
      many: `${count} событий`,
      other: `${count} события`,
    }),
  // The lists stay in the nominative after a colon, so no declension is needed.
  notifiedAbout: (channels, events) => `Каналы: ${channels}; события: ${events}`,
  nothingChosen: 'ничего',
  notifySelected: 'Уведомления…',
  notifySelectedTitle: (count, formatted) =>
    plural('ru', count, {
      one: `Уведомления для ${formatted} контакта`,
      few: `Уведомления для ${formatted} контактов`,
      many: `Уведомления для ${formatted} контактов`,
      other: `Уведомления для ${formatted} контакта`,
    }),
  notifyChange: 'Изменение',
  notifyAdd: 'Включить',
  notifyRemove: 'Выключить',
  notifyWhat: 'Событие или канал',
  notifyApply: 'Применить',
  notifyOptOut: 'Отказаться',
  notifyOptIn: 'Снять отказ',
  notifyDone: (count) =>
    plural('ru', count, {
      one: `Уведомления изменены для ${count} контакта.`,
      few: `Уведомления изменены для ${count} контактов.`,
      many: `Уведомления изменены для ${count} контактов.`,
      other: `Уведомления изменены для ${count} контакта.`,
    }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'Кого уведомлять', // review: "кто получает уведомления" is longer but clearer
  whoIsToldEvent: 'Когда машина сообщает о событии',
  whoIsToldNone: 'Об этом событии никто не уведомляется.',
  whoIsToldCount: (count) =>
    plural('ru', count, {
      one: `Уведомляется ${count} контакт.`,
      few: `Уведомляются ${count} контакта.`,
      many: `Уведомляются ${count} контактов.`,
      other: `Уведомляются ${count} контакта.`,
    }),
  whoIsToldFailed: 'Не удалось загрузить, кого уведомлять.',
  notifyNotChanged: (count) =>
    `Не удалось изменить ${plural('ru', count, {
      one: `${count} контакт`,
      few: `${count} контакта`,
      many: `${count} контактов`,
      other: `${count} контакта`,
    })}:`,
};
export default ru;
