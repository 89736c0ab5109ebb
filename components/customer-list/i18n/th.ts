import type { customerListEn } from './en.js';
import { plural } from '../../shared/plural.js';

const th: typeof customerListEn = {
  customers: 'ลูกค้า',
  customerCount: (count, formatted) => plural('th', count, { other: `ลูกค้า ${formatted} ราย` }),
  customerMatches: (count, formatted) => plural('th', count, { other: `ลูกค้าที่ตรงกัน ${formatted} ราย` }),
  createCustomer: 'สร้างลูกค้า',
  searchCustomers: 'ค้นหาลูกค้า',
  searchCustomersHint: 'ชื่อ การอ้างอิงภายนอก อีเมล หรือเมือง',
  typeFilter: 'ประเภทความสัมพันธ์',
  allTypes: 'ทุกประเภท',
  typesChosen: (count) => plural('th', count, { other: `${count} ประเภท` }),
  sortBy: 'เรียงตาม',
  sortOptions: {
    name: 'ชื่อ (A–Z)',
    '-name': 'ชื่อ (Z–A)',
    type: 'ประเภทความสัมพันธ์',
    '-type': 'ประเภทความสัมพันธ์ (ย้อนกลับ)',
    contactCount: 'ผู้ติดต่อน้อยที่สุด',
    '-contactCount': 'ผู้ติดต่อมากที่สุด',
    equipmentCount: 'อุปกรณ์น้อยที่สุด',
    '-equipmentCount': 'อุปกรณ์มากที่สุด',
    updatedAt: 'เปลี่ยนแปลงล่าสุด (เก่าสุดก่อน)',
    '-updatedAt': 'เปลี่ยนแปลงล่าสุด (ใหม่สุดก่อน)',
  },
  colName: 'ชื่อ',
  colType: 'ประเภทความสัมพันธ์',
  colPlace: 'เมืองและประเทศ',
  colContacts: 'ผู้ติดต่อ',
  colEquipment: 'อุปกรณ์',
  colUpdated: 'เปลี่ยนแปลงล่าสุด',
  noCustomers: 'ยังไม่มีลูกค้า',
  nothingMatches: (search) => `ไม่พบรายการที่ตรงกับ “${search}”`,
  nothingOfTypes: 'ไม่มีลูกค้าที่มีประเภทความสัมพันธ์ที่เลือก',
  clearFilters: 'ล้างการค้นหาและตัวกรอง',
  customersLoadFailed: 'ไม่สามารถโหลดลูกค้าได้',
  listKeys: 'ใช้ปุ่มลูกศร Home, End, Page Up และ Page Down เพื่อเลื่อน กด Enter หรือ Space เพื่อเปิดลูกค้า',
  exportAction: 'ส่งออก',
  exportTitle: 'ส่งออกลูกค้า',
  exportScope: (count, formatted, filtered) =>
    filtered
      ? plural('th', count, { other: `ลูกค้า ${formatted} รายที่ตรงกับการค้นหาและตัวกรอง เป็นไฟล์ CSV (UTF-8)` })
      : plural('th', count, { other: `ลูกค้าทั้งหมด ${formatted} ราย เป็นไฟล์ CSV (UTF-8)` }),
  exportSeparator: 'ตัวคั่น',
  exportSeparatorHint: 'Excel ต้องการเครื่องหมายอัฒภาคในภูมิภาคที่ใช้จุลภาคเป็นจุดทศนิยม เช่น ภาษาเดนมาร์ก',
  exportSemicolon: 'อัฒภาค (;)',
  exportComma: 'จุลภาค (,)',
  exportWithContacts: 'หนึ่งแถวต่อผู้ติดต่อ',
  exportWithContactsHint: 'เพิ่มคอลัมน์ผู้ติดต่อ ลูกค้าที่ไม่มีผู้ติดต่อจะได้หนึ่งแถว',
  exportStart: 'ส่งออก',
  exportRunning: 'กำลังส่งออกลูกค้า',
  exportProgress: (done, total) => `ลูกค้า ${done} จาก ${total} ราย`,
  exportCancel: 'ยกเลิกการส่งออก',
  exportCancelled: 'ยกเลิกการส่งออกแล้ว ไม่มีการดาวน์โหลด',
  exportDone: (count, formatted) => plural('th', count, { other: `ส่งออกลูกค้า ${formatted} รายแล้ว` }),
  exportFailed: 'การส่งออกล้มเหลว',
  exportTemplate: 'ดาวน์โหลดเทมเพลตการนำเข้า',
  exportTemplateHint: 'หากต้องการนำเข้าลูกค้า ให้กรอกเทมเพลต ซึ่งมีคอลัมน์เดียวกัน',
  exportFileName: 'customers', // review: kept in ASCII so every system opens the file name
};

export default th;
