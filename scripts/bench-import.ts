import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as XLSX from 'xlsx';
import { openAppContext } from '../core/app-context';
import { importExtract, type ImportProgress } from '../core/services/import-service';
import { demoExtractFile, demoExtractText } from '../shared/demo/demo-extract';

/**
 * `npm run bench:import`: Tovholder's import of a 100,000-patient extract beside the floor,
 * sqlite3's own `.import` of the same CSV into a plain table, measured in the same run.
 * Each import runs as its own process (the real CLI), so peak memory is that process's own.
 */
const patients = Number(process.env.BENCH_PATIENTS ?? 100_000);
const dir = join(process.cwd(), '.bench');
const extractDate = '2026-11-20';
const csv = join(dir, `bench_${extractDate}.csv`);
const xlsx = join(dir, `bench_${extractDate}.xlsx`);
const plainCsv = join(dir, 'plain.csv');

function ensureSqlite3(): void {
  if (spawnSync('sqlite3', ['-version']).status === 0) return;
  console.log('Installerer sqlite3 fra Debian ...');
  execFileSync('apt-get', ['install', '-y', '-qq', 'sqlite3'], { stdio: 'inherit' });
}

/** Wall-clock seconds, CPU seconds (user + system: what the machine's other work cannot inflate) and peak memory. */
function timeCommand(command: string, args: string[], input?: string): { seconds: number; cpu: number; peakMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...args], { encoding: 'utf8', input });
  if (result.status !== 0) throw new Error(`${command} fejlede: ${result.stderr}`);
  const [seconds, user, system, kb] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number) as [number, number, number, number];
  return { seconds, cpu: user + system, peakMb: kb / 1024 };
}

/**
 * Where the time of one import goes, from its own progress reports: opening and reading the file,
 * then writing the batch. Measured in this process, so only the split is telling, not the sum.
 */
function phaseTimes(path: string, dbPath: string, extractDateOverride?: string): string {
  const ctx = openAppContext(dbPath, { actor: 'bench' });
  const started = performance.now();
  const firstSeen: Partial<Record<ImportProgress['phase'], number>> = {};
  importExtract(ctx, { bytes: new Uint8Array(readFileSync(path)), fileName: basename(path), ...(extractDateOverride ? { extractDateOverride } : {}) }, {
    onProgress: (progress) => {
      firstSeen[progress.phase] ??= performance.now();
    },
  });
  const ended = performance.now();
  ctx.db.close();
  const seconds = (from: number | undefined, to: number | undefined) => (((to ?? ended) - (from ?? started)) / 1000).toFixed(2);
  return `åbne og læse ${seconds(started, firstSeen.writing)} s, skrive ${seconds(firstSeen.writing, ended)} s`;
}

/** The extract as CSV and as a workbook, and the same rows as a plain CSV for sqlite3. */
function writeFiles(): void {
  writeFileSync(csv, demoExtractFile({ seed: 7, patients, extractDate }).bytes);
  const rows = demoExtractText({ seed: 7, patients, extractDate }).split('\r\n').filter((line) => line !== '').map((line) => line.split(';'));
  const sheet = XLSX.utils.aoa_to_sheet(rows.slice(2));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Forløbsplaner');
  writeFileSync(xlsx, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
  writeFileSync(plainCsv, rows.slice(2).map((r) => r.join(';')).join('\n'));
}

if (process.argv.includes('--write-files')) {
  writeFiles();
  process.exit(0);
}

ensureSqlite3();
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
// Written by a process of its own: making the workbook takes gigabytes, which this process would
// otherwise still hold while the imports run, slowing them (page faults, no huge pages) by a fifth.
execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--write-files'], { stdio: 'inherit' });

const cli = join(process.cwd(), 'dist', 'node', 'cli.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** sqlite3's `.import` and Tovholder's import of the same CSV, back to back, each into a new database. */
function csvPair(): { floor: ReturnType<typeof timeCommand>; ours: ReturnType<typeof timeCommand> } {
  for (const name of ['floor.sqlite', 'csv.sqlite', 'csv.sqlite-wal', 'csv.sqlite-shm', 'backups']) rmSync(join(dir, name), { recursive: true, force: true });
  const floor = timeCommand('sqlite3', [join(dir, 'floor.sqlite')], `.mode csv\n.separator ;\n.import ${plainCsv} extract\n`);
  const ours = timeCommand(process.execPath, [cli, 'import', csv, '--db', join(dir, 'csv.sqlite')]);
  return { floor, ours };
}
// Several pairs, each measured side by side: a busy moment on a shared machine slows one pair, not the median.
const pairs = Array.from({ length: runs }, csvPair);
const oursXlsx = timeCommand(process.execPath, [cli, 'import', xlsx, '--db', join(dir, 'xlsx.sqlite'), '--extract-date', extractDate]);

const check = new Database(join(dir, 'csv.sqlite'), { readonly: true });
const imported = (check.prepare('SELECT patients_imported AS n FROM import_batches').get() as { n: number }).n;
check.close();

const csvPhases = phaseTimes(csv, join(dir, 'csv-phases.sqlite'));
const xlsxPhases = phaseTimes(xlsx, join(dir, 'xlsx-phases.sqlite'), extractDate);

const mb = (path: string) => (statSync(path).size / 1024 / 1024).toFixed(1);
const s = (seconds: number) => `${seconds.toFixed(2)} s`;
console.log(`Indlæsning af ${patients.toLocaleString('da-DK')} patienter (${imported} indlæst), samme kørsel:`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ratios = pairs.map((pair) => pair.ours.seconds / pair.floor.seconds);
pairs.forEach((pair, at) => {
  console.log(
    `  CSV  ${mb(csv)} MB   kørsel ${at + 1}: Tovholder ${s(pair.ours.seconds)} (CPU ${s(pair.ours.cpu)}, højeste hukommelse ${pair.ours.peakMb.toFixed(0)} MB), sqlite3 .import ${s(pair.floor.seconds)} (gulvet): ${ratios[at]!.toFixed(1)}x`,
  );
});
console.log(
  `  CSV  median af ${runs}: Tovholder ${s(median(pairs.map((pair) => pair.ours.seconds)))}, sqlite3 .import ${s(median(pairs.map((pair) => pair.floor.seconds)))}, forhold ${median(ratios).toFixed(1)}x (CPU ${median(pairs.map((pair) => pair.ours.cpu / pair.floor.cpu)).toFixed(1)}x), højeste hukommelse ${Math.max(...pairs.map((pair) => pair.ours.peakMb)).toFixed(0)} MB`,
);
console.log(`  XLSX ${mb(xlsx)} MB  Tovholder ${s(oursXlsx.seconds)} (CPU ${s(oursXlsx.cpu)}), højeste hukommelse ${oursXlsx.peakMb.toFixed(0)} MB`);
console.log(`  Faser i processen: CSV ${csvPhases}; XLSX ${xlsxPhases}`);
