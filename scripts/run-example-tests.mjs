/**
 * Examples suite (part of `npm test`, after the build): `node --test` over test/examples, which packs the
 * tarball and installs, typechecks, builds and opens each example in examples/. Writes its totals to
 * EXAMPLES_SUMMARY_FILE for the closing line of `npm test`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';

const tests = spawn(process.execPath, ['--test', '--test-reporter=spec', 'test/examples/'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
tests.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
const [code] = await once(tests, 'exit');

const count = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(output)?.[1] ?? 0);
const totals = { passed: count('pass'), failed: count('fail'), skipped: count('skipped') + count('todo') };
if (process.env.EXAMPLES_SUMMARY_FILE) writeFileSync(process.env.EXAMPLES_SUMMARY_FILE, JSON.stringify(totals));
process.stdout.write(`\nexamples: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(code ?? 1);
