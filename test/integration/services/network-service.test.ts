import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { importExtract } from '../../../core/services/import-service';
import { exportNetworkFile, importSummaryFile, listSummaryFiles, networkReport, removeSummaryFile } from '../../../core/services/network-service';
import { exportPracticeSummary } from '../../../core/services/summary-service';
import { updateSummarySettings } from '../../../core/services/summary-settings-service';
import { dispatch } from '../../../core/contract-handlers';
import { ContractError, contract } from '../../../shared/contract';
import { demoExtractFile } from '../../../shared/demo/demo-extract';
import type { Disclosure } from '../../../shared/summary/disclosure-policy';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { openTestSession } from '../../support/session';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function context(name: string, now = '2026-06-01T08:00:00Z'): AppContext {
  return openAppContext(join(tempDir(), `${name}.sqlite`), { now: () => new Date(now), actor: 'koordinator' });
}

// One database per practice within a test, as in a practice: all its files are signed by its key.
const practiceDbs = new Map<string, string>();
afterEach(() => practiceDbs.clear());

/** A practice's summary file, made the way a practice makes it: import a demo extract, export (under `disclosure`, if given). */
function practiceFile(label: string, seed: number, extractDate = '2026-05-31', disclosure?: Disclosure): { fileName: string; bytes: Uint8Array } {
  const path = practiceDbs.get(label) ?? join(tempDir(), 'praksis.sqlite');
  practiceDbs.set(label, path);
  const ctx = openAppContext(path, { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'praksis' });
  const demo = demoExtractFile({ seed, patients: 120 + seed, extractDate });
  // Another seed is other patients: the practice confirms the extract that replaces the list.
  importExtract(ctx, { bytes: demo.bytes, fileName: demo.fileName, confirmed: true });
  if (disclosure) updateSummarySettings(ctx, disclosure);
  const file = exportPracticeSummary(ctx, { label, format: 'json', asOf: extractDate });
  ctx.db.close();
  return file;
}

