import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/contract-handlers';
import type { DatabaseSession } from '../../../core/host/database-session';
import { deleteAllConfirmationWord } from '../../../shared/privacy-settings';
import type { ImportJobStatus } from '../../../shared/import-job';
import { join } from 'node:path';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { ImportGate } from '../../support/import-gate';
import { demoImportRequest, openTestSession } from '../../support/session';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

async function call<T = unknown>(session: DatabaseSession, channel: string, request: unknown = {}): Promise<T> {
  const envelope = await dispatch(session.handlers, channel, request);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

async function finished(session: DatabaseSession, jobId: string): Promise<ImportJobStatus> {
  for (;;) {
    const status = await call<ImportJobStatus>(session, 'import:progress', { jobId });
    if (status.state !== 'running' && status.state !== 'cancelling') return status;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** An import job in a host's database session: backed up before, and never under a restore or a delete. */
describe('import jobs in a database session', () => {
  it('takes the backup before the worker starts, and the host sees the batch when it is done', async () => {
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    const session = await openTestSession(tempDir(), clock);
    await call(session, 'import:file', demoImportRequest('2026-09-01'));
    clock.now = new Date('2026-11-23T08:05:00Z');
    const { jobId } = await call<{ jobId: string }>(session, 'import:start', demoImportRequest('2026-10-01', 2_000));
    const { backups } = await call<{ backups: { reason: string; createdAt: string }[] }>(session, 'backups:list');
    expect(backups).toMatchObject([{ reason: 'import', createdAt: '2026-11-23T08:05:00.000Z' }]);
    expect(await finished(session, jobId)).toMatchObject({ state: 'done', report: { extractDate: '2026-10-01' } });
    expect((await call<{ batches: unknown[] }>(session, 'status:get')).batches).toHaveLength(2);
    session.close();
  });

  it('refuses restore, delete-all, undo and a second import while an import is running', async () => {
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    const dir = tempDir();
    // The worker waits mid-read until every refusal has been asked for: the import is surely still running.
    const gate = new ImportGate(join(dir, 'gate'), { phase: 'reading', atRows: 1 });
    const session = await openTestSession(dir, clock, gate.pause);
    await call(session, 'import:file', demoImportRequest('2026-09-01'));
    clock.now = new Date('2026-11-23T08:05:00Z');
    const { jobId } = await call<{ jobId: string }>(session, 'import:start', demoImportRequest('2026-10-01', 3_000));
    await gate.paused();
    const { backups } = await call<{ backups: { fileName: string }[] }>(session, 'backups:list');
    for (const [channel, request] of [
      ['backups:restore', { fileName: backups[0]!.fileName }],
      ['data:deleteAll', { confirmation: deleteAllConfirmationWord }],
      ['import:undoLatest', {}],
      ['import:start', demoImportRequest('2026-11-01')],
      ['import:file', demoImportRequest('2026-11-01')],
    ] as const) {
      expect(await dispatch(session.handlers, channel, request), channel).toMatchObject({ ok: false, error: { code: 'import.busy' } });
    }
    gate.release();
    expect((await finished(session, jobId)).state).toBe('done');
    session.close();
  });

  it('leaves the database as it was when the job is cancelled', async () => {
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    const dir = tempDir();
    const gate = new ImportGate(join(dir, 'gate'), { phase: 'writing', atRows: 1_500 });
    const session = await openTestSession(dir, clock, gate.pause);
    await call(session, 'import:file', demoImportRequest('2026-09-01'));
    const before = databaseFingerprint(session.context()!.db);
    const { jobId } = await call<{ jobId: string }>(session, 'import:start', demoImportRequest('2026-10-01', 3_000));
    expect(await gate.paused()).toEqual({ phase: 'writing', done: 1_500, total: 3_000 });
    expect((await call<ImportJobStatus>(session, 'import:cancel', { jobId })).state).toBe('cancelling');
    gate.release();
    expect((await finished(session, jobId)).state).toBe('cancelled');
    expect(databaseFingerprint(session.context()!.db)).toBe(before);
    session.close();
  });
});
