import type { IsoDate } from './care-plan';
import type { ContactSummary } from './contact-workflow';
import { checkKinds, isFlagged, type CheckKind, type CheckStatus } from './follow-up-states';

/**
 * *Ingen tid booket*: every patient should have a time for the next check before it lapses.
 * A check is due for booking when it is overdue, never done, or turns overdue within
 * `horizonDays`; it is booked when the latest contact is an appointment after today. A removal
 * or a check done and awaiting the next extract needs no time. A check the extract has no
 * column for is unknown and never due.
 */
export function unbookedChecks(
  checks: Record<CheckKind, CheckStatus & { contact: ContactSummary }>,
  today: IsoDate,
  horizonDays: number,
): CheckKind[] {
  return checkKinds.filter((check) => {
    const { state, daysOverdue, contact } = checks[check];
    if (state === 'not_in_extract') return false;
    const due = isFlagged(state) || (daysOverdue !== null && daysOverdue >= -horizonDays);
    if (!due || contact.status === 'removed' || (contact.status === 'done_awaiting' && contact.hidden)) return false;
    return !(contact.status === 'booked' && contact.appointment !== null && contact.appointment > today);
  });
}
