/**
 * `node bench/server-load.mjs [seconds]` (also the last part of `npm run bench`): the reference API beside a
 * bare `node:http` server, in one run, each in its own process on 127.0.0.1, driven by autocannon from this
 * one. Per server: the list endpoint's rate with 100 connections (alternating slices, median), then 1,000
 * connections at once for 20 s (a connection is starved when it never gets an answer). Numbers only:
 * nothing here asserts a time, and every child process is stopped at the end.
 *
 * Targets (issue 10): 0 starved and p99 ≤ 500 ms at 1,000 connections; list rate ≥ 30% of the bare one.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';

const seconds = Number(process.argv[2] ?? process.env.SERVER_LOAD_SECONDS ?? 20);
const rateSeconds = Math.max(3, Math.round(seconds / 2));
const AUTH = { Authorization: 'Bearer dev:admin' };
const RATE_ROUNDS = 5;

/**
 * The bare server answers a fixed JSON body, as fast as node:http can: by default the small empty page;
 * with `BODY` set, those exact bytes (the reference API's own first page), so the two compare per request
 * rather than per byte: our list page is 8 kB, and writing and reading 8 kB costs both ends more than 47 bytes.
 */
const BARE = `
  const body = process.env.BODY ?? JSON.stringify({ items: [], nextCursor: null, total: 0 });
  const server = require('node:http').createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
  server.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () =>
    process.stdout.write('listening on http://127.0.0.1:' + server.address().port + '\\n'));
`;

function start(name, args, env = {}) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 30 s`)), 30_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ name, url: match[1], stop: () => child.kill('SIGTERM'), child });
      }
    });
    child.once('exit', (code) => reject(new Error(`${name} exited early (${code})`)));
  });
}

/** One autocannon run; `starved` counts connections that never got an answer. */
function load(url, connections, duration) {
  return new Promise((resolve, reject) => {
    const answered = new Set();
    const instance = autocannon(
      { url, connections, duration, headers: AUTH, timeout: 10, pipelining: 1 },
      (error, result) => (error ? reject(error) : resolve({ result, starved: connections - answered.size })),
    );
    instance.on('response', (client) => answered.add(client));
  });
}

const row = (server, label, connections, { result, starved }) => ({
  server,
  run: label,
  connections,
  'req/s': Math.round(result.requests.average),
  'p50 ms': result.latency.p50,
  'p99 ms': result.latency.p99,
  'max ms': result.latency.max,
  starved,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
});

const servers = [];
try {
  servers.push(await start('bare node:http', ['-e', BARE]));
  const api = await start('reference API', ['--import', 'tsx', 'src/server/main.ts'], {
    PORT: '0',
    LOG: '',
    LATENCY: '0',
  });
  servers.push(api);
  const listOf = (server) => (server === api ? `${server.url}/customer/v1/customers` : `${server.url}/`);
  const page = await (await fetch(listOf(api), { headers: AUTH })).text();
  servers.push(await start('bare, same body', ['-e', BARE], { BODY: page }));
  const rows = [];
  for (const server of servers) await load(listOf(server), 50, 3); // warm up: JIT, the first pages built
  // The rate runs alternate (bare, ours, bare, ours, …) in slices and each server keeps its median slice,
  // so a burst of load from elsewhere on the machine does not land on one server only.
  const slices = new Map(servers.map((server) => [server, []]));
  for (let round = 0; round < RATE_ROUNDS; round++) {
    for (const server of servers) {
      slices.get(server).push(await load(listOf(server), 100, Math.max(2, Math.round(rateSeconds / RATE_ROUNDS))));
    }
  }
  for (const server of servers) {
    const sorted = slices.get(server).sort((a, b) => a.result.requests.average - b.result.requests.average);
    rows.push(row(server.name, `list, 100 conns (median of ${RATE_ROUNDS})`, 100, sorted[sorted.length >> 1]));
  }
  for (const server of servers)
    rows.push(row(server.name, 'list, 1000 conns', 1000, await load(listOf(server), 1000, seconds)));
  console.log(`\nserver-load (${rateSeconds} s at 100 connections, ${seconds} s at 1,000)`);
  console.table(rows);
  const [bare, ours, same] = rows;
  const held = rows[servers.length + 1];
  const share = (of) => Math.round((100 * ours['req/s']) / of['req/s']);
  console.log(
    `list rate: ${ours['req/s']} req/s = ${share(bare)}% of bare ${bare['req/s']} (target ≥ 30%), ` +
      `${share(same)}% of bare with the same ${page.length}-byte body ${same['req/s']}; ` +
      `1,000 connections: ${held.starved} starved, p99 ${held['p99 ms']} ms (targets 0 and ≤ 500 ms)`,
  );
} finally {
  for (const server of servers) server.stop();
}
