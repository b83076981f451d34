/**
 * Summary files are signed. `signing_key` holds this database's own Ed25519 key pair, made the
 * first time a file is signed (one row at most): the practice signs its summary with it, the
 * coordinator the network's. The private key never leaves the database, so the app and the CLI on
 * the same database sign with the same key, and a copied file cannot be re-signed elsewhere
 * without showing another key.
 *
 * `summary_keys` is trust on first use: the public key of each sender (a practice for the
 * coordinator, the network for a practice), kept from its first accepted file, so a later file
 * from the same label with another key is refused.
 */
export const sql = `
CREATE TABLE signing_key (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE summary_keys (
  kind TEXT NOT NULL CHECK (kind IN ('practice', 'network')),
  label TEXT NOT NULL,
  algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
  public_key TEXT NOT NULL,
  first_file_name TEXT NOT NULL,
  first_seen_at TEXT NOT NULL,
  PRIMARY KEY (kind, label)
) STRICT;
`;
