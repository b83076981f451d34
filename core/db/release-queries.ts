import type Database from 'better-sqlite3';
import type { DisclosurePolicy } from '../../shared/summary/disclosure-policy';

/** The statements of the practice's release history (migration 0008), by name. */

export interface ReleaseRow {
  id: number;
  as_of: string;
  policy: DisclosurePolicy;
  threshold: number;
  label: string;
  format: 'json' | 'xlsx';
  file_sha256: string;
  /** JSON: the cells exactly as the file wrote them. */
  cells: string;
  released_at: string;
  actor: string;
}

export type NewRelease = Omit<ReleaseRow, 'id'>;

export const releaseSql = {
  insertRelease: `INSERT INTO summary_releases (as_of, policy, threshold, label, format, file_sha256, cells, released_at, actor)
     VALUES (@as_of, @policy, @threshold, @label, @format, @file_sha256, @cells, @released_at, @actor)`,
  listReleases: 'SELECT * FROM summary_releases ORDER BY released_at DESC, id DESC',
} as const;

export function prepareReleaseQueries(db: Database.Database) {
  const insertRelease = db.prepare<NewRelease>(releaseSql.insertRelease);
  const listReleases = db.prepare<[], ReleaseRow>(releaseSql.listReleases);
  return {
    insertRelease: (row: NewRelease) => Number(insertRelease.run(row).lastInsertRowid),
    /** Newest first. */
    listReleases: () => listReleases.all(),
  };
}

export type ReleaseQueries = ReturnType<typeof prepareReleaseQueries>;
