import type { FlagCounts, FlaggedPatient } from '../../shared/contract';
import { resolveAsOf, type AsOfChoice } from '../../shared/as-of';
import { danishDateOf } from '../../shared/calendar-dates';
import { followUpFlagsFor, type FollowUpFlag } from '../../shared/follow-up-rules';
import type { CheckKind } from '../../shared/follow-up-states';
import type { AppContext } from '../app-context';
import { carriedFieldsOfBatch } from './batch-fields';
import { getFollowUpWindows } from './settings-service';
import { worklistCounts } from './worklist-service';

export interface FlagQuery {
  /** Default: the latest extract's date (the CLI's documented default; the app asks for today). */
  asOf?: AsOfChoice;
  flag?: FollowUpFlag;
}

/**
 * Every patient of the newest extract with their follow-up flags as of a date (default: that
 * extract's date). Patients absent from the newest extract are in no snapshot of it, so they
 * are never flagged; hospital patients are left out by the rules.
 */
export function flaggedPatients(ctx: AppContext, query: FlagQuery = {}): { asOf: string | null; patients: FlaggedPatient[] } {
  const current = ctx.queries.currentBatch();
  if (!current) return { asOf: null, patients: [] };
  const asOf = resolveAsOf(query.asOf ?? 'extract', danishDateOf(ctx.now()), current.extract_date);
  const windows = getFollowUpWindows(ctx);
  const carried = carriedFieldsOfBatch(current);
  const patients: FlaggedPatient[] = [];
  for (const row of ctx.queries.patientSnapshotsForBatch(current.id)) {
    const flags = followUpFlagsFor(
      {
        plan: { primarySite: row.primary_site, annualCheck: row.annual_check, eyeExam: row.eye_exam, footExam: row.foot_exam },
        inLatestExtract: true,
      },
      asOf,
      windows,
      carried,
    );
    if (flags.length === 0 || (query.flag !== undefined && !flags.includes(query.flag))) continue;
    patients.push({
      cpr: row.cpr,
      name: row.name,
      gp: row.gp,
      flags,
      lastAnnualCheck: row.annual_check,
      lastEyeExam: row.eye_exam,
      lastFootExam: row.foot_exam,
    });
  }
  return { asOf, patients };
}

/**
 * The Oversigt cards: each flag's count is its list's, so snoozed, removed and new patients are
 * left out exactly as the list leaves them out; `any` is the *Alle med flag* list. `absentChecks`
 * are the checks whose count is unknown, not 0.
 */
export function flagCounts(ctx: AppContext, asOf?: AsOfChoice): { asOf: string | null; counts: FlagCounts; absentChecks: CheckKind[] } {
  const { asOf: date, counts, absentChecks } = worklistCounts(ctx, asOf);
  return {
    asOf: date,
    counts: { annual_overdue: counts.annual_overdue, eye_missing: counts.eye_missing, foot_missing: counts.foot_missing, any: counts.flagged },
    absentChecks,
  };
}
