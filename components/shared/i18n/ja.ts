import type { en } from './en.js';
import { plural } from '../plural.js';

/**
 * Japanese. One plural form (`other`). Words follow Trackunit's Japanese UI: 顧客 (customer), 機器 (equipment),
 * 連絡先 (contact), 割り当て (assignment). Polite です/ます style for sentences, bare nouns for labels.
 */
const ja: typeof en = {
  loading: '読み込み中…',
  retry: '再試行',
  cancel: 'キャンセル',
  close: '閉じる',
  save: '保存',
  saving: '保存中…',
  edit: '編集',
  next: '次へ',
  back: '戻る',
  remove: '削除',
  confirm: '確認',
  optional: '任意',
  notGiven: '未入力',
  selectedCount: (count, formatted) => plural('ja', count, { other: `${formatted} 件選択済み` }),
  selectionActions: '選択した項目の操作',
  stepOf: (position, total) => `ステップ ${position}/${total}`,
  progress: '進行状況',

  noClient: '接続されていません: client プロパティを設定するか、setDefaultClient() を呼び出してください。',
  noPermissionCreate: '顧客を作成できるのは管理者とフリート管理者のみです。', // review: フリート管理者 (fleet administrator role name)
  noPermissionChange: '顧客を変更できるのは管理者とフリート管理者のみです。',
  noPermissionTitle: '顧客を表示できますが、変更はできません',
  userLoadFailed: '権限を読み込めませんでした。',

  errorNetwork: 'サーバーに接続できませんでした。接続を確認して、もう一度お試しください。',
  errorTimeout: 'サーバーの応答に時間がかかりすぎています。もう一度お試しください。',
  errorRateLimited: (seconds) =>
    seconds
      ? `リクエストが多すぎます。${seconds} 秒後にもう一度お試しください。`
      : 'リクエストが多すぎます。しばらくしてからもう一度お試しください。',
  errorServer: 'サーバーで問題が発生しました。しばらくしてからもう一度お試しください。',
  errorAuthentication: 'セッションの有効期限が切れました。再度サインインしてから、もう一度お試しください。',
  errorNotFound: 'このレコードは存在しません。',
  errorConflict: '別のレコードと競合しています。',
  errorStale: 'この間に他のユーザーが変更しました。再読み込みして変更内容を確認してください。',
  errorValidation: '確認が必要な項目があります。',
  errorUnknown: '問題が発生しました。もう一度お試しください。',
  inputKept: '入力した内容は失われていません。',

  violation: {
    required: '必須です。',
    too_long: '長すぎます。',
    too_many: '項目が多すぎます。',
    invalid_email: '有効なメールアドレスを入力してください (例: name@example.com)。',
    invalid_phone: '国番号付きの電話番号 (例: +81 3 1234 5678) を入力するか、先に国を選択してください。',
    invalid_url: 'https:// または http:// で始まるウェブアドレスを入力してください。',
    invalid_country: 'リストから国を選択してください。',
    invalid_choice: '選択肢から 1 つ選んでください。',
    unreachable: '連絡先に通知できるよう、メールアドレスまたは電話番号を入力してください。',
    sms_needs_phone: 'SMS には電話番号が必要です。電話番号を追加するか、SMS をオフのままにしてください。',
    invalid: 'この値は無効です。',
    duplicate: 'この外部参照は別の顧客が使用しています。', // review: 外部参照 (external reference)
  },
  tooLong: (max) => `長すぎます: 最大 ${max} 文字です。`,
  tooMany: (max) => `多すぎます: 最大 ${max} 件です。`,
  fieldsNeedAttention: (count) => plural('ja', count, { other: `${count} 件の項目を確認してください。` }),
  emailOrPhone: 'メールアドレスまたは電話番号が必要です',

  unsavedTitle: '変更を破棄しますか?',
  unsavedBody: '入力した内容は保存されておらず、失われます。',
  unsavedDiscard: '変更を破棄',
  unsavedKeep: '編集を続ける',

  customerTypes: {
    CONTRACTOR: '請負業者', // review: Contractor (建設請負業者?)
    DEALER: 'ディーラー',
    DISTRIBUTOR: '販売代理店', // review: Distributor
    OEM: 'OEM/メーカー',
    RENTAL: 'レンタル',
    SERVICE: 'サービスプロバイダー',
    OTHER: 'その他',
  },

  country: '国',
  countryHint: '入力して検索し、リストから選択してください。',
  countryNoMatch: '一致する国がありません',
  countryMatches: (count) => plural('ja', count, { other: `${count} か国が見つかりました` }),
  showCountries: '国を表示',

  companyName: '会社名',
  address: '住所',
  street: '番地',
  postalCode: '郵便番号',
  city: '市区町村',
  phone: '電話番号',
  phoneHint: '国際形式で保存されます。国番号がない場合は、上で選択した国とみなされます。',
  email: 'メールアドレス',
  externalReference: '外部参照',
  externalReferenceHint: 'この顧客に対する自社の ID (例: ERP システムの ID)。',
  relationshipType: '関係の種類', // review: Relationship type
  relationshipTypeHint: 'この顧客とはどのような関係ですか? 選択しない場合は「その他」になります。',
  contactsReachable: '各連絡先にはメールアドレスまたは電話番号が必要です。',
  contactName: '氏名',
  contactTitle: '役職',
  addContact: '連絡先を追加',
  saveFailed: '顧客は保存されませんでした。',
  serverRejected: 'サーバーが一部の項目を受け付けませんでした。該当する項目に表示されています。',

  region: '都道府県/地域',
  website: 'ウェブサイト',
  websiteHint: 'https:// または http:// で始まるアドレス。',
  note: 'メモ',
};

export default ja;
