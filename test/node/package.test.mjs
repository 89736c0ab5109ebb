import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = readdirSync('components', { withFileTypes: true })
  .filter((dir) => dir.isDirectory() && existsSync(`components/${dir.name}/define.ts`))
  .map((dir) => dir.name);

test('every element has its public entry, built, with types first', () => {
  assert.ok(elements.length >= 4, `found ${elements}`);
  for (const name of ['.', './testing', './define', ...elements.map((element) => `./${element}`)]) {
    const entry = pkg.exports[name];
    assert.ok(entry, `exports has no ${name}`);
    assert.equal(Object.keys(entry)[0], 'types', `${name}: "types" must come first`);
    assert.ok(existsSync(entry.types), `${name}: ${entry.types} was not built`);
    assert.ok(existsSync(entry.default), `${name}: ${entry.default} was not built`);
  }
});

test('every module that registers an element is declared a side effect, so bundlers keep the import', () => {
  for (const element of elements) assert.ok(pkg.sideEffects.includes(`./dist/${element}.js`), element);
  assert.ok(pkg.sideEffects.includes('./dist/fleet-customers.min.js'));
});

test('the SDK entry loads in Node without a DOM', async () => {
  const sdk = await import('fleet-customers');
  assert.equal(typeof sdk.createCustomerClient, 'function');
  assert.equal(typeof sdk.CustomerApiError, 'function');
});

test('Node versions in "engines" can require() the package: require(esm) is unflagged from 20.19 and 22.12', async () => {
  assert.equal(pkg.engines.node, '^20.19.0 || >=22.12.0');
  const { createRequire } = await import('node:module');
  const sdk = createRequire(import.meta.url)('fleet-customers');
  assert.equal(typeof sdk.createCustomerClient, 'function');
});

test('runtime dependencies are ranges, so a host on another patch release gets one copy', () => {
  for (const [name, range] of Object.entries(pkg.dependencies)) assert.match(range, /^\^/, name);
});

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declared = manifest.modules.flatMap((module) => module.declarations.map((d) => ({ ...d, path: module.path })));

test('the manifest names shipped JS and maps every tag to its module', () => {
  for (const module of manifest.modules) assert.ok(existsSync(module.path), `${module.path} is not built`);
  for (const element of elements) {
    const module = manifest.modules.find((m) => m.path === `dist/${element}.js`);
    assert.ok(module, `no module for ${element}`);
    assert.ok(
      module.exports.some((e) => e.kind === 'custom-element-definition' && e.name === element),
      `${element} has no definition export`,
    );
  }
});

test('the manifest lists only the public API, with typed events and values as defaults', () => {
  assert.ok(!declared.some((d) => d.name === 'FleetElement'));
  for (const element of declared) {
    for (const member of element.members) assert.ok(!member.privacy || member.privacy === 'public', member.name);
    for (const event of element.events) assert.ok(event.type?.text, `${element.tagName}: ${event.name} has no type`);
    for (const property of element.cssProperties) assert.ok(property.default, `${property.name} has no default`);
  }
  const list = declared.find((d) => d.tagName === 'contact-list');
  assert.equal(list.attributes.find((a) => a.name === 'page-size').default, '1000');
  assert.equal(list.events.find((e) => e.name === 'contacts-changed').type.text, 'ContactsChangedEvent');
});

test('the tarball has a LICENSE, the server as a bin, and source maps without embedded sources', () => {
  assert.ok(existsSync('LICENSE'));
  assert.equal(pkg.bin['fleet-customers-api'], './dist/server.js');
  assert.match(readFileSync('dist/server.js', 'utf8'), /^#!\/usr\/bin\/env node/);
  for (const map of ['dist/index.js.map', 'dist/fleet-customers.min.js.map', 'dist/server.js.map'])
    assert.equal(JSON.parse(readFileSync(map, 'utf8')).sourcesContent, undefined, map);
});

test('editors and frameworks get generated files for every element in the manifest', () => {
  const tags = declared.map((d) => d.tagName);
  const html = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8'));
  assert.deepEqual(
    html.tags.map((t) => t.name),
    tags,
  );
  const webTypes = JSON.parse(readFileSync(pkg['web-types'], 'utf8'));
  assert.deepEqual(
    webTypes.contributions.html.elements.map((e) => e.name),
    tags,
  );
  const react = readFileSync('dist/react/index.js', 'utf8');
  for (const tag of tags) assert.match(react, new RegExp(`tagName: '${tag}'`));
  assert.match(react, /onCustomerCreated: 'customer-created'/);
  for (const file of ['dist/react/jsx.d.ts', 'dist/vue.d.ts'])
    for (const tag of tags) assert.match(readFileSync(file, 'utf8'), new RegExp(`'${tag}'`), `${file}: ${tag}`);
});
