import type { IsoDate } from '../../shared/care-plan';
import { ContractError } from '../../shared/contract';
import { buildPracticeSummary } from '../../shared/summary/build-summary';
import { computeSummaryTable, type RawSummaryTable, type SummaryPatient } from '../../shared/summary/compute-indicators';
import { followUpStateCounts, type FollowUpStateCounts } from '../../shared/summary/follow-up-state-counts';
import { summaryFileText } from '../../shared/summary/summary-file';
import type { PracticeSummary } from '../../shared/summary/summary-schema';
import { practiceSummaryWorkbook, summaryFileName } from '../../shared/summary/summary-workbook';
import type { AppContext } from '../app-context';
import { appVersion } from '../app-version';
import type { SummaryPatientRow } from '../db/network-queries';
import type { BatchRow } from '../db/queries';
import { carriedFieldsOfBatch } from './batch-fields';
import { getRecallSettings } from './recall-settings-service';
import { getFollowUpWindows } from './settings-service';
import { getSummarySettings } from './summary-settings-service';
import { sha256Hex } from './summary-hash';
import { signSummary } from './summary-signing';

/** Only the fields an indicator needs are read: name, CPR and phone are not even selected. */
function summaryPatient(row: SummaryPatientRow): SummaryPatient {
  return {
    sex: row.sex,
    birthDate: row.birth_date,
    diabetesType: row.diabetes_type,
    primarySite: row.primary_site,
    hba1c: row.hba1c,
    bpSystolic: row.bp_systolic,
    bpDiastolic: row.bp_diastolic,
    ualb: row.ualb as SummaryPatient['ualb'],
    smoking: row.smoking === null ? null : row.smoking === 1,
    statin: row.statin === null ? null : row.statin === 1,
    annualCheck: row.annual_check,
    eyeExam: row.eye_exam,
    footExam: row.foot_exam,
    rehab: row.rehab === null ? null : row.rehab === 1,
  };
}

function tableForBatch(ctx: AppContext, batch: BatchRow, asOf: IsoDate): RawSummaryTable {
  const patients = ctx.networkQueries.summaryPatientsForBatch(batch.id).map(summaryPatient);
  return computeSummaryTable(patients, asOf, getFollowUpWindows(ctx), carriedFieldsOfBatch(batch));
}

/** The exact counts of the current extract as of a date (default: its extract date). Practice-internal. */
export function currentSummaryTable(ctx: AppContext, asOf?: IsoDate): { asOf: IsoDate; table: RawSummaryTable } {
  const current = ctx.queries.currentBatch();
  if (!current) throw new ContractError('noExtract', 'Der er ikke indlæst noget udtræk endnu, så der er intet at opgøre.');
  const date = asOf ?? current.extract_date;
  return { asOf: date, table: tableForBatch(ctx, current, date) };
}

/** The summary exactly as the file will hold it, signed by this database's key (made the first time). */
export function practiceSummary(ctx: AppContext, request: { label: string; asOf?: IsoDate | undefined }): PracticeSummary {
  const { asOf, table } = currentSummaryTable(ctx, request.asOf);
  const settings = getSummarySettings(ctx);
  const unsigned = buildPracticeSummary(table, {
    practiceLabel: request.label,
    asOf,
    generatedAt: ctx.now().toISOString(),
    appVersion,
    disclosure: { policy: settings.policy, threshold: settings.threshold },
    targets: settings.targets,
  });
  return signSummary<PracticeSummary>(ctx, unsigned);
}

export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

/**
 * The summary as a file (JSON for the network, XLSX for people), recorded in the audit log with
 * when, who and the file's SHA-256, so the practice can show what it sent.
 */
export function exportPracticeSummary(
  ctx: AppContext,
  request: { label: string; asOf?: IsoDate | undefined; format: 'json' | 'xlsx' },
): ExportedFile & { summary: PracticeSummary } {
  const summary = practiceSummary(ctx, request);
  const bytes = request.format === 'json' ? new TextEncoder().encode(summaryFileText(summary)) : practiceSummaryWorkbook(summary);
  const file = { fileName: summaryFileName(summary.practiceLabel, summary.asOf, request.format), bytes, sha256: sha256Hex(bytes) };
  ctx.queries.insertAudit(
    ctx.now().toISOString(),
    ctx.actor,
    'summary.export',
    JSON.stringify({ fileName: file.fileName, format: request.format, sha256: file.sha256, asOf: summary.asOf, label: summary.practiceLabel }),
  );
  return { ...file, summary };
}

export interface SummaryHistoryPoint {
  batchId: number;
  asOf: IsoDate;
  table: RawSummaryTable;
  followUpStates: FollowUpStateCounts;
}

/**
 * Each imported extract's indicators and graded follow-up states as of its own date, oldest
 * first: the dashboard's lines and bars. Practice-internal, so the counts are exact.
 */
export function summaryHistory(ctx: AppContext): SummaryHistoryPoint[] {
  const windows = getFollowUpWindows(ctx);
  const rules = { dueSoonDays: getRecallSettings(ctx).dueSoonDays };
  return ctx.queries
    .listBatches()
    .reverse()
    .map((batch) => {
      const patients = ctx.networkQueries.summaryPatientsForBatch(batch.id).map(summaryPatient);
      const carried = carriedFieldsOfBatch(batch);
      return {
        batchId: batch.id,
        asOf: batch.extract_date,
        table: computeSummaryTable(patients, batch.extract_date, windows, carried),
        followUpStates: followUpStateCounts(patients, batch.extract_date, windows, rules, carried),
      };
    });
}
