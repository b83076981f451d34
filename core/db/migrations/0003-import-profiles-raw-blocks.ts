/**
 * The import's second schema step.
 *
 * Saved column mappings: when a practice's extract has headers Tovholder does not know, the user
 * maps them once and the mapping is used again whenever the same set of headers arrives.
 *
 * Raw rows in blocks: one row per block of up to a few thousand lines instead of one per line, the
 * header names written once per block instead of once per cell, and new blocks deflated. A
 * 100,000-row extract took 44 MB as one JSON object per line and takes about 5 MB this way.
 * `rows` is JSON `{"columns": [[index, header], ...], "lines": [...], "cells": [[...], ...]}`: as TEXT
 * for the rows moved here from `raw_rows` (one block per line), as a raw-deflated BLOB for new ones.
 */
export const sql = `
CREATE TABLE column_profiles (
  header_key TEXT PRIMARY KEY,
  headers TEXT NOT NULL,
  mapping TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE raw_row_blocks (
  batch_id INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
  first_line INTEGER NOT NULL,
  last_line INTEGER NOT NULL,
  row_count INTEGER NOT NULL,
  rows ANY NOT NULL,
  PRIMARY KEY (batch_id, first_line)
) STRICT, WITHOUT ROWID;

INSERT INTO raw_row_blocks (batch_id, first_line, last_line, row_count, rows)
SELECT r.batch_id, r.line, r.line, 1, json_object(
    'columns', json((SELECT json_group_array(json_array(c.n, c.key) ORDER BY c.n)
      FROM (SELECT key, row_number() OVER (ORDER BY id) - 1 AS n FROM json_each(r.cells)) AS c)),
    'lines', json_array(r.line),
    'cells', json_array(json((SELECT json_group_array(value ORDER BY id) FROM json_each(r.cells)))))
  FROM raw_rows AS r;

DROP TABLE raw_rows;
`;
