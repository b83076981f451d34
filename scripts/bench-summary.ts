import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openAppContext } from '../core/app-context';
import { importExtract } from '../core/services/import-service';
import { exportPracticeSummary, summaryHistory } from '../core/services/summary-service';
import { demoExtractFile } from '../shared/demo/demo-extract';

/**
 * `npm run bench:summary`: the network summary and the dashboard's history on a practice of
 * 100,000 patients (a municipality merge) with two extracts. Prints figures; asserts nothing.
 */
const patients = Number(process.env.BENCH_PATIENTS ?? 100_000);
const dir = join(process.cwd(), '.bench', 'summary');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const ctx = openAppContext(join(dir, 'bench.sqlite'), { actor: 'bench' });
for (const extractDate of ['2025-11-20', '2026-11-20']) {
  const demo = demoExtractFile({ seed: extractDate === '2025-11-20' ? 1 : 2, patients, extractDate });
  importExtract(ctx, { bytes: demo.bytes, fileName: demo.fileName });
}

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label.padEnd(44)} ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

console.log(`${patients.toLocaleString('da-DK')} patienter, 2 udtræk`);
const json = timed('Opgørelse som JSON (summary:export)', () => exportPracticeSummary(ctx, { label: 'Bench', format: 'json' }));
timed('Opgørelse som XLSX (summary:export)', () => exportPracticeSummary(ctx, { label: 'Bench', format: 'xlsx' }));
timed('Udvikling, alle udtræk (summary:history)', () => summaryHistory(ctx));
console.log(`JSON-filens størrelse ${(json.bytes.length / 1024).toFixed(1)} KB; hukommelse (RSS) ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
ctx.db.close();
rmSync(dir, { recursive: true, force: true });
