import { z } from 'zod';

/** The practice's recall settings; the follow-up windows themselves are in `follow-up-rules.ts`. */
export const recallSettingsSchema = z.object({
  /** A check that turns overdue within this many days is "due soon". */
  dueSoonDays: z.number().int().min(0).max(365),
  /** Patients first seen this many months ago or less are not recalled yet. */
  graceMonths: z.number().int().min(0).max(24),
  /** "Agreed to come" and a booked appointment keep a patient off the list this many days. */
  snoozeDays: z.number().int().min(1).max(365),
  /** After this many invitations or calls without a reply the patient is on *Ikke nået*. */
  unansweredLimit: z.number().int().min(1).max(10),
  /** *Ingen tid booket* holds the patients due within this many days (or overdue) without an appointment. */
  bookAheadDays: z.number().int().min(0).max(365),
  /** Who records contacts on this computer: stored with every action. */
  initials: z
    .string()
    .trim()
    .max(6, 'Initialer må højst være 6 tegn.')
    .regex(/^[\p{L}.-]*$/u, 'Initialer må kun indeholde bogstaver.'),
});
export type RecallSettings = z.infer<typeof recallSettingsSchema>;

export const defaultRecallSettings: RecallSettings = {
  dueSoonDays: 60,
  graceMonths: 3,
  snoozeDays: 30,
  unansweredLimit: 2,
  bookAheadDays: 60,
  initials: '',
};
