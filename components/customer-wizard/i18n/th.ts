import type { wizardEn } from './en.js';
import { plural } from '../../shared/plural.js';

const th: typeof wizardEn = {
  createCustomer: 'สร้างลูกค้า',
  stepCompany: 'บริษัท',
  stepContacts: 'ผู้ติดต่อ',
  stepReview: 'ตรวจสอบ',
  duplicateName: (names) => `มีลูกค้าที่มีชื่อคล้ายกันอยู่แล้ว: ${names}`,
  duplicateReference: (names) => `ลูกค้ารายอื่นใช้การอ้างอิงภายนอกนี้แล้ว: ${names}`,
  duplicateContinue: 'ตรวจสอบว่าเป็นลูกค้ารายใหม่ คุณยังดำเนินการต่อได้',
  contactsIntro: 'เพิ่มบุคคลของลูกค้าที่ควรได้รับการแจ้งเตือนเกี่ยวกับเหตุการณ์ของอุปกรณ์',
  contactsEmpty: 'ยังไม่มีผู้ติดต่อ ไม่เป็นไร: คุณบันทึกโดยไม่มีผู้ติดต่อแล้วเพิ่มภายหลังได้',
  contactsLimit: (max) => `บันทึกผู้ติดต่อพร้อมลูกค้ารายใหม่ได้สูงสุด ${max} คน`,
  contactsTooMany: (max, over) =>
    `บันทึกผู้ติดต่อพร้อมลูกค้ารายใหม่ได้ไม่เกิน ${max} คน นำออก ${plural('th', over, { other: `${over} คน` })} หรือเพิ่มส่วนที่เหลือหลังบันทึก`,
  contactN: (position) => `ผู้ติดต่อ ${position}`,
  removeContact: (position) => `นำผู้ติดต่อ ${position} ออก`,
  contactAdded: (position) => `เพิ่มผู้ติดต่อ ${position} แล้ว`,
  contactRemoved: (position) => `นำผู้ติดต่อ ${position} ออกแล้ว`,
  reviewIntro: 'ตรวจสอบรายละเอียดก่อนบันทึก ใช้ "แก้ไข" เพื่อกลับไปยังขั้นตอน',
  editStep: (step) => `แก้ไข${step}`,
  noContacts: 'ไม่มีผู้ติดต่อ',
  savingCustomer: 'กำลังบันทึกลูกค้า…',
  customerCreated: (name) => `สร้าง ${name} แล้ว`,
  customerCreatedBody: 'บันทึกลูกค้าและผู้ติดต่อแล้ว มอบหมายอุปกรณ์ได้จากแท็บ "อุปกรณ์" ของลูกค้า',
  createAnother: 'สร้างลูกค้ารายอื่น',
};

export default th;
