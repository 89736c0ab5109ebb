import { readdirSync, existsSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';

/**
 * Three builds:
 * 1. the npm entries, ESM, dependencies left as imports so a host's bundler dedupes Lit, ky and zod;
 * 2. one minified file for a plain `<script type="module">`: the SDK and every element, nothing external, and
 *    beside it a folder of language chunks it loads on demand;
 * 3. the reference API's HTTP server for Node (`dist/server.js`), the package's `fleet-customers-api` bin.
 * Source maps map to the repository's sources without embedding them (the tarball stays small).
 */
const elementEntries = Object.fromEntries(
  (existsSync('components') ? readdirSync('components', { withFileTypes: true }) : [])
    .filter((dir) => dir.isDirectory() && dir.name !== 'shared' && existsSync(`components/${dir.name}/define.ts`))
    .map((dir) => [dir.name, `components/${dir.name}/define.ts`]),
);

const entries = {
  index: 'src/index.ts',
  testing: 'src/testing/index.ts',
  csv: 'src/csv/index.ts',
  ...(existsSync('components/define.ts') ? { define: 'components/define.ts' } : {}),
  ...elementEntries,
};

// zod's own modules import each other in a cycle; that is theirs to keep and harmless.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

const isDependency = (id) => /^(lit|@lit|@lit-labs|ky|zod|papaparse)(\/|$)/.test(id);
const ts = (options = {}) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', ...options });

/**
 * Each language of each table is a chunk of its own (the loaders in `components/<element>/i18n/index.ts`), named
 * for what it holds: `chunks/i18n/contact-list.de-<hash>.js`. A page loads only the languages it shows.
 */
const languageChunk = (prefix) => (chunk) => {
  const table = chunk.facadeModuleId?.replace(/\\/g, '/').match(/components\/([^/]+)\/i18n\/([a-z]+)\.ts$/);
  return table ? `${prefix}/i18n/${table[1]}.${table[2]}-[hash].js` : `${prefix}/[name]-[hash].js`;
};

export default [
  {
    input: entries,
    onwarn,
    external: isDependency,
    plugins: [nodeResolve(), minifyCssLiterals(), ts()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: languageChunk('chunks'),
      sourcemap: true,
      sourcemapExcludeSources: true,
    },
  },
  {
    onwarn,
    input: existsSync('src/bundle.ts') ? 'src/bundle.ts' : 'src/index.ts',
    plugins: [
      nodeResolve({ browser: true }),
      // PapaParse, loaded only when an import opens, is CommonJS.
      commonjs({ include: /node_modules\/papaparse\//, ignore: ['stream'] }),
      minifyCssLiterals(),
      ts({ minify: true, legalComments: 'none' }),
    ],
    // The languages (and PapaParse) are chunks next to the file (`fleet-customers.min/…`), fetched relative to it
    // when a page first needs one; copy the folder along with the file. Inlined, all 17 languages would add ~97 kB
    // gzip to every page.
    output: {
      dir: 'dist',
      entryFileNames: 'fleet-customers.min.js',
      chunkFileNames: languageChunk('fleet-customers.min'),
      format: 'es',
      sourcemap: true,
      sourcemapExcludeSources: true,
    },
  },
  {
    input: 'src/server/main.ts',
    onwarn,
    external: (id) => id.startsWith('node:'),
    plugins: [nodeResolve(), ts({ platform: 'node' })],
    output: {
      file: 'dist/server.js',
      format: 'es',
      banner: '#!/usr/bin/env node',
      sourcemap: true,
      sourcemapExcludeSources: true,
    },
  },
];
