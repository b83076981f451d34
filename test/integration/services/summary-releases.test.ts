import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { dispatch } from '../../../core/contract-handlers';
import { openDatabaseSession } from '../../../core/host/database-session';
import { openLogger } from '../../../core/log';
import { importExtract, undoLatestImport } from '../../../core/services/import-service';
import { updateFollowUpWindows } from '../../../core/services/settings-service';
import { currentSummaryTable, exportPracticeSummary, practiceSummary, summaryHistory, summaryReleases } from '../../../core/services/summary-service';
import { updateSummarySettings } from '../../../core/services/summary-settings-service';
import { ContractError, contract } from '../../../shared/contract';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { builtWorkerPath } from '../../support/import-jobs';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

/** Case-200 on a real SQLite file: extracts of 30-11-2025 and 31-05-2026. */
function practice(): AppContext {
  const ctx = openAppContext(join(tempDir(), 'releases.sqlite'), { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'AB' });
  const sample = sampleCases()[0]!;
  for (const file of sample.files) importExtract(ctx, { fileName: file.path, bytes: new Uint8Array(readFileSync(join(sample.dir, file.path))) });
  return ctx;
}

/** Runs `refused`, which must throw a ContractError with `code`, and shows the database is as it was. */
function expectRefusedUnchanged(ctx: AppContext, code: string, refused: () => unknown): string {
  const before = databaseFingerprint(ctx.db);
  let caught: unknown;
  try {
    refused();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ContractError);
  expect((caught as ContractError).code).toBe(code);
  expect(databaseFingerprint(ctx.db)).toBe(before);
  return (caught as ContractError).message;
}

describe('the as-of date of a summary', () => {
  it('is the date of an imported extract, and the table is that extract as of its own date', () => {
    const ctx = practice();
    const [older, current] = summaryHistory(ctx);
    expect(currentSummaryTable(ctx)).toEqual({ asOf: '2026-05-31', table: current!.table });
    expect(currentSummaryTable(ctx, '2025-11-30')).toEqual({ asOf: '2025-11-30', table: older!.table });
    expect(older!.table).not.toEqual(current!.table);
    expect(practiceSummary(ctx, { label: 'L', asOf: '2025-11-30' }).asOf).toBe('2025-11-30');
    ctx.db.close();
  });

  it('is refused for any other date, in Danish with the extract dates, for the preview and the export alike, with nothing changed', () => {
    const ctx = practice();
    for (const asOf of ['2026-06-01', '2025-12-01', '1990-01-01', '2099-12-31']) {
      const message = expectRefusedUnchanged(ctx, 'summary.asOfNotExtract', () => exportPracticeSummary(ctx, { label: 'L', format: 'json', asOf }));
      expect(message).toContain('Opgørelsen kan kun laves pr. datoen for et indlæst udtræk: 30-11-2025, 31-05-2026.');
      expect(() => practiceSummary(ctx, { label: 'L', asOf })).toThrow(/kun laves pr\. datoen for et indlæst udtræk/);
    }
    expect(summaryReleases(ctx)).toEqual([]);
    ctx.db.close();
  });

  it('is no longer offered once its extract is undone, while its release is remembered', () => {
    const ctx = practice();
    exportPracticeSummary(ctx, { label: 'L', format: 'json' });
    undoLatestImport(ctx);
    expectRefusedUnchanged(ctx, 'summary.asOfNotExtract', () => exportPracticeSummary(ctx, { label: 'L', format: 'json', asOf: '2026-05-31' }));
    expect(summaryReleases(ctx).map((release) => release.asOf)).toEqual(['2026-05-31']);
    ctx.db.close();
  });
});

