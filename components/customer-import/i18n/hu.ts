import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * `<customer-import>` in Hungarian (Ügyfelek importálása, Oszlopok megfeleltetése, Előnézet). File names and
 * counts stand after a colon, so no suffix is attached to them; a noun after a number stays singular (5 sor).
 */
const hu: typeof importEn = {
  importCustomers: 'Ügyfelek importálása',
  stepChoose: 'Fájl kiválasztása',
  stepMap: 'Oszlopok', // review: "Oszlopok megfeleltetése" is the full term; shortened for the step bar at 320 px
  stepPreview: 'Előnézet',
  stepImport: 'Importálás',
  chooseIntro:
    'Válasszon egy CSV-fájlt vagy egy pontosvesszővel tagolt Excel-fájlt UTF-8 vagy Windows-1252 kódolásban. Ügyfelenként egy sor; a kapcsolattartók Kapcsolattartó 1 neve, Kapcsolattartó 2 e-mail, … oszlopokban, vagy külön sorokban ugyanazzal a külső azonosítóval.',
  chooseFile: 'Fájl kiválasztása',
  dropHint: 'vagy húzza ide',
  downloadTemplate: 'Sablon letöltése',
  reading: 'Fájl beolvasása…',
  readAs: (name, encoding, rows) => `${name}: ${rows} sor, kódolás: ${encoding}.`,
  problemEmpty: 'A fájl üres.',
  problemTooLarge: (size, max) =>
    `A fájl mérete ${size}; az importálás legfeljebb ${max} méretű fájlt fogad. Ossza fel kisebb fájlokra, és importálja őket egyenként.`,
  problemPdf:
    'Ez egy PDF-dokumentum, nem CSV-fájl. Nyissa meg a munkalapot az Excelben, mentse CSV-ként, majd válassza ki azt a fájlt.',
  problemZip:
    'Ez egy ZIP-archívum (az Excel .xlsx munkafüzete is az), nem CSV-fájl. Az Excelben válassza a Mentés másként → CSV lehetőséget, majd válassza ki azt a fájlt.',
  problemImage: 'Ez egy kép, nem CSV-fájl.',
  problemBinary:
    'Ez a fájl nem szöveg, így nem lehet CSV-fájl. Mentse a munkalapot CSV-ként, és válassza ki azt a fájlt.',
  problemNul: (rows) =>
    `A fájl NUL bájtokat tartalmaz (sorok: ${rows}): sérült, vagy nem CSV-fájl. Mentse újra CSV-ként.`,
  problemMixed: (rows) =>
    `A fájl két szövegkódolást kever: néhány sor nem UTF-8 kódolású (sorok: ${rows}), a többi igen. Mentse újra az egész fájlt „CSV UTF-8” formátumban, és válassza ki újra.`,
  problemNoRows: 'A fájlban nincs sor a fejlécsor alatt.',
  problemTooManyRows: (max) =>
    `A fájl több mint ${max} sort tartalmaz. Ossza fel legfeljebb ${max} soros fájlokra, és importálja őket egyenként.`,
  problemQuote: (row) =>
    `Egy idézőjeles cella, amely a(z) ${row}. sorban kezdődik, nincs lezárva, így a fájl többi része egyetlen cellaként olvasódna be. Ellenőrizze az idézőjeleket abban a sorban.`,
  raggedRows: (count, rows) =>
    plural('hu', count, {
      one: `A(z) ${rows}. sorban más a cellák száma, mint a fejlécben: ellenőrizze az elválasztókat és az idézőjeleket.`,
      other: `${count} sorban más a cellák száma, mint a fejlécben (sorok: ${rows}): ellenőrizze az elválasztókat és az idézőjeleket.`,
    }),
  mapIntro:
    'Ellenőrizze, hová kerülnek a fájl oszlopai. A felismert fejlécek már meg vannak feleltetve; bármelyiket módosíthatja.',
  fileColumn: 'Oszlop a fájlban',
  sample: 'Első érték',
  mapsTo: 'Importálás mint',
  ignoreColumn: 'Nem importálandó',
  contactSlot: (slot, field) => `Kapcsolattartó ${slot}: ${field}`,
  contactRow: (field) => `Kapcsolattartó (soronként egy): ${field}`,
  columnCustomerId: 'Ügyfélazonosító',
  columnContactName: 'név',
  needNameColumn: 'Feleltessen meg egy oszlopot a Név mezőnek: minden ügyfélnek kell név.',
  checking: (done, total) => `Sorok ellenőrzése… ${done} / ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `Új: ${created}, frissítés: ${updated}, hibás: ${errors}, lehetséges ismétlődés: ${duplicates}`,
  filterAll: 'Minden sor',
  filterErrors: 'Hibás',
  filterDuplicates: 'Lehetséges ismétlődések', // review: "ismétlődés" vs "duplikátum" for a possible duplicate
  filterUpdates: 'Frissítések',
  filterNew: 'Új',
  show: 'Megjelenítés',
  row: 'Sor',
  status: 'Állapot',
  statusNew: 'Új',
  statusUpdate: 'Frissítés',
  statusDuplicate: 'Lehetséges ismétlődés',
  statusError: 'Hiba',
  problems: 'Problémák',
  rowProblem: 'Sor',
  looksLike: (names) => `Hasonló ehhez: ${names}.`,
  sameAsLine: (line) => `Mint a fájl ${line}. sora.`,
  updates: (name) => `Frissíti ezt: ${name}.`,
  decision: (row) => `${row}. sor: mi történjen`,
  decideLater: 'Válasszon…',
  importAsNew: 'Újként', // review: "Importálás újként" is clearer but long for the row's menu
  skipRow: 'Kihagyás',
  allAsNew: 'Minden lehetséges ismétlődés importálása újként',
  skipAll: 'Minden lehetséges ismétlődés kihagyása',
  undecided: (count) =>
    plural('hu', count, {
      one: `Importálás előtt döntse el, mi legyen ${count} lehetséges ismétlődéssel.`,
      other: `Importálás előtt döntse el, mi legyen ${count} lehetséges ismétlődéssel.`,
    }),
  pageOf: (page, pages) => `${page}/${pages}. oldal`,
  previousPage: 'Előző oldal',
  nextPage: 'Következő oldal',
  noRowsShown: 'Nincs ilyen sor.',
  importRows: (count) => `${count} sor importálása`,
  nothingToImport: 'Nincs mit importálni: javítsa a hibás sorokat a fájlban, vagy módosítsa a megfeleltetést.',
  importing: (done, total) => `Importálás… ${done} / ${total} sor`,
  cancelImport: 'Importálás megszakítása',
  cancelled: 'Az importálás megszakadt. Ami addig elküldésre került, megmarad.',
  doneTitle: 'Az importálás befejeződött',
  doneSummary: (created, updated, unchanged, failed) =>
    `Létrehozva: ${created}, frissítve: ${updated}, változatlan: ${unchanged}, nem importálva: ${failed}`,
  downloadFailed: (count) => `${count} nem importált sor letöltése (CSV)`,
  retryFailed: 'Sikertelen sorok újrapróbálása',
  reasonColumn: 'Ok',
  reasonCancelled: 'Nem importálva: az importálás megszakadt.',
  reasonSkipped: 'Kihagyva: lehetséges ismétlődés.',
  undo: 'Importálás visszavonása',
  undoConfirmTitle: 'Visszavonja ezt az importálást?',
  undoConfirmBody: (created, updated) =>
    `Ez törli az importálással létrehozott ${created} ügyfelet, és visszaállítja az általa frissített ${updated} ügyfelet. Az importálás óta módosított ügyfelek változatlanok maradnak.`,
  undoing: (done, total) => `Visszavonás… ${done} / ${total}`,
  undone: 'Az importálás visszavonva.',
  undoRefused: (count) =>
    plural('hu', count, {
      one: `${count} ügyfél az importálás után módosult, ezért változatlan maradt:`,
      other: `${count} ügyfél az importálás után módosult, ezért változatlan maradt:`,
    }),
  undoRefusedRow: (row, name) => `${row}. sor, ${name}: az importálás után módosult, ezért nem lett visszavonva.`,
  undoFailedRow: (row, name, reason) => `${row}. sor, ${name}: ${reason}`,
  startOver: 'Másik fájl importálása',
  failedFileName: 'ugyfelek-nem-importalt.csv', // review: file name without accents, as exportFileName
};
export default hu;
