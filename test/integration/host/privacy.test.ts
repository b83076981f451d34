import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/contract-handlers';
import { openLogger } from '../../../core/log';
import { useTempDir } from '../../support/temp-dir';
import { demoImportRequest, openTestSession } from '../../support/session';

const tempDir = useTempDir();
const posix = process.platform !== 'win32';

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

describe('privacy on disk', () => {
  it.runIf(posix)('creates the database, its -wal and -shm, backups and logs readable by the user alone', async () => {
    const dir = join(tempDir(), 'Tovholder');
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    const session = await openTestSession(dir, clock);
    await dispatch(session.handlers, 'import:file', demoImportRequest('2026-09-01'));
    await dispatch(session.handlers, 'backups:create', {});
    openLogger(join(dir, 'logs'), { now: () => clock.now }).info('test.line');

    const files = ['t.sqlite', 't.sqlite-wal', 't.sqlite-shm'].map((name) => join(dir, name));
    for (const name of readdirSync(join(dir, 'backups'))) files.push(join(dir, 'backups', name));
    for (const name of readdirSync(join(dir, 'logs'))) files.push(join(dir, 'logs', name));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) expect(mode(file).toString(8), file).toBe('600');
    for (const folder of [dir, join(dir, 'backups'), join(dir, 'logs')]) expect(mode(folder).toString(8), folder).toBe('700');
    session.close();
  });

  it('deletes extracts older than the retention period at start and on change, never the newest one', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    let session = await openTestSession(dir, clock);
    for (const date of ['2019-06-01', '2022-06-01', '2023-06-01']) await dispatch(session.handlers, 'import:file', demoImportRequest(date));
    session.close();

    session = await openTestSession(dir, clock);
    const dates = async () => {
      const status = await dispatch(session.handlers, 'status:get', {});
      return status.ok ? (status.value as { batches: { extractDate: string }[] }).batches.map((b) => b.extractDate) : [];
    };
    // Default 5 years: the 2019 extract is gone at start.
    expect(await dates()).toEqual(['2023-06-01', '2022-06-01']);
    const audit = session.context()!.queries.listAudit();
    expect(audit.some((entry) => entry.action === 'privacy.retention')).toBe(true);

    const changed = await dispatch(session.handlers, 'dataSettings:update', { retentionYears: 1 });
    expect(changed).toMatchObject({ ok: true, value: { settings: { retentionYears: 1 }, batchesDeleted: 1 } });
    // The newest extract stays even when it is itself older than the period.
    expect(await dates()).toEqual(['2023-06-01']);
    expect((await dispatch(session.handlers, 'status:get', {})).ok).toBe(true);
    session.close();
  });

  it('logs calls and refusals as scrubbed JSON lines, never a request', async () => {
    const dir = tempDir();
    const session = await openTestSession(dir, { now: new Date('2026-11-23T08:00:00Z') });
    const log = openLogger(join(dir, 'logs'), { now: () => new Date('2026-11-23T08:00:00Z') });
    log.warn('import.refused', { message: "Cellen 'Kirsten Christensen' i linje 4 har CPR 0801362798 og tlf. 83 63 73 97" });
    log.error('boom', new Error('Jens Andersen 080858-0350 ringede fra +45 20800811'));
    const text = readFileSync(join(dir, 'logs', 'tovholder-2026-11-23.log'), 'utf8');
    for (const secret of ['Kirsten', 'Christensen', '0801362798', '83 63 73 97', 'Jens Andersen', '080858-0350', '20800811']) {
      expect(text).not.toContain(secret);
    }
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.event)).toContain('boom');
    const boom = lines.find((line) => line.event === 'boom');
    expect(boom).toMatchObject({ level: 'error', error: 'Error' });
    expect(boom).not.toHaveProperty('message');
    session.close();
  });
});

describe('the log files', () => {
  it('are kept for 30 days: older ones are deleted when the log opens', async () => {
    const dir = tempDir();
    const folder = join(dir, 'logs');
    let now = new Date('2026-10-01T08:00:00Z');
    const log = openLogger(folder, { now: () => now });
    log.info('first');
    now = new Date('2026-10-25T08:00:00Z');
    log.info('second');
    expect(readdirSync(folder).sort()).toEqual(['tovholder-2026-10-01.log', 'tovholder-2026-10-25.log']);
    openLogger(folder, { now: () => new Date('2026-11-05T08:00:00Z') });
    expect(readdirSync(folder)).toEqual(['tovholder-2026-10-25.log']);
  });
});
