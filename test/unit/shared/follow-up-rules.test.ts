import { describe, expect, it } from 'vitest';
import { everyField, valueFields, type ValueField } from '../../../shared/extract-columns';
import { defaultFollowUpWindows, followUpFlagsFor, windowStart, type FollowUpSubject } from '../../../shared/follow-up-rules';

const flagsOf = (subject: FollowUpSubject, asOf: string, windows = defaultFollowUpWindows) => followUpFlagsFor(subject, asOf, windows, everyField);
const without = (...fields: ValueField[]) => new Set(valueFields.filter((field) => !fields.includes(field)));

const subject = (plan: Partial<FollowUpSubject['plan']>, inLatestExtract = true): FollowUpSubject => ({
  plan: { primarySite: 'general_practice', annualCheck: '2026-01-01', eyeExam: '2026-01-01', footExam: '2026-01-01', ...plan },
  inLatestExtract,
});

describe('follow-up rules', () => {
  it('counts calendar months with the day clamped to the month end', () => {
    expect(windowStart('2026-05-31', 15)).toBe('2025-02-28');
    expect(windowStart('2028-05-31', 15)).toBe('2027-02-28');
    expect(windowStart('2029-05-31', 15)).toBe('2028-02-29');
    expect(windowStart('2026-11-23', 24)).toBe('2024-11-23');
  });

  it('keeps a check exactly on the window boundary inside it', () => {
    expect(flagsOf(subject({ annualCheck: '2025-02-28' }), '2026-05-31')).toEqual([]);
    expect(flagsOf(subject({ annualCheck: '2025-02-27' }), '2026-05-31')).toEqual(['annual_overdue']);
    expect(flagsOf(subject({ eyeExam: '2024-05-31' }), '2026-05-31')).toEqual([]);
    expect(flagsOf(subject({ footExam: '2024-05-30' }), '2026-05-31')).toEqual(['foot_missing']);
  });

  it('flags a check that was never registered', () => {
    expect(flagsOf(subject({ annualCheck: null, eyeExam: null, footExam: null }), '2026-05-31')).toEqual([
      'annual_overdue',
      'eye_missing',
      'foot_missing',
    ]);
  });

  it('never flags hospital patients or patients absent from the latest extract', () => {
    const overdue = { annualCheck: null, eyeExam: null, footExam: null };
    expect(flagsOf(subject({ ...overdue, primarySite: 'hospital' }), '2026-05-31')).toEqual([]);
    expect(flagsOf(subject(overdue, false), '2026-05-31')).toEqual([]);
  });

  it('raises no flag for a check whose column the extract lacks, whatever the cell says', () => {
    const never = subject({ annualCheck: null, eyeExam: null, footExam: null });
    expect(followUpFlagsFor(never, '2026-05-31', defaultFollowUpWindows, without('eye_exam'))).toEqual(['annual_overdue', 'foot_missing']);
    expect(followUpFlagsFor(never, '2026-05-31', defaultFollowUpWindows, without('foot_exam'))).toEqual(['annual_overdue', 'eye_missing']);
    expect(followUpFlagsFor(never, '2026-05-31', defaultFollowUpWindows, without('annual_check'))).toEqual(['eye_missing', 'foot_missing']);
    expect(followUpFlagsFor(never, '2026-05-31', defaultFollowUpWindows, without('annual_check', 'eye_exam', 'foot_exam'))).toEqual([]);
  });

  it('uses the windows it is given', () => {
    const windows = { annualCheckMonths: 12, eyeExamMonths: 24, footExamMonths: 12 };
    expect(flagsOf(subject({ annualCheck: '2025-05-30', footExam: '2025-05-31' }), '2026-05-31', windows)).toEqual(['annual_overdue']);
  });
});
