/**
 * `npm run size`: the gzip size of each public entry with everything it imports statically bundled and
 * minified, as a host's bundler would ship it, against its budget. What an entry loads by dynamic `import()`
 * (the app's tabs, every language but English) is not in it: a page loads that when it shows it. The last row
 * is the largest language: every table of one language, as the chunks a page fetches for it.
 * Fails when an entry is over. `--write` refreshes SIZES.md.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in kB (1,000 bytes), gzip. The SDK with ky (< 22), the wizard (< 35) and the assigner (< 40) are the
 * issues' targets. Details and contact list have none; theirs is what they measured when they landed plus
 * a little room, so growth is a decision, not a drift.
 *
 * Issue 12 (notification preferences) raised five, measured 542bb8e → prefs: the contact schemas every form
 * shares gained the preferences (channels, events, language, opt-out, "SMS needs a phone"): wizard 39.4 → 40.0,
 * details 38.9 → 39.4; the contact list gained the notifications column, the preference fieldsets, the
 * Notifications… dialog, a row's Notifications dialog in Edit contacts and the Who is told view (strings in
 * English and Danish): 51.9 → 59.1; define 96.4 → 102.5 and the script tag 105.4 → 112.1 carry all of it.
 */
const budgets = {
  // 23: issue 13's bulk contract in the SDK (importMany, match, the bulk row and reply schemas), +1.6 kB.
  // 25: and issue 12's preferences and assignment history (equipment.history, assignments.history, `at`,
  // contacts.audience, their schemas), 24.1 measured with all of them.
  'fleet-customers': { file: 'dist/index.js', kB: 25 },
  'fleet-customers/testing': { file: 'dist/testing.js', kB: 40 },
  // Every element: 90 until the list and the app came (issue 8), each about 5 kB of its own over the shared code.
  // 125: issue 13's <customer-import> (+~18 kB with the CSV column model and its strings), the export dialog
  // (~4 kB) and issue 12's notification preferences and history views (~6 kB); 122.8 measured as what it loads
  // before any import() (languages and PapaParse are chunks, issue 14).
  'fleet-customers/define': { file: 'dist/define.js', kB: 125 },
  // Issue 15 raised these: every form now carries the one form controller, the unsaved-changes question (a
  // dialog in the wizard and Details) and the shared company and contact field sets; Details carries the
  // wizard's country combobox (~1.5 kB) instead of a native select; the shared strings grew by the messages
  // every form says (limits, "e-mail or phone required", "Discard your changes?").
  'fleet-customers/customer-wizard': { file: 'dist/customer-wizard.js', kB: 40.5 },
  'fleet-customers/customer-details': { file: 'dist/customer-details.js', kB: 39.5 },
  // Issue 15 virtualized the contact list (1,000 rows mounted 467 ms and selected all in 74 ms as plain DOM):
  // @lit-labs/virtualizer with its flow layout is ~8.4 kB gzip, the shared data grid, rows keyboard, search and
  // list styles ~2.5 kB, so 40 → 52 (50.9 now).
  // 56: issue 12's notification preferences (the column, the fields in Add and Edit, bulk Notifications…, Who is
  // told: ~7 kB) over issue 15's shared list pieces; 54.9 measured, Danish now a chunk of its own (issue 14).
  'fleet-customers/contact-list': { file: 'dist/contact-list.js', kB: 56 },
  // 43: the shared rows keyboard, answer dialog, success message and request event the issue moved it onto, and
  // its own select-all / writes / assigning controllers (42.1 kB measured after the split).
  // 45: and the shared list styles and debounced search it now uses instead of its own copies (43.6 measured).
  // 46.5: issue 12's History tab (the timeline, its styles, the shared tabs: ~2.9 kB), 45.6 measured.
  'fleet-customers/equipment-assigner': { file: 'dist/equipment-assigner.js', kB: 46.5 },
  // Initial since issue 13: its Export dialog and the CSV writer come by dynamic `import()` on the first Export.
  'fleet-customers/customer-list': { file: 'dist/customer-list.js', kB: 40, initial: true },
  // What the Customers app loads before any tab or dialog opens: the entry and its static imports. Its tabs and
  // the wizard come by dynamic `import()`, each a chunk of its own (issue 8's target).
  'fleet-customers/customer-manager (initial)': { file: 'dist/customer-manager.js', kB: 50, initial: true },
  // Issue 13: the import's element, the CSV column model and the bulk row schema; PapaParse (~7 kB gzip) is a
  // dynamic `import()` made when the element first connects, so it is not counted in the entry's initial load.
  'fleet-customers/customer-import (initial)': { file: 'dist/customer-import.js', kB: 45, initial: true },
  // Every element plus the SDK: 90 before ky (+4.9 kB), the Customers app (~5 kB) and the shared pieces of issue 15.
  // 135: and issue 13's import and export (+22 kB) and issue 12's preferences and history (+7); PapaParse and the
  // languages are chunks beside it (issue 14). 132.4 measured.
  'fleet-customers.min.js (script tag)': { file: 'dist/fleet-customers.min.js', kB: 135 },
  // Issue 13: the CSV column model, header recognition (English and Danish aliases) and the streaming export.
  'fleet-customers/csv': { file: 'dist/csv.js', kB: 5 },
};

