import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-manager>` in Russian: the tabs Сведения, Список контактов, Техника. */
const ru: typeof managerEn = {
  tabs: { details: 'Сведения', contacts: 'Список контактов', equipment: 'Техника' },
  customerSections: (name) => `${name}: разделы`,
  backToCustomers: 'Назад к клиентам',
  hideList: 'Скрыть список',
  showList: 'Показать список',
  contactsCount: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} контакт`,
      few: `${formatted} контакта`,
      many: `${formatted} контактов`,
      other: `${formatted} контакта`,
    }),
  unitsCount: (count, formatted) =>
    plural('ru', count, {
      one: `${formatted} единица техники`,
      few: `${formatted} единицы техники`,
      many: `${formatted} единиц техники`,
      other: `${formatted} единицы техники`,
    }),
  chooseCustomer: 'Выберите клиента в списке, чтобы увидеть его сведения, контакты и технику.',
  customerLoadFailed: 'Не удалось загрузить клиента.',
  partLoadFailed: 'Не удалось загрузить эту часть приложения.',
  customerDeletedNotice: (name) => `Клиент ${name} удалён вместе с контактами и назначениями техники.`,
  importCustomers: 'Импорт клиентов',
};
export default ru;
