import type Database from 'better-sqlite3';

/** The statements of the privacy settings: which old batches the retention period lets go. */
export const sql = {
  /** Batches whose extract is older than the cut-off, never the current (newest) batch. */
  batchesExtractedBefore: `SELECT id FROM import_batches
     WHERE extract_date < ?
       AND id <> (SELECT id FROM import_batches ORDER BY extract_date DESC, id DESC LIMIT 1)
     ORDER BY extract_date, id`,
} as const;

export function preparePrivacyQueries(db: Database.Database) {
  const batchesExtractedBefore = db.prepare<[string], { id: number }>(sql.batchesExtractedBefore);
  return {
    batchesExtractedBefore: (cutoff: string) => batchesExtractedBefore.all(cutoff).map((row) => row.id),
    /**
     * After patients' data was deleted (retention, an undone import): the file is rebuilt without
     * free pages and the WAL emptied, so nothing deleted can be read back from either. With
     * `secure_delete` the freed cells are zeroed already; VACUUM also gives the space back.
     */
    compactAfterDeletion: () => {
      db.exec('VACUUM');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}

export type PrivacyQueries = ReturnType<typeof preparePrivacyQueries>;
