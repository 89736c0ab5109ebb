import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** The wizard in Russian (Создать клиента, Компания, Контакты, Проверка, Сохранить). */
const ru: typeof wizardEn = {
  createCustomer: 'Создать клиента',
  stepCompany: 'Компания',
  stepContacts: 'Контакты',
  stepReview: 'Проверка',
  duplicateName: (names) => `Клиент с похожим названием уже существует: ${names}.`,
  duplicateReference: (names) => `У другого клиента такой же внешний ID: ${names}.`,
  duplicateContinue: 'Убедитесь, что это новый клиент. Продолжить всё равно можно.',
  contactsIntro: 'Добавьте сотрудников клиента, которые должны получать уведомления о событиях техники.',
  contactsEmpty: 'Контактов пока нет. Ничего страшного: можно сохранить без контактов и добавить их позже.',
  contactsLimit: (max) =>
    `С новым клиентом можно сохранить до ${plural('ru', max, {
      one: `${max} контакта`,
      few: `${max} контактов`,
      many: `${max} контактов`,
      other: `${max} контакта`,
    })}.`,
  contactsTooMany: (max, over) =>
    `С новым клиентом можно сохранить не более ${plural('ru', max, {
      one: `${max} контакта`,
      few: `${max} контактов`,
      many: `${max} контактов`,
      other: `${max} контакта`,
    })}. Удалите ${plural('ru', over, {
      one: `${over} контакт`,
      few: `${over} контакта`,
      many: `${over} контактов`,
      other: `${over} контакта`,
    })} или добавьте остальные после сохранения.`,
  contactN: (position) => `Контакт ${position}`,
  removeContact: (position) => `Удалить контакт ${position}`,
  contactAdded: (position) => `Контакт ${position} добавлен.`,
  contactRemoved: (position) => `Контакт ${position} удалён.`,
  reviewIntro: 'Проверьте данные перед сохранением. Чтобы вернуться к шагу, нажмите «Изменить».',
  // The step's name stays in the nominative, quoted: "Изменить шаг «Компания»".
  editStep: (step) => `Изменить шаг «${step}»`,
  noContacts: 'Контактов нет.',
  savingCustomer: 'Сохранение клиента…',
  customerCreated: (name) => `Клиент ${name} создан.`,
  customerCreatedBody: 'Клиент и его контакты сохранены. Назначьте технику на вкладке «Техника» этого клиента.',
  createAnother: 'Создать ещё клиента',
};
export default ru;
