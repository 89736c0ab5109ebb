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
  // Notification preferences
  notifications: '通知',
  notificationChannels: 'チャネル',
  notificationEvents: 'イベント',
  notificationLanguage: 'メッセージの言語',
  notificationOptOut: '配信停止: 何も送信しない', // review: 「配信停止」 for opt-out
  notificationOptOutHint: '上の選択内容は保持され、配信停止を解除すると再び適用されます。',
  smsNeedsPhoneHint: 'SMS には電話番号が必要です。',
  channelName: { email: 'メール', sms: 'SMS' },
  eventName: {
    service_due: 'サービス期限', // review: Trackunit's Japanese for "service due"
    fault_code: '故障コード',
    geofence_enter: 'ジオフェンス進入',
    geofence_exit: 'ジオフェンス退出',
    out_of_hours_use: '時間外使用',
    low_battery: 'バッテリー低下',
    tamper: '不正操作', // review: the tamper alarm's usual Japanese name (改ざん?)
  },
  optedOut: '配信停止',
  noChannel: 'チャネルなし',
  eventCount: (count) => plural('ja', count, { other: `イベント ${count} 件` }),
  notifiedAbout: (channels, events) => `${channels}で通知: ${events}`,
  nothingChosen: 'なし',
  notifySelected: '通知…',
  notifySelectedTitle: (count, formatted) => plural('ja', count, { other: `連絡先 ${formatted} 件の通知` }),
  notifyChange: '変更',
  notifyAdd: 'オンにする',
  notifyRemove: 'オフにする',
  notifyWhat: 'イベントまたはチャネル',
  notifyApply: '適用',
  notifyOptOut: '配信停止',
  notifyOptIn: '配信停止を解除',
  notifyDone: (count) => plural('ja', count, { other: `連絡先 ${count} 件の通知を変更しました。` }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: '通知先',
  whoIsToldEvent: '機械から発生するイベント', // review: "When a machine raises" as a field label
  whoIsToldNone: 'このイベントは誰にも通知されません。',
  whoIsToldCount: (count) => plural('ja', count, { other: `連絡先 ${count} 件に通知されます。` }),
  whoIsToldFailed: '通知先を読み込めませんでした。',
  notifyNotChanged: (count) => plural('ja', count, { other: `連絡先 ${count} 件は変更されませんでした:` }),
};

export default ja;
