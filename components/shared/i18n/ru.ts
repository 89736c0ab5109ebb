import type { Strings } from './en.js';
import { plural } from '../plural.js';

/**
 * Russian. Terms: клиент, контакт, техника (a counted unit: единица техники), администратор парка техники;
 * buttons in the infinitive (Сохранить, Изменить, Удалить). Counts go through `plural` with the CLDR forms
 * one/few/many/other (1 и 21 поле, 2 поля, 5 полей; `other` is for fractions).
 */
const ru: Strings = {
  loading: 'Загрузка…',
  retry: 'Повторить',
  cancel: 'Отмена',
  close: 'Закрыть',
  save: 'Сохранить',
  saving: 'Сохранение…',
  edit: 'Изменить',
  next: 'Далее',
  back: 'Назад',
  remove: 'Удалить',
  confirm: 'Подтвердить',
  optional: 'необязательно',
  notGiven: 'Не указано',
  // "Выбрано: 5" has no noun, so it fits contacts and equipment alike with no plural or gender to agree.
  selectedCount: (_count, formatted) => `Выбрано: ${formatted}`,
  selectionActions: 'Действия с выбранными',
  stepOf: (position, total) => `Шаг ${position} из ${total}`,
  progress: 'Ход выполнения',

  noClient: 'Нет подключения: задайте свойство client или вызовите setDefaultClient().',
  noPermissionCreate: 'Создавать клиентов могут только администраторы и администраторы парка техники.', // review: "администратор парка техники" for Trackunit's "fleet administrator"
  noPermissionChange: 'Изменять клиентов могут только администраторы и администраторы парка техники.',
  noPermissionTitle: 'Вы можете просматривать клиентов, но не изменять их',
  userLoadFailed: 'Не удалось загрузить ваши права доступа.',

  errorNetwork: 'Не удалось связаться с сервером. Проверьте подключение и повторите попытку.',
  errorTimeout: 'Сервер не ответил вовремя. Повторите попытку.',
  errorRateLimited: (seconds) =>
    seconds
      ? `Слишком много запросов. Повторите попытку через ${plural('ru', seconds, {
          one: `${seconds} секунду`,
          few: `${seconds} секунды`,
          many: `${seconds} секунд`,
          other: `${seconds} секунды`,
        })}.`
      : 'Слишком много запросов. Повторите попытку чуть позже.',
  errorServer: 'На сервере произошла ошибка. Повторите попытку чуть позже.',
  errorAuthentication: 'Сеанс истёк. Войдите снова и повторите попытку.',
  errorNotFound: 'Эта запись больше не существует.',
  errorConflict: 'Конфликт с другой записью.',
  errorStale: 'Тем временем эти данные изменил кто-то другой. Обновите, чтобы увидеть изменения.',
  errorValidation: 'Некоторые поля нужно исправить.',
  errorUnknown: 'Что-то пошло не так. Повторите попытку.',
  inputKept: 'Введённые данные не потеряны.',

  violation: {
    required: 'Обязательное поле.',
    too_long: 'Слишком длинное значение.',
    too_many: 'Слишком много записей.',
    invalid_email: 'Введите действительный адрес эл. почты, например name@example.com.',
    invalid_phone: 'Введите номер телефона с кодом страны, например +7 912 345-67-89, или сначала выберите страну.',
    invalid_url: 'Введите веб-адрес, начинающийся с https:// или http://.',
    invalid_country: 'Выберите страну из списка.',
    invalid_choice: 'Выберите один из вариантов.',
    unreachable: 'Укажите эл. почту или номер телефона, чтобы контакт мог получать уведомления.',
    sms_needs_phone: 'Для SMS нужен номер телефона: укажите его или отключите SMS.',
    invalid: 'Недопустимое значение.',
    duplicate: 'У другого клиента уже есть такой внешний ID.',
  },
  // `max` arrives formatted, without its number: "максимальное число символов — N" reads right for any count.
  tooLong: (max) => `Слишком длинное значение: максимальное число символов — ${max}.`,
  tooMany: (max) => `Слишком много записей: не более ${max}.`,
  fieldsNeedAttention: (count) =>
    plural('ru', count, {
      one: `${count} поле нужно исправить.`,
      few: `${count} поля нужно исправить.`,
      many: `${count} полей нужно исправить.`,
      other: `${count} поля нужно исправить.`,
    }),
  emailOrPhone: 'укажите эл. почту или телефон',

  unsavedTitle: 'Отменить изменения?',
  unsavedBody: 'Введённые данные не сохранены и будут потеряны.',
  unsavedDiscard: 'Отменить изменения',
  unsavedKeep: 'Продолжить редактирование',

  customerTypes: {
    CONTRACTOR: 'Подрядчик',
    DEALER: 'Дилер',
    DISTRIBUTOR: 'Дистрибьютор',
    OEM: 'OEM/Производитель',
    RENTAL: 'Аренда', // review: "Аренда" (the activity) vs "Арендная компания" (longer)
    SERVICE: 'Сервис', // review: "Сервис" vs "Сервисная компания" (longer)
    OTHER: 'Другое',
  },

  country: 'Страна',
  countryHint: 'Начните вводить и выберите из списка.',
  countryNoMatch: 'Подходящих стран нет',
  countryMatches: (count) =>
    plural('ru', count, {
      one: `Найдена ${count} страна`,
      few: `Найдено ${count} страны`,
      many: `Найдено ${count} стран`,
      other: `Найдено ${count} страны`,
    }),
  showCountries: 'Показать страны',

  companyName: 'Название компании',
  address: 'Адрес',
  street: 'Улица',
  postalCode: 'Почтовый индекс',
  city: 'Город',
  phone: 'Телефон',
  phoneHint: 'Сохраняется в международном формате; без кода страны используется страна, указанная выше.',
  email: 'Эл. почта',
  externalReference: 'Внешний ID', // review: "Внешний ID" vs "Внешний идентификатор" for the customer's ERP id
  externalReferenceHint: 'Ваш собственный идентификатор этого клиента, например из ERP-системы.',
  relationshipType: 'Тип отношений', // review: "Тип отношений" vs "Тип клиента"
  relationshipTypeHint: 'Кем вам приходится этот клиент? Если ничего не выбрать, будет указано «Другое».',
  contactsReachable: 'У каждого контакта должен быть адрес эл. почты или номер телефона.',
  contactName: 'Имя',
  contactTitle: 'Должность',
  addContact: 'Добавить контакт',
  saveFailed: 'Клиент не сохранён.',
  serverRejected: 'Сервер не принял некоторые поля. Они отмечены у самих полей.',

  region: 'Регион',
  website: 'Веб-сайт',
  websiteHint: 'Начинается с https:// или http://.',
  note: 'Примечание',
};
export default ru;
