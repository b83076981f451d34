import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/contract-handlers';
import type { DatabaseSession } from '../../../core/host/database-session';
import { useTempDir } from '../../support/temp-dir';
import { demoImportRequest, openTestSession } from '../../support/session';

const tempDir = useTempDir();

async function call<T = unknown>(session: DatabaseSession, channel: string, request: unknown = {}): Promise<T> {
  const envelope = await dispatch(session.handlers, channel, request);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

async function failure(session: DatabaseSession, channel: string, request: unknown = {}) {
  const envelope = await dispatch(session.handlers, channel, request);
  if (envelope.ok) throw new Error(`${channel} succeeded`);
  return envelope.error;
}

interface Listed {
  backups: { fileName: string; reason: string; createdAt: string; sizeBytes: number }[];
}

function batchCount(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('backs up the database before an import, once per change, and keeps the newest N', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    const session = await openTestSession(dir, clock);
    await call(session, 'import:file', demoImportRequest('2026-09-01'));
    // The first import had nothing to back up.
    expect((await call<Listed>(session, 'backups:list')).backups).toEqual([]);

    clock.now = new Date('2026-11-23T08:05:00Z');
    await call(session, 'import:file', demoImportRequest('2026-10-01'));
    const { backups } = await call<Listed>(session, 'backups:list');
    expect(backups).toMatchObject([{ reason: 'import', createdAt: '2026-11-23T08:05:00.000Z' }]);
    expect(backups[0]!.sizeBytes).toBeGreaterThan(0);
    expect(batchCount(join(dir, 'backups', backups[0]!.fileName))).toBe(1);

    // A refused file and a file already imported change nothing, so they add no backup.
    await failure(session, 'import:file', { fileName: 'x.csv', contentBase64: Buffer.from('ikke et udtræk').toString('base64') });
    await call(session, 'import:file', demoImportRequest('2026-10-01'));
    expect((await call<Listed>(session, 'backups:list')).backups).toHaveLength(2);

    await call(session, 'dataSettings:update', { backupsToKeep: 2 });
    for (const [minute, date] of [[10, '2026-11-01'], [15, '2026-11-10'], [20, '2026-11-20']] as const) {
      clock.now = new Date(`2026-11-23T08:${minute}:00Z`);
      await call(session, 'import:file', demoImportRequest(date));
    }
    const kept = (await call<Listed>(session, 'backups:list')).backups;
    expect(kept.map((b) => b.createdAt)).toEqual(['2026-11-23T08:20:00.000Z', '2026-11-23T08:15:00.000Z']);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(2);
    session.close();
  });

  it('restores a backup in place: the current state is backed up first, and every handler sees the restored data', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    const session = await openTestSession(dir, clock);
    await call(session, 'import:file', demoImportRequest('2026-09-01'));
    clock.now = new Date('2026-11-23T09:00:00Z');
    await call(session, 'import:file', demoImportRequest('2026-10-01'));
    const before = (await call<Listed>(session, 'backups:list')).backups[0]!;
    expect((await call<{ batches: unknown[] }>(session, 'status:get')).batches).toHaveLength(2);

    clock.now = new Date('2026-11-23T10:00:00Z');
    const result = await call<{ restored: { fileName: string }; safetyBackup: { fileName: string; reason: string } }>(
      session,
      'backups:restore',
      { fileName: before.fileName },
    );
    expect(result.restored.fileName).toBe(before.fileName);
    expect(result.safetyBackup.reason).toBe('restore');
    expect(batchCount(join(dir, 'backups', result.safetyBackup.fileName))).toBe(2);

    const status = await call<{ batches: { extractDate: string }[] }>(session, 'status:get');
    expect(status.batches.map((b) => b.extractDate)).toEqual(['2026-09-01']);
    const audit = session.context()!.queries.listAudit();
    expect(audit.at(-1)?.action).toBe('backup.restore');
    // The restored database keeps working: the newer extract can be imported again.
    await call(session, 'import:file', demoImportRequest('2026-10-01'));
    expect((await call<{ batches: unknown[] }>(session, 'status:get')).batches).toHaveLength(2);
    session.close();
  });

  it('refuses to restore a file that is not one of its backups, or a damaged one', async () => {
    const dir = tempDir();
    const session = await openTestSession(dir, { now: new Date('2026-11-23T08:00:00Z') });
    expect(await failure(session, 'backups:restore', { fileName: '../t.sqlite' })).toMatchObject({ code: 'backup.not_found' });
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'tovholder-20261101T080000000Z-manual.sqlite'), 'ødelagt'.repeat(1000));
    expect(await failure(session, 'backups:restore', { fileName: 'tovholder-20261101T080000000Z-manual.sqlite' })).toMatchObject({
      code: 'backup.damaged',
    });
    expect((await call<{ patients: number }>(session, 'status:get')).patients).toBe(0);
    session.close();
  });

  it('takes the daily backup at start when none was taken today and the data changed', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    let session = await openTestSession(dir, clock);
    await call(session, 'import:file', demoImportRequest('2026-09-01'));
    session.close();

    session = await openTestSession(dir, clock);
    expect((await call<Listed>(session, 'backups:list')).backups).toMatchObject([{ reason: 'daily' }]);
    await call(session, 'settings:update', { annualCheckMonths: 12 });
    session.close();

    clock.now = new Date('2026-11-23T15:00:00Z');
    session = await openTestSession(dir, clock);
    expect((await call<Listed>(session, 'backups:list')).backups).toHaveLength(1);
    session.close();

    clock.now = new Date('2026-11-24T15:00:00Z');
    session = await openTestSession(dir, clock);
    expect((await call<Listed>(session, 'backups:list')).backups.map((b) => b.reason)).toEqual(['daily', 'daily']);
    session.close();
  });

  it('finds a damaged database at start, refuses to use it, and offers and restores the latest sound backup', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    let session = await openTestSession(dir, clock);
    await call(session, 'import:file', demoImportRequest('2026-09-01', 400));
    await call(session, 'backups:create');
    session.close();

    // Overwrite every page after the first two: the header survives, the tables do not.
    const dbPath = join(dir, 't.sqlite');
    const size = statSync(dbPath).size;
    writeFileSync(dbPath, Buffer.concat([readFileSync(dbPath).subarray(0, 8192), Buffer.alloc(size - 8192, 0x5a)]));

    clock.now = new Date('2026-11-24T08:00:00Z');
    session = await openTestSession(dir, clock);
    expect(session.context()).toBeNull();
    expect(await failure(session, 'status:get')).toMatchObject({ code: 'database.damaged', message: expect.stringContaining('beskadiget') });
    const storage = await call<{ damaged: boolean; latestSoundBackup: { fileName: string } | null }>(session, 'storage:status');
    expect(storage.damaged).toBe(true);
    expect(storage.latestSoundBackup).not.toBeNull();

    await call(session, 'backups:restore', { fileName: storage.latestSoundBackup!.fileName });
    expect((await call<{ batches: unknown[] }>(session, 'status:get')).batches).toHaveLength(1);
    expect(readdirSync(join(dir, 'backups')).some((name) => name.startsWith('beskadiget-'))).toBe(true);
    expect((await call<{ damaged: boolean }>(session, 'storage:status')).damaged).toBe(false);
    session.close();
  });

  it('removes the .part files of backups interrupted over an hour ago, at start', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'backups'));
    const old = join(dir, 'backups', 'tovholder-20261122T080000000Z-import.sqlite.part');
    const young = join(dir, 'backups', 'tovholder-20261123T075900000Z-import.sqlite.part');
    writeFileSync(old, 'halv');
    writeFileSync(young, 'halv');
    utimesSync(old, new Date('2026-11-22T08:00:00Z'), new Date('2026-11-22T08:00:00Z'));
    utimesSync(young, new Date('2026-11-23T07:59:00Z'), new Date('2026-11-23T07:59:00Z'));
    const session = await openTestSession(dir, { now: new Date('2026-11-23T08:00:00Z') });
    expect(readdirSync(join(dir, 'backups'))).toEqual(['tovholder-20261123T075900000Z-import.sqlite.part']);
    session.close();
  });

  it('a file that is not a database at all is damaged too; with no backup, "Slet alle data" starts over', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 't.sqlite'), Buffer.alloc(64 * 1024, 0x41));
    const session = await openTestSession(dir, { now: new Date('2026-11-23T08:00:00Z') });
    expect(session.context()).toBeNull();
    expect(await call(session, 'storage:status')).toMatchObject({ damaged: true, latestSoundBackup: null });
    expect(await failure(session, 'backups:create')).toMatchObject({ code: 'database.damaged' });
    await call(session, 'data:deleteAll', { confirmation: 'SLET' });
    expect(await call(session, 'status:get')).toMatchObject({ patients: 0, batches: [] });
    session.close();
  });

  it('"Slet alle data" removes the database, its backups and logs, and leaves an empty database', async () => {
    const dir = tempDir();
    const session = await openTestSession(dir, { now: new Date('2026-11-23T08:00:00Z') });
    await call(session, 'import:file', demoImportRequest('2026-09-01'));
    await call(session, 'backups:create');
    expect(existsSync(join(dir, 'logs'))).toBe(true);
    expect(await failure(session, 'data:deleteAll', { confirmation: 'slet' })).toMatchObject({ code: 'invalid_request' });
    expect((await call<{ patients: number }>(session, 'status:get')).patients).toBeGreaterThan(0);

    await call(session, 'data:deleteAll', { confirmation: 'SLET' });
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    expect(existsSync(join(dir, 'logs'))).toBe(false);
    const status = await call<{ patients: number; batches: unknown[] }>(session, 'status:get');
    expect(status).toMatchObject({ patients: 0, batches: [] });
    expect(session.context()!.queries.listAudit()).toEqual([]);
    session.close();
  });
});
