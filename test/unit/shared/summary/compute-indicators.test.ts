import { describe, expect, it } from 'vitest';
import { ageBand, ageOn, hba1cBand } from '../../../../shared/summary/breakdowns';
import { computeSummaryTable, indicatorHits, type SummaryPatient } from '../../../../shared/summary/compute-indicators';
import { defaultFollowUpWindows } from '../../../../shared/follow-up-rules';
import { everyField, valueFields, type ValueField } from '../../../../shared/extract-columns';
import { indicatorIds } from '../../../../shared/summary/indicator-definitions';

const without = (...fields: ValueField[]) => new Set(valueFields.filter((field) => !fields.includes(field)));

const base: SummaryPatient = {
  sex: 'K',
  birthDate: '1960-06-01',
  diabetesType: 2,
  primarySite: 'general_practice',
  hba1c: null,
  bpSystolic: null,
  bpDiastolic: null,
  ualb: null,
  smoking: null,
  statin: null,
  annualCheck: null,
  eyeExam: null,
  footExam: null,
  rehab: null,
};

describe('indicator hits', () => {
  it('counts a date on the window boundary as inside, the day before and a future date as outside (A = 2026-05-31)', () => {
    const hit = (patch: Partial<SummaryPatient>) => indicatorHits({ ...base, ...patch }, '2026-05-31', defaultFollowUpWindows);
    expect(hit({ annualCheck: '2025-02-28' }).annual_check).toBe(true);
    expect(hit({ annualCheck: '2025-02-27' }).annual_check).toBe(false);
    expect(hit({ annualCheck: '2026-06-01' }).annual_check).toBe(false);
    expect(hit({ eyeExam: '2024-05-31' }).eye_exam).toBe(true);
    expect(hit({ eyeExam: '2024-05-30' }).eye_exam).toBe(false);
    expect(hit({ footExam: '2024-05-31' }).foot_exam).toBe(true);
  });

  it('uses strict thresholds for BP and HbA1c and counts a registered "Nej" for smoking', () => {
    const hit = (patch: Partial<SummaryPatient>) => indicatorHits({ ...base, ...patch }, '2026-05-31', defaultFollowUpWindows);
    expect(hit({ bpSystolic: 129, bpDiastolic: 79 })).toMatchObject({ bp_systolic_below_130: true, bp_diastolic_below_80: true, bp_registered: true });
    expect(hit({ bpSystolic: 130, bpDiastolic: 80 })).toMatchObject({ bp_systolic_below_130: false, bp_diastolic_below_80: false, bp_registered: true });
    expect(hit({ bpSystolic: 120 })).toMatchObject({ bp_registered: false });
    expect(hit({ hba1c: 58.9 })).toMatchObject({ hba1c_below_59: true, hba1c_75_or_above: false });
    expect(hit({ hba1c: 59 })).toMatchObject({ hba1c_below_59: false, hba1c_75_or_above: false });
    expect(hit({ hba1c: 75 })).toMatchObject({ hba1c_75_or_above: true });
    expect(hit({ smoking: false, statin: false, rehab: false })).toMatchObject({ smoking_registered: true, statin: false, rehab_offered: false });
    expect(hit({ ualb: '<30' }).ualb_registered).toBe(true);
  });
});

describe('bands', () => {
  it('age is in whole years, the birthday counting as reached', () => {
    expect(ageOn('1966-05-31', '2026-05-31')).toBe(60);
    expect(ageOn('1966-06-01', '2026-05-31')).toBe(59);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect([39, 40, 59, 60, 74, 75].map(ageBand)).toEqual(['under_40', '40_59', '40_59', '60_74', '60_74', '75_or_over']);
  });

  it('HbA1c bands are closed below', () => {
    expect([null, 20, 58.99, 59, 74.9, 75, 200].map(hba1cBand)).toEqual([
      'not_registered', 'below_59', 'below_59', '59_74', '59_74', '75_or_above', '75_or_above',
    ]);
  });
});

describe('summary table', () => {
  it('counts type 2 patients of general practice as N, type 1 apart, hospital patients not at all, each breakdown adding up to N', () => {
    const table = computeSummaryTable(
      [
        base,
        { ...base, sex: 'M', hba1c: 80 },
        { ...base, sex: 'M', diabetesType: 1, hba1c: 90, annualCheck: '2026-01-01' },
        { ...base, primarySite: 'hospital' },
      ],
      '2026-05-31',
      defaultFollowUpWindows,
      everyField,
    );
    expect(table.population).toBe(2);
    expect(table.type1).toBe(1);
    expect(table.breakdowns.sex).toEqual({ M: 1, K: 1 });
    expect(table.breakdowns.hba1cBand).toEqual({ below_59: 0, '59_74': 0, '75_or_above': 1, not_registered: 1 });
    expect(table.indicators.hba1c_75_or_above).toBe(1);
    expect(table.indicators.annual_check).toBe(0);
  });

  it.each([
    ['eye_exam', ['eye_exam']],
    ['foot_exam', ['foot_exam']],
    ['annual_check', ['annual_check']],
    ['hba1c', ['hba1c_below_59', 'hba1c_75_or_above']],
    ['ualb', ['ualb_registered']],
    ['smoking', ['smoking_registered']],
    ['statin', ['statin']],
    ['bp_systolic', ['bp_systolic_below_130', 'bp_registered']],
    ['rehab', ['rehab_offered']],
  ] as const)('without a %s column, publishes its indicators as not available, never 0, and the rest as before', (field, unavailable) => {
    const patients = [base, { ...base, hba1c: 50, ualb: '<30' as const, smoking: false, statin: true, eyeExam: '2026-01-01' }];
    const full = computeSummaryTable(patients, '2026-05-31', defaultFollowUpWindows, everyField);
    const table = computeSummaryTable(patients, '2026-05-31', defaultFollowUpWindows, without(field));
    for (const id of indicatorIds) expect(table.indicators[id]).toBe((unavailable as readonly string[]).includes(id) ? null : full.indicators[id]);
    expect(table.population).toBe(2);
    expect(table.breakdowns.hba1cBand === null).toBe(field === 'hba1c');
  });
});
