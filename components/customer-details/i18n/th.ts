import type { detailsEn } from './en.js';

const th: typeof detailsEn = {
  details: 'รายละเอียด',
  contactsLabel: 'ผู้ติดต่อ',
  equipmentLabel: 'อุปกรณ์',
  createdAt: 'สร้างเมื่อ',
  updatedAt: 'เปลี่ยนแปลงล่าสุด',
  changesSaved: 'บันทึกการเปลี่ยนแปลงของคุณแล้ว',
  noChanges: 'ไม่มีการเปลี่ยนแปลง',
  deleteCustomer: 'ลบลูกค้า',
  deleting: 'กำลังลบ…',
  deleteTitle: (name) => `ลบ ${name} หรือไม่`,
  deleteConsequences: (name, equipment, contacts, format) =>
    // review: กลุ่มยานพาหนะ for "fleet"
    `${name} จะถูกลบ การดำเนินการนี้จะยกเลิกการมอบหมายอุปกรณ์ ${format(equipment)} รายการ และลบผู้ติดต่อ ${format(contacts)} คน${equipment ? ' อุปกรณ์จะยังอยู่ในกลุ่มยานพาหนะของคุณโดยไม่ได้มอบหมาย' : ''} การดำเนินการนี้เลิกทำไม่ได้`,
  customerDeleted: (name) => `ลบ ${name} แล้ว`,
  deleteFailed: 'ไม่ได้ลบลูกค้า',
  deleteStale: 'ลูกค้ามีการเปลี่ยนแปลงหลังจากแสดงผล จึงไม่มีการลบ ตรวจสอบแล้วลบอีกครั้ง',
  customerNotFound: 'ไม่พบลูกค้า',
  customerNotFoundBody: 'อาจถูกผู้อื่นลบไปแล้ว หรือลิงก์ล้าสมัย',
  customerLoadFailed: 'ไม่สามารถโหลดลูกค้าได้',
  noCustomerChosen: 'ไม่ได้เลือกลูกค้า',
  conflictTitle: 'มีผู้อื่นเปลี่ยนแปลงลูกค้ารายนี้ขณะที่คุณกำลังแก้ไข',
  conflictBody: 'ยังไม่มีการบันทึก การแก้ไขของคุณยังอยู่ในแบบฟอร์ม การเขียนทับจะแทนที่เฉพาะช่องที่คุณเปลี่ยน',
  conflictTheirs: 'ที่บันทึกอยู่ตอนนี้',
  conflictYours: 'การแก้ไขของคุณ',
  conflictNotChangedByYou: 'คุณไม่ได้เปลี่ยน',
  conflictReload: 'โหลดฉบับของผู้อื่นซ้ำ',
  conflictOverwrite: 'เขียนทับด้วยการแก้ไขของฉัน',
  keptEditsTitle: 'การแก้ไขของคุณที่ไม่ได้บันทึก',
  keptEditsBody: 'แบบฟอร์มแสดงฉบับที่บันทึกไว้แล้ว คัดลอกสิ่งที่ยังต้องการจากที่นี่',
};

export default th;
