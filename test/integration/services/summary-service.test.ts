import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { snapshotFromStored, type StoredSnapshot } from '../../../core/db/queries';
import { importExtract } from '../../../core/services/import-service';
import { sha256Hex } from '../../../core/services/summary-hash';
import { currentSummaryTable, exportPracticeSummary, practiceSummary, summaryHistory } from '../../../core/services/summary-service';
import { verifySummarySignature } from '../../../core/services/summary-signing';
import { updateSummarySettings } from '../../../core/services/summary-settings-service';
import { ContractError } from '../../../shared/contract';
import { readSummaryText } from '../../../shared/summary/summary-file';
import { sampleCases, type SampleCase } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function context(): AppContext {
  return openAppContext(join(tempDir(), 'summary.sqlite'), { now: () => new Date('2026-06-01T08:00:00Z'), actor: 'AB' });
}

function importSample(ctx: AppContext, sample: SampleCase): void {
  for (const file of sample.files) importExtract(ctx, { fileName: file.path, bytes: new Uint8Array(readFileSync(join(sample.dir, file.path))) });
}

function expectedSummary(sample: SampleCase): { as_of: string; table: unknown } {
  return JSON.parse(readFileSync(join(sample.dir, 'expected-summary.json'), 'utf8')) as { as_of: string; table: unknown };
}

/** Every way an identifying value could be written: CPR with and without dash, dates in the extract's forms. */
function identifyingValues(ctx: AppContext): Set<string> {
  const values = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim() !== '') values.add(value.trim());
  };
  for (const row of ctx.db.prepare<[], { cpr: string; birth_date: string }>('SELECT cpr, birth_date FROM patients').all()) {
    add(row.cpr);
    add(`${row.cpr.slice(0, 6)}-${row.cpr.slice(6)}`);
    add(row.birth_date);
  }
  const dates: string[] = [];
  for (const row of ctx.db.prepare<[], StoredSnapshot>('SELECT batch_id, cpr, plan FROM snapshots').all().map(snapshotFromStored)) {
    add(row.name);
    add(row.phone);
    add(row.gp);
    add(row.practice);
    for (const date of [row.hba1c_date, row.annual_check, row.eye_exam, row.foot_exam]) if (date) dates.push(date);
  }
  for (const date of dates) {
    const [y, m, d] = date.split('-');
    add(date);
    add(`${d}-${m}-${y}`);
    add(`${d}.${m}.${y}`);
    add(`${d}/${m}/${y}`);
  }
  // Free text as read: every longer cell with letters (names, remarks, the unknown column).
  for (const { id } of ctx.db.prepare<[], { id: number }>('SELECT id FROM import_batches').all()) {
    for (const row of ctx.importQueries.rawRowsForBatch(id)) {
      for (const cell of Object.values(row.cells)) if (cell.trim().length >= 8 && /\p{L}/u.test(cell)) add(cell);
    }
  }
  return values;
}

function xlsxText(bytes: Uint8Array): string {
  const book = XLSX.read(bytes, { type: 'array' });
  return [JSON.stringify(book.Props ?? {}), ...book.SheetNames.map((name) => XLSX.utils.sheet_to_csv(book.Sheets[name]!))].join('\n');
}

