import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

test('the committed openapi.json is what the schemas generate', () => {
  // Throws (exit 1) when the committed document differs from a fresh generation.
  execFileSync('npx', ['tsx', 'scripts/generate-openapi.ts', '--check'], { stdio: 'pipe' });
});

test('openapi.json describes every path of the contract', () => {
  const document = JSON.parse(readFileSync('openapi.json', 'utf8'));
  assert.equal(document.openapi, '3.1.0');
  for (const path of [
    '/me',
    '/customers',
    '/customers/{id}',
    '/customers/{id}/contacts',
    '/customers/{id}/contacts/{contactId}',
    '/customers/{id}/equipment',
    '/equipment',
    '/customers/{id}/notification-audience',
    '/customers/bulk',
    '/customers/match',
  ]) {
    assert.ok(document.paths[path], `missing ${path}`);
  }
  assert.deepEqual(document.components.schemas.CustomerInput.properties.type.default, 'OTHER');
});

test('openapi.json passes Redocly lint with every warning an error, offline', () => {
  // Throws on any problem; the script turns telemetry and the update check off.
  execFileSync(process.execPath, ['scripts/openapi-lint.mjs'], { stdio: 'pipe' });
});
