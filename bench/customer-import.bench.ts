import { createCustomerClient } from '../src/index.js';
import { createReferenceBackend } from '../src/testing/index.js';
import { recognizeHeaders } from '../src/csv/index.js';
import { parseCsv, loadPapa } from '../components/customer-import/parse-csv.js';
import { checkPlan, classify, lookupKeys, rowsToSend } from '../components/customer-import/plan.js';

/**
 * Issue 13's import figures: 10,000 rows (semicolon, Danish headers, two numbered contacts each) into the
 * in-process backend. "parse + validate" is what the preview waits for: PapaParse in chunks, header
 * recognition, the API's row schema on every row (target ≤ 1 s). "import" is `importMany` with progress, 10
 * batches of 1,000 (target ≤ 10 s). `longestTaskMs` is the longest gap a 0 ms timer saw while parsing and
 * validating: how long the page was unresponsive at a time. Medians of a few runs, fresh backend each.
 */
const ROWS = 10_000;
const RUNS = 3;

function file(): string {
  const lines = [
    'Navn;Ekstern reference;Adresse;Postnummer;By;Land;Telefon;Kontakt 1 navn;Kontakt 1 e-mail;Kontakt 2 navn;Kontakt 2 telefon',
  ];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `Bench Kunde ${i} ApS;B-${i};Industrivej ${i % 300};${8000 + (i % 900)};Aarhus;DK;+45${20000000 + i};Ida ${i};ida${i}@example.dk;Ole ${i};+45${30000000 + i}`,
    );
  }
  return lines.join('\r\n');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

export async function run() {
  const text = file();
  await loadPapa();
  const results: {
    parseValidateMs: number;
    matchMs: number;
    importMs: number;
    longestTaskMs: number;
    batches: number;
  }[] = [];
  for (let r = 0; r < RUNS; r++) {
    const backend = createReferenceBackend({ seed: r + 1, customers: 1000, equipment: 10 });
    const client = createCustomerClient({ baseUrl: 'https://fleet.bench', auth: 'dev:admin', fetch: backend.fetch });
    let last = performance.now();
    let longest = 0;
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (ticking) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const start = performance.now();
    const parsed = await parseCsv(text);
    if (!parsed.ok) throw new Error(`parse failed: ${parsed.problem.kind}`);
    const targets = recognizeHeaders(parsed.headers).targets;
    const plan = await checkPlan(parsed, targets);
    const validated = performance.now();
    ticking = false;
    if (plan.some((entry) => entry.status === 'error')) throw new Error('a bench row failed validation');
    const found = await client.customers.match(lookupKeys(plan));
    classify(
      plan,
      found.map((item) => item.customer),
    );
    const matched = performance.now();
    let batches = 0;
    const result = await client.customers.importMany(
      rowsToSend(plan).map((entry) => entry.body),
      { onProgress: () => batches++ },
    );
    const imported = performance.now();
    if (result.created !== ROWS)
      throw new Error(`expected ${ROWS} created, got ${result.created} (${result.failed} failed)`);
    results.push({
      parseValidateMs: validated - start,
      matchMs: matched - validated,
      importMs: imported - matched,
      longestTaskMs: longest,
      batches,
    });
  }
  return [
    {
      rows: ROWS,
      parseValidateMs: Math.round(median(results.map((x) => x.parseValidateMs))),
      longestTaskMs: Math.round(median(results.map((x) => x.longestTaskMs))),
      matchMs: Math.round(median(results.map((x) => x.matchMs))),
      importMs: Math.round(median(results.map((x) => x.importMs))),
      batches: results[0]!.batches,
    },
  ];
}
