/**
 * Summary format 2 counts N as the type 2 patients (type 1 apart) and can mark an indicator not
 * available; a version 1 file counted type 1 inside N, so its figures cannot stand beside version
 * 2's in one benchmark, and the code no longer reads its shape. Stored version 1 files move, whole
 * and unchanged, to `network_summaries_v1`: kept (nothing is lost, the audit log still names them),
 * out of every report. The practice sends a new file, which the unique keys now let in.
 */
export const sql = `
CREATE TABLE network_summaries_v1 (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  as_of TEXT NOT NULL,
  period TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_hash TEXT NOT NULL,
  body TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  archived_at TEXT NOT NULL
) STRICT;

INSERT INTO network_summaries_v1 (id, kind, label, as_of, period, file_name, file_hash, body, imported_at, archived_at)
SELECT id, kind, label, as_of, period, file_name, file_hash, body, imported_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM network_summaries WHERE body ->> '$.version' = 1;

DELETE FROM network_summaries WHERE body ->> '$.version' = 1;
`;
