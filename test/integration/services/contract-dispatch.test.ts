import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/contract-handlers';
import { openDatabaseSession } from '../../../core/host/database-session';
import { openLogger } from '../../../core/log';
import { contract } from '../../../shared/contract';
import { builtWorkerPath } from '../../support/import-jobs';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

async function setup() {
  const dir = tempDir();
  const now = () => new Date('2026-05-31T10:00:00Z');
  const session = await openDatabaseSession({
    dbPath: join(dir, 'contract.sqlite'),
    actor: 'test',
    log: openLogger(join(dir, 'logs'), { now }),
    now,
    importWorkerPath: builtWorkerPath,
  });
  return { ctx: session.context()!, handlers: session.handlers };
}

describe('contract dispatch', () => {
  it('rejects a malformed request with a clear error and runs nothing', async () => {
    const { ctx, handlers } = await setup();
    const result = await dispatch(handlers, 'flags:list', { asOf: 'igår' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_request', message: expect.stringContaining('asOf') } });
    const extra = await dispatch(handlers, 'status:get', { sql: 'DROP TABLE patients' });
    expect(extra.ok).toBe(false);
    const wrongType = await dispatch(handlers, 'import:file', { fileName: 42, contentBase64: [] });
    expect(wrongType.ok).toBe(false);
    expect(ctx.queries.listAudit()).toEqual([]);
    ctx.db.close();
  });

  it('refuses a channel that is not in the contract', async () => {
    const { ctx, handlers } = await setup();
    expect(await dispatch(handlers, 'db:exec', {})).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Ukendt forespørgsel.' } });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    ctx.db.close();
  });

  it('answers every channel with a value that parses with its response schema', async () => {
    const { ctx, handlers } = await setup();
    const demo = await dispatch(handlers, 'demo:load', {});
    expect(demo.ok).toBe(true);
    const cpr = ctx.queries.snapshotsForBatch(ctx.queries.currentBatch()!.id)[0]!.cpr;
    const requests: { [C in keyof typeof contract]: unknown } = {
      'status:get': {},
      'flags:list': { flag: 'eye_missing' },
      'flags:counts': { asOf: '2026-05-31' },
      'import:file': null,
      'import:start': null,
      'import:progress': null,
      'import:cancel': null,
      'import:undoLatest': null,
      'demo:load': {},
      'settings:get': {},
      'settings:update': { annualCheckMonths: 12 },
      'recall:export': { list: 'annual_overdue', format: 'csv', columns: ['name', 'cpr'] },
      'outputSettings:get': {},
      'outputSettings:update': { practiceName: 'Lægerne i Sydhavnen' },
      'storage:status': {},
      'backups:create': {},
      'backups:list': {},
      'backups:restore': null,
      'dataSettings:get': {},
      'dataSettings:update': { retentionYears: 6 },
      'data:deleteAll': null,
      'worklist:query': { list: 'annual_overdue', filters: { ageBand: '60-74' }, limit: 5 },
      'worklist:changes': {},
      'patient:get': { cpr },
      'recallSettings:get': {},
      'dataQuality:get': {},
      'recallSettings:update': { initials: 'AB' },
      'patient:mark': { cpr, vulnerable: true, contactPerson: 'CD' },
      'contact:record': { cpr, checks: ['eye'], action: 'invited', channel: 'sms' },
      // Its id is the UUID the record just made: undone after the loop.
      'contact:undo': null,
      'mailing:record': { channel: 'letter', invitations: [{ cpr, checks: ['annual', 'foot'] }] },
      // Its id is the one the record just made: undone after the loop.
      'mailing:undo': null,
      'summary:settings': {},
      'summary:updateSettings': { threshold: 6 },
      'summary:preview': { label: 'Lægehuset' },
      'summary:export': { label: 'Lægehuset', format: 'xlsx' },
      'summary:history': {},
      'summary:releases': {},
      'network:import': null,
      'network:list': {},
      'network:report': { showLabels: false, networkLabel: 'Netværket' },
      'network:export': null,
      'network:remove': null,
    };
    let recorded = '';
    let mailing = '';
    for (const [channel, request] of Object.entries(requests)) {
      if (request === null) continue;
      const result = await dispatch(handlers, channel, request);
      expect(result.ok, channel).toBe(true);
      if (result.ok) expect(() => contract[channel as keyof typeof contract].response.parse(result.value)).not.toThrow();
      if (result.ok && channel === 'contact:record') recorded = (result.value as { id: string }).id;
      if (result.ok && channel === 'mailing:record') mailing = (result.value as { mailingId: string }).mailingId;
    }
    const mailingUndone = await dispatch(handlers, 'mailing:undo', { mailingId: mailing });
    expect(mailingUndone.ok, 'mailing:undo').toBe(true);
    if (mailingUndone.ok) expect(contract['mailing:undo'].response.parse(mailingUndone.value)).toMatchObject({ mailingId: mailing, count: 1 });
    const undone = await dispatch(handlers, 'contact:undo', { eventId: recorded });
    expect(undone.ok, 'contact:undo').toBe(true);
    if (undone.ok) expect(contract['contact:undo'].response.parse(undone.value)).toMatchObject({ id: recorded, checks: ['eye'] });
    ctx.db.close();
  });

  it('turns a file that is not an extract into a readable error, not a crash', async () => {
    const { ctx, handlers } = await setup();
    const result = await dispatch(handlers, 'import:file', {
      fileName: 'side.xls',
      contentBase64: Buffer.from('<!DOCTYPE html><html><body>Log ind</body></html>').toString('base64'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'extract.html' } });
    ctx.db.close();
  });

  it('runs an import as a job and tells, when polled, why the file was refused', async () => {
    const { ctx, handlers } = await setup();
    const started = await dispatch(handlers, 'import:start', {
      fileName: 'side.xls',
      contentBase64: Buffer.from('<!DOCTYPE html><html><body>Log ind</body></html>').toString('base64'),
    });
    expect(started.ok).toBe(true);
    const { jobId } = (started as { value: { jobId: string } }).value;
    let progress = await dispatch(handlers, 'import:progress', { jobId });
    while (progress.ok && (progress.value as { state: string }).state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      progress = await dispatch(handlers, 'import:progress', { jobId });
    }
    expect(progress).toMatchObject({ ok: true, value: { state: 'failed', error: { code: 'extract.html', headers: [] } } });
    expect(() => contract['import:progress'].response.parse((progress as { value: unknown }).value)).not.toThrow();
    ctx.db.close();
  });

  it('answers an unknown import job with a readable error', async () => {
    const { ctx, handlers } = await setup();
    expect(await dispatch(handlers, 'import:progress', { jobId: 'ingen' })).toMatchObject({ ok: false, error: { code: 'import.unknown_job' } });
    expect(await dispatch(handlers, 'import:cancel', { jobId: 'ingen' })).toMatchObject({ ok: false, error: { code: 'import.unknown_job' } });
    ctx.db.close();
  });

  it('hides unexpected errors behind a plain message and reports them to the host', async () => {
    const { ctx, handlers } = await setup();
    const seen: unknown[] = [];
    const failing = { ...handlers, 'status:get': () => { throw new Error('disk I/O error at 0102031234'); } };
    const result = await dispatch(failing, 'status:get', {}, (error) => seen.push(error));
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringContaining('0102031234') } });
    expect(seen).toHaveLength(1);
    ctx.db.close();
  });
});
