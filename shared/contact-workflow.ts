import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './care-plan';
import { addDays } from './calendar-dates';
import { checkKinds, checkKindSchema, type CheckKind } from './follow-up-states';

/** How a patient was invited. */
export const contactChannels = ['letter', 'sms', 'phone', 'email', 'eboks'] as const;
export const contactChannelSchema = z.enum(contactChannels);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

/** Why a patient is taken off a list for a check. */
export const removalReasons = ['declined', 'moved', 'deceased', 'hospital', 'other'] as const;
export const removalReasonSchema = z.enum(removalReasons);
export type RemovalReason = z.infer<typeof removalReasonSchema>;

/**
 * A patient who moved away or died is gone from every list, not from one check: the removal
 * covers all checks, whichever the user ticked. Declining or another reason stays per check.
 */
export const patientLevelReasons: readonly RemovalReason[] = ['moved', 'deceased'];

export function isPatientLevelRemoval(action: { action: string; reason?: RemovalReason | null }): boolean {
  return action.action === 'removed' && action.reason != null && patientLevelReasons.includes(action.reason);
}

/** The checks a contact covers, once each in the order of `checkKinds`: the one spelling the database keeps. */
export function checksCovered(action: { action: string; reason?: RemovalReason | null }, chosen: readonly CheckKind[]): CheckKind[] {
  return isPatientLevelRemoval(action) ? [...checkKinds] : checkKinds.filter((check) => chosen.includes(check));
}

/** One or more checks, none twice: what a contact may cover. */
export const coveredChecksSchema = z
  .array(checkKindSchema)
  .min(1, 'Vælg mindst én kontrol.')
  .refine((checks) => new Set(checks).size === checks.length, { message: 'En kontrol er valgt to gange.' });

const note = z.string().trim().max(500);

/** Every contact action, in the order the form offers them. */
export const contactActionNames = [
  'invited',
  'agreed',
  'call_later',
  'booked',
  'no_answer',
  'removed',
  'done_awaiting',
  'same_day_screening',
  'home_visit',
  'coordination_meeting',
] as const;

/** One thing the practice did or learned about recalling a patient for a check. */
export const contactActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('invited'), channel: contactChannelSchema }).strict(),
  z.object({ action: z.literal('agreed') }).strict(),
  z.object({ action: z.literal('call_later'), until: isoDateSchema }).strict(),
  z.object({ action: z.literal('booked'), appointment: isoDateSchema }).strict(),
  z.object({ action: z.literal('no_answer') }).strict(),
  z
    .object({ action: z.literal('removed'), reason: removalReasonSchema, note: note.optional() })
    .strict()
    .refine((removal) => removal.reason !== 'other' || (removal.note ?? '') !== '', {
      message: 'Skriv en begrundelse, når årsagen er "Andet".',
      path: ['note'],
    }),
  z.object({ action: z.literal('done_awaiting') }).strict(),
  // The steps for a patient who is not reached (`not-reached.ts`): each is a decision.
  z.object({ action: z.literal('same_day_screening') }).strict(),
  z.object({ action: z.literal('home_visit') }).strict(),
  z.object({ action: z.literal('coordination_meeting') }).strict(),
]);
export type ContactAction = z.infer<typeof contactActionSchema>;
export type ContactActionName = ContactAction['action'];

export const contactEventSchema = z.object({
  /** Unique across the practice's PCs (a UUID), so events can be synced between them. */
  id: z.string().min(1),
  cpr: z.string(),
  /** The checks this one contact covered; each of their episodes counts it. */
  checks: z.array(checkKindSchema).min(1),
  /** The day the contact happened, as the user gives it. */
  on: isoDateSchema,
  action: z.enum(contactActionNames),
  channel: contactChannelSchema.nullable(),
  /** `call_later`: call again from this day; `booked`: the appointment. */
  date: isoDateSchema.nullable(),
  reason: removalReasonSchema.nullable(),
  note: z.string().nullable(),
  /** The newest extract when the event was recorded: "done, awaiting next extract" waits for a newer one. */
  batchId: z.number().int().nullable(),
  /** The mailing (letters or an SMS list) the invitation was recorded with, undone as one; null for a single contact. */
  mailingId: z.string().nullable(),
  recordedAt: z.string(),
  actor: z.string(),
  undoneAt: z.string().nullable(),
  undoneBy: z.string().nullable(),
});
export type ContactEvent = z.infer<typeof contactEventSchema>;

