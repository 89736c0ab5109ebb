/**
 * `npm run bench`: bundles each `bench/*.bench.ts` module with esbuild, loads it in headless Chromium from a
 * server on 127.0.0.1 (stopped at the end), calls its `run()` and prints the figures it returns as a table.
 * Numbers only: nothing here asserts a time. A bench may call `window.benchWheel({ x, y, deltaY })` for a real
 * mouse-wheel event at viewport point (x, y), dispatched by Chromium's input pipeline (CDP), not a synthetic one.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
// `--profile`: unminified bundles, and each `console.profile()` … `console.profileEnd()` of a bench saved as a CPU
// profile (/tmp/<bench>-<title>.cpuprofile, opens in DevTools) with its hottest functions printed:
// how a long task is traced to the function that makes it.
const profile = process.argv.includes('--profile');
// `--trace`: a Chromium trace of each bench, and every task over 50 ms broken down into what the renderer did in
// it (style, layout, script, GC…): the CPU profile shows only script.
const trace = process.argv.includes('--trace');
const TRACE_CATEGORIES = [
  ...(process.argv.includes('--blink')
    ? ['blink', 'blink_style', 'disabled-by-default-blink_style', 'disabled-by-default-blink.debug.layout']
    : []),
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  ...(process.argv.includes('--selectors') ? ['disabled-by-default-blink.debug'] : []),
  ...(process.argv.includes('--invalidations') ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
];
const benches = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();

const bundles = new Map();
// Each bench, and each worker a bench starts (`new Worker('/<name>.worker.js')`).
for (const name of [...benches, ...readdirSync('bench').filter((file) => file.endsWith('.worker.ts'))]) {
  const result = await build({
    entryPoints: [`bench/${name}`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: !profile,
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
    // A bench marks the part worth profiling with `console.profile(title)` / `console.profileEnd(title)`.
    const profiles = [];
    if (profile) {
      const cdp = await page.createCDPSession();
      cdp.on('Profiler.consoleProfileFinished', ({ title, profile: cpu }) => profiles.push({ title, cpu }));
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    }
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
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
    if (trace) {
      const buf = Buffer.from(await page.tracing.stop());
      writeFileSync('/tmp/trace.json', buf);
      printLongTasks(JSON.parse(buf.toString('utf8')));
    }
    // The last profile's event may trail the bench's answer.
    if (profile) await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const { title, cpu } of profiles) {
      const file = `/tmp/${name.replace(/\.bench\.ts$/, '')}-${title || 'profile'}.cpuprofile`;
      writeFileSync(file, JSON.stringify(cpu));
      console.log(`\nCPU profile "${title}" (${file}):`);
      console.table(hottest(cpu, 25));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

/**
 * Time per function from a CDP CPU profile: `selfMs` in the function itself, `totalMs` with what it called
 * (each sample counted once per function on its stack), hottest first by total.
 */
function hottest(cpu, count) {
  const interval = (cpu.endTime - cpu.startTime) / 1000 / cpu.samples.length;
  const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of cpu.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = ({ callFrame: { functionName, url, lineNumber } }) =>
    `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  const self = new Map();
  const total = new Map();
  for (const id of cpu.samples) {
    const key = keyOf(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + interval);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) seen.add(keyOf(byId.get(at)));
    for (const each of seen) total.set(each, (total.get(each) ?? 0) + interval);
  }
  return [...total]
    .filter(([key]) => !/^\((root|program|idle)\)/.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([fn, ms]) => ({ function: fn, totalMs: Math.round(ms), selfMs: Math.round(self.get(fn) ?? 0) }));
}

/** Each main-thread task over 50 ms with the time of each kind of work in it (nested work counted in its own). */
function printLongTasks({ traceEvents }) {
  const main = traceEvents.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const events = traceEvents
    .filter((event) => event.ph === 'X' && event.pid === main?.pid && event.tid === main?.tid && event.dur)
    .sort((a, b) => a.ts - b.ts);
  const kinds = [
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'FunctionCall',
    'MinorGC',
    'MajorGC',
    'ParseHTML',
    'HitTest',
    'ScrollLayer',
  ];
  for (const task of events.filter((event) => event.name === 'RunTask' && event.dur > 50_000)) {
    const end = task.ts + task.dur;
    const inside = events.filter((event) => event.ts >= task.ts && event.ts + event.dur <= end && event !== task);
    const byKind = {};
    for (const event of inside) {
      if (!kinds.includes(event.name)) continue;
      byKind[event.name] = Math.round(((byKind[event.name] ?? 0) + event.dur / 1000) * 10) / 10;
    }
    // What each step did: script (function and place), style (elements restyled), layout (objects laid out).
    const detail = inside
      .filter((event) => ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'MinorGC', 'MajorGC'].includes(event.name))
      .filter((event) => event.dur >= 2000)
      .map((event) => {
        const data = event.args?.data ?? event.args?.beginData ?? {};
        const what =
          event.name === 'FunctionCall'
            ? `${data.functionName || '?'}@${String(data.url ?? '')
                .split('/')
                .pop()}:${data.lineNumber ?? ''}`
            : event.name === 'UpdateLayoutTree'
              ? `${data.elementCount ?? event.args?.elementCount ?? '?'} elements`
              : event.name === 'Layout'
                ? `${data.dirtyObjects ?? '?'}/${data.totalObjects ?? '?'} objects`
                : '';
        return `  ${event.name} ${(event.dur / 1000).toFixed(1)} ms ${what}`;
      });
    console.log(`long task ${(task.dur / 1000).toFixed(1)} ms:`, JSON.stringify(byKind));
    if (task.dur < 1_000_000) console.log(detail.join('\n'));
  }
}

// The HTTP server under load, beside a bare node:http server (Node only, no browser): bench/server-load.mjs.
if (!profile && (!only || 'server-load'.includes(only))) await import('./server-load.mjs');
