import { createHash } from 'node:crypto';
import { ContractError } from '../../shared/contract';
import type { ImportPhase } from '../../shared/import-job';
import type { ImportReport } from '../../shared/import-report';
import type { ExtractField } from '../../shared/care-plan';
import { ExtractError, type ExtractInput, type ExtractRead, type RowProgress } from '../../shared/import/extract-result';
import { headerSetKey } from '../../shared/import/headers';
import { readExtract } from '../../shared/import/read-extract';
import { isZipArchive } from '../../shared/import/xlsx-sheet';
import { absentFieldsOf, carriedFieldsOf } from '../../shared/extract-columns';
import { absentChecksOf } from '../../shared/follow-up-states';
import { importRisks, noValidPatientReason, riskSentence, type ImportRisk } from '../../shared/import-guards';
import type { AppContext } from '../app-context';
import { rawRowBlocks, rawRowDeflateLevel, rawRowsPerBlock } from '../db/import-queries';
import type { BatchRow } from '../db/queries';
import { carriedFieldsOfBatch } from './batch-fields';
import { deflaterFor } from './background-deflate';
import { collectGarbage } from './import-memory';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * How far an import has come. `opening`: the file is being opened (an XLSX can take seconds and
 * has no rows to count yet); `reading`: data rows parsed of all rows; `writing`: rows stored.
 */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** Thrown between chunks when the user cancelled: inside the transaction, it rolls the batch back. */
export class ImportCancelledError extends Error {
  constructor() {
    super('Indlæsningen blev annulleret.');
    this.name = 'ImportCancelledError';
  }
}

/** What the caller of an import can watch and stop; both are optional (the CLI needs neither). */
export interface ImportControl {
  onProgress?: (progress: ImportProgress) => void;
  /** Asked between chunks of rows and once more just before the commit. */
  isCancelled?: () => boolean;
}

/** The contract's error for a file that is not a readable extract, with the headers a mapping needs. */
export class ExtractRefusedError extends ContractError {
  constructor(
    code: string,
    message: string,
    readonly headers: readonly string[],
    readonly samples: readonly (readonly string[])[] = [],
  ) {
    super(code, message);
    this.name = 'ExtractRefusedError';
  }
}

/**
 * The file would make most of the practice's patients disappear, or rejects many of its rows: it is
 * imported only when the user has seen why and confirms (`confirmed`; `--force` in the CLI).
 */
export class ImportNeedsConfirmationError extends ContractError {
  constructor(readonly risks: readonly ImportRisk[]) {
    super(
      'import.needs_confirmation',
      `Filen ligner ikke praksisens udtræk: ${risks.map(riskSentence).join(' ')} Den er ikke indlæst; databasen er ikke ændret.`,
    );
    this.name = 'ImportNeedsConfirmationError';
  }
}

/** An extract to import, and whether the user has confirmed a file that looks wrong. */
export interface ImportInput extends ExtractInput {
  confirmed?: boolean;
}

/** Reads a file as an extract, turning "this is not an extract" into the contract's error. */
export function readExtractOrRefuse(input: ExtractInput, onRows?: RowProgress): ExtractRead {
  try {
    return readExtract(input, onRows);
  } catch (error) {
    if (error instanceof ExtractError) throw new ExtractRefusedError(`extract.${error.code}`, error.message, error.headers, error.samples);
    throw error;
  }
}

interface ReadWithProfile {
  read: ExtractRead;
  /** When the file's headers were mapped with a saved profile: when that profile was saved. */
  profileSavedAt: string | null;
}

/**
 * Reads the file; when a required column is not recognised and a mapping was saved for this very
 * set of headers, reads it again with that mapping, silently (the report says so in a note).
 */
function readWithSavedProfile(ctx: AppContext, input: ExtractInput, onRows: RowProgress): ReadWithProfile {
  try {
    return { read: readExtractOrRefuse(input, onRows), profileSavedAt: null };
  } catch (error) {
    if (!(error instanceof ExtractRefusedError) || error.headers.length === 0 || input.columnMapping) throw error;
    const profile = ctx.importQueries.profileByKey(headerSetKey(error.headers));
    if (!profile) throw error;
    const columnMapping = JSON.parse(profile.mapping) as Record<string, ExtractField | null>;
    return { read: readExtractOrRefuse({ ...input, columnMapping }, onRows), profileSavedAt: profile.saved_at };
  }
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
    absentChecks: absentChecksOf(carriedFieldsOfBatch(batch)),
    absentFields: absentFieldsOf(carriedFieldsOfBatch(batch)),
    isCurrent: current?.id === batch.id,
    duplicateOf,
  };
}

/** Steps the batch is written in: each step stores an equal share of the raw rows and of the patients. */
const writeSteps = 20;

/**
 * Imports one extract as one batch, in one transaction: the raw rows, the issues, one snapshot
 * per patient. The very same file twice changes nothing. An extract older than the current one
 * is kept as history; the current state is always the newest extract. A user's column mapping
 * that made the file readable is saved for its set of headers in the same transaction.
 */
