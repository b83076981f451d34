/**
 * The summary files a coordinator (or, for the network's feedback, a practice) has imported.
 * The file is kept whole (`body`, already validated) so every report is recomputed from what was
 * received. A file is refused a second time by its SHA-256, and a practice (or network) sends one
 * summary per period.
 */
export const sql = `
CREATE TABLE network_summaries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('practice', 'network')),
  label TEXT NOT NULL,
  as_of TEXT NOT NULL,
  period TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_hash TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (kind, label, period)
) STRICT;
`;
