import type Database from 'better-sqlite3';

/** The import's own statements beside `queries.ts`: saved column mappings. */

export interface ColumnProfileRow {
  header_key: string;
  headers: string;
  mapping: string;
  saved_at: string;
  saved_by: string;
}

export const sql = {
  profileByKey: 'SELECT * FROM column_profiles WHERE header_key = ?',
  saveProfile: `INSERT INTO column_profiles (header_key, headers, mapping, saved_at, saved_by)
     VALUES (@header_key, @headers, @mapping, @saved_at, @saved_by)
     ON CONFLICT (header_key) DO UPDATE SET headers = excluded.headers, mapping = excluded.mapping,
       saved_at = excluded.saved_at, saved_by = excluded.saved_by`,
} as const;

export function prepareImportQueries(db: Database.Database) {
  const profileByKey = db.prepare<[string], ColumnProfileRow>(sql.profileByKey);
  const saveProfile = db.prepare<ColumnProfileRow>(sql.saveProfile);
  return {
    profileByKey: (headerKey: string) => profileByKey.get(headerKey),
    /** A new mapping for a header set replaces the old one: the user's latest choice wins. */
    saveProfile: (profile: ColumnProfileRow) => saveProfile.run(profile),
  };
}

export type ImportQueries = ReturnType<typeof prepareImportQueries>;