describe('the release history', () => {
  it('records each JSON and XLSX export with its audit line: as-of, policy, threshold, label, SHA-256, cells, when and who', () => {
    const ctx = practice();
    const auditBefore = ctx.queries.listAudit().length;
    const json = exportPracticeSummary(ctx, { label: 'Lægehuset', format: 'json' });
    const xlsx = exportPracticeSummary(ctx, { label: 'Lægehuset', format: 'xlsx' });
    expect(ctx.queries.listAudit().slice(auditBefore).map((line) => JSON.parse(line.details).sha256)).toEqual([json.sha256, xlsx.sha256]);
    const rows = ctx.releaseQueries.listReleases();
    expect(rows.map((row) => [row.format, row.file_sha256])).toEqual([['xlsx', xlsx.sha256], ['json', json.sha256]]);
    expect(rows[1]).toMatchObject({ as_of: '2026-05-31', policy: 'suppress', threshold: 5, label: 'Lægehuset', released_at: '2026-06-01T08:00:00.000Z', actor: 'AB' });
    // The cells are kept exactly as the JSON file wrote them.
    const written = JSON.parse(new TextDecoder().decode(json.bytes));
    expect(JSON.parse(rows[1]!.cells)).toEqual({ population: written.population, type1: written.type1, indicators: written.indicators, breakdowns: written.breakdowns });
    expect(summaryReleases(ctx)[1]).toEqual({
      id: rows[1]!.id, asOf: '2026-05-31', policy: 'suppress', threshold: 5, label: 'Lægehuset', format: 'json', sha256: json.sha256,
      releasedAt: '2026-06-01T08:00:00.000Z', actor: 'AB',
    });
    ctx.db.close();
  });

  it('refuses a second release of a date whose counts changed since, with nothing written', () => {
    const ctx = practice();
    exportPracticeSummary(ctx, { label: 'L', format: 'json', asOf: '2025-11-30' });
    // 22 of 23 had an eye exam within 24 months (hidden: the rest is 1); 11 within 12 months is shown.
    updateFollowUpWindows(ctx, { eyeExamMonths: 12 });
    const message = expectRefusedUnchanged(ctx, 'summary.releaseDiffers', () => exportPracticeSummary(ctx, { label: 'L', format: 'xlsx', asOf: '2025-11-30' }));
    expect(message).toContain('30-11-2025 er allerede sendt');
    // Another extract's date is a new release.
    expect(exportPracticeSummary(ctx, { label: 'L', format: 'json', asOf: '2026-05-31' }).summary.asOf).toBe('2026-05-31');
    ctx.db.close();
  });

  it('refuses a date already released under another policy (the CLI override), and allows the other policy on a new date', () => {
    const ctx = practice();
    exportPracticeSummary(ctx, { label: 'L', format: 'json', asOf: '2025-11-30' });
    const message = expectRefusedUnchanged(ctx, 'summary.releaseDiffers', () =>
      exportPracticeSummary(ctx, { label: 'L', format: 'json', asOf: '2025-11-30', policy: 'round' }),
    );
    expect(message).toContain('metoden »Skjul små antal, vis resten præcist«');
    const round = exportPracticeSummary(ctx, { label: 'L', format: 'json', asOf: '2026-05-31', policy: 'round' });
    expect(round.disclosure).toEqual({ policy: 'round', threshold: 5 });
    expect(summaryReleases(ctx).map((release) => [release.asOf, release.policy])).toEqual([['2026-05-31', 'round'], ['2025-11-30', 'suppress']]);
    ctx.db.close();
  });

  it('refuses a threshold lower than one used before, saying which, and allows a raised one', () => {
    const ctx = practice();
    updateSummarySettings(ctx, { threshold: 7 });
    exportPracticeSummary(ctx, { label: 'L', format: 'json', asOf: '2025-11-30' });
    updateSummarySettings(ctx, { threshold: 5 });
    const message = expectRefusedUnchanged(ctx, 'summary.thresholdLowered', () => exportPracticeSummary(ctx, { label: 'L', format: 'json' }));
    expect(message).toContain('grænsen 7');
    expect(message).toContain('kan hæve grænsen, men ikke sænke den');
    updateSummarySettings(ctx, { threshold: 8 });
    expect(exportPracticeSummary(ctx, { label: 'L', format: 'json' }).disclosure.threshold).toBe(8);
    ctx.db.close();
  });
});

describe('the summary channels', () => {
  it('keep asOf optional in the request, refuse a date that is no extract date in the handler, and list the releases', async () => {
    const dir = tempDir();
    const now = () => new Date('2026-05-31T10:00:00Z');
    const session = await openDatabaseSession({ dbPath: join(dir, 'contract.sqlite'), actor: 'AB', log: openLogger(join(dir, 'logs'), { now }), now, importWorkerPath: builtWorkerPath });
    const { handlers } = session;
    expect(await dispatch(handlers, 'demo:load', {})).toMatchObject({ ok: true });
    const requests = { 'summary:preview': { label: 'L', asOf: '2020-01-01' }, 'summary:export': { label: 'L', asOf: '2020-01-01', format: 'json' } };
    for (const [channel, request] of Object.entries(requests)) {
      const refused = await dispatch(handlers, channel, request);
      expect(refused).toMatchObject({ ok: false, error: { code: 'summary.asOfNotExtract', message: expect.stringContaining('datoen for et indlæst udtræk') } });
    }
    expect(await dispatch(handlers, 'summary:releases', {})).toEqual({ ok: true, value: { releases: [] } });
    const exported = await dispatch(handlers, 'summary:export', { label: 'L', format: 'json' });
    expect(exported.ok).toBe(true);
    const listed = await dispatch(handlers, 'summary:releases', {});
    expect(listed.ok && contract['summary:releases'].response.parse(listed.value).releases).toEqual([
      expect.objectContaining({ label: 'L', format: 'json', actor: 'AB', sha256: (exported as { value: { sha256: string } }).value.sha256 }),
    ]);
    session.context()!.db.close();
  });
});
