import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

const ja: typeof wizardEn = {
  createCustomer: '顧客を作成',
  stepCompany: '会社',
  stepContacts: '連絡先',
  stepReview: '確認',
  duplicateName: (names) => `似た名前の顧客がすでに存在します: ${names}。`,
  duplicateReference: (names) => `この外部参照は別の顧客が使用しています: ${names}。`,
  duplicateContinue: '新しい顧客であることを確認してください。このまま続行することもできます。',
  contactsIntro: '機器のイベントについて通知を受ける、顧客側の担当者を追加してください。',
  contactsEmpty: 'まだ連絡先がありません。連絡先なしで保存して、後から追加することもできます。',
  contactsLimit: (max) => `新しい顧客と一緒に保存できる連絡先は最大 ${max} 件です。`,
  contactsTooMany: (max, over) =>
    `新しい顧客と一緒に保存できる連絡先は最大 ${max} 件です。${plural('ja', over, { other: `${over} 件の連絡先` })}を削除するか、保存後に残りを追加してください。`,
  contactN: (position) => `連絡先 ${position}`,
  removeContact: (position) => `連絡先 ${position} を削除`,
  contactAdded: (position) => `連絡先 ${position} を追加しました。`,
  contactRemoved: (position) => `連絡先 ${position} を削除しました。`,
  reviewIntro: '保存する前に内容を確認してください。「編集」でステップに戻れます。',
  editStep: (step) => `${step}を編集`,
  noContacts: '連絡先はありません。',
  savingCustomer: '顧客を保存中…',
  customerCreated: (name) => `${name} を作成しました。`,
  customerCreatedBody: '顧客と連絡先を保存しました。機器は顧客の「機器」タブから割り当ててください。',
  createAnother: '別の顧客を作成',
};

export default ja;
