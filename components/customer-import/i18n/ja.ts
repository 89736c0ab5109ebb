import type { importEn } from './en.js';
import { plural } from '../../shared/plural.js';

/** `<customer-import>` in Japanese: 顧客をインポート, ファイルを選択, 列の対応付け, プレビュー, インポート. */
const ja: typeof importEn = {
  importCustomers: '顧客をインポート',
  stepChoose: 'ファイルを選択',
  stepMap: '列の対応付け', // review: "map columns"; 「列のマッピング」 is the other candidate
  stepPreview: 'プレビュー',
  stepImport: 'インポート',
  chooseIntro:
    'CSV ファイル、または Excel のセミコロン区切りファイル (UTF-8 または Windows-1252) を選択してください。1 行に 1 顧客です。連絡先は「連絡先 1 名前」「連絡先 2 メール」… の列にするか、同じ外部参照を持つ別の行にします。',
  chooseFile: 'ファイルを選択',
  dropHint: 'またはここにドロップ',
  downloadTemplate: 'テンプレートをダウンロード',
  reading: 'ファイルを読み込み中…',
  readAs: (name, encoding, rows) => `${name}: ${rows} 行、${encoding} として読み込みました。`,
  problemEmpty: 'ファイルが空です。',
  problemTooLarge: (size, max) =>
    `ファイルのサイズは ${size} です。インポートできるのは ${max} までのファイルです。小さなファイルに分割し、1 つずつインポートしてください。`,
  problemPdf:
    'これは PDF 文書で、CSV ファイルではありません。Excel でシートを開いて CSV として保存し、そのファイルを選択してください。',
  problemZip:
    'これは ZIP アーカイブ (Excel の .xlsx ブックも ZIP です) で、CSV ファイルではありません。Excel で「名前を付けて保存」→ CSV を選び、そのファイルを選択してください。',
  problemImage: 'これは画像で、CSV ファイルではありません。',
  problemBinary:
    'このファイルはテキストではないため、CSV ファイルではありません。シートを CSV として保存し、そのファイルを選択してください。',
  problemNul: (rows) =>
    `ファイルに NUL バイトが含まれています (${rows} 行目)。破損しているか、CSV ファイルではありません。CSV として保存し直してください。`,
  problemMixed: (rows) =>
    `ファイルに 2 種類の文字コードが混在しています。${rows} 行目は UTF-8 ではありませんが、他の行は UTF-8 です。ファイル全体を「CSV UTF-8」として保存し直し、もう一度選択してください。`,
  problemNoRows: 'ヘッダー行の下に行がありません。',
  problemTooManyRows: (max) =>
    `ファイルの行数が ${max} 行を超えています。${max} 行以下のファイルに分割し、1 つずつインポートしてください。`,
  problemQuote: (row) =>
    `${row} 行目で始まる引用符付きのセルが閉じられていないため、ファイルの残りが 1 つのセルとして読み込まれてしまいます。その行の引用符を確認してください。`,
  raggedRows: (count, rows) =>
    plural('ja', count, {
      other: `${rows} 行目のセルの数がヘッダーと異なります (${count} 行)。区切り文字と引用符を確認してください。`,
    }),
  mapIntro:
    'ファイルの各列のインポート先を確認してください。認識されたヘッダーは対応付け済みです。どれでも変更できます。',
  fileColumn: 'ファイルの列',
  sample: '最初の値',
  mapsTo: 'インポート先',
  ignoreColumn: 'インポートしない',
  contactSlot: (slot, field) => `連絡先 ${slot}: ${field}`,
  contactRow: (field) => `連絡先 (1 行に 1 件): ${field}`,
  columnCustomerId: '顧客 ID',
  columnContactName: '名前',
  needNameColumn: '1 つの列を「名前」に対応付けてください。すべての顧客に名前が必要です。',
  checking: (done, total) => `行を確認中… ${total} 行中 ${done} 行`,
  summary: (created, updated, errors, duplicates) =>
    `新規 ${created} 件、更新 ${updated} 件、エラー ${errors} 件、重複の可能性 ${duplicates} 件`,
  filterAll: 'すべての行',
  filterErrors: 'エラーあり',
  filterDuplicates: '重複の可能性',
  filterUpdates: '更新',
  filterNew: '新規',
  show: '表示',
  row: '行',
  status: '状態',
  statusNew: '新規',
  statusUpdate: '更新',
  statusDuplicate: '重複の可能性',
  statusError: 'エラー',
  problems: '問題',
  rowProblem: '行',
  looksLike: (names) => `${names} に似ています。`,
  sameAsLine: (line) => `このファイルの ${line} 行目と同じです。`,
  updates: (name) => `${name} を更新します。`,
  decision: (row) => `${row} 行目: 処理方法`,
  decideLater: '選択…',
  importAsNew: '新規としてインポート',
  skipRow: 'スキップ',
  allAsNew: '重複の可能性がある行をすべて新規としてインポート',
  skipAll: '重複の可能性がある行をすべてスキップ',
  undecided: (count) =>
    plural('ja', count, { other: `インポートの前に、重複の可能性がある ${count} 件の処理方法を決めてください。` }),
  pageOf: (page, pages) => `${pages} ページ中 ${page} ページ`,
  previousPage: '前のページ',
  nextPage: '次のページ',
  noRowsShown: 'この種類の行はありません。',
  importRows: (count) => `${count} 行をインポート`,
  nothingToImport:
    'インポートするものがありません。ファイル内のエラーのある行を修正するか、列の対応付けを変更してください。',
  importing: (done, total) => `インポート中… ${total} 行中 ${done} 行`,
  cancelImport: 'インポートをキャンセル',
  cancelled: 'インポートをキャンセルしました。それまでに送信した内容は保持されます。',
  doneTitle: 'インポート完了',
  doneSummary: (created, updated, unchanged, failed) =>
    `作成 ${created} 件、更新 ${updated} 件、変更なし ${unchanged} 件、未インポート ${failed} 件`,
  downloadFailed: (count) => `インポートされなかった ${count} 行をダウンロード (CSV)`,
  retryFailed: '失敗した行を再試行',
  reasonColumn: '理由',
  reasonCancelled: '未インポート: インポートがキャンセルされました。',
  reasonSkipped: 'スキップ: 重複の可能性があります。',
  undo: 'このインポートを元に戻す',
  undoConfirmTitle: 'このインポートを元に戻しますか?',
  undoConfirmBody: (created, updated) =>
    `インポートで作成された顧客 ${created} 件を削除し、更新された顧客 ${updated} 件を元に戻します。インポート後に変更された顧客はそのままです。`,
  undoing: (done, total) => `元に戻しています… ${total} 件中 ${done} 件`,
  undone: 'インポートを元に戻しました。',
  undoRefused: (count) =>
    plural('ja', count, { other: `顧客 ${count} 件はインポート後に変更されたため、そのままにしました:` }),
  undoRefusedRow: (row, name) => `${row} 行目、${name}: インポート後に変更されたため、元に戻していません。`,
  undoFailedRow: (row, name, reason) => `${row} 行目、${name}: ${reason}`,
  startOver: '別のファイルをインポート',
  failedFileName: '顧客-未インポート.csv',
};
export default ja;
