/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from './openapi-document.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const text = `${JSON.stringify(buildOpenApiDocument(version), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = readFileSync('openapi.json', 'utf8');
  if (committed !== text) {
    console.error('openapi.json is out of date: run `npm run openapi` and commit the result.');
    process.exit(1);
  }
  console.log('openapi.json is up to date.');
} else {
  writeFileSync('openapi.json', text);
  console.log('Wrote openapi.json');
}
