import { describe, expect, it } from 'vitest';
import { defaultFollowUpWindows } from '../../../../shared/follow-up-rules';
import { everyField, valueFields } from '../../../../shared/extract-columns';
import { followUpStateCounts } from '../../../../shared/summary/follow-up-state-counts';

describe('follow-up state counts', () => {
  const patients = [
    { primarySite: 'general_practice', diabetesType: 2, annualCheck: '2026-01-10', eyeExam: '2024-06-20', footExam: null },
    { primarySite: 'general_practice', diabetesType: 2, annualCheck: '2024-12-01', eyeExam: '2022-01-01', footExam: '2025-01-01' },
    { primarySite: 'general_practice', diabetesType: 1, annualCheck: null, eyeExam: null, footExam: null },
    { primarySite: 'hospital', diabetesType: 2, annualCheck: null, eyeExam: null, footExam: null },
  ] as const;

  it('puts each type 2 patient of general practice (N) in one state per check; type 1 and hospital patients in none', () => {
    const counts = followUpStateCounts(patients, '2026-05-31', defaultFollowUpWindows, { dueSoonDays: 60 }, everyField);
    expect(counts.annual).toEqual({ ok: 1, due_soon: 0, overdue: 1, overdue_long: 0, never: 0, not_in_extract: 0 });
    // Eye: 2024-06-20 turns overdue 2026-06-21, within 60 days; 2022-01-01 was overdue from 2024-01-02.
    expect(counts.eye).toEqual({ ok: 0, due_soon: 1, overdue: 0, overdue_long: 1, never: 0, not_in_extract: 0 });
    expect(counts.foot).toEqual({ ok: 1, due_soon: 0, overdue: 0, overdue_long: 0, never: 1, not_in_extract: 0 });
  });

  it('counts a check the extract has no column for as not in the extract, never as never registered', () => {
    const carried = new Set(valueFields.filter((field) => field !== 'foot_exam'));
    const counts = followUpStateCounts(patients, '2026-05-31', defaultFollowUpWindows, { dueSoonDays: 60 }, carried);
    expect(counts.foot).toEqual({ ok: 0, due_soon: 0, overdue: 0, overdue_long: 0, never: 0, not_in_extract: 2 });
  });
});
