import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

const ja: typeof contactListEn = {
  contactList: '連絡先リスト',
  contactTitle: '役職',
  contactCount: (count, formatted) => plural('ja', count, { other: `連絡先 ${formatted} 件` }),
  contactsFound: (count, formatted) =>
    count === 0
      ? '連絡先が見つかりません。'
      : plural('ja', count, { other: `${formatted} 件の連絡先が見つかりました。` }),
  contactsShown: (shown, total) => `${total} 件中 ${shown} 件を表示`,
  searchContacts: '連絡先を検索',
  showMoreContacts: 'さらに連絡先を表示',
  selectAllContacts: 'すべての連絡先を選択',
  selectContact: (name) => `${name} を選択`,
  contactField: (field, name) => `${field}、${name}`,
  sortedBy: (column, descending) => `${column}で${descending ? '降順' : '昇順'}に並べ替え済み。`,
  noCustomer: '顧客が選択されていません: customer-id 属性を設定してください。',
  contactsNone: 'この顧客にはまだ連絡先がありません。',
  contactsNoMatch: (search) => `「${search}」に一致する連絡先はありません。`,
  contactsLoadFailed: '連絡先を読み込めませんでした。',
  contactsReadOnlyTitle: '連絡先を表示できますが、変更はできません',
  contactsReadOnly: '連絡先の追加、編集、削除ができるのは管理者とフリート管理者のみです。',
  editContacts: '連絡先を編集',
  deleteContacts: '連絡先を削除',
  clearSelection: '選択を解除',
  editingContacts: (count, formatted) => plural('ja', count, { other: `${formatted} 件の連絡先を編集中` }),
  contactsSaved: (count) => plural('ja', count, { other: `${count} 件の連絡先を保存しました。` }),
  contactsNotSaved: (count) =>
    plural('ja', count, { other: `${count} 件の連絡先が保存されませんでした: 各行のメッセージを確認してください。` }),
  contactsUnchanged: '変更はありませんでした。',
  contactStale:
    'この間に他のユーザーがこの連絡先を変更したため、その版が基準になりました。もう一度保存すると変更が上書きされます。「キャンセル」で相手の版を確認できます。',
  deleteContactsTitle: (count, formatted) => plural('ja', count, { other: `${formatted} 件の連絡先を削除しますか?` }),
  deleteContactsBody: (names) => `${names} を削除します。この操作は元に戻せません。`,
  andMore: (count) => `ほか ${count} 件`,
  deletingContacts: '連絡先を削除中…',
  contactsDeleted: (count) => plural('ja', count, { other: `${count} 件の連絡先を削除しました。` }),
  contactsNotDeleted: (count) => plural('ja', count, { other: `${count} 件の連絡先は削除されず、選択されたままです:` }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `${name} を連絡先リストに追加しました。`,
  addContactFailed: '連絡先は追加されませんでした。',
  contactPhoneHint: (country) =>
    country ? `国番号がない場合は ${country} とみなされます。` : '国番号を含めてください (例: +81 3 1234 5678)。',
  newContact: '新規',
  selectedHidden: (count, formatted) =>
    plural('ja', count, {
      other: `選択した連絡先のうち ${formatted} 件は検索で非表示になっているため、編集と削除の対象外です。`,
    }),
  dismiss: '閉じる',
  contactsNoneHint: '機器のイベントについて通知を受ける、顧客側の担当者を追加してください。',
};

export default ja;
