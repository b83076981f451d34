import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './care-plan';
import { byTime, isInOpenEpisode, type ContactActionName, type ContactEvent } from './contact-workflow';
import { checkKindSchema, type CheckKind } from './follow-up-states';

/**
 * *Ikke nået*: the patients invited or called again and again without a reply. They stay in
 * sight until someone decides what to do: one of the steps below, a booking, the check done,
 * or a removal. An agreement or "call later" is no decision: the patient has not come yet.
 */
export const decisionActions: readonly ContactActionName[] = [
  'booked',
  'done_awaiting',
  'removed',
  'same_day_screening',
  'home_visit',
  'coordination_meeting',
];

/** The next step suggested for a patient not reached, in the order a practice tries them. */
export const notReachedSteps = ['phone_call', 'named_contact', 'contact_person', 'same_day_screening', 'home_visit'] as const;
export const notReachedStepSchema = z.enum(notReachedSteps);
export type NotReachedStep = z.infer<typeof notReachedStepSchema>;

export const notReachedSchema = z.object({
  /** Invitations and calls without a reply since the last decision, for the check tried most. */
  attempts: z.number().int(),
  /** The checks tried at least the limit's number of times. */
  checks: z.array(checkKindSchema).min(1),
  /** The day of the last attempt. */
  lastAttempt: isoDateSchema,
  suggestion: notReachedStepSchema,
});
export type NotReached = z.infer<typeof notReachedSchema>;

interface Attempts {
  count: number;
  byPhone: boolean;
  last: IsoDate | null;
}

/** The tries without a reply in one check's open episode since its last decision. */
export function unansweredAttempts(events: readonly ContactEvent[], lastDone: IsoDate | null): Attempts {
  const open = events.filter((event) => isInOpenEpisode(event, lastDone)).sort(byTime);
  const attempts: Attempts = { count: 0, byPhone: false, last: null };
  for (const event of open) {
    if (decisionActions.includes(event.action)) Object.assign(attempts, { count: 0, byPhone: false, last: null });
    else if (event.action === 'invited' || event.action === 'no_answer') {
      attempts.count++;
      attempts.last = event.on;
      // "No answer" is what a call gets; an invitation by phone is a call too.
      if (event.action === 'no_answer' || event.channel === 'phone') attempts.byPhone = true;
    }
  }
  return attempts;
}

export interface NotReachedSubject {
  /** Each check whose column the extract has, with its events and the date it was last done. */
  checks: readonly { check: CheckKind; events: readonly ContactEvent[]; lastDone: IsoDate | null }[];
  vulnerable: boolean;
}

const vulnerableLadder: readonly NotReachedStep[] = ['contact_person', 'same_day_screening', 'home_visit'];

/**
 * The next step: a call if no one has rung yet, then the named nurse or contact person. A
 * vulnerable patient goes from the contact person to same-day screening at the hospital clinic
 * to a home visit, one rung for each further try without a reply.
 */
export function suggestedStep(attempts: number, byPhone: boolean, vulnerable: boolean, limit: number): NotReachedStep {
  if (vulnerable) return vulnerableLadder[Math.min(attempts - limit, vulnerableLadder.length - 1)] as NotReachedStep;
  return byPhone ? 'named_contact' : 'phone_call';
}

/** Whether the patient is on *Ikke nået*, and if so with which step; `limit` is the practice's setting. */
export function notReachedFor(subject: NotReachedSubject, limit: number): NotReached | null {
  let best: (Attempts & { check: CheckKind }) | null = null;
  const checks: CheckKind[] = [];
  let byPhone = false;
  for (const { check, events, lastDone } of subject.checks) {
    const attempts = unansweredAttempts(events, lastDone);
    if (attempts.count < limit) continue;
    checks.push(check);
    byPhone ||= attempts.byPhone;
    if (best === null || attempts.count > best.count) best = { ...attempts, check };
  }
  if (best === null || best.last === null) return null;
  return {
    attempts: best.count,
    checks,
    lastAttempt: best.last,
    suggestion: suggestedStep(best.count, byPhone, subject.vulnerable, limit),
  };
}