function refusal(action: () => unknown): { code: string; message: string } {
  try {
    action();
  } catch (error) {
    if (error instanceof ContractError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: 'no error', message: '' };
}

async function asyncRefusal(action: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await action();
  } catch (error) {
    if (error instanceof ContractError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: 'no error', message: '' };
}

function rowCount(ctx: AppContext): number {
  return (ctx.db.prepare('SELECT count(*) AS n FROM network_summaries').get() as { n: number }).n;
}

describe('network service', () => {
  it('imports practice summaries and reports each practice beside the network, as letters unless labels are on', () => {
    const ctx = context('coordinator');
    for (const [label, seed] of [['Lægehuset Nord', 1], ['Lægerne Syd', 2], ['Klinik Øst', 3]] as const) importSummaryFile(ctx, practiceFile(label, seed));
    expect(listSummaryFiles(ctx).map((entry) => [entry.kind, entry.label, entry.period])).toEqual([
      ['practice', 'Lægehuset Nord', '2026'], ['practice', 'Lægerne Syd', '2026'], ['practice', 'Klinik Øst', '2026'],
    ]);
    const [period] = networkReport(ctx, { showLabels: false, networkLabel: 'Netværket' });
    expect(period!.practices.map((p) => p.name)).toEqual(['A', 'B', 'C']);
    expect(period!.network.practices).toBe(3);
    expect(period!.practices.every((p) => p.population !== null)).toBe(true);
    expect(period!.network.population).toEqual({ count: period!.practices.reduce((sum, p) => sum + (p.population ?? 0), 0), practicesIncluded: 3, withheld: null });
    expect(period!.network.disclosure).toEqual({ policy: 'suppress', threshold: 5 });
    expect(networkReport(ctx, { showLabels: true, networkLabel: 'N' })[0]!.practices.map((p) => p.name)).toEqual(['Lægehuset Nord', 'Lægerne Syd', 'Klinik Øst']);
    const audit = ctx.queries.listAudit().filter((row) => row.action === 'network.import');
    expect(audit).toHaveLength(3);
    ctx.db.close();
  });

  it('refuses a repeated file, a second file from the same practice and period, a tampered file and a wrong version, writing nothing', () => {
    const ctx = context('refusals');
    const first = practiceFile('Lægehuset Nord', 4);
    importSummaryFile(ctx, first);
    expect(refusal(() => importSummaryFile(ctx, { ...first, fileName: 'kopi.json' }))).toMatchObject({ code: 'summary.duplicate', message: expect.stringContaining('allerede indlæst') });
    expect(refusal(() => importSummaryFile(ctx, practiceFile('Lægehuset Nord', 5, '2026-04-30')))).toMatchObject({
      code: 'summary.samePeriod',
      message: expect.stringContaining('Lægehuset Nord for 2026'),
    });
    const text = new TextDecoder().decode(practiceFile('Lægerne Syd', 6).bytes);
    const tampered = text.replace(/"count": (\d+)/, (_match, n: string) => `"count": ${Number(n) + 10}`);
    expect(refusal(() => importSummaryFile(ctx, { fileName: 't.json', bytes: new TextEncoder().encode(tampered) }))).toMatchObject({ code: 'summary.tampered' });
    const future = text.replace('"version": 3', '"version": 4');
    expect(future).not.toBe(text);
    expect(refusal(() => importSummaryFile(ctx, { fileName: 'v4.json', bytes: new TextEncoder().encode(future) }))).toMatchObject({ code: 'summary.wrongVersion' });
    expect(refusal(() => importSummaryFile(ctx, { fileName: 'x.csv', bytes: new TextEncoder().encode('CPR;Navn\n') }))).toMatchObject({ code: 'summary.notJson' });
    expect(refusal(() => importSummaryFile(ctx, { ...practiceFile('Lægerne Syd', 6), kind: 'network' }))).toMatchObject({
      code: 'summary.wrongKind',
      message: expect.stringContaining('ikke netværkets'),
    });
    expect(rowCount(ctx)).toBe(1);
    ctx.db.close();
  });

  it("refuses a practice's file made under another policy or a lower threshold than the network's, writing nothing", () => {
    const ctx = context('policy');
    updateSummarySettings(ctx, { policy: 'round', threshold: 6 });
    const before = databaseFingerprint(ctx.db);
    expect(refusal(() => importSummaryFile(ctx, practiceFile('Nord', 16, '2026-05-31', { policy: 'suppress', threshold: 6 })))).toEqual({
      code: 'summary.otherPolicy',
      message: 'Opgørelsen fra Nord er lavet med «Skjul små antal, vis resten præcist», men netværket bruger «Skjul små antal, afrund resten til nærmeste 5». Bed praksis lave den igen med netværkets indstilling.',
    });
    expect(refusal(() => importSummaryFile(ctx, practiceFile('Syd', 17, '2026-05-31', { policy: 'round', threshold: 5 })))).toEqual({
      code: 'summary.lowThreshold',
      message: 'Opgørelsen fra Syd skjuler antal under 5, men netværket kræver mindst 6. Bed praksis lave den igen med grænsen 6.',
    });
    expect(databaseFingerprint(ctx.db)).toBe(before);
    // The network's policy with the same or a higher threshold is taken in.
    importSummaryFile(ctx, practiceFile('Vest', 18, '2026-05-31', { policy: 'round', threshold: 6 }));
    importSummaryFile(ctx, practiceFile('Øst', 19, '2026-05-31', { policy: 'round', threshold: 7 }));
    expect(listSummaryFiles(ctx).map((entry) => entry.label)).toEqual(['Vest', 'Øst']);
    ctx.db.close();
  });

  it('writes the network report XLSX and a network summary that a practice imports back', async () => {
    const ctx = context('export');
    importSummaryFile(ctx, practiceFile('Nord', 7, '2025-05-31'));
    importSummaryFile(ctx, practiceFile('Nord', 8));
    importSummaryFile(ctx, practiceFile('Syd', 9));
    expect(await asyncRefusal(() => exportNetworkFile(ctx, { showLabels: false, networkLabel: 'TværSam', format: 'summary' }))).toMatchObject({
      code: 'network.tooFew',
      message: expect.stringContaining('mindst 3'),
    });
    importSummaryFile(ctx, practiceFile('Vest', 13));
    const report = await exportNetworkFile(ctx, { showLabels: false, networkLabel: 'TværSam', format: 'xlsx' });
    const book = XLSX.read(report.bytes, { type: 'array' });
    expect(book.SheetNames).toEqual(['Om rapporten', 'Sammenligning 2025', 'Fordelinger 2025', 'Sammenligning 2026', 'Fordelinger 2026', 'Udvikling']);
    const table = XLSX.utils.sheet_to_json<string[]>(book.Sheets['Sammenligning 2026']!, { header: 1 });
    expect(table[0]).toEqual(['Indikator', 'Mål', 'A', 'B', 'C', 'Netværket', 'Praksis med i netværkstallet']);
    expect(JSON.stringify(table)).not.toContain('Nord');

    expect(await asyncRefusal(() => exportNetworkFile(ctx, { showLabels: false, networkLabel: 'TværSam', format: 'summary', period: '2025' }))).toMatchObject({
      code: 'network.tooFew',
    });
    expect(await asyncRefusal(() => exportNetworkFile(ctx, { showLabels: false, networkLabel: 'TværSam', format: 'summary', period: '2019' }))).toMatchObject({
      code: 'network.noPeriod',
    });
    const feedback = await exportNetworkFile(ctx, { showLabels: false, networkLabel: 'TværSam', format: 'summary' });
    expect(ctx.queries.listAudit().filter((row) => row.action === 'network.export').map((row) => JSON.parse(row.details).sha256)).toEqual([report.sha256, feedback.sha256]);
    const practice = context('practice-receives');
    const entry = importSummaryFile(practice, feedback);
    expect(entry).toMatchObject({ kind: 'network', label: 'TværSam', period: '2026' });
    expect(entry.summary.kind === 'network' && entry.summary.practices).toBe(3);
    practice.db.close();
    ctx.db.close();
  });

  it('removes an imported summary so a corrected one can take its place', () => {
    const ctx = context('remove');
    const entry = importSummaryFile(ctx, practiceFile('Nord', 10, '2026-04-30'));
    expect(removeSummaryFile(ctx, entry.id)).toEqual({ id: entry.id });
    expect(rowCount(ctx)).toBe(0);
    // The correction is a summary of a newer extract in the same period: a released date keeps its figures.
    expect(importSummaryFile(ctx, practiceFile('Nord', 11, '2026-05-31'))).toMatchObject({ label: 'Nord', period: '2026', asOf: '2026-05-31' });
    expect(refusal(() => removeSummaryFile(ctx, 999))).toMatchObject({ code: 'summary.notFound' });
    ctx.db.close();
  });

  it('works over the contract: files travel as base64, answers parse with their schemas', async () => {
    const session = await openTestSession(tempDir(), { now: new Date('2026-06-01T08:00:00Z') });
    const ctx = session.context()!;
    const handlers = session.handlers;
    importSummaryFile(ctx, practiceFile('Syd', 14));
    importSummaryFile(ctx, practiceFile('Vest', 15));
    const file = practiceFile('Nord', 12);
    const imported = await dispatch(handlers, 'network:import', { fileName: file.fileName, contentBase64: Buffer.from(file.bytes).toString('base64'), kind: 'practice' });
    expect(imported.ok).toBe(true);
    if (imported.ok) expect(() => contract['network:import'].response.parse(imported.value)).not.toThrow();
    const report = await dispatch(handlers, 'network:report', { showLabels: false, networkLabel: 'N' });
    expect(report.ok && contract['network:report'].response.parse(report.value).periods).toHaveLength(1);
    const exported = await dispatch(handlers, 'network:export', { showLabels: false, networkLabel: 'N', format: 'summary' });
    expect(exported.ok && Buffer.from(contract['network:export'].response.parse(exported.value).contentBase64, 'base64').toString('utf8')).toContain('"kind": "network"');
    expect(await dispatch(handlers, 'network:import', { fileName: 'x.json', contentBase64: '***' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch(handlers, 'network:remove', { id: 999 })).toMatchObject({ ok: false, error: { code: 'summary.notFound' } });
    session.close();
  });
});
