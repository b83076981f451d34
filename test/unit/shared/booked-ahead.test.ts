import { describe, expect, it } from 'vitest';
import { unbookedChecks } from '../../../shared/booked-ahead';
import { noContact, type ContactSummary } from '../../../shared/contact-workflow';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import { checkStatusFor, type CheckKind } from '../../../shared/follow-up-states';

/** The three checks of one patient on `asOf`, each last done on the given day, with a contact. */
function checks(asOf: string, done: Record<CheckKind, string | null>, contacts: Partial<Record<CheckKind, Partial<ContactSummary>>> = {}, carried = true) {
  const one = (check: CheckKind) => ({
    ...checkStatusFor(check, done[check], asOf, defaultFollowUpWindows, { dueSoonDays: 30 }, carried),
    contact: { ...noContact, ...contacts[check] },
  });
  return { annual: one('annual'), eye: one('eye'), foot: one('foot') };
}

// The annual window is 15 months: last done 2025-09-15 turns overdue on 2026-12-16.
const done = { annual: '2025-09-15', eye: '2026-06-01', foot: '2026-06-01' };

describe('Ingen tid booket', () => {
  it('holds a check that turns overdue within the horizon, and not one further off', () => {
    expect(unbookedChecks(checks('2026-11-01', done), '2026-11-01', 60)).toEqual(['annual']);
    expect(unbookedChecks(checks('2026-09-01', done), '2026-09-01', 60)).toEqual([]);
    // 45 days ahead is inside 60 but outside 30: the list has its own horizon, not "due soon"'s.
    expect(unbookedChecks(checks('2026-11-01', done), '2026-11-01', 30)).toEqual([]);
  });

  it('holds overdue and never-done checks, unknown ones never', () => {
    expect(unbookedChecks(checks('2027-03-01', { annual: '2025-09-15', eye: null, foot: '2026-06-01' }), '2027-03-01', 0)).toEqual(['annual', 'eye']);
    expect(unbookedChecks(checks('2027-03-01', { annual: null, eye: null, foot: null }, {}, false), '2027-03-01', 60)).toEqual([]);
  });

  it('lets a booking after today take the check off, and brings it back once the day has passed', () => {
    const booked = { annual: { status: 'booked' as const, appointment: '2026-11-20' } };
    expect(unbookedChecks(checks('2026-11-01', done, booked), '2026-11-01', 60)).toEqual([]);
    expect(unbookedChecks(checks('2026-11-20', done, booked), '2026-11-20', 60)).toEqual(['annual']);
  });

  it('needs no time for a removal or a check done and awaiting the extract, but does for an agreement', () => {
    expect(unbookedChecks(checks('2026-11-01', done, { annual: { status: 'removed', hidden: true, removalReason: 'declined' } }), '2026-11-01', 60)).toEqual([]);
    expect(unbookedChecks(checks('2026-11-01', done, { annual: { status: 'done_awaiting', hidden: true } }), '2026-11-01', 60)).toEqual([]);
    expect(unbookedChecks(checks('2026-11-01', done, { annual: { status: 'agreed', hidden: true } }), '2026-11-01', 60)).toEqual(['annual']);
  });
});
