import type Database from 'better-sqlite3';

/** The statements of this database's signing key and of the senders' keys it trusts (migration 0009), by name. */

export interface SigningKeyRow {
  algorithm: 'ed25519';
  /** Raw 32-byte public key, base64. */
  public_key: string;
  /** PKCS#8 DER, base64. */
  private_key: string;
  created_at: string;
}

export interface SummaryKeyRow {
  kind: 'practice' | 'network';
  label: string;
  algorithm: 'ed25519';
  public_key: string;
  first_file_name: string;
  first_seen_at: string;
}

export const signingSql = {
  signingKey: 'SELECT algorithm, public_key, private_key, created_at FROM signing_key WHERE id = 1',
  // A second process that made a key at the same moment keeps the first one written.
  insertSigningKey: `INSERT INTO signing_key (id, algorithm, public_key, private_key, created_at)
     VALUES (1, @algorithm, @public_key, @private_key, @created_at) ON CONFLICT (id) DO NOTHING`,
  summaryKey: 'SELECT * FROM summary_keys WHERE kind = ? AND label = ?',
  insertSummaryKey: `INSERT INTO summary_keys (kind, label, algorithm, public_key, first_file_name, first_seen_at)
     VALUES (@kind, @label, @algorithm, @public_key, @first_file_name, @first_seen_at)`,
  deleteSummaryKey: 'DELETE FROM summary_keys WHERE kind = ? AND label = ?',
} as const;

export function prepareSigningQueries(db: Database.Database) {
  const signingKey = db.prepare<[], SigningKeyRow>(signingSql.signingKey);
  const insertSigningKey = db.prepare<SigningKeyRow>(signingSql.insertSigningKey);
  const summaryKey = db.prepare<[string, string], SummaryKeyRow>(signingSql.summaryKey);
  const insertSummaryKey = db.prepare<SummaryKeyRow>(signingSql.insertSummaryKey);
  const deleteSummaryKey = db.prepare<[string, string]>(signingSql.deleteSummaryKey);
  return {
    signingKey: () => signingKey.get(),
    insertSigningKey: (row: SigningKeyRow) => insertSigningKey.run(row).changes > 0,
    summaryKey: (kind: SummaryKeyRow['kind'], label: string) => summaryKey.get(kind, label),
    insertSummaryKey: (row: SummaryKeyRow) => void insertSummaryKey.run(row),
    /** True when a key was forgotten. */
    deleteSummaryKey: (kind: SummaryKeyRow['kind'], label: string) => deleteSummaryKey.run(kind, label).changes > 0,
  };
}

export type SigningQueries = ReturnType<typeof prepareSigningQueries>;
