import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/tovholder';
import { backupFolder, listBackups } from '../../../core/services/backup-service';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) });
  return { code, out, err };
}

describe.each(sampleCases())('shared sample $name through the CLI', (sample) => {
  it('imports each file with the expected extract date and rejections, then flags exactly the expected patients', async () => {
    const db = join(tempDir(), 'cli.sqlite');
    for (const file of sample.files) {
      const result = await cli('import', join(sample.dir, file.path), '--db', db, '--json');
      expect(result.code, result.err).toBe(0);
      const report = JSON.parse(result.out);
      expect(report.extractDate).toBe(file.extract_date);
      expect(report.rowsRejected).toBe(file.rejected_rows);
      expect(report.rejected).toHaveLength(file.rejected_rows);
      expect(report.duplicateOf).toBeNull();
    }

    const flags = await cli('flags', '--db', db, '--as-of', sample.as_of, '--json');
    expect(flags.code, flags.err).toBe(0);
    const rows = JSON.parse(flags.out) as { cpr: string; flags: string[] }[];
    const actual = Object.fromEntries(rows.map((row) => [row.cpr, [...row.flags].sort()]));
    const expected = Object.fromEntries(Object.entries(sample.expected_flags).map(([cpr, f]) => [cpr, [...f].sort()]));
    expect(actual).toEqual(expected);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['cpr', 'flags', 'lastAnnualCheck', 'lastEyeExam', 'lastFootExam', 'name']);
    }

    const status = JSON.parse((await cli('status', '--db', db, '--json')).out);
    expect(status.active).toBe(sample.patients_active_not_hospital);
    expect(status.batches).toHaveLength(sample.files.length);
  });

  it('defaults --as-of to the latest extract date', async () => {
    const db = join(tempDir(), 'default.sqlite');
    for (const file of sample.files) await cli('import', join(sample.dir, file.path), '--db', db);
    const withDefault = JSON.parse((await cli('flags', '--db', db, '--json')).out);
    const explicit = JSON.parse((await cli('flags', '--db', db, '--as-of', sample.files.at(-1)!.extract_date, '--json')).out);
    expect(withDefault).toEqual(explicit);
  });
});

describe('CLI behaviour', () => {
  it('backs the database up before an import changes it', async () => {
    const db = join(tempDir(), 'backed-up.sqlite');
    const sample = sampleCases()[0]!;
    const [first, second] = sample.files;
    expect((await cli('import', join(sample.dir, first!.path), '--db', db)).code).toBe(0);
    expect(listBackups(backupFolder(db))).toHaveLength(0);
    expect((await cli('import', join(sample.dir, second!.path), '--db', db)).code).toBe(0);
    const backups = listBackups(backupFolder(db));
    expect(backups).toHaveLength(1);
    const copy = new Database(join(backupFolder(db), backups[0]!.fileName), { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM import_batches').get()).toEqual({ n: 1 });
    copy.close();
  });

  it('importing the same file twice changes nothing and says which batch it was', async () => {
    const [sample] = sampleCases();
    const db = join(tempDir(), 'dup.sqlite');
    const file = join(sample!.dir, sample!.files[0]!.path);
    const first = JSON.parse((await cli('import', file, '--db', db, '--json')).out);
    const second = JSON.parse((await cli('import', file, '--db', db, '--json')).out);
    expect(second.duplicateOf).toBe(first.batchId);
    expect(JSON.parse((await cli('status', '--db', db, '--json')).out).batches).toHaveLength(1);
  });

  it('exits 2 with a Danish message and an unchanged database for a file that is not an extract', async () => {
    const dir = tempDir();
    const db = join(dir, 'bad.sqlite');
    const result = await cli('import', join(__dirname, '..', '..', 'fixtures', 'samples', 'README.md'), '--db', db);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Fejl: /);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(JSON.parse((await cli('status', '--db', db, '--json')).out)).toEqual({ patients: 0, active: 0, batches: [] });
  });

  it('exits 2 when the file cannot be opened', async () => {
    const result = await cli('import', join(tempDir(), 'findes-ikke.csv'), '--db', join(tempDir(), 'x.sqlite'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('kunne ikke åbnes');
  });

  it('has --help on every command and refuses bad options in plain words', async () => {
    for (const command of ['import', 'flags', 'recall', 'status', 'demo']) {
      const help = await cli(command, '--help');
      expect(help.code).toBe(0);
      expect(help.out).toContain(`tovholder ${command}`);
    }
    const bad = await cli('flags', '--as-of', 'igår', '--db', join(tempDir(), 'y.sqlite'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('ÅÅÅÅ-MM-DD');
    expect((await cli('nonsense')).code).toBe(2);
  });
});
