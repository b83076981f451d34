import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../core/app-context';
import { dispatch } from '../../../core/contract-handlers';
import { createImportJobs } from '../../../core/services/import-jobs';
import { importExtract } from '../../../core/services/import-service';
import { demoExtractFile } from '../../../shared/demo/demo-extract';
import { maxExtractBytes } from '../../../shared/import/extract-size';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { builtWorkerPath, waitForJob } from '../../support/import-jobs';
import { samplesDir } from '../../support/samples';
import { openTestSession } from '../../support/session';
import { useTempDir } from '../../support/temp-dir';
import { incompressibleBytes, packEntry, readZip, strayEndRecord, withEndComment, writeZip } from '../../support/zip';

const tempDir = useTempDir();
const cliPath = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');
const limits = { seconds: 5, megabytes: 600 };
const figures: string[] = [];

function fingerprintOf(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    return `${databaseFingerprint(db)} ${String(db.pragma('integrity_check', { simple: true }))}`;
  } finally {
    db.close();
  }
}

/** A database holding one honest extract, so "unchanged" means something. */
function practiceDatabase(dir: string): string {
  const dbPath = join(dir, 'praksis.sqlite');
  const ctx = openAppContext(dbPath, { now: () => new Date('2026-06-01T09:00:00Z'), actor: 'test' });
  importExtract(ctx, demoExtractFile({ seed: 3, patients: 200, extractDate: '2026-05-31' }));
  ctx.db.close();
  return dbPath;
}

/** The built CLI importing `file`, its own peak memory measured by GNU time (the last line of stderr). */
function cliImport(file: string, dbPath: string): { code: number | null; err: string; seconds: number; peakMb: number } {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cliPath, 'import', file, '--db', dbPath], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const lines = result.stderr.trim().split('\n').filter((line) => !line.startsWith('Command exited with non-zero status'));
  return { code: result.status, err: lines.slice(0, -1).join('\n'), seconds, peakMb: Number(lines.at(-1)) / 1024 };
}

/** A 1 GiB CSV of one line, sparse: a header and then nothing but NUL bytes to the end. */
function oneGigabyteSingleLineCsv(dir: string): string {
  const path = join(dir, 'kæmpe_2026-11-23.csv');
  const fd = openSync(path, 'w');
  writeSync(fd, 'CPR-nr.;Årskontrol;');
  writeSync(fd, 'x', 1024 ** 3 - 1);
  closeSync(fd);
  return path;
}

function strayEndRecordWorkbook(dir: string): string {
  const sample = readZip(readFileSync(join(samplesDir, 'case-202', 'udtraek_1_30112025.xlsx')));
  const workbook = writeZip([...sample.map(packEntry), packEntry({ name: 'xl/media/image1.bin', data: incompressibleBytes(4 * 1024 * 1024) })]);
  const path = join(dir, 'udtraek_2026-11-23.xlsx');
  writeFileSync(path, withEndComment(workbook, strayEndRecord(0)));
  return path;
}

/** The sample workbook with 40,000 more rows of ten numbers each. */
function manyCellWorkbook(): Buffer {
  const sample = readZip(readFileSync(join(samplesDir, 'case-202', 'udtraek_1_30112025.xlsx')));
  const columns = 'ABCDEFGHIJ'.split('');
  const rows: string[] = [];
  for (let row = 1_000; row < 41_000; row++) rows.push(`<row r="${row}">${columns.map((column) => `<c r="${column}${row}"><v>${row}</v></c>`).join('')}</row>`);
  const cells = rows.join('');
  return writeZip(
    sample.map((entry) =>
      packEntry(/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name) ? { ...entry, data: Buffer.from(entry.data.toString('utf8').replace('</sheetData>', `${cells}</sheetData>`)) } : entry),
    ),
  );
}

