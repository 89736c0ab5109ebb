import type { en } from './en.js';
import { plural } from '../plural.js';

/**
 * Thai. One plural form (`other`). Words follow Trackunit's Thai UI: ลูกค้า (customer), อุปกรณ์ (equipment),
 * ผู้ติดต่อ (contact), การมอบหมาย (assignment). Polite, neutral register (กรุณา… for requests).
 */
const th: typeof en = {
  loading: 'กำลังโหลด…',
  retry: 'ลองอีกครั้ง',
  cancel: 'ยกเลิก',
  close: 'ปิด',
  save: 'บันทึก',
  saving: 'กำลังบันทึก…',
  edit: 'แก้ไข',
  next: 'ถัดไป',
  back: 'ย้อนกลับ',
  remove: 'นำออก',
  confirm: 'ยืนยัน',
  optional: 'ไม่บังคับ',
  notGiven: 'ไม่ได้ระบุ',
  selectedCount: (count, formatted) => plural('th', count, { other: `เลือกแล้ว ${formatted} รายการ` }),
  selectionActions: 'การดำเนินการสำหรับรายการที่เลือก',
  stepOf: (position, total) => `ขั้นตอนที่ ${position} จาก ${total}`,
  progress: 'ความคืบหน้า',

  noClient: 'ไม่ได้เชื่อมต่อ: กำหนดคุณสมบัติ client หรือเรียก setDefaultClient()',
  noPermissionCreate: 'เฉพาะผู้ดูแลระบบและผู้ดูแลกลุ่มยานพาหนะเท่านั้นที่สร้างลูกค้าได้', // review: ผู้ดูแลกลุ่มยานพาหนะ (fleet administrator)
  noPermissionChange: 'เฉพาะผู้ดูแลระบบและผู้ดูแลกลุ่มยานพาหนะเท่านั้นที่เปลี่ยนแปลงลูกค้าได้',
  noPermissionTitle: 'คุณดูลูกค้าได้ แต่เปลี่ยนแปลงไม่ได้',
  userLoadFailed: 'ไม่สามารถโหลดสิทธิ์ของคุณได้',

  errorNetwork: 'ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  errorTimeout: 'เซิร์ฟเวอร์ใช้เวลาตอบนานเกินไป ลองอีกครั้ง',
  errorRateLimited: (seconds) =>
    seconds ? `มีคำขอมากเกินไป ลองอีกครั้งใน ${seconds} วินาที` : 'มีคำขอมากเกินไป ลองอีกครั้งในอีกสักครู่',
  errorServer: 'เกิดข้อผิดพลาดที่เซิร์ฟเวอร์ ลองอีกครั้งในอีกสักครู่',
  errorAuthentication: 'เซสชันของคุณหมดอายุแล้ว ลงชื่อเข้าใช้อีกครั้ง แล้วลองใหม่',
  errorNotFound: 'ไม่มีระเบียนนี้อีกต่อไป',
  errorConflict: 'รายการนี้ขัดแย้งกับระเบียนอื่น',
  errorStale: 'มีผู้อื่นเปลี่ยนแปลงรายการนี้ในระหว่างนี้ โหลดซ้ำเพื่อดูการเปลี่ยนแปลง',
  errorValidation: 'บางช่องต้องได้รับการแก้ไข',
  errorUnknown: 'เกิดข้อผิดพลาด ลองอีกครั้ง',
  inputKept: 'ข้อมูลที่คุณป้อนไม่ได้สูญหาย',

  violation: {
    required: 'จำเป็นต้องกรอก',
    too_long: 'ยาวเกินไป',
    too_many: 'มีรายการมากเกินไป',
    invalid_email: 'ป้อนที่อยู่อีเมลที่ถูกต้อง เช่น name@example.com',
    invalid_phone: 'ป้อนหมายเลขโทรศัพท์พร้อมรหัสประเทศ เช่น +66 2 123 4567 หรือเลือกประเทศก่อน',
    invalid_url: 'ป้อนที่อยู่เว็บที่ขึ้นต้นด้วย https:// หรือ http://',
    invalid_country: 'เลือกประเทศจากรายการ',
    invalid_choice: 'เลือกหนึ่งในตัวเลือก',
    unreachable: 'ป้อนอีเมลหรือหมายเลขโทรศัพท์ เพื่อให้แจ้งเตือนผู้ติดต่อได้',
    sms_needs_phone: 'SMS ต้องมีหมายเลขโทรศัพท์: เพิ่มหมายเลข หรือปิด SMS ไว้',
    invalid: 'ค่านี้ไม่ถูกต้อง',
    duplicate: 'ลูกค้ารายอื่นใช้การอ้างอิงภายนอกนี้แล้ว', // review: การอ้างอิงภายนอก (external reference)
  },
  tooLong: (max) => `ยาวเกินไป: ไม่เกิน ${max} อักขระ`,
  tooMany: (max) => `มากเกินไป: ไม่เกิน ${max} รายการ`,
  fieldsNeedAttention: (count) => plural('th', count, { other: `มี ${count} ช่องที่ต้องแก้ไข` }),
  emailOrPhone: 'ต้องระบุอีเมลหรือโทรศัพท์',

  unsavedTitle: 'ละทิ้งการเปลี่ยนแปลงหรือไม่',
  unsavedBody: 'สิ่งที่คุณพิมพ์ยังไม่ได้บันทึกและจะสูญหาย',
  unsavedDiscard: 'ละทิ้งการเปลี่ยนแปลง',
  unsavedKeep: 'แก้ไขต่อ',

  customerTypes: {
    CONTRACTOR: 'ผู้รับเหมา',
    DEALER: 'ตัวแทนจำหน่าย', // review: Dealer vs Distributor (ตัวแทนจำหน่าย / ผู้จัดจำหน่าย)
    DISTRIBUTOR: 'ผู้จัดจำหน่าย',
    OEM: 'OEM/ผู้ผลิต',
    RENTAL: 'ให้เช่า',
    SERVICE: 'ผู้ให้บริการ',
    OTHER: 'อื่นๆ',
  },

  country: 'ประเทศ',
  countryHint: 'พิมพ์เพื่อค้นหา แล้วเลือกจากรายการ',
  countryNoMatch: 'ไม่พบประเทศที่ตรงกัน',
  countryMatches: (count) => plural('th', count, { other: `พบ ${count} ประเทศ` }),
  showCountries: 'แสดงประเทศ',

  companyName: 'ชื่อบริษัท',
  address: 'ที่อยู่',
  street: 'ถนน',
  postalCode: 'รหัสไปรษณีย์',
  city: 'เมือง',
  phone: 'โทรศัพท์',
  phoneHint: 'บันทึกในรูปแบบสากล หากไม่มีรหัสประเทศ จะถือว่าเป็นประเทศที่เลือกไว้ด้านบน',
  email: 'อีเมล',
  externalReference: 'การอ้างอิงภายนอก',
  externalReferenceHint: 'รหัสของคุณเองสำหรับลูกค้ารายนี้ เช่น จากระบบ ERP',
  relationshipType: 'ประเภทความสัมพันธ์', // review: Relationship type
  relationshipTypeHint: 'คุณมีความสัมพันธ์กับลูกค้ารายนี้อย่างไร หากไม่เลือก จะใช้ "อื่นๆ"',
  contactsReachable: 'ผู้ติดต่อแต่ละคนต้องมีอีเมลหรือหมายเลขโทรศัพท์',
  contactName: 'ชื่อ',
  contactTitle: 'ตำแหน่ง',
  addContact: 'เพิ่มผู้ติดต่อ',
  saveFailed: 'ไม่ได้บันทึกลูกค้า',
  serverRejected: 'เซิร์ฟเวอร์ไม่ยอมรับบางช่อง ช่องเหล่านั้นมีเครื่องหมายกำกับไว้',

  region: 'ภูมิภาค/จังหวัด',
  website: 'เว็บไซต์',
  websiteHint: 'ขึ้นต้นด้วย https:// หรือ http://',
  note: 'หมายเหตุ',
};

export default th;
