import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openAppContext, type AppContext } from '../core/app-context';
import { headlessBrowserPrinter } from '../core/print/headless-browser-printer';
import { importExtract } from '../core/services/import-service';
import { updateOutputSettings } from '../core/services/output-settings-service';
import { recallExportFile } from '../core/services/recall-export';
import { defaultRecallColumns } from '../shared/outputs/recall-table';
import type { ExportFormat } from '../shared/outputs/recall-export-request';
import type { WorklistName } from '../shared/worklists';
import { demoExtractFile } from '../shared/demo/demo-extract';

/**
 * `npm run bench:export`: how long a list takes to become a file, on a 100,000-patient practice
 * (CSV, XLSX and SMS of the whole "Alle" list) and on a large practice of 3,000 patients (PDF
 * list and letters of "Årskontrol overskredet", PDF of "Alle"). Figures only, no assertions.
 */
const patients = Number(process.env.BENCH_PATIENTS ?? 100_000);
const dir = join(process.cwd(), '.bench');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const extractDate = '2026-11-20';
const ctx = openAppContext(join(dir, 'export.sqlite'), { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'bench' });
const demo = demoExtractFile({ seed: 7, patients, extractDate });
importExtract(ctx, { bytes: demo.bytes, fileName: demo.fileName });
updateOutputSettings(ctx, { practiceName: 'Lægerne i Benchmark', practicePhone: '33 12 34 56' });
const printer = headlessBrowserPrinter();

async function measure(on: AppContext, list: WorklistName, format: ExportFormat): Promise<void> {
  const started = performance.now();
  const file = await recallExportFile(on, printer, { list, format, columns: [...defaultRecallColumns] });
  const seconds = (performance.now() - started) / 1000;
  const mb = file.bytes.length / 1024 / 1024;
  console.log(`${format.padEnd(8)} ${list.padEnd(16)} ${String(file.rows).padStart(7)} rækker  ${seconds.toFixed(2).padStart(6)} s  ${mb.toFixed(1).padStart(6)} MB`);
}

// The first call also computes every patient's worklist entry; the service keeps them after that.
await measure(ctx, 'all', 'csv');
await measure(ctx, 'all', 'csv');
await measure(ctx, 'all', 'xlsx');
await measure(ctx, 'all', 'sms');
ctx.db.close();

const small = openAppContext(join(dir, 'practice.sqlite'), { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'bench' });
const practice = demoExtractFile({ seed: 7, patients: Math.min(patients, 3000), extractDate });
importExtract(small, { bytes: practice.bytes, fileName: practice.fileName });
updateOutputSettings(small, { practiceName: 'Lægerne i Benchmark', practicePhone: '33 12 34 56' });
await measure(small, 'annual_overdue', 'pdf');
await measure(small, 'annual_overdue', 'letters');
await measure(small, 'all', 'pdf');
small.db.close();
rmSync(dir, { recursive: true, force: true });
