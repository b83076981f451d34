import { describe, expect, it } from 'vitest';
import { followUpFlagsFor, windowStart, type FollowUpSubject } from '../../../shared/follow-up-rules';

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
    expect(followUpFlagsFor(subject({ annualCheck: '2025-02-28' }), '2026-05-31')).toEqual([]);
    expect(followUpFlagsFor(subject({ annualCheck: '2025-02-27' }), '2026-05-31')).toEqual(['annual_overdue']);
    expect(followUpFlagsFor(subject({ eyeExam: '2024-05-31' }), '2026-05-31')).toEqual([]);
    expect(followUpFlagsFor(subject({ footExam: '2024-05-30' }), '2026-05-31')).toEqual(['foot_missing']);
  });

  it('flags a check that was never registered', () => {
    expect(followUpFlagsFor(subject({ annualCheck: null, eyeExam: null, footExam: null }), '2026-05-31')).toEqual([
      'annual_overdue',
      'eye_missing',
      'foot_missing',
    ]);
  });

  it('never flags hospital patients or patients absent from the latest extract', () => {
    const overdue = { annualCheck: null, eyeExam: null, footExam: null };
    expect(followUpFlagsFor(subject({ ...overdue, primarySite: 'hospital' }), '2026-05-31')).toEqual([]);
    expect(followUpFlagsFor(subject(overdue, false), '2026-05-31')).toEqual([]);
  });

  it('uses the windows it is given', () => {
    const windows = { annualCheckMonths: 12, eyeExamMonths: 24, footExamMonths: 12 };
    expect(followUpFlagsFor(subject({ annualCheck: '2025-05-30', footExam: '2025-05-31' }), '2026-05-31', windows)).toEqual(['annual_overdue']);
  });
});
