import type { IsoDate } from '../../shared/care-plan';
import { ContractError } from '../../shared/contract';
import { buildPracticeSummary } from '../../shared/summary/build-summary';
import { computeSummaryTable, type RawSummaryTable, type SummaryPatient } from '../../shared/summary/compute-indicators';
import { followUpStateCounts, type FollowUpStateCounts } from '../../shared/summary/follow-up-state-counts';
import { readSummaryText, summaryFileText } from '../../shared/summary/summary-file';
import type { Disclosure, DisclosurePolicy } from '../../shared/summary/disclosure-policy';
import { checkAsOf, checkRelease, releasedCells, type Release, type ReleasedCells } from '../../shared/summary/release-rules';
import type { PracticeSummary } from '../../shared/summary/summary-schema';
import { practiceSummaryWorkbook, summaryFileName } from '../../shared/summary/summary-workbook';
import type { AppContext } from '../app-context';
import { appVersion } from '../app-version';
import type { SummaryPatientRow } from '../db/network-queries';
import type { BatchRow } from '../db/queries';
import type { ReleaseRow } from '../db/release-queries';
import { carriedFieldsOfBatch } from './batch-fields';
import { getRecallSettings } from './recall-settings-service';
import { getFollowUpWindows } from './settings-service';
import { getSummarySettings } from './summary-settings-service';
import { sha256Hex } from './summary-hash';
import { signSummary, verifySummarySignature } from './summary-signing';

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

/**
 * The extract a summary is made from: the one whose extract date is `asOf` (the newest batch of
 * that date), or the current one. Any other date is refused, so a scan of dates shows nothing.
 */
function summaryBatch(ctx: AppContext, asOf: IsoDate | undefined): BatchRow {
  const batches = ctx.queries.listBatches();
  const current = batches[0];
  if (!current) throw new ContractError('noExtract', 'Der er ikke indlæst noget udtræk endnu, så der er intet at opgøre.');
  if (asOf === undefined) return current;
  const verdict = checkAsOf(batches.map((batch) => batch.extract_date), asOf);
  if (!verdict.ok) throw new ContractError(verdict.code, verdict.message);
  return batches.find((batch) => batch.extract_date === asOf) as BatchRow;
}

/** The exact counts of an imported extract as of its own date (default: the current one). Practice-internal. */
export function currentSummaryTable(ctx: AppContext, asOf?: IsoDate): { asOf: IsoDate; table: RawSummaryTable } {
  const batch = summaryBatch(ctx, asOf);
  return { asOf: batch.extract_date, table: tableForBatch(ctx, batch, batch.extract_date) };
}

export interface SummaryRequest {
  label: string;
  asOf?: IsoDate | undefined;
  /** The policy for this summary (the CLI's `--disclosure`); default: the practice's setting. */
  policy?: DisclosurePolicy | undefined;
}

/** The summary and the disclosure it was made under, which the release history keeps beside it. */
function summaryWithDisclosure(ctx: AppContext, request: SummaryRequest): { summary: PracticeSummary; disclosure: Disclosure } {
  const { asOf, table } = currentSummaryTable(ctx, request.asOf);
  const settings = getSummarySettings(ctx);
  const disclosure: Disclosure = { policy: request.policy ?? settings.policy, threshold: settings.threshold };
  const unsigned = buildPracticeSummary(table, {
    practiceLabel: request.label,
    asOf,
    generatedAt: ctx.now().toISOString(),
    appVersion,
    disclosure,
    targets: settings.targets,
  });
  return { summary: signSummary<PracticeSummary>(ctx, unsigned), disclosure };
}

/** The summary exactly as the file will hold it, signed by this database's key (made the first time). */
export function practiceSummary(ctx: AppContext, request: SummaryRequest): PracticeSummary {
  return summaryWithDisclosure(ctx, request).summary;
}

function earlierRelease(row: ReleaseRow): Release {
  return { asOf: row.as_of, policy: row.policy, threshold: row.threshold, cells: JSON.parse(row.cells) as ReleasedCells };
}

export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

/**
 * The summary as a file (JSON for the network, XLSX for people; both can leave the practice, so
 * both are releases). It is checked against what the practice released before and refused, with
 * nothing changed, if the two together would give more away; otherwise the release and its audit
 * line (when, who, the file's SHA-256) are recorded in one transaction. The caller writes the
 * file after that: a file that then fails to be written leaves a release recorded that never
 * left, which only makes the memory stricter.
 */
export function exportPracticeSummary(
  ctx: AppContext,
  request: SummaryRequest & { format: 'json' | 'xlsx' },
): ExportedFile & { summary: PracticeSummary; disclosure: Disclosure } {
  const { summary, disclosure } = summaryWithDisclosure(ctx, request);
  const cells = releasedCells(summary);
  const verdict = checkRelease(ctx.releaseQueries.listReleases().map(earlierRelease), { asOf: summary.asOf, ...disclosure, cells });
  if (!verdict.ok) throw new ContractError(verdict.code, verdict.message);
  const text = summaryFileText(summary);
  // Read exactly as the coordinator's Tovholder will read it: a file it would refuse is never released.
  const check = readSummaryText(text, verifySummarySignature);
  if (!check.ok) throw new ContractError('summary.wouldBeRefused', `Opgørelsen blev ikke skrevet: ${check.message}`);
  const bytes = request.format === 'json' ? new TextEncoder().encode(text) : practiceSummaryWorkbook(summary);
  const file = { fileName: summaryFileName(summary.practiceLabel, summary.asOf, request.format), bytes, sha256: sha256Hex(bytes) };
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    ctx.queries.insertAudit(
      at,
      ctx.actor,
      'summary.export',
      JSON.stringify({ fileName: file.fileName, format: request.format, sha256: file.sha256, asOf: summary.asOf, label: summary.practiceLabel }),
    );
    ctx.releaseQueries.insertRelease({
      as_of: summary.asOf,
      policy: disclosure.policy,
      threshold: disclosure.threshold,
      label: summary.practiceLabel,
      format: request.format,
      file_sha256: file.sha256,
      cells: JSON.stringify(cells),
      released_at: at,
      actor: ctx.actor,
    });
  })();
  return { ...file, summary, disclosure };
}

export interface SummaryReleaseEntry {
  id: number;
  asOf: IsoDate;
  policy: DisclosurePolicy;
  threshold: number;
  label: string;
  format: 'json' | 'xlsx';
  sha256: string;
  releasedAt: string;
  actor: string;
}

/** What the practice has released, newest first: the history it can show its network. */
export function summaryReleases(ctx: AppContext): SummaryReleaseEntry[] {
  return ctx.releaseQueries.listReleases().map((row) => ({
    id: row.id,
    asOf: row.as_of,
    policy: row.policy,
    threshold: row.threshold,
    label: row.label,
    format: row.format,
    sha256: row.file_sha256,
    releasedAt: row.released_at,
    actor: row.actor,
  }));
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