export function importExtract(ctx: AppContext, input: ImportInput, control: ImportControl = {}): ImportReport {
  const checkpoint = (progress: ImportProgress) => {
    if (control.isCancelled?.()) throw new ImportCancelledError();
    control.onProgress?.(progress);
  };
  checkpoint({ phase: 'opening', done: 0, total: 0 });
  const hash = sha256Hex(input.bytes);
  const earlier = ctx.queries.batchByHash(hash);
  if (earlier) return reportForBatch(ctx, earlier, earlier.id);

  // A workbook's sheet has just become a table when the first rows are counted: SheetJS's garbage goes then.
  const workbook = isZipArchive(input.bytes);
  const { read, profileSavedAt } = readWithSavedProfile(ctx, input, (done, total) => {
    if (workbook && done === 0) collectGarbage();
    checkpoint({ phase: 'reading', done, total });
  });
  if (read.patients.length === 0) throw new ExtractRefusedError('extract.no_valid_patients', noValidPatientReason(read), []);
  const importedAt = ctx.now().toISOString();

  const deflater = deflaterFor(Math.ceil(read.rowsRead / rawRowsPerBlock), rawRowDeflateLevel);
  let batchId: number;
  try {
    batchId = ctx.db.transaction(() => {
      // Checked inside the write transaction, so no other writer (the CLI beside the app) changes the current extract in between.
      const risks = risksOf(ctx, read);
      if (risks.length > 0 && input.confirmed !== true) throw new ImportNeedsConfirmationError(risks);
      const notes = [
        ...(profileSavedAt === null ? [] : [profileNote(profileSavedAt)]),
        ...risks.map((risk) => ({ line: 0, reason: `Indlæst efter bekræftelse: ${riskSentence(risk)}` })),
        ...read.notes,
      ];
      // The reader gives the plans in CPR order, so every index is appended to rather than split at random pages.
      const plans = read.patients;
      // New, changed and absent count against the extract just before this one in time, so an older
      // file imported late is compared with what preceded it, not with the newest extract.
      const preceding = ctx.queries.precedingBatch(read.extractDate);
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
        fields: JSON.stringify(carriedFieldsOf(read.columns.map((column) => column.field))),
        // Counted below, once the snapshots are written.
        patients_new: 0,
        patients_changed: 0,
        patients_absent: 0,
      });
      // The raw rows are deflated (on a second thread when there are many) while the snapshots are written.
      const rawBlocks = rawRowBlocks(read.columns, read.raw).map(({ rows, ...block }) => ({ block, deflating: deflater.submit(rows) }));
      const rows = read.rowsRead;
      for (let step = 0; step < writeSteps; step++) {
        checkpoint({ phase: 'writing', done: Math.floor((rows * step) / writeSteps), total: rows });
        const plansFrom = Math.floor((plans.length * step) / writeSteps);
        const plansTo = Math.floor((plans.length * (step + 1)) / writeSteps);
        ctx.queries.insertPatients(id, read.extractDate, plans.slice(plansFrom, plansTo));
        ctx.queries.insertSnapshots(id, plans.slice(plansFrom, plansTo));
      }
      for (const { block, deflating } of rawBlocks) ctx.importQueries.insertRawRowBlock(id, block, deflater.take(deflating));
      // The first extract (or the oldest, imported late) has nothing before it: every patient in it is new.
      const counts = preceding
        ? ctx.importQueries.countAgainstBatch(id, preceding.id)
        : { patients_new: plans.length, patients_changed: 0, patients_absent: 0 };
      ctx.importQueries.setBatchCounts(id, counts);
      for (const r of read.rejected) ctx.queries.insertIssue(id, { kind: 'rejected', line: r.line, column_name: null, reason: r.reason, raw: null });
      for (const w of read.warnings) ctx.queries.insertIssue(id, { kind: 'warning', line: w.line, column_name: w.column, reason: w.reason, raw: w.raw });
      for (const n of notes) ctx.queries.insertIssue(id, { kind: 'note', line: n.line, column_name: null, reason: n.reason, raw: null });
      if (input.columnMapping) {
        ctx.importQueries.saveProfile({
          header_key: headerSetKey(read.headers),
          headers: JSON.stringify(read.headers),
          mapping: JSON.stringify(input.columnMapping),
          saved_at: importedAt,
          saved_by: ctx.actor,
        });
      }
      ctx.queries.insertAudit(
        importedAt,
        ctx.actor,
        'import.batch',
        JSON.stringify({ batchId: id, fileName: input.fileName, sha256: hash, extractDate: read.extractDate, rows: read.rowsRead }),
      );
      // The last moment a cancel can still take the whole batch back.
      checkpoint({ phase: 'writing', done: rows, total: rows });
      return id;
    }).immediate();
  } finally {
    deflater.close();
  }

  return reportForBatch(ctx, ctx.queries.batchById(batchId)!, null);
}

/**
 * What makes this file look unlike the practice's extract. Absence counts only when the file
 * would become the current extract; an older file imported late is history and hides no one.
 */
function risksOf(ctx: AppContext, read: ExtractRead): ImportRisk[] {
  const current = ctx.queries.currentBatch();
  let absent = 0;
  let currentPatients = 0;
  if (current && read.extractDate >= current.extract_date) {
    const incoming = new Set(read.patients.map((plan) => plan.cpr));
    for (const cpr of ctx.queries.cprsOfBatch(current.id)) {
      currentPatients++;
      if (!incoming.has(cpr)) absent++;
    }
  }
  return importRisks({ absent, current: currentPatients, rejected: read.rejected.length, rowsRead: read.rowsRead });
}

function profileNote(savedAt: string) {
  return { line: 0, reason: `Kolonnerne er læst med den kolonneopsætning, der blev gemt ${savedAt.slice(8, 10)}-${savedAt.slice(5, 7)}-${savedAt.slice(0, 4)}` };
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
  ctx.privacyQueries.compactAfterDeletion();
  return { batchId: batch.id, fileName: batch.file_name, extractDate: batch.extract_date };
}
