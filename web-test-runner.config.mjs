import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/**
 * "ResizeObserver loop completed with undelivered notifications" is a notice, not a failure: the browser
 * delivers the rest on the next frame (Resize Observer spec, step 3 of "deliver"). The virtualizer measures rows
 * inside its observer callback, so a jump to the end of 100,000 units can raise it now and then. Mocha would
 * count it as an uncaught error and fail whichever test runs; this listener, registered before Mocha's, stops
 * exactly that message and nothing else.
 */
const ignoreResizeObserverNotice = `<script>
  window.addEventListener('error', (event) => {
    if (/^ResizeObserver loop/.test(event.message)) event.stopImmediatePropagation();
  }, true);
</script>`;

export default {
  files: ['test/**/*.test.ts', 'components/**/*.test.ts', 'stories/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  rootDir: '.',
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head>${ignoreResizeObserverNotice}</head><body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [
    // PapaParse (the import's CSV parser) ships CommonJS/UMD only; the browser needs it as a module.
    fromRollup(rollupCommonjs)({
      include: ['**/node_modules/papaparse/**'],
      ignore: ['stream'],
      strictRequires: false,
    }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      // Each test file in its own window: a background tab is hidden, gets no animation frames, and Chromium
      // never fires <dialog>'s close event there, so dialog tests hang when two files run at once.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        // Debian's Chromium, never a downloaded one: only the npm and Debian registries are reachable.
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
