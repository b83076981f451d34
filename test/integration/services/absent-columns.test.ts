import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { dataQuality } from '../../../core/services/data-quality-service';
import { flagCounts } from '../../../core/services/follow-up-service';
import { importExtract } from '../../../core/services/import-service';
import { patientPanel } from '../../../core/services/patient-panel-service';
import { practiceSummary } from '../../../core/services/summary-service';
import { queryWorklist } from '../../../core/services/worklist-service';
import { subtractMonthsClamped } from '../../../shared/calendar-dates';
import type { WorklistName } from '../../../shared/worklists';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

const header = ['CPR-nr.', 'Navn', 'HbA1c', 'HbA1c dato', 'BT', 'U-ALB', 'Rygestatus', 'Statiner', 'Årskontrol', 'Øjenlægekontrol', 'Fodterapeut', 'Telefon', 'Læge'];
const danish = (iso: string) => iso.split('-').reverse().join('-');

/**
 * Twelve patients with nothing registered but their name, phone, GP, CPR and an undated HbA1c: in
 * a full extract every check is flagged and every clinical rule that can fire on a missing value does. Replacement CPR
 * numbers (day + 60), so nobody real.
 */
function extractWithout(extractDate: string, absent: readonly string[]): Uint8Array {
  const columns = header.filter((column) => !absent.includes(column));
  const rows = Array.from({ length: 12 }, (_, index) => {
    const cells: Record<string, string> = {
      'CPR-nr.': `${61 + index}0155-${1000 + index}`,
      Navn: `Patient ${index}`,
      Telefon: `2${String(index).padStart(7, '0')}`,
      Læge: 'LH',
      // A value without its date: only the date's column says whether it is recent.
      HbA1c: '50',
      // One patient with every value, so each column holds something.
      ...(index === 0
        ? { HbA1c: '50', 'HbA1c dato': danish(extractDate), BT: '120/70', 'U-ALB': '<30', Rygestatus: 'Nej', Statiner: 'Ja', Årskontrol: danish(extractDate), Øjenlægekontrol: danish(extractDate), Fodterapeut: danish(extractDate) }
        : {}),
    };
    return columns.map((column) => cells[column] ?? '');
  });
  return new TextEncoder().encode(`Udtrukket: ${danish(extractDate)}\n${[columns, ...rows].map((row) => row.join(';')).join('\n')}\n`);
}

function practice(extractDate: string, absent: readonly string[], dbPath = join(tempDir(), 'absent.sqlite')): AppContext {
  const ctx = openAppContext(dbPath, { now: () => new Date(`${extractDate}T10:00:00Z`), actor: 'AB' });
  importExtract(ctx, { fileName: 'udtraek.csv', bytes: extractWithout(extractDate, absent) });
  return ctx;
}

const list = (ctx: AppContext, name: WorklistName) => queryWorklist(ctx, { list: name, filters: {}, sort: 'cpr', descending: false, asOf: 'today', offset: 0, limit: 100 });
const clinicalOf = (ctx: AppContext) => new Set(list(ctx, 'all').rows.flatMap((row) => row.clinical));
const indicator = (ctx: AppContext, id: string) => practiceSummary(ctx, { label: 'P' }).indicators.find((entry) => entry.id === id);

// A month's end, a leap day and New Year's Day: the as-of date is the extract's and the host's today.
describe.each(['2026-05-31', '2028-02-29', '2027-01-01'])('an extract of %s that lacks a column', (extractDate) => {
  it('has every check flagged and every value missing when the columns are there (the control)', () => {
    const ctx = practice(extractDate, []);
    expect(flagCounts(ctx, 'today').counts).toMatchObject({ annual_overdue: 11, eye_missing: 11, foot_missing: 11 });
    expect([...clinicalOf(ctx)].sort()).toEqual(['no_bp', 'no_recent_hba1c', 'no_statin', 'smoking_unregistered']);
    expect(dataQuality(ctx).absentColumns).toEqual([]);
    // No one has a U-ALB: the 0 is hidden, but with the column there the indicator is available.
    expect(indicator(ctx, 'ualb_registered')).toMatchObject({ numerator: { count: null }, unavailable: null });
    ctx.db.close();
  });

  it.each([
    ['Øjenlægekontrol', 'eye', 'eye_missing', 'eyeExam', 'eye_exam'],
    ['Fodterapeut', 'foot', 'foot_missing', 'footExam', 'foot_exam'],
    ['Årskontrol', 'annual', 'annual_overdue', 'annualCheck', 'annual_check'],
  ] as const)('without %s: the check is not in the extract, flags no one, its list is empty and says why', (column, check, flag, value, indicatorId) => {
    const ctx = practice(extractDate, [column]);
    const counts = flagCounts(ctx, 'today');
    expect(counts.counts[flag]).toBe(0);
    expect(counts.absentChecks).toEqual([check]);
    const page = list(ctx, flag);
    expect(page.total).toBe(0);
    expect(page.absentChecks).toEqual([check]);
    const panel = patientPanel(ctx, '6201551001', 'today');
    expect(panel.entry?.checks[check].state).toBe('not_in_extract');
    expect(panel.absentChecks).toEqual([check]);
    expect(dataQuality(ctx).absentColumns).toEqual([value]);
    expect(dataQuality(ctx).counts[value]).toBe(0);
    expect(indicator(ctx, indicatorId)).toMatchObject({ numerator: null, share: null, unavailable: 'column_absent' });
    ctx.db.close();
  });

  it.each([
    ['HbA1c dato', 'no_recent_hba1c', null, 'hba1c_date'],
    ['Rygestatus', 'smoking_unregistered', 'smoking_registered', 'smoking'],
    ['Statiner', 'no_statin', 'statin', 'statin'],
    ['U-ALB', null, 'ualb_registered', 'ualb'],
  ] as const)('without %s: no clinical rule or indicator claims the value missing', (column, rule, indicatorId, field) => {
    const ctx = practice(extractDate, [column]);
    if (rule) expect(clinicalOf(ctx).has(rule)).toBe(false);
    if (indicatorId) expect(indicator(ctx, indicatorId)).toMatchObject({ numerator: null, share: null, unavailable: 'column_absent' });
    expect(patientPanel(ctx, '6201551001', 'today').absentFields).toContain(field);
    // The checks are all there, so they flag as before.
    expect(flagCounts(ctx, 'today').counts.annual_overdue).toBe(11);
    ctx.db.close();
  });

  it('flags as of today by default in the app, with the window counted from today', () => {
    const dbPath = join(tempDir(), 'absent.sqlite');
    const ctx = practice(extractDate, [], dbPath);
    // The one patient with every check done on the extract date is due again 15 months later.
    const later = subtractMonthsClamped(extractDate, -16);
    const clock = openAppContext(dbPath, { now: () => new Date(`${later}T10:00:00Z`) });
    expect(flagCounts(clock, 'today')).toMatchObject({ asOf: later, counts: { annual_overdue: 12 } });
    expect(flagCounts(clock, 'extract')).toMatchObject({ asOf: extractDate, counts: { annual_overdue: 11 } });
    clock.db.close();
    ctx.db.close();
  });
});