/** Where a patient stands in the recall of one check, from the events of its open episode. */
export const contactStatuses = [
  'none',
  'invited',
  'no_answer',
  'agreed',
  'call_later',
  'booked',
  'done_awaiting',
  'done_unconfirmed',
  'removed',
  'same_day_screening',
  'home_visit',
  'coordination_meeting',
] as const;
export const contactStatusSchema = z.enum(contactStatuses);
export type ContactStatus = z.infer<typeof contactStatusSchema>;

export const contactSummarySchema = z.object({
  status: contactStatusSchema,
  /** Off the list (snoozed or removed) on the given day. */
  hidden: z.boolean(),
  /** The last day the patient stays off the list; null when not snoozed or removed for good. */
  hiddenUntil: isoDateSchema.nullable(),
  invitations: z.number().int(),
  lastContact: isoDateSchema.nullable(),
  appointment: isoDateSchema.nullable(),
  removalReason: removalReasonSchema.nullable(),
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

export interface ContactRules {
  /** "Agreed to come" and a booked appointment keep the patient off the list this many days. */
  snoozeDays: number;
}

export const noContact: ContactSummary = {
  status: 'none',
  hidden: false,
  hiddenUntil: null,
  invitations: 0,
  lastContact: null,
  appointment: null,
  removalReason: null,
};

/**
 * An episode is the recall of a check since it was last done: events on or before the last
 * registered date belong to an earlier, closed episode. So an extract showing the check done
 * closes the episode by itself, with nothing to update.
 */
export function isInOpenEpisode(event: Pick<ContactEvent, 'on' | 'undoneAt'>, lastDone: IsoDate | null): boolean {
  return event.undoneAt === null && (lastDone === null || event.on > lastDone);
}

// Ties on the same day go by the moment of recording; the sort is stable, so events recorded in
// the same millisecond keep the order they are given in (the order of recording).
export function byTime(a: Pick<ContactEvent, 'on' | 'recordedAt'>, b: Pick<ContactEvent, 'on' | 'recordedAt'>): number {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  return a.recordedAt === b.recordedAt ? 0 : a.recordedAt < b.recordedAt ? -1 : 1;
}

/** The events that concern one check: those covering it, in the order given. */
export function eventsOfCheck(events: readonly ContactEvent[], check: CheckKind): ContactEvent[] {
  return events.filter((event) => event.checks.includes(check));
}

/**
 * The contact status of one patient for one check on `today`, from the events covering that
 * check, given in the order they were recorded.
 * `currentBatchId` is the newest extract: "done, awaiting next extract" holds until a newer
 * one arrives; if that one still lacks the check, the patient is back on the list.
 */
export function contactSummaryFor(
  events: readonly ContactEvent[],
  lastDone: IsoDate | null,
  currentBatchId: number | null,
  today: IsoDate,
  rules: ContactRules,
): ContactSummary {
  if (events.length === 0) return noContact;
  const open = events.filter((event) => isInOpenEpisode(event, lastDone)).sort(byTime);
  const latest = open.at(-1);
  if (!latest) return noContact;
  const summary: ContactSummary = {
    ...noContact,
    status: latest.action,
    invitations: open.filter((event) => event.action === 'invited').length,
    lastContact: latest.on,
  };
  const snoozedThrough = (until: IsoDate) => ({ hidden: today <= until, hiddenUntil: until });
  switch (latest.action) {
    // A step arranged for a patient not reached keeps them off the list as an agreement does.
    case 'same_day_screening':
    case 'home_visit':
    case 'coordination_meeting':
    case 'agreed':
      return { ...summary, ...snoozedThrough(addDays(latest.on, rules.snoozeDays)) };
    case 'call_later':
      return { ...summary, ...snoozedThrough(addDays(latest.date ?? latest.on, -1)) };
    case 'booked': {
      const appointment = latest.date ?? latest.on;
      return { ...summary, appointment, ...snoozedThrough(addDays(appointment, rules.snoozeDays)) };
    }
    case 'removed':
      return { ...summary, hidden: true, removalReason: latest.reason };
    case 'done_awaiting':
      return latest.batchId === currentBatchId
        ? { ...summary, hidden: true }
        : { ...summary, status: 'done_unconfirmed' };
    default:
      return summary;
  }
}
