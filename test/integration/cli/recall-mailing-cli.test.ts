import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/tovholder';
import { updateOutputSettings } from '../../../core/services/output-settings-service';
import { parseCsv } from '../../../shared/import/csv';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { recallContext } from '../../support/recall-extract';
import { useTempDir } from '../../support/temp-dir';
import Database from 'better-sqlite3';

const tempDir = useTempDir();
const cliPath = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');
const ase = '6101701234';
const bo = '6303703456';
const now = () => new Date('2026-11-23T09:00:00Z');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) }, now);
  return { code, out, err };
}

/** The recall extract, with the practice's name and phone the letters and SMS name. */
function database(): string {
  const path = join(tempDir(), 'cli.sqlite');
  const ctx = recallContext(path);
  updateOutputSettings(ctx, { practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56' });
  ctx.db.close();
  return path;
}

interface Event {
  id: string;
  checks: string[];
  action: string;
  channel: string | null;
  mailingId: string | null;
  actor: string;
  on: string;
  undoneAt: string | null;
}

const events = async (db: string, cpr: string): Promise<Event[]> => JSON.parse((await cli('contact', 'list', '--db', db, '--cpr', cpr, '--json')).out) as Event[];

function fingerprint(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return databaseFingerprint(db);
  } finally {
    db.close();
  }
}

describe('tovholder recall --kind', () => {
  it('sms: the CSV of phone and message, 0600, those without a usable phone named; --record-invitations records them as one mailing, undone as one', async () => {
    const db = database();
    const out = join(tempDir(), 'sms.csv');
    const result = await cli('recall', '--list', 'all', '--kind', 'sms', '--out', out, '--db', db, '--record-invitations', '--actor', 'SP');
    expect(result.code, result.err).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(readFileSync(out)), ';').records;
    expect(header).toEqual(['Telefon', 'Besked']);
    expect(rows.map((row) => row[0]).sort()).toEqual(['12345678', '20304050']);
    const mailingId = /udsendelse ([0-9a-f-]{36})/.exec(result.out)?.[1];
    expect(mailingId).toBeDefined();
    expect(result.out).toBe(
      [
        `Skrev 2 patienter til ${out}`,
        '2 patienter er ikke med, fordi der ikke er et brugbart telefonnummer:',
        '  =HYPERLINK("x") (620270): intet telefonnummer',
        "  Carl Dam (640470): telefonnummeret '123' er ikke et dansk nummer på 8 cifre",
        // Bo's message names three checks and runs past one SMS: the list says so.
        '  1 af 2 beskeder er længere end én SMS (160 tegn) og sendes som to eller flere. Gør skabelonen kortere under Indstillinger for at holde hver besked på én SMS.',
        `Registreret: 2 indkaldelser pr. SMS 23-11-2026 /SP, udsendelse ${mailingId}`,
        `Fortryd dem samlet med: tovholder contact undo --mailing ${mailingId} --actor SP`,
        'Indkaldelsen er ikke registreret for:',
        '  =HYPERLINK("x") (620270): får ingen SMS (intet brugbart telefonnummer)',
        '  Carl Dam (640470): får ingen SMS (intet brugbart telefonnummer)',
        '',
      ].join('\n'),
    );
    expect(await events(db, bo)).toEqual([
      expect.objectContaining({ action: 'invited', channel: 'sms', checks: ['annual', 'eye', 'foot'], mailingId, actor: 'SP', on: '2026-11-23', undoneAt: null }),
    ]);
    expect(await events(db, ase)).toEqual([expect.objectContaining({ checks: ['annual'], mailingId })]);
    expect(await events(db, '6202702345')).toEqual([]);

    const undone = await cli('contact', 'undo', '--mailing', mailingId!, '--actor', 'KM', '--db', db);
    expect(undone).toMatchObject({ code: 0, out: `Fortrudt: 2 indkaldelser i udsendelsen ${mailingId} /KM\n` });
    for (const cpr of [ase, bo]) expect((await events(db, cpr))[0]?.undoneAt).toBe('2026-11-23T09:00:00.000Z');
    const again = await cli('contact', 'undo', '--mailing', mailingId!, '--actor', 'KM', '--db', db);
    expect(again).toMatchObject({ code: 2, err: 'Fejl: Udsendelsen er allerede fortrudt.\n' });
  });

  it('letters: one PDF, one letter a page, each patient invited by letter for what the letter names', async () => {
    const db = database();
    const out = join(tempDir(), 'breve.pdf');
    const result = await cli('recall', '--list', 'annual_overdue', '--kind', 'letters', '--out', out, '--db', db, '--record-invitations', '--actor', 'SP');
    expect(result.code, result.err).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m);
    expect(result.out).toMatch(/^Skrev 2 patienter til .*\nRegistreret: 2 indkaldelser pr. brev 23-11-2026 \/SP, udsendelse /);
    expect(await events(db, bo)).toEqual([expect.objectContaining({ channel: 'letter', checks: ['annual', 'eye', 'foot'] })]);
  });

  it('without --record-invitations nothing is recorded; list is the existing list export', async () => {
    const db = database();
    const before = fingerprint(db);
    expect((await cli('recall', '--list', 'all', '--kind', 'sms', '--out', join(tempDir(), 's.csv'), '--db', db)).code).toBe(0);
    const list = join(tempDir(), 'liste.csv');
    expect((await cli('recall', '--list', 'eye_missing', '--kind', 'list', '--out', list, '--db', db, '--columns', 'name')).code).toBe(0);
    expect(parseCsv(new TextDecoder().decode(readFileSync(list)), ';').records).toEqual([['Navn'], ['Bo Berg'], [`'=HYPERLINK("x")`]]);
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses bad arguments with exit 2 in Danish, writing no file and recording nothing', async () => {
    const db = database();
    const before = fingerprint(db);
    const out = join(tempDir(), 'x.csv');
    const cases: [string[], string][] = [
      [['--kind', 'email', '--out', out], "--kind skal være en af list, letters, sms, ikke 'email'."],
      [['--kind', 'sms', '--out', join(tempDir(), 'x.xlsx')], "En SMS-liste skrives som CSV: --out skal ende på .csv, ikke 'x.xlsx'."],
      [['--kind', 'letters', '--out', out], "Breve skrives som PDF: --out skal ende på .pdf, ikke 'x.csv'."],
      [['--kind', 'sms', '--out', out, '--record-invitations'], 'Angiv --actor INITIALER.'],
      [['--kind', 'list', '--out', out, '--record-invitations', '--actor', 'SP'], '--record-invitations hører kun til --kind letters og sms: en liste inviterer ingen.'],
      [['--kind', 'sms', '--out', out, '--actor', 'SP'], '--actor hører kun til --record-invitations.'],
      [['--kind', 'sms', '--out', out, '--columns', 'name'], '--columns hører kun til --kind list; breve og SMS følger deres skabelon.'],
      [['--kind', 'sms'], 'Angiv --out FIL.csv.'],
    ];
    for (const [args, message] of cases) {
      const result = await cli('recall', '--list', 'all', '--db', db, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toContain(`Fejl: ${message}`);
    }
    expect(existsSync(out)).toBe(false);
    expect(fingerprint(db)).toBe(before);
  });

  it('runs as a process: the SMS list written and its invitations recorded, undone as one', () => {
    const db = database();
    const out = join(tempDir(), 'sms.csv');
    const run = (...args: string[]) => {
      const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
      return { code: result.status, out: result.stdout, err: result.stderr };
    };
    const bad = run('recall', '--list', 'all', '--kind', 'sms', '--out', out, '--db', db, '--record-invitations');
    expect(bad).toMatchObject({ code: 2, err: expect.stringContaining('Fejl: Angiv --actor INITIALER.') });
    const made = run('recall', '--list', 'all', '--kind', 'sms', '--out', out, '--db', db, '--record-invitations', '--actor', 'SP');
    expect(made.code, made.err).toBe(0);
    const mailingId = /undo --mailing (\S+) /.exec(made.out)?.[1];
    expect(mailingId).toBeDefined();
    const listed = JSON.parse(run('contact', 'list', '--db', db, '--cpr', bo, '--json').out) as Event[];
    expect(listed).toEqual([expect.objectContaining({ action: 'invited', channel: 'sms', mailingId, undoneAt: null })]);
    expect(run('contact', 'undo', '--mailing', mailingId!, '--actor', 'SP', '--db', db)).toMatchObject({ code: 0, out: expect.stringContaining('Fortrudt: 2 indkaldelser') });
    expect((JSON.parse(run('contact', 'list', '--db', db, '--cpr', bo, '--json').out) as Event[])[0]?.undoneAt).not.toBeNull();
    expect(run('contact', 'undo', '--mailing', 'ukendt', '--actor', 'SP', '--db', db)).toMatchObject({ code: 2, err: 'Fejl: Udsendelsen findes ikke.\n' });
  });
});
