import { writeFileSync } from 'node:fs';

/**
 * @web/test-runner prints no plain totals; CI and people read the last line, `N passed, N failed, N skipped`.
 */
function count(results, totals) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const suite of results.suites ?? []) count(suite, totals);
}

export function summaryReporter({ outFile = process.env.WTR_SUMMARY_FILE } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      let brokenFiles = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no results: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) brokenFiles += 1;
      }
      totals.failed += brokenFiles;
      process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      // `npm test` adds the Node tests and prints the combined line last (scripts/test.mjs).
      if (outFile) writeFileSync(outFile, JSON.stringify(totals));
    },
  };
}
