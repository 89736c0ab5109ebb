/**
 * What the examples test needs around each host app: the packed tarball, npm and the toolchains from the
 * repository's node_modules, a static server for a built page, the reference API started from the installed
 * package's `fleet-customers-api` bin, and Debian's Chromium. Servers listen on 127.0.0.1, port 0.
 */
import { execFile, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const run = promisify(execFile);
export const root = resolve(import.meta.dirname, '../..');
export const bin = (name) => join(root, 'node_modules/.bin', name);

/** `npm pack` of the built repository (the build already ran: `npm test` builds first). */
export async function pack() {
  const dir = mkdtempSync(join(tmpdir(), 'fleet-examples-'));
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
    cwd: root,
  });
  return join(dir, JSON.parse(stdout)[0].filename);
}

/**
 * Installs only the tarball (and its runtime dependencies) into an example, as `npm install <tarball>`.
 * `--omit=dev`: the example's toolchain is the repository's, installed once by `npm ci`;
 * `--legacy-peer-deps`: React is an optional peer; left to npm, the example's own (dev) React would be pulled in
 * beside the repository's, and two Reacts break hooks.
 */
export async function install(example, tarball) {
  const flags = ['--omit=dev', '--legacy-peer-deps', '--no-save', '--no-package-lock', '--prefer-offline'];
  await run('npm', ['install', ...flags, '--no-audit', '--no-fund', tarball], { cwd: example });
}

/** Runs a repository tool in an example; rejects with its output when it fails. */
export async function tool(example, name, args) {
  try {
    return await run(name === 'node' ? process.execPath : bin(name), args, {
      cwd: example,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(`${name} ${args.join(' ')} failed:\n${error.stdout}\n${error.stderr}`, { cause: error });
  }
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves `dir` on 127.0.0.1 (any free port); `url` is its root. */
export async function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    let file = join(dir, path);
    if (!file.startsWith(dir)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** Starts `fleet-customers-api` from an example's node_modules/.bin; resolves once it listens. */
export async function startApi(example) {
  const child = spawn(join(example, 'node_modules/.bin/fleet-customers-api'), [], {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((ready, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) ready(match[1]);
    });
    child.on('exit', (code) => fail(new Error(`fleet-customers-api exited (${code})`)));
  });
  const get = async (path) => {
    const response = await fetch(`${url}/customer/v1${path}`, { headers: { authorization: 'Bearer dev:admin' } });
    return response.json();
  };
  return { url, get, stop: () => child.kill('SIGTERM') };
}

export async function launch() {
  return puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Text of the page including every open shadow root, as a user reads it. */
export const pageText = () => {
  const walk = (node) =>
    [...node.childNodes].map((child) => (child.nodeType === 3 ? child.textContent : walk(child))).join(' ') +
    (node.shadowRoot ? ` ${walk(node.shadowRoot)}` : '');
  return walk(document.body);
};
