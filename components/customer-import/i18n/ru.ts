import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/**
 * `<customer-import>` in Russian (Импорт клиентов, Сопоставить столбцы, Предпросмотр). Counts that arrive already
 * formatted as text stand after a colon ("Строки: 12"), so no plural form is needed for them.
 */
const ru: typeof importEn = {
  importCustomers: 'Импорт клиентов',
  stepChoose: 'Выбор файла',
  stepMap: 'Столбцы', // review: "Сопоставление столбцов" is the full term; shortened for the step bar at 320 px
  stepPreview: 'Просмотр',
  stepImport: 'Импорт',
  chooseIntro:
    'Выберите файл CSV или файл Excel с разделителем «точка с запятой» в кодировке UTF-8 или Windows-1252. Одна строка на клиента; контакты — в столбцах «Контакт 1 имя», «Контакт 2 эл. почта», … или в отдельных строках с тем же внешним ID.',
  chooseFile: 'Выбрать файл',
  dropHint: 'или перетащите его сюда',
  downloadTemplate: 'Скачать шаблон',
  reading: 'Чтение файла…',
  readAs: (name, encoding, rows) => `${name}: строк — ${rows}, кодировка ${encoding}.`,
  problemEmpty: 'Файл пуст.',
  problemTooLarge: (size, max) =>
    `Размер файла — ${size}; импорт принимает файлы до ${max}. Разделите его на файлы поменьше и импортируйте их по очереди.`,
  problemPdf: 'Это документ PDF, а не файл CSV. Откройте таблицу в Excel, сохраните её как CSV и выберите этот файл.',
  problemZip:
    'Это архив ZIP (книга Excel .xlsx — тоже архив), а не файл CSV. В Excel выберите «Сохранить как» → CSV и выберите этот файл.',
  problemImage: 'Это изображение, а не файл CSV.',
  problemBinary:
    'Этот файл не текстовый, поэтому он не может быть файлом CSV. Сохраните таблицу как CSV и выберите этот файл.',
  problemNul: (rows) =>
    `В файле есть байты NUL (строки ${rows}): он повреждён или это не файл CSV. Сохраните его ещё раз как CSV.`,
  problemMixed: (rows) =>
    `В файле смешаны две кодировки: строки ${rows} не в UTF-8, а остальные — в UTF-8. Сохраните весь файл ещё раз как «CSV UTF-8» и выберите его снова.`,
  problemNoRows: 'В файле нет строк под строкой заголовков.',
  problemTooManyRows: (max) =>
    `В файле больше ${max} строк. Разделите его на файлы не более чем по ${max} строк и импортируйте их по очереди.`,
  problemQuote: (row) =>
    `Ячейка в кавычках, которая начинается в строке ${row}, не закрыта, поэтому остаток файла был бы прочитан как одна ячейка. Проверьте кавычки в этой строке.`,
  raggedRows: (count, rows) =>
    count === 1
      ? `В строке ${rows} число ячеек не совпадает с заголовком: проверьте разделители и кавычки.`
      : `${plural('ru', count, {
          one: `В ${count} строке`,
          few: `В ${count} строках`,
          many: `В ${count} строках`,
          other: `В ${count} строки`,
        })} число ячеек не совпадает с заголовком (строки ${rows}): проверьте разделители и кавычки.`,
  mapIntro:
    'Проверьте, куда попадает каждый столбец файла. Распознанные заголовки уже сопоставлены; любой из них можно изменить.',
  fileColumn: 'Столбец в файле',
  sample: 'Первое значение',
  mapsTo: 'Импортировать как',
  ignoreColumn: 'Не импортировать',
  contactSlot: (slot, field) => `Контакт ${slot}: ${field}`,
  contactRow: (field) => `Контакт (по строке на каждый): ${field}`,
  columnCustomerId: 'ID клиента',
  columnContactName: 'имя',
  needNameColumn: 'Сопоставьте один столбец с полем «Название»: у каждого клиента должно быть название.',
  checking: (done, total) => `Проверка строк… ${done} из ${total}`,
  summary: (created, updated, errors, duplicates) =>
    `Новые: ${created}, обновления: ${updated}, с ошибками: ${errors}, возможные дубликаты: ${duplicates}`,
  filterAll: 'Все строки',
  filterErrors: 'С ошибками',
  filterDuplicates: 'Возможные дубликаты',
  filterUpdates: 'Обновления',
  filterNew: 'Новые',
  show: 'Показать',
  row: 'Строка',
  status: 'Статус',
  statusNew: 'Новый',
  statusUpdate: 'Обновление',
  statusDuplicate: 'Возможный дубликат',
  statusError: 'Ошибка',
  problems: 'Проблемы',
  rowProblem: 'Строка',
  looksLike: (names) => `Похоже на: ${names}.`,
  sameAsLine: (line) => `Как строка ${line} этого файла.`,
  updates: (name) => `Обновляет: ${name}.`,
  decision: (row) => `Строка ${row}: что сделать`,
  decideLater: 'Выбрать…',
  importAsNew: 'Как новый', // review: "Импортировать как новый" is clearer but long for the row's menu
  skipRow: 'Пропустить',
  allAsNew: 'Импортировать все возможные дубликаты как новые',
  skipAll: 'Пропустить все возможные дубликаты',
  undecided: (count) =>
    `Перед импортом решите, что делать с ${plural('ru', count, {
      one: `${count} возможным дубликатом`,
      few: `${count} возможными дубликатами`,
      many: `${count} возможными дубликатами`,
      other: `${count} возможного дубликата`,
    })}.`,
  pageOf: (page, pages) => `Страница ${page} из ${pages}`,
  previousPage: 'Предыдущая страница',
  nextPage: 'Следующая страница',
  noRowsShown: 'Таких строк нет.',
  importRows: (count) => `Импортировать строки: ${count}`,
  nothingToImport: 'Импортировать нечего: исправьте строки с ошибками в файле или измените сопоставление.',
  importing: (done, total) => `Импорт строк… ${done} из ${total}`,
  cancelImport: 'Отменить импорт',
  cancelled: 'Импорт отменён. Уже отправленные данные сохранены.',
  doneTitle: 'Импорт завершён',
  doneSummary: (created, updated, unchanged, failed) =>
    `Создано: ${created}, обновлено: ${updated}, без изменений: ${unchanged}, не импортировано: ${failed}`,
  downloadFailed: (count) => `Скачать неимпортированные строки (${count}) в CSV`,
  retryFailed: 'Повторить неудачные строки',
  reasonColumn: 'Причина',
  reasonCancelled: 'Не импортировано: импорт был отменён.',
  reasonSkipped: 'Пропущено: возможный дубликат.',
  undo: 'Отменить этот импорт',
  undoConfirmTitle: 'Отменить этот импорт?',
  undoConfirmBody: (created, updated) =>
    `Будут удалены клиенты, созданные импортом (${created}), и восстановлены клиенты, которые он обновил (${updated}). Клиенты, изменённые после импорта, останутся как есть.`,
  undoing: (done, total) => `Отмена… ${done} из ${total}`,
  undone: 'Импорт отменён.',
  undoRefused: (count) =>
    count === 1
      ? '1 клиент был изменён после импорта и оставлен как есть:'
      : `${plural('ru', count, {
          one: `${count} клиент был изменён`,
          few: `${count} клиента были изменены`,
          many: `${count} клиентов были изменены`,
          other: `${count} клиента были изменены`,
        })} после импорта и ${count % 10 === 1 && count % 100 !== 11 ? 'оставлен' : 'оставлены'} как есть:`,
  undoRefusedRow: (row, name) => `Строка ${row}, ${name}: изменён после импорта, поэтому не отменён.`,
  undoFailedRow: (row, name, reason) => `Строка ${row}, ${name}: ${reason}`,
  startOver: 'Импортировать другой файл',
  failedFileName: 'клиенты-не-импортированы.csv', // review: a Cyrillic file name, as exportFileName
};
export default ru;
