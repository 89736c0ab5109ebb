// Bundles ngc's output for the browser. Angular's own packages ship partially compiled; the linker (a Babel
// plugin in @angular/compiler-cli) finishes them at build time, as the Angular CLI (`ng build`) does, so no
// compiler ships to the browser. This keeps the example's toolchain to the compiler itself.
import { build } from 'esbuild';
import { transformAsync } from '@babel/core';
import linker from '@angular/compiler-cli/linker/babel';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const angularLinker = {
  name: 'angular-linker',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]@angular[\\/].*\.m?js$/ }, async ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (!source.includes('ɵɵngDeclare')) return { contents: source, loader: 'js' };
      const { code } = await transformAsync(source, { filename: path, plugins: [linker], compact: false });
      return { contents: code, loader: 'js' };
    });
  },
};

mkdirSync('dist', { recursive: true });
await build({
  entryPoints: ['out-tsc/main.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: 'dist/main.js',
  plugins: [angularLinker],
  // What the CLI sets for a production build: no dev-mode checks, no JIT.
  define: { ngDevMode: 'false', ngJitMode: 'false' },
  logLevel: 'warning',
});
copyFileSync('index.html', 'dist/index.html');
