import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

const ja: typeof managerEn = {
  tabs: { details: '詳細', contacts: '連絡先リスト', equipment: '機器' },
  customerSections: (name) => `${name}: セクション`,
  backToCustomers: '顧客一覧に戻る',
  hideList: 'リストを非表示',
  showList: 'リストを表示',
  contactsCount: (count, formatted) => plural('ja', count, { other: `連絡先 ${formatted} 件` }),
  unitsCount: (count, formatted) => plural('ja', count, { other: `機器 ${formatted} 台` }),
  chooseCustomer: 'リストから顧客を選択すると、詳細、連絡先、機器が表示されます。',
  customerLoadFailed: '顧客を読み込めませんでした。',
  partLoadFailed: 'アプリのこの部分を読み込めませんでした。',
  customerDeletedNotice: (name) => `${name} を、連絡先と機器の割り当てとともに削除しました。`,
  importCustomers: '顧客をインポート',
};

export default ja;
