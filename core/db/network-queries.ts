import type Database from 'better-sqlite3';
import { snapshotFieldSql } from './queries';

/** The statements of the coordinator's store of summary files (migration 0004), by name. */

export interface NetworkSummaryRow {
  id: number;
  kind: 'practice' | 'network';
  label: string;
  as_of: string;
  period: string;
  file_name: string;
  file_hash: string;
  body: string;
  imported_at: string;
}

export type NewNetworkSummary = Omit<NetworkSummaryRow, 'id'>;

/** What the summary reads of one patient: no CPR, name, phone or free text is even selected. */
export interface SummaryPatientRow {
  sex: 'M' | 'K';
  birth_date: string;
  diabetes_type: 1 | 2;
  primary_site: 'general_practice' | 'hospital';
  hba1c: number | null;
  bp_systolic: number | null;
  bp_diastolic: number | null;
  ualb: string | null;
  smoking: number | null;
  statin: number | null;
  annual_check: string | null;
  eye_exam: string | null;
  foot_exam: string | null;
  rehab: number | null;
}

/** The fields of a snapshot the summary reads, taken out of the document inside SQLite. */
const summaryFields = [
  'diabetes_type', 'primary_site', 'hba1c', 'bp_systolic', 'bp_diastolic', 'ualb', 'smoking', 'statin', 'annual_check',
  'eye_exam', 'foot_exam', 'rehab',
] as const satisfies readonly (keyof SummaryPatientRow)[];

export const networkSql = {
  insertSummary: `INSERT INTO network_summaries (kind, label, as_of, period, file_name, file_hash, body, imported_at)
     VALUES (@kind, @label, @as_of, @period, @file_name, @file_hash, @body, @imported_at)`,
  summaryByHash: 'SELECT * FROM network_summaries WHERE file_hash = ?',
  summaryByLabelPeriod: 'SELECT * FROM network_summaries WHERE kind = ? AND label = ? AND period = ?',
  summaryById: 'SELECT * FROM network_summaries WHERE id = ?',
  listSummaries: 'SELECT * FROM network_summaries ORDER BY period, kind, id',
  listSummariesOfKind: 'SELECT * FROM network_summaries WHERE kind = ? ORDER BY period, id',
  deleteSummary: 'DELETE FROM network_summaries WHERE id = ?',
  summaryPatientsForBatch: `SELECT p.sex, p.birth_date, ${summaryFields.map((field) => `${snapshotFieldSql(field, 's')} AS ${field}`).join(', ')}
     FROM snapshots s JOIN patients p ON p.cpr = s.cpr
     WHERE s.batch_id = ?`,
} as const;

export function prepareNetworkQueries(db: Database.Database) {
  const insertSummary = db.prepare<NewNetworkSummary>(networkSql.insertSummary);
  const summaryByHash = db.prepare<[string], NetworkSummaryRow>(networkSql.summaryByHash);
  const summaryByLabelPeriod = db.prepare<[string, string, string], NetworkSummaryRow>(networkSql.summaryByLabelPeriod);
  const summaryById = db.prepare<[number], NetworkSummaryRow>(networkSql.summaryById);
  const listSummaries = db.prepare<[], NetworkSummaryRow>(networkSql.listSummaries);
  const listSummariesOfKind = db.prepare<[string], NetworkSummaryRow>(networkSql.listSummariesOfKind);
  const deleteSummary = db.prepare<[number]>(networkSql.deleteSummary);
  const summaryPatientsForBatch = db.prepare<[number], SummaryPatientRow>(networkSql.summaryPatientsForBatch);
  return {
    insertSummary: (row: NewNetworkSummary) => Number(insertSummary.run(row).lastInsertRowid),
    summaryByHash: (hash: string) => summaryByHash.get(hash),
    summaryByLabelPeriod: (kind: NetworkSummaryRow['kind'], label: string, period: string) => summaryByLabelPeriod.get(kind, label, period),
    summaryById: (id: number) => summaryById.get(id),
    listSummaries: () => listSummaries.all(),
    listSummariesOfKind: (kind: NetworkSummaryRow['kind']) => listSummariesOfKind.all(kind),
    /** True when a row was removed. */
    deleteSummary: (id: number) => deleteSummary.run(id).changes > 0,
    summaryPatientsForBatch: (batchId: number) => summaryPatientsForBatch.all(batchId),
  };
}

export type NetworkQueries = ReturnType<typeof prepareNetworkQueries>;
