import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, daysBetween, formatIsoDate } from '../../../shared/calendar-dates';
import { defaultFollowUpWindows, followUpFlagsFor } from '../../../shared/follow-up-rules';
import { everyField } from '../../../shared/extract-columns';
import { absentChecksOf, checkStatusFor, graceUntil, isFlagged, overdueFromDate } from '../../../shared/follow-up-states';

const rules = { dueSoonDays: 60 };
const annual = (lastDone: string | null, asOf: string) => checkStatusFor('annual', lastDone, asOf, defaultFollowUpWindows, rules, true);

const isoDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => formatIsoDate(year, month, Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate())));

describe('graded follow-up states', () => {
  it('is not in the extract when the extract has no column for the check: never flagged, whatever the date', () => {
    for (const lastDone of [null, '2020-01-01', '2026-05-01']) {
      const status = checkStatusFor('eye', lastDone, '2026-05-31', defaultFollowUpWindows, rules, false);
      expect(status).toMatchObject({ state: 'not_in_extract', lastDone: null, overdueFrom: null, daysOverdue: null });
      expect(isFlagged(status.state)).toBe(false);
    }
    expect(absentChecksOf(new Set(['annual_check', 'foot_exam']))).toEqual(['eye']);
    expect(absentChecksOf(everyField)).toEqual([]);
  });

  it('is never registered when there is no date', () => {
    expect(annual(null, '2026-05-31')).toMatchObject({ state: 'never', overdueFrom: null, daysOverdue: null });
  });

  it('keeps the window boundary inside: 31 May − 15 months = 28 February', () => {
    expect(annual('2025-02-28', '2026-05-31').state).toBe('due_soon');
    expect(annual('2025-02-27', '2026-05-31').state).toBe('overdue');
  });

  it('turns overdue on the first day the last check falls outside the window, across clamped month ends', () => {
    // 28 Feb 2025 stays inside through 31 May 2026 (31 May − 15 months clamps to 28 Feb).
    expect(overdueFromDate('2025-02-28', 15)).toBe('2026-06-01');
    expect(overdueFromDate('2025-01-31', 15)).toBe('2026-05-01');
    expect(annual('2025-01-31', '2026-04-30').state).toBe('due_soon');
    expect(annual('2025-01-31', '2026-05-01').state).toBe('overdue');
  });

  it('handles leap days: 29 February 2024 + 24 months', () => {
    expect(overdueFromDate('2024-02-29', 24)).toBe('2026-03-01');
    expect(checkStatusFor('eye', '2024-02-29', '2026-02-28', defaultFollowUpWindows, rules, true).state).toBe('due_soon');
    expect(checkStatusFor('eye', '2024-02-29', '2026-03-01', defaultFollowUpWindows, rules, true).state).toBe('overdue');
  });

  it('is due soon exactly when it turns overdue within the due-soon days', () => {
    // Overdue from 2026-06-01: due soon from 60 days before.
    expect(annual('2025-02-28', addDays('2026-06-01', -60)).state).toBe('due_soon');
    expect(annual('2025-02-28', addDays('2026-06-01', -61)).state).toBe('ok');
    expect(checkStatusFor('annual', '2025-02-28', '2026-05-01', defaultFollowUpWindows, { dueSoonDays: 0 }, true).state).toBe('ok');
    expect(checkStatusFor('annual', '2025-02-28', '2026-05-31', defaultFollowUpWindows, { dueSoonDays: 0 }, true).state).toBe('ok');
  });

  it('is overdue over a year once it has been overdue for twelve months', () => {
    expect(annual('2025-02-28', '2027-05-31').state).toBe('overdue');
    expect(annual('2025-02-28', '2027-06-01').state).toBe('overdue_long');
    expect(annual('2025-02-28', '2027-06-01').daysOverdue).toBe(365);
  });

  it('agrees with the follow-up flags of the format document for every date (property)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, fc.constantFrom<'annual' | 'eye' | 'foot'>('annual', 'eye', 'foot'), (lastDone, asOf, check) => {
        fc.pre(lastDone <= asOf);
        const plan = {
          primarySite: 'general_practice' as const,
          annualCheck: check === 'annual' ? lastDone : asOf,
          eyeExam: check === 'eye' ? lastDone : asOf,
          footExam: check === 'foot' ? lastDone : asOf,
        };
        const flagged = followUpFlagsFor({ plan, inLatestExtract: true }, asOf, defaultFollowUpWindows, everyField).length > 0;
        const status = checkStatusFor(check, lastDone, asOf, defaultFollowUpWindows, rules, true);
        expect(isFlagged(status.state)).toBe(flagged);
        expect(status.daysOverdue! >= 0).toBe(flagged);
      }),
    );
  });

  it('gives the first overdue day as a date with the check inside the window the day before (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 60 }), (lastDone, months) => {
        const from = overdueFromDate(lastDone, months);
        const windows = { annualCheckMonths: months, eyeExamMonths: months, footExamMonths: months };
        expect(isFlagged(checkStatusFor('annual', lastDone, from, windows, rules, true).state)).toBe(true);
        expect(isFlagged(checkStatusFor('annual', lastDone, addDays(from, -1), windows, rules, true).state)).toBe(false);
      }),
    );
  });
});

