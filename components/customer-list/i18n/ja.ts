import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

const ja: typeof customerListEn = {
  customers: '顧客',
  customerCount: (count, formatted) => plural('ja', count, { other: `顧客 ${formatted} 件` }),
  customerMatches: (count, formatted) => plural('ja', count, { other: `一致する顧客 ${formatted} 件` }),
  createCustomer: '顧客を作成',
  searchCustomers: '顧客を検索',
  searchCustomersHint: '名前、外部参照、メールアドレス、市区町村。',
  typeFilter: '関係の種類',
  allTypes: 'すべての種類',
  typesChosen: (count) => plural('ja', count, { other: `${count} 種類` }),
  sortBy: '並べ替え',
  sortOptions: {
    name: '名前 (A–Z)',
    '-name': '名前 (Z–A)',
    type: '関係の種類',
    '-type': '関係の種類 (逆順)',
    contactCount: '連絡先が少ない順',
    '-contactCount': '連絡先が多い順',
    equipmentCount: '機器が少ない順',
    '-equipmentCount': '機器が多い順',
    updatedAt: '最終更新 (古い順)',
    '-updatedAt': '最終更新 (新しい順)',
  },
  colName: '名前',
  colType: '関係の種類',
  colPlace: '市区町村と国',
  colContacts: '連絡先',
  colEquipment: '機器',
  colUpdated: '最終更新',
  noCustomers: 'まだ顧客がいません。',
  nothingMatches: (search) => `「${search}」に一致するものはありません。`,
  nothingOfTypes: '選択した関係の種類に該当する顧客はいません。',
  clearFilters: '検索とフィルターをクリア',
  customersLoadFailed: '顧客を読み込めませんでした。',
  listKeys: '矢印キー、Home、End、Page Up、Page Down で移動し、Enter または Space で顧客を開きます。',
};

export default ja;
