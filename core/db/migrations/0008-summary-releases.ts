/**
 * What the practice released to its network: one row per summary file that left the practice
 * (JSON for the network, XLSX for people), with the cells exactly as written. A new release is
 * checked against these before its file is written (`shared/summary/release-rules.ts`), so the
 * rows are kept when the extract they came from is undone or let go by retention: the network
 * still holds the file. No patient data: counts, shares and bands only, as the file itself. Every
 * release is checked against all earlier ones, so the table is read whole and needs no index.
 */
export const sql = `
CREATE TABLE summary_releases (
  id INTEGER PRIMARY KEY,
  as_of TEXT NOT NULL,
  policy TEXT NOT NULL CHECK (policy IN ('suppress', 'round')),
  threshold INTEGER NOT NULL CHECK (threshold BETWEEN 3 AND 20),
  label TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('json', 'xlsx')),
  file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
  cells TEXT NOT NULL CHECK (json_valid(cells)),
  released_at TEXT NOT NULL,
  actor TEXT NOT NULL
) STRICT;
`;
