/**
 * Node suite: starts the reference API as a real HTTP server on 127.0.0.1 (any free port), runs
 * `node --test` on test/node against it with FLEET_API_URL set, and stops the server, whatever happens.
 * Another folder may be given (`node scripts/run-node-tests.mjs test/examples`).
 */
import { spawn } from 'node:child_process';
import { writeFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';

const server = spawn(process.execPath, ['dist/server.js'], {
  env: { ...process.env, PORT: '0' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stopServer = () => {
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', stopServer);

const url = await new Promise((resolve, reject) => {
  let buffered = '';
  const timer = setTimeout(() => reject(new Error('The reference API did not start within 15 s.')), 15_000);
  server.stdout.on('data', (chunk) => {
    buffered += chunk;
    const match = /listening on (http:\/\/\S+)/.exec(buffered);
    if (match) {
      clearTimeout(timer);
      resolve(match[1]);
    }
  });
  server.on('exit', (code) => reject(new Error(`The reference API exited early (${code}).`)));
});

const folder = process.argv[2] ?? 'test/node';
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `${folder}/${name}`);
const tests = spawn(process.execPath, ['--test', '--test-reporter=spec', ...files], {
  env: { ...process.env, FLEET_API_URL: url },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
tests.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
const [code] = await once(tests, 'exit');
stopServer();

// The spec reporter ends with `ℹ pass N`, `ℹ fail N`, `ℹ skipped N`.
const read = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(output)?.[1] ?? 0);
const totals = { passed: read('pass'), failed: read('fail'), skipped: read('skipped') + read('todo') };
if (process.env.NODE_SUMMARY_FILE) writeFileSync(process.env.NODE_SUMMARY_FILE, JSON.stringify(totals));
process.stdout.write(
  `\n${folder.replace(/^test\//, '')}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
);
process.exit(code ?? 1);
