/**
 * `npm run bench`: bundles each `bench/*.bench.ts` module with esbuild, loads it in headless Chromium from a
 * server on 127.0.0.1 (stopped at the end), calls its `run()` and prints the figures it returns as a table.
 * Numbers only: nothing here asserts a time. A bench may call `window.benchWheel({ x, y, deltaY })` for a real
 * mouse-wheel event at viewport point (x, y), dispatched by Chromium's input pipeline (CDP), not a synthetic one.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const only = process.argv[2];
const benches = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();

const bundles = new Map();
for (const name of benches) {
  const result = await build({
    entryPoints: [`bench/${name}`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    tsconfig: 'tsconfig.json',
  });
  bundles.set(`/${name.replace(/\.ts$/, '.js')}`, result.outputFiles[0].text);
}

const server = createServer((request, response) => {
  const body = bundles.get(request.url);
  if (body) {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
  } else {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en"><body></body></html>');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
try {
  for (const name of benches) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.exposeFunction('benchWheel', async ({ x, y, deltaY }) => {
      await page.mouse.move(x, y);
      await page.mouse.wheel({ deltaY });
    });
    await page.goto(`${origin}/`);
    const rows = await page.evaluate(
      async (src) => {
        const module = await import(src);
        const out = await module.run();
        return Array.isArray(out) ? out : [out];
      },
      `${origin}/${name.replace(/\.ts$/, '.js')}`,
    );
    console.log(`\n${name}`);
    console.table(rows);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

// The HTTP server under load, beside a bare node:http server (Node only, no browser): bench/server-load.mjs.
if (!only || 'server-load'.includes(only)) await import('./server-load.mjs');