describe('hostile files against the import limits, through the built CLI', () => {
  it.each([
    ['a 1 GB single-line CSV', oneGigabyteSingleLineCsv, 'Filen fylder 1.024 MB og er for stor'],
    ['a 4 MB workbook with a second end record in its last 21 bytes', strayEndRecordWorkbook, 'Excel-filen kan ikke åbnes'],
  ] as const)('%s is refused with exit 2, quickly and in little memory, the database unchanged', (label, make, message) => {
    expect(existsSync(cliPath), 'Byg først: npm run build').toBe(true);
    const dir = tempDir();
    const dbPath = practiceDatabase(dir);
    const before = fingerprintOf(dbPath);
    const result = cliImport(make(dir), dbPath);
    figures.push(`  ${label}: exit ${result.code} in ${result.seconds.toFixed(2)} s, peak ${Math.round(result.peakMb)} MB`);
    expect(result.code, result.err).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/FATAL|heap|at [A-Za-z]+ \(/);
    expect(result.seconds).toBeLessThan(limits.seconds);
    expect(result.peakMb).toBeLessThan(limits.megabytes);
    expect(fingerprintOf(dbPath)).toBe(before);
  });
});

describe('hostile files against the import limits, in the app', () => {
  it('a file over the size cap is refused by import:start from its length, before it is decoded', async () => {
    const dir = tempDir();
    const session = await openTestSession(dir, { now: new Date('2026-11-23T09:00:00Z') });
    const before = databaseFingerprint(session.context()!.db);
    // Three bytes per four base64 characters: one character too many for the cap.
    const contentBase64 = 'A'.repeat(Math.ceil((maxExtractBytes * 4) / 3) + 4);
    const started = performance.now();
    const envelope = await dispatch(session.handlers, 'import:start', { fileName: 'kæmpe_2026-11-23.csv', contentBase64 });
    const seconds = (performance.now() - started) / 1000;
    figures.push(`  import:start with ${Math.round(contentBase64.length / 2 ** 20)} MB of base64: refused in ${seconds.toFixed(2)} s`);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'extract.too_large', message: expect.stringContaining('for stor til at være et udtræk') } });
    expect(seconds).toBeLessThan(limits.seconds);
    expect(databaseFingerprint(session.context()!.db)).toBe(before);
    session.close();
  });

  it('a file that needs more memory than the worker has kills the worker, not the app: a Danish refusal, the database unchanged', async () => {
    const dir = tempDir();
    const dbPath = practiceDatabase(dir);
    const before = fingerprintOf(dbPath);
    // The real limit is sized for 200,000 rows, so a file that outgrows it takes gigabytes to do so;
    // a worker given 32 MB is outgrown at once by a workbook with 400,000 small cells below the
    // sample's rows, which SheetJS holds as an object each.
    const jobs = createImportJobs({ dbPath, workerPath: builtWorkerPath, actor: 'test', now: () => new Date('2026-11-23T09:00:00Z'), resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const file = { bytes: new Uint8Array(manyCellWorkbook()), fileName: 'udtraek_2026-11-23.xlsx' };
    const started = performance.now();
    const status = await waitForJob(jobs, jobs.start(file));
    const seconds = (performance.now() - started) / 1000;
    figures.push(`  ${(file.bytes.length / 2 ** 20).toFixed(1)} MB workbook of 400,000 cells, in a worker limited to 32 MB: ${status.state} (${status.error?.code}) in ${seconds.toFixed(2)} s`);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'extract.too_much_memory', message: expect.stringContaining('kræver mere hukommelse') } });
    expect(seconds).toBeLessThan(limits.seconds);
    expect(fingerprintOf(dbPath)).toBe(before);
    // The host carries on: the next, smaller file imports on the same jobs.
    const next = demoExtractFile({ seed: 6, patients: 300, extractDate: '2026-11-21' });
    // Other patients than the practice's: imported as after the app's "Indlæs alligevel".
    expect(await waitForJob(jobs, jobs.start({ ...next, confirmed: true }))).toMatchObject({ state: 'done' });
    await jobs.close();
  });

  it('stays within its memory budget', () => {
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(`Import limits, hostile files:\n${figures.join('\n')}\n  this test process: peak ${Math.round(peakMb)} MB`);
    expect(peakMb).toBeLessThan(limits.megabytes);
  });
});
