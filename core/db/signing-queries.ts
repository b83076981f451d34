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
  // A key the user accepted in place of the kept one starts over as a first use.
  putSummaryKey: `INSERT INTO summary_keys (kind, label, algorithm, public_key, first_file_name, first_seen_at)
     VALUES (@kind, @label, @algorithm, @public_key, @first_file_name, @first_seen_at)
     ON CONFLICT (kind, label) DO UPDATE SET algorithm = excluded.algorithm, public_key = excluded.public_key,
       first_file_name = excluded.first_file_name, first_seen_at = excluded.first_seen_at`,
} as const;

export function prepareSigningQueries(db: Database.Database) {
  const signingKey = db.prepare<[], SigningKeyRow>(signingSql.signingKey);
  const insertSigningKey = db.prepare<SigningKeyRow>(signingSql.insertSigningKey);
  const summaryKey = db.prepare<[string, string], SummaryKeyRow>(signingSql.summaryKey);
  const putSummaryKey = db.prepare<SummaryKeyRow>(signingSql.putSummaryKey);
  return {
    signingKey: () => signingKey.get(),
    insertSigningKey: (row: SigningKeyRow) => insertSigningKey.run(row).changes > 0,
    summaryKey: (kind: SummaryKeyRow['kind'], label: string) => summaryKey.get(kind, label),
    putSummaryKey: (row: SummaryKeyRow) => void putSummaryKey.run(row),
  };
}

export type SigningQueries = ReturnType<typeof prepareSigningQueries>;
