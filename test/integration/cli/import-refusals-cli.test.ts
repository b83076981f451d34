import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cliPath = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');

function tovholder(args: string[], cwd: string): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const header = ['CPR-nr.', 'Navn', 'HbA1c', 'HbA1c dato', 'BT', 'U-ALB', 'Rygestatus', 'Statiner', 'Årskontrol', 'Øjenlægekontrol', 'Fodterapeut'];

/** A synthetic practice: replacement CPR numbers (day + 60), so nobody real. */
function patientRow(index: number): string[] {
  const day = String(61 + (index % 28)).padStart(2, '0');
  const cpr = `${day}0${1 + (index % 9)}55-${String(1000 + index).slice(-4)}`;
  return [cpr, `Patient ${index}`, '52', '01-03-2026', '128/78', '<30', 'Nej', 'Ja', '01-02-2026', '01-01-2024', '01-01-2024'];
}

function extract(dir: string, name: string, rows: string[][], columns = header): string {
  const keep = columns.map((column) => header.indexOf(column));
  const lines = [columns, ...rows.map((row) => keep.map((index) => row[index] ?? ''))].map((cells) => cells.join(';'));
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

// The first patient's annual check is long past, so the annual list has someone on it when its column is there.
const practice = Array.from({ length: 12 }, (_, index) => patientRow(index)).map((row, index) => (index === 0 ? [...row.slice(0, 8), '01-02-2024', ...row.slice(9)] : row));

function fingerprint(db: string): string {
  const handle = new Database(db, { readonly: true });
  try {
    return databaseFingerprint(handle);
  } finally {
    handle.close();
  }
}

describe('tovholder import protects the lists', () => {
  it('has been built', () => {
    expect(existsSync(cliPath), 'Byg først: npm run build').toBe(true);
  });

  it('refuses a file in which no row gives a valid patient (a header shifted one column), exit 2, database unchanged', () => {
    const dir = tempDir();
    const db = join(dir, 't.sqlite');
    expect(tovholder(['import', extract(dir, 'udtraek_2026-05-31.csv', practice), '--db', db], dir).code).toBe(0);
    const before = fingerprint(db);
    const shifted = practice.map((row) => [row[1]!, row[0]!, ...row.slice(2)]);
    const result = tovholder(['import', extract(dir, 'udtraek_2026-06-30.csv', shifted), '--db', db, '--force'], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Ingen af filens 12 rækker har et gyldigt CPR-nummer i kolonnen »CPR-nr.«');
    expect(result.err).toContain('CPR-numrene står i kolonnen »Navn«');
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses without --force a file that would leave most patients out, and imports it with --force', () => {
    const dir = tempDir();
    const db = join(dir, 't.sqlite');
    expect(tovholder(['import', extract(dir, 'udtraek_2026-05-31.csv', practice), '--db', db], dir).code).toBe(0);
    const before = fingerprint(db);
    const third = extract(dir, 'udtraek_2026-06-30.csv', practice.slice(0, 4));
    const refused = tovholder(['import', third, '--db', db], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('8 af de 12 patienter i det nuværende udtræk (67 %) er ikke i filen');
    expect(fingerprint(db)).toBe(before);
    const forced = tovholder(['import', third, '--db', db, '--force', '--json'], dir);
    expect(forced.code, forced.err).toBe(0);
    expect(JSON.parse(forced.out).notes).toContainEqual({ line: 0, reason: expect.stringContaining('Indlæst efter bekræftelse: 8 af de 12 patienter') });
  });

  it('refuses without --force a file that rejects more than a fifth of its rows', () => {
    const dir = tempDir();
    const db = join(dir, 't.sqlite');
    const broken = practice.map((row, index) => (index < 3 ? ['ukendt', ...row.slice(1)] : row));
    const refused = tovholder(['import', extract(dir, 'udtraek_2026-05-31.csv', broken), '--db', db], dir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('3 af filens 12 rækker (25 %) er afvist');
    expect(tovholder(['status', '--db', db, '--json'], dir).out).toContain('"batches": []');
  });

  it.each([
    ['Øjenlægekontrol', ['eye'], ['eye_exam']],
    ['Fodterapeut', ['foot'], ['foot_exam']],
    ['Årskontrol', ['annual'], ['annual_check']],
    ['HbA1c dato', [], ['hba1c_date']],
    ['U-ALB', [], ['ualb']],
    ['Rygestatus', [], ['smoking']],
    ['Statiner', [], ['statin']],
  ])('without a %s column, import --json names it in absentChecks %j and absentFields, and no one is flagged for it', (column, checks, fields) => {
    const dir = tempDir();
    const db = join(dir, 't.sqlite');
    const result = tovholder(['import', extract(dir, 'udtraek_2026-05-31.csv', practice, header.filter((name) => name !== column)), '--db', db, '--json'], dir);
    expect(result.code, result.err).toBe(0);
    const report = JSON.parse(result.out);
    expect(report.absentChecks).toEqual(checks);
    // The synthetic file has no columns for sex, practice, GP, diagnosis, site, target, ACE/AT2, rehabilitation or phone either.
    for (const field of fields) expect(report.absentFields).toContain(field);
    expect(report.absentFields).not.toContain('hba1c');
    // Every patient's eye and foot exams are overdue as of the extract date; a check without its column flags no one.
    const flagged = JSON.parse(tovholder(['flags', '--db', db, '--json'], dir).out) as { flags: string[] }[];
    const raised = new Set(flagged.flatMap((patient) => patient.flags));
    expect(raised.has('eye_missing')).toBe(!checks.includes('eye'));
    expect(raised.has('foot_missing')).toBe(!checks.includes('foot'));
    expect(raised.has('annual_overdue')).toBe(!checks.includes('annual'));
    if (checks.length > 0) expect(tovholder(['flags', '--db', db], dir).out).toContain('Udtrækket har ingen kolonne for');
    // Every value is at target, so no one is on the clinical list; before, an absent smoking, statin
    // or HbA1c date column put everyone there ("not registered", "no HbA1c in 12 months").
    const clinical = tovholder(['flags', '--db', db, '--list', 'clinical', '--json'], dir);
    expect(clinical.code, clinical.err).toBe(0);
    expect(JSON.parse(clinical.out)).toEqual([]);
  });
});
