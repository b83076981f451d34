import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/tovholder';
import { openAppContext } from '../../../core/app-context';
import { updateSummarySettings } from '../../../core/services/summary-settings-service';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const now = () => new Date('2026-06-01T08:00:00Z');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) }, now);
  return { code, out, err };
}

/** Case-200 imported by the CLI: extracts of 30-11-2025 and 31-05-2026. */
async function practice(): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = join(dir, 'p.sqlite');
  const sample = sampleCases()[0]!;
  for (const file of sample.files) expect((await cli('import', join(sample.dir, file.path), '--db', db)).code).toBe(0);
  return { dir, db };
}

function fingerprint(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return databaseFingerprint(db);
  } finally {
    db.close();
  }
}

/** What the app's settings form does: the CLI has no option for the practice's threshold. */
function setThreshold(path: string, threshold: number): void {
  const ctx = openAppContext(path, { now, actor: 'AB' });
  updateSummarySettings(ctx, { threshold });
  ctx.db.close();
}

/** Runs a summary command that must be refused: exit 2, the Danish message, no file, the database as it was. */
async function expectRefused(db: string, out: string, args: string[], message: string): Promise<void> {
  const before = fingerprint(db);
  const result = await cli('summary', '--db', db, '--out', out, ...args);
  expect(result.code, result.err).toBe(2);
  expect(result.err).toContain(message);
  expect(existsSync(out)).toBe(false);
  expect(fingerprint(db)).toBe(before);
}

describe('tovholder summary: the as-of date and the release history', () => {
  it('makes a summary as of an imported extract date and refuses any other date or an impossible one with exit 2', async () => {
    const { dir, db } = await practice();
    const older = await cli('summary', '--db', db, '--out', join(dir, 'older.json'), '--as-of', '2025-11-30');
    expect(older.code, older.err).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'older.json'), 'utf8'))).toMatchObject({ asOf: '2025-11-30' });
    await expectRefused(db, join(dir, 'x.json'), ['--as-of', '2026-06-30'], 'Opgørelsen kan kun laves pr. datoen for et indlæst udtræk: 30-11-2025, 31-05-2026.');
    await expectRefused(db, join(dir, 'x.json'), ['--as-of', '2025-12-01'], 'kun laves pr. datoen for et indlæst udtræk');
    await expectRefused(db, join(dir, 'x.json'), ['--as-of', '2025-02-31'], "--as-of: datoen '2025-02-31' findes ikke i kalenderen.");
  });

  it('takes --disclosure suppress|round over the practice setting and refuses another value with exit 2', async () => {
    const { dir, db } = await practice();
    const round = await cli('summary', '--db', db, '--out', join(dir, 'round.json'), '--disclosure', 'round');
    expect(round.code, round.err).toBe(0);
    expect(round.out).toContain('Grænse for små tal: 5; skjul små antal, afrund resten til nærmeste 5.');
    const suppress = await cli('summary', '--db', db, '--out', join(dir, 'suppress.json'), '--as-of', '2025-11-30');
    expect(suppress.out).toContain('Grænse for små tal: 5; skjul små antal, vis resten præcist.');
    await expectRefused(db, join(dir, 'x.json'), ['--disclosure', 'blur'], "--disclosure skal være suppress eller round, ikke 'blur'.");
    expect((await cli('summary', '--help')).out).toContain('--disclosure NAVN');
  });

  it('refuses, with exit 2 and nothing written, a second release of a date under another policy, and a lowered threshold', async () => {
    const { dir, db } = await practice();
    expect((await cli('summary', '--db', db, '--out', join(dir, 'first.json'))).code).toBe(0);
    // The same cells again, as XLSX for the practice's own reading: allowed, and a release too.
    expect((await cli('summary', '--db', db, '--out', join(dir, 'first.xlsx'))).code).toBe(0);
    await expectRefused(db, join(dir, 'x.json'), ['--disclosure', 'round'], 'Opgørelsen pr. 31-05-2026 er allerede sendt med grænsen 5');

    setThreshold(db, 7);
    expect((await cli('summary', '--db', db, '--out', join(dir, 'raised.json'), '--as-of', '2025-11-30')).code).toBe(0);
    setThreshold(db, 5);
    await expectRefused(db, join(dir, 'x.json'), [], 'Praksis har tidligere sendt opgørelser med grænsen 7');
    const history = new Database(db, { readonly: true });
    expect(history.prepare('SELECT as_of, format, threshold FROM summary_releases ORDER BY id').all()).toEqual([
      { as_of: '2026-05-31', format: 'json', threshold: 5 },
      { as_of: '2026-05-31', format: 'xlsx', threshold: 5 },
      { as_of: '2025-11-30', format: 'json', threshold: 7 },
    ]);
    history.close();
  });
});
