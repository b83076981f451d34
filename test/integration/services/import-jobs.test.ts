import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { createImportJobs } from '../../../core/services/import-jobs';
import { importExtract } from '../../../core/services/import-service';
import { status } from '../../../core/services/status-service';
import { demoExtractFile } from '../../../shared/demo/demo-extract';
import { ContractError } from '../../../shared/contract';
import type { ImportJobStatus } from '../../../shared/import-job';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { ImportGate } from '../../support/import-gate';
import { importJobsFor, waitForJob } from '../../support/import-jobs';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function setup(gate?: ImportGate) {
  const dbPath = join(tempDir(), 'jobs.sqlite');
  const ctx: AppContext = openAppContext(dbPath, { now: () => new Date('2026-11-21T09:00:00Z'), actor: 'AB' });
  return { ctx, jobs: importJobsFor(ctx, dbPath, gate?.pause) };
}

const base = demoExtractFile({ seed: 1, patients: 500, extractDate: '2026-05-31' });
const big = demoExtractFile({ seed: 2, patients: 30_000, extractDate: '2026-11-20' });
// The demo's patients differ between extract dates, so `big` after `base` is imported confirmed.
const bigJob = { bytes: big.bytes, fileName: big.fileName, confirmed: true };

/** Imports run in a worker thread on their own connection, report progress, and can be cancelled. */
describe('import jobs', () => {
  it('imports in a worker, reporting rows read and then rows stored, up to the report', async () => {
    const { ctx, jobs } = setup();
    const jobId = jobs.start(bigJob);
    const seen: ImportJobStatus[] = [];
    const final = await waitForJob(jobs, jobId, (s) => seen.push(s));
    expect(final).toMatchObject({ state: 'done', report: { patientsImported: expect.any(Number), duplicateOf: null } });
    const phases = [...new Set(seen.map((s) => s.phase))];
    expect(phases[0]).toBe('opening');
    expect(phases).toContain('writing');
    for (const s of seen) expect(s.done).toBeLessThanOrEqual(s.total);
    const writing = seen.filter((s) => s.phase === 'writing');
    expect(writing.at(-1)).toMatchObject({ done: final.report!.rowsRead, total: final.report!.rowsRead });
    // The host's own connection sees the worker's batch at once, with the host's clock and actor.
    expect(status(ctx).batches).toHaveLength(1);
    expect(ctx.queries.listAudit()[0]).toMatchObject({ actor: 'AB', at: '2026-11-21T09:00:00.000Z' });
    expect(jobs.busy()).toBe(false);
    ctx.db.close();
  });

  it('imports a workbook in a worker too', async () => {
    const { ctx, jobs } = setup();
    const path = join(__dirname, '..', '..', 'fixtures', 'samples', 'case-202', 'udtraek_1_30112025.xlsx');
    const final = await waitForJob(jobs, jobs.start({ bytes: new Uint8Array(readFileSync(path)), fileName: 'udtraek_1_30112025.xlsx' }));
    expect(final).toMatchObject({ state: 'done', report: { extractDate: '2025-11-30', duplicateOf: null } });
    expect(status(ctx).batches).toHaveLength(1);
    ctx.db.close();
  });

  it('rolls back a cancel during writing: the database is exactly as before', async () => {
    const gate = new ImportGate(join(tempDir(), 'gate'), { phase: 'writing', atRows: 15_000 });
    const { ctx, jobs } = setup(gate);
    importExtract(ctx, base);
    const before = databaseFingerprint(ctx.db);
    const jobId = jobs.start(bigJob);
    // Half the rows are written, inside the transaction, when the worker waits.
    expect(await gate.paused()).toEqual({ phase: 'writing', done: 15_000, total: 30_000 });
    expect(jobs.cancel(jobId)).toMatchObject({ state: 'cancelling', phase: 'writing', done: 15_000 });
    gate.release();
    const final = await waitForJob(jobs, jobId);
    expect(final.state).toBe('cancelled');
    expect(databaseFingerprint(ctx.db)).toBe(before);
    expect(ctx.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ctx.db.close();
  });

  it('cancels before anything is read, and then takes the next file', async () => {
    const gate = new ImportGate(join(tempDir(), 'gate'), { phase: 'opening', atRows: 0 });
    const { ctx, jobs } = setup(gate);
    const before = databaseFingerprint(ctx.db);
    const jobId = jobs.start(bigJob);
    expect(await gate.paused()).toEqual({ phase: 'opening', done: 0, total: 0 });
    expect(jobs.cancel(jobId).state).toBe('cancelling');
    gate.release();
    const seen: ImportJobStatus[] = [];
    expect((await waitForJob(jobs, jobId, (s) => seen.push(s))).state).toBe('cancelled');
    expect(seen.every((s) => s.phase === 'opening')).toBe(true);
    expect(databaseFingerprint(ctx.db)).toBe(before);
    // The gate is open now, so the next file does not wait.
    const next = await waitForJob(jobs, jobs.start(base));
    expect(next.state).toBe('done');
    ctx.db.close();
  });

  it('runs one import at a time', async () => {
    const { ctx, jobs } = setup();
    const first = jobs.start(bigJob);
    expect(jobs.busy()).toBe(true);
    expect(() => jobs.start(base)).toThrow(ContractError);
    await waitForJob(jobs, first);
    ctx.db.close();
  });

  it("ends with the reader's reason and the file's headers when the file is refused", async () => {
    const { ctx, jobs } = setup();
    const bytes = new TextEncoder().encode('Pers.nr;Navn;Årskontrol\n6101901235;Ib;01-02-2026\n');
    const final = await waitForJob(jobs, jobs.start({ bytes, fileName: 'x_2026-05-31.csv' }));
    expect(final).toMatchObject({ state: 'failed', error: { code: 'extract.no_cpr_column', headers: ['Pers.nr', 'Navn', 'Årskontrol'], samples: [['610190-••••'], ['Ib'], ['01-02-2026']] } });
    expect(status(ctx).batches).toEqual([]);
    ctx.db.close();
  });

  it('fails plainly, with the database untouched, when the worker cannot start', async () => {
    const { ctx } = setup();
    const seen: unknown[] = [];
    const jobs = createImportJobs({
      dbPath: ':memory:',
      workerPath: join(tempDir(), 'mangler.cjs'),
      actor: 'AB',
      now: ctx.now,
      onWorkerError: (error) => seen.push(error),
    });
    const final = await waitForJob(jobs, jobs.start(base));
    expect(final).toMatchObject({ state: 'failed', error: { code: 'internal', message: expect.stringContaining('Databasen er uændret') } });
    expect(seen).toHaveLength(1);
    ctx.db.close();
  });
});
