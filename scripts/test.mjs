/**
 * `npm test`: the browser suite (web-test-runner, Chromium), the Node suite (the SDK over real HTTP) and the
 * Storybook smoke (every story of the built Storybook that `npm start` serves), the examples (each host app in
 * examples/ installed from the packed tarball, built and opened), then one closing line with the totals of all,
 * `N passed, N failed, N skipped`, which CI reads.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'fleet-tests-'));
const browserFile = join(dir, 'browser.json');
const nodeFile = join(dir, 'node.json');
const storybookFile = join(dir, 'storybook.json');
const examplesFile = join(dir, 'examples.json');

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function totals(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const browserCode = await run('npx', ['wtr'], { WTR_SUMMARY_FILE: browserFile });
const nodeCode = await run(process.execPath, ['scripts/run-node-tests.mjs'], { NODE_SUMMARY_FILE: nodeFile });
const storybookCode =
  (await run('npm', ['run', 'build-storybook'], { STORYBOOK_DISABLE_TELEMETRY: '1' })) ||
  (await run(process.execPath, ['scripts/storybook-smoke.mjs'], { SMOKE_SUMMARY_FILE: storybookFile }));
const examplesCode = await run(process.execPath, ['scripts/run-node-tests.mjs', 'test/examples'], {
  NODE_SUMMARY_FILE: examplesFile,
});

const all = { passed: 0, failed: 0, skipped: 0 };
for (const [file, code] of [
  [browserFile, browserCode],
  [nodeFile, nodeCode],
  [storybookFile, storybookCode],
  [examplesFile, examplesCode],
]) {
  const part = totals(file);
  // A suite that crashed before reporting still counts as a failure.
  if (!part) all.failed += 1;
  else for (const key of Object.keys(all)) all[key] += part[key];
  if (part && code !== 0 && part.failed === 0) all.failed += 1;
}
process.stdout.write(`\n${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped\n`);
process.exit(all.failed > 0 ? 1 : 0);
