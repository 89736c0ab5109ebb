/**
 * Each example in examples/ as a new user would have it: install the packed tarball, typecheck (which passes
 * only while the deliberately wrong prop marked `@ts-expect-error` is an error: an unused directive fails the
 * check), build, then open the built page in headless Chromium against the reference API and check that it
 * renders a customer's data and that `customer-created` reaches the host's own state.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { install, launch, pack, pageText, root, serve, startApi, tool } from './harness.mjs';

const hosts = [
  { name: 'html', typecheck: ['tsc', ['-p', '.']], build: [], served: '.', company: 'Plain Host ApS' },
  {
    name: 'react',
    typecheck: ['tsc', ['-p', '.']],
    build: [['vite', ['build']]],
    served: 'dist',
    company: 'React Host ApS',
  },
  {
    name: 'vue',
    typecheck: ['vue-tsc', ['-p', '.']],
    build: [['vite', ['build']]],
    served: 'dist',
    company: 'Vue Host ApS',
  },
  {
    name: 'angular',
    typecheck: ['ngc', ['-p', 'tsconfig.json']],
    build: [['node', ['build.mjs']]],
    served: 'dist',
    company: 'Angular Host ApS',
  },
];

let tarball;
let browser;
before(async () => {
  tarball = await pack();
  browser = await launch();
});
after(() => browser?.close());

for (const host of hosts) {
  describe(`examples/${host.name}`, () => {
    const dir = join(root, 'examples', host.name);
    let api;
    let site;
    after(() => {
      api?.stop();
      site?.close();
    });

    test('installs the packed tarball, whose fleet-customers-api bin serves the reference API', async () => {
      await install(dir, tarball);
      api = await startApi(dir);
    });

    test('typechecks, and the wrong prop marked @ts-expect-error is an error', async () => {
      const [name, args] = host.typecheck;
      await tool(dir, name, args);
    });

    test('builds', async () => {
      for (const [name, args] of host.build) await tool(dir, name, args);
      site = await serve(join(dir, host.served));
    });

    test('renders a customer from the API, and customer-created reaches the host state', async () => {
      assert.ok(api && site, 'not installed or not built');
      const { items } = await api.get('/customers?limit=1');
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(`${site.url}?api=${encodeURIComponent(api.url)}`);
        await page.waitForFunction(`(${pageText})().includes(${JSON.stringify(items[0].name)})`, {
          timeout: 20_000,
        });
        await page.evaluate(() => document.querySelector('customer-wizard').save());
        const handle = await page.waitForFunction(() => document.querySelector('#created')?.textContent.trim(), {
          timeout: 20_000,
        });
        const id = await handle.jsonValue();
        const customer = await api.get(`/customers/${encodeURIComponent(id)}`);
        assert.equal(customer.name, host.company);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  });
}
