import { describe, expect, it } from 'vitest';
import { defaultFollowUpWindows } from '../../../../shared/follow-up-rules';
import { followUpStateCounts } from '../../../../shared/summary/follow-up-state-counts';

describe('follow-up state counts', () => {
  it('puts each patient of general practice in one state per check, hospital patients in none', () => {
    const counts = followUpStateCounts(
      [
        { primarySite: 'general_practice', annualCheck: '2026-01-10', eyeExam: '2024-06-20', footExam: null },
        { primarySite: 'general_practice', annualCheck: '2024-12-01', eyeExam: '2022-01-01', footExam: '2025-01-01' },
        { primarySite: 'hospital', annualCheck: null, eyeExam: null, footExam: null },
      ],
      '2026-05-31',
      defaultFollowUpWindows,
      { dueSoonDays: 60 },
    );
    expect(counts.annual).toEqual({ ok: 1, due_soon: 0, overdue: 1, overdue_long: 0, never: 0 });
    // Eye: 2024-06-20 turns overdue 2026-06-21, within 60 days; 2022-01-01 was overdue from 2024-01-02.
    expect(counts.eye).toEqual({ ok: 0, due_soon: 1, overdue: 0, overdue_long: 1, never: 0 });
    expect(counts.foot).toEqual({ ok: 1, due_soon: 0, overdue: 0, overdue_long: 0, never: 1 });
  });
});
