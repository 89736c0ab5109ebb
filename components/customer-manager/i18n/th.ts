import type { managerEn } from './en.js';
import { plural } from '../../shared/plural.js';

const th: typeof managerEn = {
  tabs: { details: 'รายละเอียด', contacts: 'รายชื่อผู้ติดต่อ', equipment: 'อุปกรณ์' },
  customerSections: (name) => `${name}: ส่วนต่างๆ`,
  backToCustomers: 'กลับไปที่ลูกค้า',
  hideList: 'ซ่อนรายการ',
  showList: 'แสดงรายการ',
  contactsCount: (count, formatted) => plural('th', count, { other: `ผู้ติดต่อ ${formatted} คน` }),
  unitsCount: (count, formatted) => plural('th', count, { other: `อุปกรณ์ ${formatted} หน่วย` }),
  chooseCustomer: 'เลือกลูกค้าในรายการเพื่อดูรายละเอียด ผู้ติดต่อ และอุปกรณ์',
  customerLoadFailed: 'ไม่สามารถโหลดลูกค้าได้',
  partLoadFailed: 'ไม่สามารถโหลดส่วนนี้ของแอปได้',
  customerDeletedNotice: (name) => `ลบ ${name} แล้ว พร้อมผู้ติดต่อและการมอบหมายอุปกรณ์`,
  importCustomers: 'นำเข้าลูกค้า',
};

export default th;
