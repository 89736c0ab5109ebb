import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Thai: ไฟล์, แถว, คอลัมน์, เทมเพลต, นำเข้า, อาจซ้ำ. */
const th: typeof importEn = {
  importCustomers: 'นำเข้าลูกค้า',
  stepChoose: 'เลือกไฟล์',
  stepMap: 'จับคู่คอลัมน์',
  stepPreview: 'ตรวจดู',
  stepImport: 'นำเข้า',
  chooseIntro:
    'เลือกไฟล์ CSV หรือไฟล์ที่คั่นด้วยอัฒภาคจาก Excel ในรูปแบบ UTF-8 หรือ Windows-1252 หนึ่งแถวต่อลูกค้าหนึ่งราย ผู้ติดต่อใส่เป็น ผู้ติดต่อ 1 ชื่อ, ผู้ติดต่อ 2 อีเมล, … หรือในแถวของตนเองที่มีการอ้างอิงภายนอกเดียวกัน',
  chooseFile: 'เลือกไฟล์',
  dropHint: 'หรือวางไฟล์ที่นี่',
  downloadTemplate: 'ดาวน์โหลดเทมเพลต',
  reading: 'กำลังอ่านไฟล์…',
  readAs: (name, encoding, rows) => `${name}: ${rows} แถว อ่านเป็น ${encoding}`,
  problemEmpty: 'ไฟล์ว่างเปล่า',
  problemTooLarge: (size, max) => `ไฟล์มีขนาด ${size} การนำเข้ารับไฟล์ได้ไม่เกิน ${max} แบ่งเป็นไฟล์ที่เล็กลงแล้วนำเข้าทีละไฟล์`,
  problemPdf: 'นี่เป็นเอกสาร PDF ไม่ใช่ไฟล์ CSV เปิดแผ่นงานใน Excel บันทึกเป็น CSV แล้วเลือกไฟล์นั้น',
  problemZip: 'นี่เป็นไฟล์ ZIP (เวิร์กบุ๊ก Excel .xlsx ก็เป็นแบบนี้) ไม่ใช่ไฟล์ CSV ใน Excel เลือก บันทึกเป็น → CSV แล้วเลือกไฟล์นั้น',
  problemImage: 'นี่เป็นรูปภาพ ไม่ใช่ไฟล์ CSV',
  problemBinary: 'ไฟล์นี้ไม่ใช่ข้อความ จึงไม่ใช่ไฟล์ CSV บันทึกแผ่นงานเป็น CSV แล้วเลือกไฟล์นั้น',
  problemNul: (rows) => `ไฟล์มีไบต์ NUL (ในแถว ${rows}) ไฟล์เสียหายหรือไม่ใช่ไฟล์ CSV บันทึกเป็น CSV อีกครั้ง`,
  problemMixed: (rows) =>
    `ไฟล์ใช้การเข้ารหัสข้อความสองแบบปนกัน แถว ${rows} ไม่ใช่ UTF-8 แต่แถวอื่นเป็น บันทึกทั้งไฟล์เป็น “CSV UTF-8” อีกครั้งแล้วเลือกใหม่`,
  problemNoRows: 'ไฟล์ไม่มีแถวใต้แถวหัวคอลัมน์',
  problemTooManyRows: (max) => `ไฟล์มีมากกว่า ${max} แถว แบ่งเป็นไฟล์ละไม่เกิน ${max} แถวแล้วนำเข้าทีละไฟล์`,
  problemQuote: (row) =>
    `เซลล์ในเครื่องหมายคำพูดที่เริ่มในแถว ${row} ไม่มีการปิด ไฟล์ส่วนที่เหลือจึงจะถูกอ่านเป็นเซลล์เดียว ตรวจสอบเครื่องหมายคำพูดในแถวนั้น`,
  raggedRows: (count, rows) =>
    count === 1
      ? `แถว ${rows} มีจำนวนเซลล์ไม่เท่ากับหัวคอลัมน์ ตรวจสอบตัวคั่นและเครื่องหมายคำพูด`
      : plural('th', count, {
          other: `${count} แถวมีจำนวนเซลล์ไม่เท่ากับหัวคอลัมน์ (แถว ${rows}) ตรวจสอบตัวคั่นและเครื่องหมายคำพูด`,
        }),
  mapIntro: 'ตรวจสอบว่าแต่ละคอลัมน์ในไฟล์จะนำเข้าเป็นอะไร หัวคอลัมน์ที่รู้จักจับคู่ไว้แล้ว เปลี่ยนได้ทุกคอลัมน์',
  fileColumn: 'คอลัมน์ในไฟล์',
  sample: 'ค่าแรก',
  mapsTo: 'นำเข้าเป็น',
  ignoreColumn: 'ไม่นำเข้า',
  contactSlot: (slot, field) => `ผู้ติดต่อ ${slot}: ${field}`,
  contactRow: (field) => `ผู้ติดต่อ (หนึ่งคนต่อแถว): ${field}`,
  columnCustomerId: 'รหัสลูกค้า',
  columnContactName: 'ชื่อ',
  needNameColumn: 'จับคู่หนึ่งคอลัมน์กับ ชื่อ ลูกค้าทุกรายต้องมีชื่อ',
  checking: (done, total) => `กำลังตรวจสอบแถว… ${done} จาก ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `ใหม่ ${created} อัปเดต ${updated} มีข้อผิดพลาด ${errors} อาจซ้ำ ${duplicates}`,
  filterAll: 'ทุกแถว',
  filterErrors: 'มีข้อผิดพลาด',
  filterDuplicates: 'อาจซ้ำ', // review: possible duplicate
  filterUpdates: 'อัปเดต',
  filterNew: 'ใหม่',
  show: 'แสดง',
  row: 'แถว',
  status: 'สถานะ',
  statusNew: 'ใหม่',
  statusUpdate: 'อัปเดต',
  statusDuplicate: 'อาจซ้ำ',
  statusError: 'ข้อผิดพลาด',
  problems: 'ปัญหา',
  rowProblem: 'แถว',
  looksLike: (names) => `คล้ายกับ ${names}`,
  sameAsLine: (line) => `เหมือนบรรทัดที่ ${line} ของไฟล์นี้`,
  updates: (name) => `อัปเดต ${name}`,
  decision: (row) => `แถว ${row}: จะทำอย่างไร`,
  decideLater: 'เลือก…',
  importAsNew: 'นำเข้าเป็นรายการใหม่',
  skipRow: 'ข้าม',
  allAsNew: 'นำเข้ารายการที่อาจซ้ำทั้งหมดเป็นรายการใหม่',
  skipAll: 'ข้ามรายการที่อาจซ้ำทั้งหมด',
  undecided: (count) => plural('th', count, { other: `เลือกว่าจะทำอย่างไรกับรายการที่อาจซ้ำ ${count} รายการก่อนนำเข้า` }),
  pageOf: (page, pages) => `หน้า ${page} จาก ${pages}`,
  previousPage: 'หน้าก่อนหน้า',
  nextPage: 'หน้าถัดไป',
  noRowsShown: 'ไม่มีแถวประเภทนี้',
  importRows: (count) => `นำเข้า ${count} แถว`,
  nothingToImport: 'ไม่มีรายการให้นำเข้า แก้ไขแถวที่มีข้อผิดพลาดในไฟล์ หรือเปลี่ยนการจับคู่คอลัมน์',
  importing: (done, total) => `กำลังนำเข้า… ${done} จาก ${total} แถว`,
  cancelImport: 'ยกเลิกการนำเข้า',
  cancelled: 'ยกเลิกการนำเข้าแล้ว ส่วนที่ส่งไปก่อนหน้ายังคงอยู่',
  doneTitle: 'นำเข้าเสร็จแล้ว',
  doneSummary: (created, updated, unchanged, failed) =>
    `สร้าง ${created} อัปเดต ${updated} ไม่เปลี่ยนแปลง ${unchanged} ไม่ได้นำเข้า ${failed}`,
  downloadFailed: (count) => `ดาวน์โหลด ${count} แถวที่ไม่ได้นำเข้า (CSV)`,
  retryFailed: 'ลองแถวที่ล้มเหลวอีกครั้ง',
  reasonColumn: 'เหตุผล',
  reasonCancelled: 'ไม่ได้นำเข้า: การนำเข้าถูกยกเลิก',
  reasonSkipped: 'ข้ามแล้ว: อาจซ้ำ',
  undo: 'เลิกทำการนำเข้านี้',
  undoConfirmTitle: 'เลิกทำการนำเข้านี้หรือไม่',
  undoConfirmBody: (created, updated) =>
    `การดำเนินการนี้จะลบลูกค้า ${created} รายที่การนำเข้าสร้างขึ้น และคืนค่าลูกค้า ${updated} รายที่การนำเข้าอัปเดต ลูกค้าที่มีการเปลี่ยนแปลงหลังการนำเข้าจะคงไว้ตามเดิม`,
  undoing: (done, total) => `กำลังเลิกทำ… ${done} จาก ${total}`,
  undone: 'เลิกทำการนำเข้าแล้ว',
  undoRefused: (count) => plural('th', count, { other: `ลูกค้า ${count} รายมีการเปลี่ยนแปลงหลังการนำเข้า จึงคงไว้ตามเดิม:` }),
  undoRefusedRow: (row, name) => `แถว ${row}, ${name}: มีการเปลี่ยนแปลงหลังการนำเข้า จึงไม่ได้เลิกทำ`,
  undoFailedRow: (row, name, reason) => `แถว ${row}, ${name}: ${reason}`,
  startOver: 'นำเข้าไฟล์อื่น',
  failedFileName: 'customers-not-imported.csv', // review: kept in ASCII so every system opens the file name
};

export default th;
