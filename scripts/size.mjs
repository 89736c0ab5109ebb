/**
 * `npm run size`: the gzip size of each public entry with everything it imports bundled and minified, as a
 * host's bundler would ship it, against its budget. Fails when an entry is over. `--write` refreshes SIZES.md.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in kB (1,000 bytes), gzip. The SDK (< 18), the wizard (< 35) and the assigner (< 40) are the
 * issues' targets. Details and contact list have none; theirs is what they measured when they landed plus
 * a little room, so growth is a decision, not a drift.
 */
const budgets = {
  'fleet-customers': { file: 'dist/index.js', kB: 18 },
  'fleet-customers/testing': { file: 'dist/testing.js', kB: 40 },
  'fleet-customers/define': { file: 'dist/define.js', kB: 90 },
  'fleet-customers/customer-wizard': { file: 'dist/customer-wizard.js', kB: 35 },
  'fleet-customers/customer-details': { file: 'dist/customer-details.js', kB: 36 },
  'fleet-customers/contact-list': { file: 'dist/contact-list.js', kB: 39 },
  'fleet-customers/equipment-assigner': { file: 'dist/equipment-assigner.js', kB: 40 },
  'fleet-customers/customer-list': { file: 'dist/customer-list.js', kB: 40 },
  'fleet-customers/customer-manager': { file: 'dist/customer-manager.js', kB: 90 },
  'fleet-customers.min.js (script tag)': { file: 'dist/fleet-customers.min.js', kB: 90 },
};

const rows = [];
let over = 0;
for (const [entry, { file, kB }] of Object.entries(budgets)) {
  if (!existsSync(file)) continue;
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    platform: 'browser',
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length / 1000;
  const ok = gzip <= kB;
  if (!ok) over += 1;
  rows.push({ entry, min: (code.length / 1000).toFixed(1), gzip: gzip.toFixed(1), budget: kB, ok });
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
