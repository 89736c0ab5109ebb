// Bundles ngc's output for the browser. (The Angular CLI, `ng build`, does the same with more; this keeps the
// example's toolchain to the compiler itself.)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
await build({
  entryPoints: ['out-tsc/main.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: 'dist/main.js',
  logLevel: 'warning',
});
copyFileSync('index.html', 'dist/index.html');
