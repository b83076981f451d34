import type { FlagCounts, FlaggedPatient } from '../../shared/contract';
import { followUpFlagsFor, type FollowUpFlag } from '../../shared/follow-up-rules';
import type { AppContext } from '../app-context';
import { getFollowUpWindows } from './settings-service';

export interface FlagQuery {
  asOf?: string;
  flag?: FollowUpFlag;
}

/**
 * Every patient of the newest extract with their follow-up flags as of a date (default: that
 * extract's date). Patients absent from the newest extract are in no snapshot of it, so they
 * are never flagged; hospital patients are left out by the rules.
 */
export function flaggedPatients(ctx: AppContext, query: FlagQuery = {}): { asOf: string | null; patients: FlaggedPatient[] } {
  const current = ctx.queries.currentBatch();
  if (!current) return { asOf: query.asOf ?? null, patients: [] };
  const asOf = query.asOf ?? current.extract_date;
  const windows = getFollowUpWindows(ctx);
  const patients: FlaggedPatient[] = [];
  for (const row of ctx.queries.patientSnapshotsForBatch(current.id)) {
    const flags = followUpFlagsFor(
      {
        plan: { primarySite: row.primary_site, annualCheck: row.annual_check, eyeExam: row.eye_exam, footExam: row.foot_exam },
        inLatestExtract: true,
      },
      asOf,
      windows,
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

export function flagCounts(ctx: AppContext, asOf?: string): { asOf: string | null; counts: FlagCounts } {
  const { asOf: date, patients } = flaggedPatients(ctx, asOf === undefined ? {} : { asOf });
  const counts: FlagCounts = { annual_overdue: 0, eye_missing: 0, foot_missing: 0, any: patients.length };
  for (const patient of patients) for (const flag of patient.flags) counts[flag]++;
  return { asOf: date, counts };
}
