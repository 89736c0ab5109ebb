import type { detailsEn } from './en.js';

const ja: typeof detailsEn = {
  details: '詳細',
  contactsLabel: '連絡先',
  equipmentLabel: '機器',
  createdAt: '作成日',
  updatedAt: '最終更新',
  changesSaved: '変更を保存しました。',
  noChanges: '変更はありませんでした。',
  deleteCustomer: '顧客を削除',
  deleting: '削除中…',
  deleteTitle: (name) => `${name} を削除しますか?`,
  deleteConsequences: (name, equipment, contacts, format) =>
    `${name} を削除します。機器の割り当て ${format(equipment)} 件を解除し、連絡先 ${format(contacts)} 件を削除します。${equipment ? '機器は割り当てのない状態でフリートに残ります。' : ''}この操作は元に戻せません。`,
  customerDeleted: (name) => `${name} を削除しました。`,
  deleteFailed: '顧客は削除されませんでした。',
  deleteStale: '表示後に顧客が変更されたため、何も削除されていません。内容を確認してから、もう一度削除してください。',
  customerNotFound: '顧客が見つかりません',
  customerNotFoundBody: '他のユーザーが削除したか、リンクが古くなっている可能性があります。',
  customerLoadFailed: '顧客を読み込めませんでした。',
  noCustomerChosen: '顧客が選択されていません。',
  conflictTitle: '編集中に他のユーザーがこの顧客を変更しました',
  conflictBody:
    '何も保存されていません。編集内容はフォームに残っています。上書きすると、変更した項目だけが置き換わります。',
  conflictTheirs: '現在の保存内容',
  conflictYours: 'あなたの編集',
  conflictNotChangedByYou: '変更していません',
  conflictReload: '相手の版を再読み込み',
  conflictOverwrite: '自分の編集で上書き',
  keptEditsTitle: '保存されなかった編集内容',
  keptEditsBody: 'フォームには保存済みの版が表示されています。必要な内容はここからコピーしてください。',
};

export default ja;
