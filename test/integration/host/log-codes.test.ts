import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../core/contract-handlers';
import { loggedDispatch } from '../../../core/host/logged-dispatch';
import { describeError, openLogger } from '../../../core/log';
import { demoImportRequest, openTestSession } from '../../support/session';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

// A file named the way a user might name one: the patient's name, phone and CPR in the file name.
const riskyName = 'Hansen, Jens 20 30 40 50 0101801234.csv';
const secrets = ['Hansen', 'Jens', '20 30 40 50', '20304050', '0101801234', '010180', 'Lægehuset'];

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

function logLines(dir: string): Record<string, unknown>[] {
  return readFileSync(join(dir, 'logs', 'tovholder-2026-11-23.log'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the log holds codes and counts, never a file name or a message', () => {
  it('logs the import and summary refusals of a file named after a patient by their codes alone', async () => {
    const dir = tempDir();
    const clock = { now: new Date('2026-11-23T08:00:00Z') };
    const session = await openTestSession(dir, clock);
    const log = openLogger(join(dir, 'logs'), { now: () => clock.now });
    const call = (channel: unknown, request: unknown, handlers: Handlers = session.handlers) => loggedDispatch(handlers, channel, request, log);

    expect(await call('import:file', { ...demoImportRequest('2026-09-01'), fileName: riskyName })).toMatchObject({ ok: true });
    // Another demo extract holds other patients: every earlier one would disappear.
    const unconfirmed = { ...demoImportRequest('2026-10-01'), fileName: riskyName, confirmed: false };
    expect(await call('import:file', unconfirmed)).toMatchObject({ ok: false, error: { code: 'import.needs_confirmation' } });
    const notAnExtract = { fileName: riskyName, contentBase64: base64('Navn;Telefon\nHansen, Jens;20 30 40 50\n') };
    const refusedExtract = await call('import:file', notAnExtract);
    expect(refusedExtract.ok).toBe(false);
    const extractCode = refusedExtract.ok ? '' : refusedExtract.error.code;
    expect(extractCode).toMatch(/^extract\./);

    const exported = await call('summary:export', { label: 'Lægehuset Hansen', format: 'json' });
    if (!exported.ok) throw new Error(exported.error.message);
    const summary = exported.value as { contentBase64: string };
    const summaryName = 'Hansen, Jens 20 30 40 50 0101801234.json';
    expect(await call('network:import', { fileName: summaryName, contentBase64: summary.contentBase64 })).toMatchObject({ ok: true });
    // The refusal the issue found: "already imported" quoted the first file's name in its message.
    const again = await call('network:import', { fileName: 'kopi.json', contentBase64: summary.contentBase64 });
    expect(again).toMatchObject({ ok: false, error: { code: 'summary.duplicate', message: expect.stringContaining('Hansen, Jens') } });
    const text = Buffer.from(summary.contentBase64, 'base64').toString('utf8');
    const tampered = text.replace(/"count": (\d+)/, (_match, n: string) => `"count": ${Number(n) + 10}`);
    expect(tampered).not.toBe(text);
    expect(await call('network:import', { fileName: summaryName, contentBase64: base64(tampered) })).toMatchObject({ ok: false, error: { code: 'summary.tampered' } });

    // An argument value the schema refuses is echoed in the refusal's message, never in the log.
    expect(await call('network:import', { fileName: summaryName, contentBase64: 'x', kind: riskyName })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await call(riskyName, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    const failing = { ...session.handlers, 'status:get': () => { throw new Error(`Filen ${riskyName} kunne ikke åbnes`); } } as Handlers;
    expect(await call('status:get', {}, failing)).toMatchObject({ ok: false, error: { code: 'internal' } });

    const raw = readFileSync(join(dir, 'logs', 'tovholder-2026-11-23.log'), 'utf8');
    for (const secret of secrets) expect(raw).not.toContain(secret);
    const lines = logLines(dir);
    const refusals = lines.filter((line) => line.event === 'contract.refused');
    expect(refusals.map((line) => line.code)).toEqual([
      'import.needs_confirmation', extractCode, 'summary.duplicate', 'summary.tampered', 'invalid_request', 'unknown_channel', 'internal',
    ]);
    expect(refusals.map((line) => line.channel)).toEqual(['import:file', 'import:file', 'network:import', 'network:import', 'network:import', 'unknown', 'status:get']);
    for (const line of refusals) expect(Object.keys(line).sort()).toEqual(['at', 'channel', 'code', 'event', 'level', 'ms']);
    expect(lines.find((line) => line.event === 'contract.internal')).toMatchObject({ level: 'error', channel: 'status:get', error: 'Error' });
    session.close();
  });

  it('describes an error by its class, its code and the code files of its stack, never its message or a folder', () => {
    const error = Object.assign(new Error(`ENOENT: no such file, open '/home/jens.hansen/${riskyName}'`), { code: 'ENOENT' });
    error.stack = [
      `Error: ${error.message}`,
      '    at readFileSync (node:fs:441:20)',
      '    at readExtract (/home/jens.hansen/Tovholder/resources/app.asar/dist/node/main.cjs:1200:7)',
      '    at /home/jens.hansen/Tovholder/dist/node/main.cjs:88:3',
    ].join('\n');
    expect(describeError(error)).toEqual({
      error: 'Error',
      code: 'ENOENT',
      stack: ['readFileSync (fs:441:20)', 'readExtract (main.cjs:1200:7)', '<anonymous> (main.cjs:88:3)'],
    });
    expect(describeError('Hansen, Jens')).toEqual({ error: 'string' });
    expect(describeError(Object.assign(new Error('x'), { code: riskyName, name: 'Hansen, Jens' }))).toMatchObject({ error: 'Error' });
    expect(describeError(Object.assign(new Error('x'), { code: riskyName }))).not.toHaveProperty('code');
  });

  it('drops any detail that reads like text, and scrubs the code-like rest', () => {
    const dir = tempDir();
    const log = openLogger(join(dir, 'logs'), { now: () => new Date('2026-11-23T08:00:00Z') });
    log.warn('test.details', { file: riskyName, message: 'Filen kunne ikke læses', count: 3, id: 'job-12', day: '2026-11-23', cpr: '0101801234', [riskyName]: 1 });
    expect(logLines(dir)[0]).toEqual({
      at: '2026-11-23T08:00:00.000Z',
      level: 'warn',
      event: 'test.details',
      file: '[tekst]',
      message: '[tekst]',
      count: 3,
      id: 'job-12',
      day: '2026-11-23',
      cpr: '[cpr]',
      '[tekst]': 1,
    });
  });
});
