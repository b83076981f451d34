import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { everyField } from '../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import { defaultRecallSettings } from '../../../shared/recall-settings';
import { worklistEntryFor, type WorklistPatient } from '../../../shared/worklist-entry';
import { replaceInSorted, selectWorklist, sortedList, worklistNames, worklistSorts, type WorklistEntry, type WorklistSelection } from '../../../shared/worklists';

const clock = {
  asOf: '2026-11-20',
  today: '2026-11-23',
  windows: defaultFollowUpWindows,
  settings: defaultRecallSettings,
  currentBatchId: 2,
  earliestExtractDate: '2026-05-31',
  carried: everyField,
};

function patient(cpr: string, name: string | null, plan: Partial<WorklistPatient['plan']>, extra: Partial<WorklistPatient> = {}): WorklistEntry {
  return worklistEntryFor(
    {
      cpr,
      birthDate: '1950-01-01',
      sex: 'K',
      firstExtractDate: '2026-05-31',
      plan: {
        name,
        phone: null,
        gp: 'LK',
        diabetesType: 2,
        annualCheck: '2026-10-01',
        eyeExam: '2026-10-01',
        footExam: '2026-10-01',
        hba1c: 48,
        hba1cDate: '2026-10-01',
        hba1cTarget: null,
        bpSystolic: 120,
        bpDiastolic: 70,
        smoking: false,
        statin: true,
        ualb: '<30',
        ...plan,
      },
      events: [],
      vulnerable: false,
      contactPerson: null,
      ...extra,
    },
    clock,
  );
}

const select = (entries: WorklistEntry[], selection: Partial<WorklistSelection>) =>
  selectWorklist(entries, { list: 'all', filters: {}, sort: 'urgency', descending: false, ...selection }, '2026-11-24');

describe('worklists', () => {
  const entries = [
    patient('6101504011', 'Åse Jørgensen', { eyeExam: '2024-01-01', footExam: null }),
    patient('6201504021', 'Birgitte Østergaard', { footExam: '2024-01-01', hba1c: 80 }),
    patient('6301504031', 'Anne Bæk', { annualCheck: '2025-01-01' }),
    patient('6401504041', null, { annualCheck: null }),
    patient('6501504051', 'Carl Nyborg', { annualCheck: null }, { firstExtractDate: '2026-11-20' }),
    patient('6601504061', 'Dorte Due', { annualCheck: '2025-09-01' }),
  ];

  it('counts every list under the same filters', () => {
    expect(select(entries, {}).counts).toEqual({
      annual_overdue: 2,
      eye_missing: 1,
      foot_missing: 2,
      due_soon: 1,
      // Everyone is due within 60 days or overdue, and no one has a time booked.
      not_reached: 0,
      no_booking: 6,
      clinical: 1,
      remind_tomorrow: 0,
      flagged: 4,
      all: 6,
    });
    expect(select(entries, { filters: { search: 'anne' } }).counts.annual_overdue).toBe(1);
  });

  it('leaves new patients in their grace period off the flag lists but keeps them in Alle', () => {
    const annual = select(entries, { list: 'annual_overdue' }).rows.map((row) => row.cpr);
    expect(annual).not.toContain('6501504051');
    expect(select(entries, { list: 'all' }).rows.map((row) => row.cpr)).toContain('6501504051');
  });

  it('holds in Alle med flag everyone on a flag list, and no one the flag lists leave out', () => {
    const flagged = select(entries, { list: 'flagged', sort: 'cpr' }).rows.map((row) => row.cpr);
    const onAFlagList = new Set(
      (['annual_overdue', 'eye_missing', 'foot_missing'] as const).flatMap((list) => select(entries, { list }).rows.map((row) => row.cpr)),
    );
    expect(flagged).toEqual([...onAFlagList].sort());
    expect(flagged).toEqual(['6101504011', '6201504021', '6301504031', '6401504041']);
  });

  it('puts never-registered first, then the longest overdue', () => {
    expect(select(entries, { list: 'annual_overdue' }).rows.map((row) => row.cpr)).toEqual(['6401504041', '6301504031']);
  });

  it('sorts by name in Danish order with unnamed patients last', () => {
    const names = select(entries, { sort: 'name' }).rows.map((row) => row.name);
    expect(names).toEqual(['Anne Bæk', 'Birgitte Østergaard', 'Carl Nyborg', 'Dorte Due', 'Åse Jørgensen', null]);
    expect(select(entries, { sort: 'name', descending: true }).rows.at(0)?.name).toBeNull();
  });

  it('searches names ignoring case and CPR numbers with or without the dash', () => {
    expect(select(entries, { filters: { search: 'østER' } }).rows.map((row) => row.cpr)).toEqual(['6201504021']);
    expect(select(entries, { filters: { search: '610150-4011' } }).rows.map((row) => row.cpr)).toEqual(['6101504011']);
    expect(select(entries, { filters: { search: '6401' } }).rows.map((row) => row.cpr)).toEqual(['6401504041']);
  });

  it('filters by state of the list’s own check', () => {
    expect(select(entries, { list: 'foot_missing', filters: { state: 'never' } }).rows.map((row) => row.cpr)).toEqual(['6101504011']);
    expect(select(entries, { list: 'annual_overdue', filters: { state: 'never' } }).rows.map((row) => row.cpr)).toEqual(['6401504041']);
  });

  it('keeps a sorted list equal to a fresh sort when one patient changes (property)', () => {
    const dates = fc.option(fc.constantFrom('2023-01-01', '2024-06-30', '2025-02-28', '2025-09-01', '2026-10-01'), { nil: null });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: entries.length - 1 }),
        dates,
        dates,
        fc.constantFrom(...worklistNames),
        fc.constantFrom(...worklistSorts),
        (index, annualCheck, eyeExam, list, sort) => {
          const previous = entries[index]!;
          const next = patient(previous.cpr, previous.name, { annualCheck, eyeExam });
          const sorted = sortedList(entries, list, sort, '2026-11-24');
          replaceInSorted(sorted, previous, next, list, sort, '2026-11-24');
          const changed = entries.map((entry) => (entry === previous ? next : entry));
          expect(sorted.map((entry) => entry.cpr)).toEqual(sortedList(changed, list, sort, '2026-11-24').map((entry) => entry.cpr));
        },
      ),
    );
  });
});
