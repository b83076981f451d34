import { createHash } from 'node:crypto';
import { ContractError } from '../../shared/contract';
import type { ImportReport } from '../../shared/import-report';
import { ExtractError, type ExtractInput, type ExtractRead } from '../../shared/import/extract-result';
import { readExtract } from '../../shared/import/read-extract';
import type { AppContext } from '../app-context';
import type { BatchRow, SnapshotRow } from '../db/queries';
import { snapshotChanged, snapshotRowFromPlan } from './snapshot-rows';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Reads a file as an extract, turning "this is not an extract" into the contract's error. */
export function readExtractOrRefuse(input: ExtractInput): ExtractRead {
  try {
    return readExtract(input);
  } catch (error) {
    if (error instanceof ExtractError) throw new ContractError(`extract.${error.code}`, error.message);
    throw error;
  }
}

interface PatientCounts {
  patients_new: number;
  patients_changed: number;
  patients_absent: number;
}

/**
 * New, changed and absent are counted against the extract just before this one in time, so an
 * older file imported late is compared with what preceded it, not with the newest extract.
 */
function countAgainstPreceding(ctx: AppContext, read: ExtractRead, rows: SnapshotRow[]): PatientCounts {
  const preceding = ctx.queries.precedingBatch(read.extractDate);
  const previous = new Map<string, SnapshotRow>();
  if (preceding) for (const row of ctx.queries.snapshotsForBatch(preceding.id)) previous.set(row.cpr, row);
  let patientsNew = 0;
  let patientsChanged = 0;
  for (const row of rows) {
    const before = previous.get(row.cpr);
    if (before === undefined) patientsNew++;
    else if (snapshotChanged(before, row)) patientsChanged++;
  }
  const seen = new Set(read.patients.map((plan) => plan.cpr));
  let patientsAbsent = 0;
  for (const cpr of previous.keys()) if (!seen.has(cpr)) patientsAbsent++;
  return { patients_new: patientsNew, patients_changed: patientsChanged, patients_absent: patientsAbsent };
}

/** The report of a batch already in the database, as it was when it was imported. */
export function reportForBatch(ctx: AppContext, batch: BatchRow, duplicateOf: number | null): ImportReport {
  const issues = ctx.queries.issuesForBatch(batch.id);
  const current = ctx.queries.currentBatch();
  return {
    batchId: batch.id,
    fileName: batch.file_name,
    extractDate: batch.extract_date,
    extractDateSource: batch.extract_date_source as ImportReport['extractDateSource'],
    rowsRead: batch.rows_read,
    patientsImported: batch.patients_imported,
    patientsNew: batch.patients_new,
    patientsChanged: batch.patients_changed,
    patientsAbsent: batch.patients_absent,
    rowsRejected: batch.rows_rejected,
    rejected: issues.filter((i) => i.kind === 'rejected').map((i) => ({ line: i.line, reason: i.reason })),
    warnings: issues
      .filter((i) => i.kind === 'warning')
      .map((i) => ({ line: i.line, column: i.column_name ?? '', reason: i.reason, raw: i.raw ?? '' })),
    notes: issues.filter((i) => i.kind === 'note').map((i) => ({ line: i.line, reason: i.reason })),
    unknownColumns: JSON.parse(batch.unknown_columns) as string[],
    isCurrent: current?.id === batch.id,
    duplicateOf,
  };
}

/**
 * Imports one extract as one batch, in one transaction: the raw rows, the issues, one snapshot
 * per patient. The very same file twice changes nothing. An extract older than the current one
 * is kept as history; the current state is always the newest extract.
 */
export function importExtract(ctx: AppContext, input: ExtractInput): ImportReport {
  const hash = sha256Hex(input.bytes);
  const earlier = ctx.queries.batchByHash(hash);
  if (earlier) return reportForBatch(ctx, earlier, earlier.id);

  const read = readExtractOrRefuse(input);
  const importedAt = ctx.now().toISOString();

  const batchId = ctx.db.transaction(() => {
    // In CPR order, so every index is appended to rather than split at random pages.
    const plans = [...read.patients].sort((a, b) => (a.cpr < b.cpr ? -1 : a.cpr > b.cpr ? 1 : 0));
    const snapshots = plans.map((plan) => snapshotRowFromPlan(0, plan));
    const counts = countAgainstPreceding(ctx, read, snapshots);
    const id = ctx.queries.insertBatch({
      file_name: input.fileName,
      file_hash: hash,
      format: read.format,
      extract_date: read.extractDate,
      extract_date_source: read.extractDateSource,
      rows_read: read.rowsRead,
      patients_imported: read.patients.length,
      rows_rejected: read.rejected.length,
      warnings_count: read.warnings.length,
      unknown_columns: JSON.stringify(read.unknownColumns),
      imported_at: importedAt,
      ...counts,
    });
    ctx.queries.insertRawRows(id, read.rows);
    for (const r of read.rejected) ctx.queries.insertIssue(id, { kind: 'rejected', line: r.line, column_name: null, reason: r.reason, raw: null });
    for (const w of read.warnings) ctx.queries.insertIssue(id, { kind: 'warning', line: w.line, column_name: w.column, reason: w.reason, raw: w.raw });
    for (const n of read.notes) ctx.queries.insertIssue(id, { kind: 'note', line: n.line, column_name: null, reason: n.reason, raw: null });
    ctx.queries.insertPatients(id, read.extractDate, plans);
    ctx.queries.insertSnapshots(id, snapshots);
    ctx.queries.insertAudit(
      importedAt,
      ctx.actor,
      'import.batch',
      JSON.stringify({ batchId: id, fileName: input.fileName, sha256: hash, extractDate: read.extractDate, rows: read.rowsRead }),
    );
    return id;
  }).immediate();

  return reportForBatch(ctx, ctx.queries.batchById(batchId)!, null);
}

/**
 * Takes back the most recent import, whole: the state is as if it had never been imported.
 * Patients first seen in it are removed; the others keep their earlier history.
 */
export function undoLatestImport(ctx: AppContext): { batchId: number; fileName: string; extractDate: string } {
  const batch = ctx.queries.latestImportedBatch();
  if (!batch) throw new ContractError('import.nothing_to_undo', 'Der er ingen indlæsning at fortryde.');
  ctx.db.transaction(() => {
    ctx.queries.deleteBatchAndOrphans(batch.id);
    ctx.queries.insertAudit(
      ctx.now().toISOString(),
      ctx.actor,
      'import.undo',
      JSON.stringify({ batchId: batch.id, fileName: batch.file_name, sha256: batch.file_hash }),
    );
  }).immediate();
  return { batchId: batch.id, fileName: batch.file_name, extractDate: batch.extract_date };
}
