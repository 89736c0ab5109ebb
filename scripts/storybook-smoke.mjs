/**
 * Storybook as `npm start` serves it, built (`storybook build`): every story and docs page is opened in headless
 * Chromium from a server on 127.0.0.1 (stopped at the end) and must render with no page error, no failed
 * module and no console error. The wtr story tests render the same stories from source with axe; this catches
 * what only Storybook's Vite bundle can break (two Lit copies, a missing manifest, a bad import).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const totals = { passed: 0, failed: 0, skipped: 0 };
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
try {
  const check = async (entry) => {
    // Its own window: a background tab gets no animation frames, and stories would never finish rendering.
    const page = await browser.defaultBrowserContext().newPage({ type: 'window' });
    const problems = [];
    // The ResizeObserver loop notice is benign (delivered next frame); see web-test-runner.config.mjs.
    page.on('pageerror', (error) => {
      if (!/^ResizeObserver loop/.test(error.message)) problems.push(`page error: ${error.message}`);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      // The browser asks for a favicon on its own; Storybook ships none.
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        problems.push(`${response.status()}: ${response.url()}`);
    });
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, {
      waitUntil: 'load',
      timeout: 180_000,
    });
    // Storybook marks the body when the story (or docs page) has rendered, or when it failed to. The limit only
    // catches a story that never renders: the 100,000-customer story seeds its backend in the page, ~4 s alone
    // and several times that on a 2-core machine shared with another test run.
    const state = await page
      .waitForFunction(
        (root) =>
          ['sb-show-main', 'sb-main-padded', 'sb-show-errordisplay', 'sb-show-nopreview'].some((name) =>
            document.body.classList.contains(name),
          ) && document.querySelector(root)?.childElementCount,
        { timeout: 180_000 },
        viewMode === 'docs' ? '#storybook-docs' : '#storybook-root',
      )
      .then(() => page.evaluate(() => document.body.className))
      .catch(() => 'timeout');
    if (/errordisplay|nopreview|timeout/.test(state)) problems.push(`did not render (${state})`);
    // The console repeats each failed response; the response line above already names its URL.
    const relevant = problems.filter((problem) => !problem.startsWith('console: Failed to load resource'));
    if (relevant.length) {
      totals.failed += 1;
      console.log(`✗ ${entry.id}\n    ${relevant.join('\n    ')}`);
    } else {
      totals.passed += 1;
      console.log(`✓ ${entry.id}`);
    }
    await page.close();
  };
  // A few pages at a time: each story waits on its in-process backend more than on the CPU.
  const queue = [...entries];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) await check(entry);
    }),
  );
} finally {
  await browser.close();
  server.close();
}
if (process.env.SMOKE_SUMMARY_FILE) writeFileSync(process.env.SMOKE_SUMMARY_FILE, JSON.stringify(totals));
console.log(`\nstorybook: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