describe('summary service on the shared samples', () => {
  for (const sample of sampleCases()) {
    it(`${sample.name}: counts the indicators as computed by hand`, () => {
      const ctx = context();
      importSample(ctx, sample);
      const expected = expectedSummary(sample);
      const { asOf, table } = currentSummaryTable(ctx);
      expect(asOf).toBe(expected.as_of);
      expect(table).toEqual(expected.table);
      // Every active patient is in N (type 2) or counted apart (type 1).
      expect(table.population + table.type1).toBe(sample.patients_active_not_hospital);
      ctx.db.close();
    });

    it(`${sample.name}: the exported JSON and XLSX hold no CPR, name, phone, event date or free text from the database`, () => {
      const ctx = context();
      importSample(ctx, sample);
      const json = new TextDecoder().decode(exportPracticeSummary(ctx, { label: 'Praksis A', format: 'json' }).bytes);
      const xlsx = xlsxText(exportPracticeSummary(ctx, { label: 'Praksis A', format: 'xlsx' }).bytes);
      const values = identifyingValues(ctx);
      expect(values.size).toBeGreaterThan(100);
      // The as-of date is the period of the figures, printed by design; it must not be a patient's date.
      expect(values.has(expected(sample))).toBe(false);
      const found = [...values].filter((value) => json.includes(value) || xlsx.includes(value));
      expect(found).toEqual([]);
      ctx.db.close();
    });
  }

  function expected(sample: SampleCase): string {
    return expectedSummary(sample).as_of;
  }

  it('publishes case-200 over its type 2 patients, each component with a count of 7 or less (zero too) hidden whole, the rest exact, and U-ALB not available', () => {
    const ctx = context();
    importSample(ctx, sampleCases()[0]!);
    const summary = practiceSummary(ctx, { label: 'Lægehuset' });
    expect(summary.disclosure).toEqual({ policy: 'suppress', threshold: 5 });
    expect(summary.population).toEqual({ count: 22 });
    // 5 type 1 patients: small, and the count stands alone.
    expect(summary.type1).toEqual({ count: null });
    const rows = (breakdown: keyof typeof summary.breakdowns) => summary.breakdowns[breakdown]?.map((r) => [r.key, r.count.count]);
    expect(rows('sex')).toEqual([['M', 13], ['K', 9]]);
    // Age 5, 4, 5, 8: the 5 under 40 is as hidden as the 4, or the 4 would follow from N.
    expect(rows('ageBand')).toEqual([['under_40', null], ['40_59', null], ['60_74', null], ['75_or_over', null]]);
    // HbA1c 10, 3, 9, 0: hidden whole, and with it the two HbA1c indicators that print its cells.
    expect(rows('hba1cBand')).toEqual([['below_59', null], ['59_74', null], ['75_or_above', null], ['not_registered', null]]);
    const indicator = (id: string) => summary.indicators.find((i) => i.id === id);
    expect(indicator('hba1c_below_59')).toMatchObject({ numerator: { count: null }, share: null });
    expect(indicator('hba1c_75_or_above')).toMatchObject({ numerator: { count: null }, share: null });
    expect(indicator('annual_check')).toMatchObject({ numerator: { count: 14 }, share: 0.636 });
    expect(indicator('foot_exam')).toMatchObject({ numerator: { count: 13 }, share: 0.591 });
    // 16 of 22: the unprinted rest, 6, is small, so the numerator is hidden with it.
    expect(indicator('eye_exam')).toMatchObject({ numerator: { count: null }, share: null, target: { comparator: '>=', percent: 90 } });
    // All 22 registered: the rest is 0, which is hidden too.
    expect(indicator('bp_registered')).toMatchObject({ numerator: { count: null }, share: null });
    // The extract has no U-ALB column: not available, never "0 %".
    expect(indicator('ualb_registered')).toEqual({ id: 'ualb_registered', numerator: null, share: null, target: null, unavailable: 'column_absent' });
    ctx.db.close();
  });

  it('records every export in the audit log with who, when and the SHA-256 of the file', () => {
    const ctx = context();
    importSample(ctx, sampleCases()[1]!);
    const before = ctx.queries.listAudit().length;
    const file = exportPracticeSummary(ctx, { label: 'Praksis B', format: 'json' });
    expect(file.fileName).toBe('tovholder-opgoerelse_praksis-b_2026-05-31.json');
    const audit = ctx.queries.listAudit().slice(before);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'AB', action: 'summary.export', at: '2026-06-01T08:00:00.000Z' });
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ sha256: sha256Hex(file.bytes), fileName: file.fileName, format: 'json' });
    expect(readSummaryText(new TextDecoder().decode(file.bytes), verifySummarySignature)).toMatchObject({ ok: true });
    ctx.db.close();
  });

  it('uses the threshold from the settings and gives a history point per extract', () => {
    const ctx = context();
    importSample(ctx, sampleCases()[0]!);
    updateSummarySettings(ctx, { threshold: 7 });
    const summary = practiceSummary(ctx, { label: 'L' });
    expect(summary.disclosure).toEqual({ policy: 'suppress', threshold: 7 });
    // 14 of 22 had the annual check: shown under 5 (see above), but the rest, 8, is at most 2 × 7 − 3.
    expect(summary.indicators.find((i) => i.id === 'annual_check')?.numerator).toEqual({ count: null });
    expect(summary.breakdowns.sex.map((r) => r.count.count)).toEqual([null, null]);
    expect(summaryHistory(ctx).map((point) => point.asOf)).toEqual(['2025-11-30', '2026-05-31']);
    ctx.db.close();
  });

  it('says in Danish that there is nothing to summarise before the first import', () => {
    const ctx = context();
    expect(() => practiceSummary(ctx, { label: 'L' })).toThrow(ContractError);
    expect(() => practiceSummary(ctx, { label: 'L' })).toThrow(/ikke indlæst noget udtræk/);
    ctx.db.close();
  });
});
