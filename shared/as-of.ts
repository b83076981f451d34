import { z } from 'zod';
import { isoDateSchema, type IsoDate } from './care-plan';
import { daysBetween, subtractMonthsClamped } from './calendar-dates';

/**
 * The date the follow-up rules are applied on. The app shows the lists as of today (a patient
 * whose check lapsed since the extract was taken is due now); a choice shows them as of the
 * extract's own date, as the CLI does by default. A date of one's own is for looking back.
 */
export const asOfChoiceSchema = z.union([z.enum(['today', 'extract']), isoDateSchema]);
export type AsOfChoice = z.infer<typeof asOfChoiceSchema>;

/**
 * `today` never goes before the extract: an extract is no later than the day it was taken, so a
 * today before it means the PC's clock is off, and the extract's own date is the better guess.
 */
export function resolveAsOf(choice: AsOfChoice, today: IsoDate, extractDate: IsoDate): IsoDate {
  if (choice === 'extract') return extractDate;
  if (choice === 'today') return today < extractDate ? extractDate : today;
  return choice;
}

/** An extract older than this is worth replacing before a recall round. */
export const staleExtractDays = 45;

export interface ExtractAge {
  days: number;
  /** Whole calendar months, for the warning ("6 måneder gammelt"). */
  months: number;
  stale: boolean;
}

export function extractAge(extractDate: IsoDate, today: IsoDate): ExtractAge {
  const days = Math.max(0, daysBetween(extractDate, today));
  let months = 0;
  while (subtractMonthsClamped(today, months + 1) >= extractDate) months++;
  return { days, months, stale: days > staleExtractDays };
}
