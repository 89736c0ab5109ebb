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
