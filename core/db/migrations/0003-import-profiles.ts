/**
 * Saved column mappings: when a practice's extract has headers Tovholder does not know, the user
 * maps them once and the mapping is used again whenever the same set of headers arrives.
 */
export const sql = `
CREATE TABLE column_profiles (
  header_key TEXT PRIMARY KEY,
  headers TEXT NOT NULL,
  mapping TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;
