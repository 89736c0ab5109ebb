import type { detailsEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The details element in Russian (Сведения, Изменить, Сохранить, Удалить клиента). */
const ru: typeof detailsEn = {
  details: 'Сведения',
  contactsLabel: 'Контакты',
  equipmentLabel: 'Техника',
  createdAt: 'Создано',
  updatedAt: 'Изменено',
  changesSaved: 'Изменения сохранены.',
  noChanges: 'Ничего не изменено.',
  deleteCustomer: 'Удалить клиента',
  deleting: 'Удаление…',
  // "клиента X": the noun declines, the name stays in the nominative.
  deleteTitle: (name) => `Удалить клиента ${name}?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `Клиент ${name} будет удалён. Это приведёт к снятию ${plural('ru', equipment, {
      one: `${format(equipment)} назначения техники`,
      few: `${format(equipment)} назначений техники`,
      many: `${format(equipment)} назначений техники`,
      other: `${format(equipment)} назначения техники`,
    })} и удалению ${plural('ru', contacts, {
      one: `${format(contacts)} контакта`,
      few: `${format(contacts)} контактов`,
      many: `${format(contacts)} контактов`,
      other: `${format(contacts)} контакта`,
    })}.${equipment ? ' Техника останется в парке без назначения.' : ''} Это действие нельзя отменить.`,
  customerDeleted: (name) => `Клиент ${name} удалён.`,
  deleteFailed: 'Клиент не удалён.',
  deleteStale: 'С момента показа клиент изменился, поэтому ничего не удалено. Проверьте данные и удалите снова.',
  customerNotFound: 'Клиент не найден',
  customerNotFoundBody: 'Возможно, его удалил кто-то другой или ссылка устарела.',
  customerLoadFailed: 'Не удалось загрузить клиента.',
  noCustomerChosen: 'Клиент не выбран.',
  conflictTitle: 'Пока вы редактировали, этого клиента изменил кто-то другой',
  conflictBody:
    'Ничего не сохранено; ваши правки остались в форме. При перезаписи заменяются только изменённые вами поля.',
  conflictTheirs: 'Сохранено сейчас',
  conflictYours: 'Ваша правка',
  conflictNotChangedByYou: 'Вы не меняли',
  conflictReload: 'Загрузить их версию',
  conflictOverwrite: 'Перезаписать моими правками',
  keptEditsTitle: 'Ваши несохранённые правки',
  keptEditsBody: 'В форме теперь сохранённая версия. Скопируйте отсюда то, что вам ещё нужно.',
};
export default ru;
