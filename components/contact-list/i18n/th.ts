import type { contactListEn } from './en.js';
import { plural } from '../../shared/plural.js';

const th: typeof contactListEn = {
  contactList: 'รายชื่อผู้ติดต่อ',
  contactTitle: 'ตำแหน่ง',
  contactCount: (count, formatted) => plural('th', count, { other: `ผู้ติดต่อ ${formatted} คน` }),
  contactsFound: (count, formatted) =>
    count === 0 ? 'ไม่พบผู้ติดต่อ' : plural('th', count, { other: `พบผู้ติดต่อ ${formatted} คน` }),
  contactsShown: (shown, total) => `แสดง ${shown} จาก ${total}`,
  searchContacts: 'ค้นหาผู้ติดต่อ',
  showMoreContacts: 'แสดงผู้ติดต่อเพิ่มเติม',
  selectAllContacts: 'เลือกผู้ติดต่อทั้งหมด',
  selectContact: (name) => `เลือก ${name}`,
  contactField: (field, name) => `${field}, ${name}`,
  sortedBy: (column, descending) => `เรียงตาม${column} ${descending ? 'จากมากไปน้อย' : 'จากน้อยไปมาก'}`,
  noCustomer: 'ไม่ได้เลือกลูกค้า: กำหนดแอตทริบิวต์ customer-id',
  contactsNone: 'ลูกค้ารายนี้ยังไม่มีผู้ติดต่อ',
  contactsNoMatch: (search) => `ไม่มีผู้ติดต่อที่ตรงกับ “${search}”`,
  contactsLoadFailed: 'ไม่สามารถโหลดผู้ติดต่อได้',
  contactsReadOnlyTitle: 'คุณดูผู้ติดต่อได้ แต่เปลี่ยนแปลงไม่ได้',
  contactsReadOnly: 'เฉพาะผู้ดูแลระบบและผู้ดูแลกลุ่มยานพาหนะเท่านั้นที่เพิ่ม แก้ไข หรือลบผู้ติดต่อได้',
  editContacts: 'แก้ไขผู้ติดต่อ',
  deleteContacts: 'ลบผู้ติดต่อ',
  clearSelection: 'ล้างการเลือก',
  editingContacts: (count, formatted) => plural('th', count, { other: `กำลังแก้ไขผู้ติดต่อ ${formatted} คน` }),
  contactsSaved: (count) => plural('th', count, { other: `บันทึกผู้ติดต่อ ${count} คนแล้ว` }),
  contactsNotSaved: (count) => plural('th', count, { other: `ไม่ได้บันทึกผู้ติดต่อ ${count} คน: ดูข้อความในแต่ละแถว` }),
  contactsUnchanged: 'ไม่มีการเปลี่ยนแปลง',
  contactStale:
    'มีผู้อื่นเปลี่ยนแปลงผู้ติดต่อนี้ในระหว่างนี้ ฉบับของผู้นั้นจึงเป็นจุดเริ่มต้นแล้ว บันทึกอีกครั้งเพื่อใช้การเปลี่ยนแปลงของคุณทับ หรือกด "ยกเลิก" เพื่อดูฉบับนั้น',
  deleteContactsTitle: (count, formatted) => plural('th', count, { other: `ลบผู้ติดต่อ ${formatted} คนหรือไม่` }),
  deleteContactsBody: (names) => `${names} จะถูกลบ การดำเนินการนี้เลิกทำไม่ได้`,
  andMore: (count) => `และอีก ${count} คน`,
  deletingContacts: 'กำลังลบผู้ติดต่อ…',
  contactsDeleted: (count) => plural('th', count, { other: `ลบผู้ติดต่อ ${count} คนแล้ว` }),
  contactsNotDeleted: (count) => plural('th', count, { other: `ไม่ได้ลบผู้ติดต่อ ${count} คน และยังคงเลือกไว้:` }),
  contactNotDeletedReason: (name, reason) => `${name}: ${reason}`,
  contactAddedNamed: (name) => `เพิ่ม ${name} ในรายชื่อผู้ติดต่อแล้ว`,
  addContactFailed: 'ไม่ได้เพิ่มผู้ติดต่อ',
  contactPhoneHint: (country) =>
    country ? `หากไม่มีรหัสประเทศ จะถือว่าเป็น ${country}` : 'ใส่รหัสประเทศด้วย เช่น +66 2 123 4567',
  newContact: 'ใหม่',
  selectedHidden: (count, formatted) =>
    plural('th', count, {
      other: `ผู้ติดต่อที่เลือก ${formatted} คนถูกซ่อนโดยการค้นหา และไม่รวมอยู่ใน "แก้ไข" และ "ลบ"`,
    }),
  dismiss: 'ปิด',
  contactsNoneHint: 'เพิ่มบุคคลของลูกค้าที่ควรได้รับการแจ้งเตือนเกี่ยวกับเหตุการณ์ของอุปกรณ์',
  // Notification preferences
  notifications: 'การแจ้งเตือน',
  notificationChannels: 'ช่องทาง',
  notificationEvents: 'เหตุการณ์',
  notificationLanguage: 'ภาษาของข้อความ',
  notificationOptOut: 'ยกเลิกรับแล้ว: ไม่ส่งสิ่งใด', // review: opted out
  notificationOptOutHint: 'ตัวเลือกด้านบนจะยังคงเก็บไว้ และจะมีผลอีกครั้งเมื่อนำการยกเลิกรับออก',
  smsNeedsPhoneHint: 'SMS ต้องมีหมายเลขโทรศัพท์',
  channelName: { email: 'อีเมล', sms: 'SMS' },
  eventName: {
    service_due: 'ถึงกำหนดบำรุงรักษา',
    fault_code: 'รหัสข้อผิดพลาด', // review: fault codes of the machine
    geofence_enter: 'เข้าเขตพื้นที่ (Geofence)', // review: Geofence is often kept in English
    geofence_exit: 'ออกจากเขตพื้นที่ (Geofence)',
    out_of_hours_use: 'ใช้งานนอกเวลา',
    low_battery: 'แบตเตอรี่ต่ำ',
    tamper: 'การงัดแงะ', // review: tamper alarm of the telematics unit
  },
  optedOut: 'ยกเลิกรับแล้ว',
  noChannel: 'ไม่มีช่องทาง',
  eventCount: (count) => plural('th', count, { other: `${count} เหตุการณ์` }),
  notifiedAbout: (channels, events) => `ทาง ${channels} เกี่ยวกับ ${events}`,
  nothingChosen: 'ไม่มี',
  notifySelected: 'การแจ้งเตือน…',
  notifySelectedTitle: (count, formatted) => plural('th', count, { other: `การแจ้งเตือนสำหรับผู้ติดต่อ ${formatted} คน` }),
  notifyChange: 'เปลี่ยน',
  notifyAdd: 'เปิด',
  notifyRemove: 'ปิด',
  notifyWhat: 'เหตุการณ์หรือช่องทาง',
  notifyApply: 'ใช้',
  notifyOptOut: 'ยกเลิกรับ',
  notifyOptIn: 'นำการยกเลิกรับออก',
  notifyDone: (count) => plural('th', count, { other: `เปลี่ยนการแจ้งเตือนของผู้ติดต่อ ${count} คนแล้ว` }),
  notifyFailed: (name, reason) => `${name}: ${reason}`,
  whoIsTold: 'ผู้ที่ได้รับแจ้ง',
  whoIsToldEvent: 'เมื่อเครื่องจักรแจ้ง', // review: followed by the chosen event
  whoIsToldNone: 'ไม่มีผู้ใดได้รับแจ้งเกี่ยวกับเหตุการณ์นี้',
  whoIsToldCount: (count) => plural('th', count, { other: `ผู้ติดต่อ ${count} คนได้รับแจ้ง` }),
  whoIsToldFailed: 'ไม่สามารถโหลดผู้ที่ได้รับแจ้งได้',
  notifyNotChanged: (count) => plural('th', count, { other: `ผู้ติดต่อ ${count} คนไม่มีการเปลี่ยนแปลง:` }),
};

export default th;
