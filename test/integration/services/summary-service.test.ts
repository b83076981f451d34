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

  it('publishes case-200 over its type 2 patients with its small cells hidden, the next smallest hidden beside them, and U-ALB not available', () => {
    const ctx = context();
    importSample(ctx, sampleCases()[0]!);
    const summary = practiceSummary(ctx, { label: 'Lægehuset' });
    expect(summary.population).toEqual({ count: 22, suppressed: null });
    expect(summary.type1).toEqual({ count: 5, suppressed: null });
    const row = (breakdown: keyof typeof summary.breakdowns, key: string) => summary.breakdowns[breakdown]?.find((r) => r.key === key)?.count;
    expect(row('ageBand', '40_59')).toEqual({ count: null, suppressed: 'small' });
    expect(row('ageBand', '60_74')).toEqual({ count: null, suppressed: 'secondary' });
    expect(row('ageBand', 'under_40')).toEqual({ count: 5, suppressed: null });
    expect(row('hba1cBand', '59_74')).toEqual({ count: null, suppressed: 'small' });
    expect(row('hba1cBand', '75_or_above')).toEqual({ count: null, suppressed: 'secondary' });
    expect(row('hba1cBand', 'not_registered')).toEqual({ count: 0, suppressed: null });
    const indicator = (id: string) => summary.indicators.find((i) => i.id === id);
    expect(indicator('hba1c_75_or_above')).toMatchObject({ numerator: { count: null, suppressed: 'secondary' }, share: null });
    expect(indicator('eye_exam')).toMatchObject({ numerator: { count: 16, suppressed: null }, share: 0.727, target: { comparator: '>=', percent: 90 } });
    expect(indicator('bp_registered')).toMatchObject({ numerator: { count: 22, suppressed: null }, share: 1 });
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
    expect(summary.indicators.find((i) => i.id === 'bp_systolic_below_130')?.numerator).toEqual({ count: null });
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