describe('grace period for new patients', () => {
  const subject = { firstExtractDate: '2026-09-30', earliestExtractDate: '2026-03-31' };

  it('holds a patient first seen in a later extract for the grace months', () => {
    expect(graceUntil(subject, '2026-09-30', 3)).toBe('2026-12-29');
    expect(graceUntil(subject, '2026-12-29', 3)).toBe('2026-12-29');
    expect(graceUntil(subject, '2026-12-30', 3)).toBeNull();
  });

  it('never holds the patients of the practice’s first extract, nor anyone when it is off', () => {
    expect(graceUntil({ firstExtractDate: '2026-03-31', earliestExtractDate: '2026-03-31' }, '2026-04-01', 3)).toBeNull();
    expect(graceUntil(subject, '2026-10-01', 0)).toBeNull();
  });
});

describe('calendar helpers for the lists', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('counts age in completed years, a 29 February birthday turning over on 1 March', () => {
    expect(ageOn('1960-11-23', '2026-11-22')).toBe(65);
    expect(ageOn('1960-11-23', '2026-11-23')).toBe(66);
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
  });
});

// A month's end, a leap day, New Year's Day and the e2e default, each with the first day inside the
// 15-month annual window and the 24-month eye and foot windows (the day clamped to the month's end).
describe.each([
  { asOf: '2026-05-31', annualFrom: '2025-02-28', examFrom: '2024-05-31' },
  { asOf: '2028-02-29', annualFrom: '2026-11-29', examFrom: '2026-02-28' },
  { asOf: '2027-01-01', annualFrom: '2025-10-01', examFrom: '2025-01-01' },
  { asOf: '2026-11-23', annualFrom: '2025-08-23', examFrom: '2024-11-23' },
])('follow-up as of $asOf', ({ asOf, annualFrom, examFrom }) => {
  const plan = { primarySite: 'general_practice' as const, annualCheck: asOf, eyeExam: asOf, footExam: asOf };

  it('keeps a check on the first day of its window inside it, and flags the day before', () => {
    expect(followUpFlagsFor({ plan: { ...plan, annualCheck: annualFrom, eyeExam: examFrom, footExam: examFrom }, inLatestExtract: true }, asOf, defaultFollowUpWindows, everyField)).toEqual([]);
    const dayBefore = { ...plan, annualCheck: addDays(annualFrom, -1), eyeExam: addDays(examFrom, -1), footExam: addDays(examFrom, -1) };
    expect(followUpFlagsFor({ plan: dayBefore, inLatestExtract: true }, asOf, defaultFollowUpWindows, everyField)).toEqual(['annual_overdue', 'eye_missing', 'foot_missing']);
  });

  it('grades the checks: due soon on the first day of the window, overdue the day before, ok when done today', () => {
    expect(annual(annualFrom, asOf).state).toBe('due_soon');
    // At a month's end several last-check days turn overdue on the same day, so it may be some days already.
    const dayBefore = annual(addDays(annualFrom, -1), asOf);
    expect(dayBefore.state).toBe('overdue');
    expect(dayBefore.daysOverdue).toBeGreaterThanOrEqual(0);
    expect(checkStatusFor('eye', addDays(examFrom, -1), asOf, defaultFollowUpWindows, rules, true).state).toBe('overdue');
    expect(annual(asOf, asOf).state).toBe('ok');
    expect(annual(null, asOf).state).toBe('never');
  });

  it('turns overdue on the day after the window of the last check ends', () => {
    expect(overdueFromDate(addDays(annualFrom, -1), 15) <= asOf).toBe(true);
    expect(overdueFromDate(annualFrom, 15) > asOf).toBe(true);
  });
});
