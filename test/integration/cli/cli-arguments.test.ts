import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cliPath = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');

/** The built CLI as a user runs it: its own process, its exit code and its two streams. */
function tovholder(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', env: { ...process.env, TOVHOLDER_DB: join(cwd, 'unused.sqlite') } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** An argument error: exit 2, a Danish sentence on stderr, nothing on stdout, no English from Node. */
function expectUsageError(result: { code: number | null; out: string; err: string }, danish: string): void {
  expect(result.code, result.err).toBe(2);
  expect(result.out).toBe('');
  expect(result.err).toContain(`Fejl: ${danish}`);
  expect(result.err).not.toMatch(/Unknown option|argument missing|Not a calendar date|positional/);
}

describe('the built CLI refuses bad arguments in Danish with exit code 2', () => {
  it('has been built', () => {
    expect(existsSync(cliPath), 'Byg først: npm run build').toBe(true);
  });

  const commands = ['import', 'flags', 'recall', 'status', 'demo', 'summary', 'network'];

  it.each(commands)('%s: an unknown option, named, with the command\'s help', (command) => {
    const dir = tempDir();
    const result = tovholder([command, '--bogus'], dir);
    expectUsageError(result, "Ukendt tilvalg '--bogus'.");
    expect(result.err).toContain(`Skriv 'tovholder ${command} --help' for hjælp.`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each(['import', 'status', 'demo', 'network'])('%s: --as-of, which it does not take, is an unknown option', (command) => {
    expectUsageError(tovholder([command, '--as-of', '2025-01-01'], tempDir()), "Ukendt tilvalg '--as-of'.");
  });

  it.each([
    ['flags', '--as-of', []],
    ['recall', '--as-of', ['--list', 'all', '--out', 'liste.csv']],
    ['summary', '--as-of', ['--out', 'opgørelse.json']],
    ['import', '--extract-date', ['udtræk.csv']],
    ['demo', '--extract-date', ['--out', 'demo.csv']],
  ] as const)('%s: %s with a day the calendar does not have', (command, option, rest) => {
    for (const impossible of ['2025-02-31', '2025-13-01', '2025-00-10', '2026-02-29']) {
      const dir = tempDir();
      expectUsageError(tovholder([command, ...rest, option, impossible], dir), `${option}: datoen '${impossible}' findes ikke i kalenderen.`);
      expect(readdirSync(dir)).toEqual([]);
    }
    expectUsageError(tovholder([command, ...rest, option, '31-01-2025'], tempDir()), `${option} skal være en dato som ÅÅÅÅ-MM-DD, ikke '31-01-2025'.`);
  });

  it('accepts a real leap day', () => {
    const dir = tempDir();
    const result = tovholder(['demo', '--out', 'demo.csv', '--patients', '3', '--extract-date', '2028-02-29'], dir);
    expect(result.code, result.err).toBe(0);
    expect(readFileSync(join(dir, 'demo.csv'), 'utf8')).toContain('29-02-2028');
  });

  it('an option without its value, a flag given a value, an unknown command and no command at all', () => {
    expectUsageError(tovholder(['flags', '--db'], tempDir()), "Tilvalget '--db' skal have en værdi.");
    expectUsageError(tovholder(['status', '--json=ja'], tempDir()), "Tilvalget '--json' tager ingen værdi.");
    expectUsageError(tovholder(['importer'], tempDir()), "Ukendt kommando 'importer'.");
    const bare = tovholder([], tempDir());
    expect(bare.code).toBe(2);
    expect(bare.out).toContain('Slutkode 0: udført.');
  });
});

describe('tovholder network', () => {
  it("checks the summaries in memory, keeps only the practices' keys in the coordinator's database, and leaves no file in the working folder", () => {
    const files = tempDir();
    const summaries: string[] = [];
    for (const [seed, label] of [[4, 'Nord'], [5, 'Syd'], [6, 'Vest']] as const) {
      const db = join(files, `${label}.sqlite`);
      const extract = join(files, `${label}.csv`);
      summaries.push(join(files, `${label}.json`));
      for (const args of [
        ['demo', '--out', extract, '--patients', '120', '--seed', String(seed), '--extract-date', '2026-05-31'],
        ['import', extract, '--db', db],
        ['summary', '--db', db, '--out', summaries.at(-1)!, '--label', label],
      ]) {
        const step = tovholder(args, files);
        expect(step.code, step.err).toBe(0);
      }
    }
    const cwd = tempDir();
    const coordinator = join(files, 'koordinator.sqlite');
    const result = tovholder(['network', '--db', coordinator, '--out', join(files, 'net.json'), ...summaries], cwd);
    expect(result.code, result.err).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(JSON.parse(readFileSync(join(files, 'net.json'), 'utf8'))).toMatchObject({ kind: 'network', practices: 3 });
    const db = new Database(coordinator, { readonly: true });
    expect(db.prepare('SELECT label FROM summary_keys ORDER BY label').all()).toEqual([{ label: 'Nord' }, { label: 'Syd' }, { label: 'Vest' }]);
    expect(db.prepare('SELECT count(*) AS n FROM network_summaries').get()).toEqual({ n: 0 });
    db.close();
  });
});