/**
 * One language of every table, each table a chunk gzipped on its own; the largest language is reported. Every
 * entry measures as `initial` (the flag is kept for the rows' history): the languages are chunks, in the
 * script-tag bundle too (`fleet-customers.min/i18n/` beside the file), so 16 more languages grew no entry.
 */
const LANGUAGE_BUDGET_KB = 16;

const rows = [];
let over = 0;
/**
 * The code loaded before the first dynamic `import()`: bundled with code splitting, the entry's output and every
 * chunk it imports statically.
 */
async function initialSize(file) {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    splitting: true,
    outdir: 'dist/.size',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    platform: 'browser',
    metafile: true,
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  // Chunks loaded by `import()` are entry points too; the entry is the one built from `file`.
  const entry = Object.keys(outputs).find((name) => outputs[name].entryPoint === file);
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const each of outputs[name].imports)
      if (each.kind === 'import-statement' && outputs[each.path]) visit(each.path);
  };
  visit(entry);
  // Gzipped as one file, so that splitting out what loads later does not itself cost ~0.3 kB per chunk.
  const parts = result.outputFiles.filter((output) => {
    const name = Object.keys(outputs).find((key) => output.path.endsWith(key));
    return name && seen.has(name);
  });
  const code = Buffer.concat(parts.map((output) => output.contents));
  return { min: code.length / 1000, gzip: gzipSync(code, { level: 9 }).length / 1000 };
}

for (const [entry, { file, kB }] of Object.entries(budgets)) {
  if (!existsSync(file)) continue;
  const { min, gzip } = await initialSize(file);
  const ok = gzip <= kB;
  if (!ok) over += 1;
  rows.push({ entry, min: min.toFixed(1), gzip: gzip.toFixed(1), budget: kB, ok });
}

/** Every table's `<lang>.ts`, bundled and minified one by one as the chunks rollup emits. */
async function languageSize(language) {
  const tables = readdirSync('components', { withFileTypes: true })
    .map((dir) => `components/${dir.name}/i18n/${language}.ts`)
    .filter((path) => existsSync(path));
  let min = 0;
  let gzip = 0;
  for (const path of tables) {
    const result = await build({
      entryPoints: [path],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      legalComments: 'none',
      logLevel: 'error',
    });
    min += result.outputFiles[0].contents.length;
    gzip += gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  }
  return { language, min: min / 1000, gzip: gzip / 1000 };
}

const shipped = [...readFileSync('components/shared/languages.ts', 'utf8').matchAll(/^ {2}'([a-z]+)',$/gm)]
  .map((match) => match[1])
  .filter((language) => language !== 'en');
const measured = await Promise.all(shipped.map(languageSize));
const largest = measured.reduce((most, each) => (each.gzip > most.gzip ? each : most), { gzip: -1 });
if (largest.gzip >= 0) {
  const ok = largest.gzip <= LANGUAGE_BUDGET_KB;
  if (!ok) over += 1;
  rows.push({
    entry: `one language, every table (largest: ${largest.language}, of ${measured.filter((each) => each.gzip > 0).length})`,
    min: largest.min.toFixed(1),
    gzip: largest.gzip.toFixed(1),
    budget: LANGUAGE_BUDGET_KB,
    ok,
  });
}

console.log('| entry | minified kB | gzip kB | budget kB |  |');
console.log('|---|---:|---:|---:|---|');
for (const row of rows) {
  console.log(`| \`${row.entry}\` | ${row.min} | ${row.gzip} | ${row.budget} | ${row.ok ? 'ok' : 'OVER'} |`);
}

if (process.argv.includes('--write')) {
  const table = rows.map((row) => `| \`${row.entry}\` | ${row.min} | ${row.gzip} | ${row.budget} |`).join('\n');
  const text = readFileSync('SIZES.md', 'utf8').replace(
    /<!-- sizes -->[\s\S]*<!-- \/sizes -->/,
    `<!-- sizes -->\n| entry | minified kB | gzip kB | budget kB |\n|---|---:|---:|---:|\n${table}\n<!-- /sizes -->`,
  );
  writeFileSync('SIZES.md', text);
}

if (over) {
  console.error(`\n${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}
