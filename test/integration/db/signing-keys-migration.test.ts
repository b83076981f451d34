import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../core/db/migrate';
import { migrations } from '../../../core/db/migrations/index';
import { sql as signingKeys } from '../../../core/db/migrations/0009-signing-keys';
import { signingSql } from '../../../core/db/signing-queries';
import { queryPlan } from '../../support/query-plan';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

describe('signing keys migration', () => {
  const version = migrations.indexOf(signingKeys) + 1;

  it('adds an empty key store to a database of the version before, keeping its data, with room for one own key', () => {
    expect(version).toBeGreaterThan(7);
    const db = new Database(join(tempDir(), 'upgrade.sqlite'));
    migrate(db, migrations.slice(0, version - 1));
    db.prepare("INSERT INTO network_summaries (kind, label, as_of, period, file_name, file_hash, body, imported_at) VALUES ('practice', 'Nord', '2026-05-31', '2026', 'f.json', 'h', '{}', 'then')").run();
    migrate(db, migrations.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    expect(db.prepare('SELECT label FROM network_summaries').all()).toEqual([{ label: 'Nord' }]);
    expect(db.prepare('SELECT count(*) AS n FROM signing_key').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM summary_keys').get()).toEqual({ n: 0 });
    const own = { algorithm: 'ed25519', public_key: 'p', private_key: 'k', created_at: 'now' };
    expect(db.prepare(signingSql.insertSigningKey).run(own).changes).toBe(1);
    // A second key never replaces the first: files already sent name it.
    expect(db.prepare(signingSql.insertSigningKey).run({ ...own, public_key: 'q' }).changes).toBe(0);
    expect(db.prepare('SELECT public_key FROM signing_key').all()).toEqual([{ public_key: 'p' }]);
    expect(() => db.prepare("INSERT INTO summary_keys VALUES ('praksis', 'Nord', 'ed25519', 'p', 'f.json', 'now')").run()).toThrow(/CHECK/);
    db.close();
  });

  it("finds a sender's kept key through the primary key", () => {
    expect(queryPlan(tempDir(), signingSql.summaryKey, 'practice', 'Nord')).toMatch(/SEARCH summary_keys USING INDEX sqlite_autoindex_summary_keys_1 \(kind=\? AND label=\?\)/);
  });
});
