import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../cli/tovholder';
import { addDays } from '../../../shared/calendar-dates';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cliPath = join(__dirname, '..', '..', '..', 'dist', 'node', 'cli.cjs');
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// Replacement CPR numbers (day + 60): never a real person's.
const anna = '6105504013';
const bent = '6206504025';
const danish = (iso: string) => iso.split('-').reverse().join('-');

/** A database with one extract taken on `day`: both patients three years behind on every check. */
async function database(day: string, now: () => Date): Promise<string> {
  const dir = tempDir();
  const old = danish(addDays(day, -3 * 365));
  const file = join(dir, `udtraek_${day}.csv`);
  writeFileSync(
    file,
    [`Udtrukket: ${danish(day)}`, 'CPR-nr.;Navn;Årskontrol;Øjenlægekontrol;Fodterapeut', `${anna};Anna;${old};${old};${old}`, `${bent};Bent;${old};${old};${old}`].join('\r\n'),
  );
  const db = join(dir, 'kontakter.sqlite');
  const imported = await runCli(['import', file, '--db', db], { out: () => {}, err: () => {} }, now);
  expect(imported).toBe(0);
  return db;
}

interface Event {
  id: string;
  checks: string[];
  action: string;
  channel: string | null;
  actor: string;
  on: string;
  reason: string | null;
  undoneAt: string | null;
  undoneBy: string | null;
}

// A month's end, a leap day, New Year's Day and the e2e default.
describe.each(['2026-05-31', '2028-02-29', '2027-01-01', '2026-11-23'])('tovholder contact, on %s', (day) => {
  const now = () => new Date(`${day}T09:00:00Z`);
  async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`) }, now);
    return { code, out, err };
  }
  const list = async (db: string, cpr: string): Promise<Event[]> => {
    const result = await cli('contact', 'list', '--db', db, '--cpr', cpr, '--json');
    expect(result.code, result.err).toBe(0);
    return JSON.parse(result.out) as Event[];
  };
  const flagged = async (db: string, list: string): Promise<string[]> =>
    (JSON.parse((await cli('flags', '--db', db, '--list', list, '--json')).out) as { cpr: string }[]).map((row) => row.cpr);

  it('records one SMS for three checks as one event dated today, lists it, and undoes it by its id', async () => {
    const db = await database(day, now);
    const recorded = await cli('contact', 'record', '--db', db, '--cpr', '610550-4013', '--check', 'annual,eye,foot', '--action', 'invited', '--channel', 'sms', '--actor', 'SP', '--json');
    expect(recorded.code, recorded.err).toBe(0);
    const event = JSON.parse(recorded.out) as Event;
    expect(event).toMatchObject({ checks: ['annual', 'eye', 'foot'], action: 'invited', channel: 'sms', actor: 'SP', on: day, undoneAt: null });
    expect(event.id).toMatch(uuid);
    expect((event as Event & { journalLine: string }).journalLine).toBe(`Indkaldt til årskontrol, øjen- og fodundersøgelse pr. SMS ${danish(day)} /SP`);
    expect(await list(db, anna)).toEqual([expect.objectContaining({ id: event.id, checks: ['annual', 'eye', 'foot'], action: 'invited', channel: 'sms', actor: 'SP', undoneAt: null })]);

    const undone = await cli('contact', 'undo', '--db', db, '--id', event.id, '--actor', 'KM');
    expect(undone.code, undone.err).toBe(0);
    expect(undone.out).toContain(`Fortrudt: ${danish(day)}  årskontrol, øjenundersøgelse, fodundersøgelse: Indkaldt (SMS)  /SP – fortrudt ${danish(day)} af KM  id ${event.id}`);
    expect(await list(db, anna)).toEqual([expect.objectContaining({ id: event.id, undoneAt: `${day}T09:00:00.000Z`, undoneBy: 'KM' })]);
  });

  it('prints a recorded contact as a Danish line, backdated with --on, and keeps the order of recording', async () => {
    const db = await database(day, now);
    const booked = await cli('contact', 'record', '--db', db, '--cpr', bent, '--check', 'eye', '--action', 'booked', '--date', addDays(day, 14), '--on', addDays(day, -2), '--actor', 'SP');
    expect(booked).toMatchObject({ code: 0, err: '' });
    expect(booked.out).toMatch(
      new RegExp(
        `^Registreret: ${danish(addDays(day, -2))}  øjenundersøgelse: Tid aftalt \\(${danish(addDays(day, 14))}\\)  /SP  id [0-9a-f-]{36}\\n` +
          `Til journalen: Tid til øjenundersøgelse ${danish(addDays(day, 14))}, aftalt ${danish(addDays(day, -2))} /SP\\n$`,
      ),
    );
    await cli('contact', 'record', '--db', db, '--cpr', bent, '--check', 'annual', '--action', 'no_answer', '--actor', 'SP');
    expect((await list(db, bent)).map((event) => [event.action, event.on])).toEqual([['booked', addDays(day, -2)], ['no_answer', day]]);
    expect(await flagged(db, 'eye_missing')).toEqual([anna]);
  });

  it('takes a patient who moved off every list with one event, and brings them back with one undo', async () => {
    const db = await database(day, now);
    const removed = await cli('contact', 'record', '--db', db, '--cpr', anna, '--check', 'foot', '--action', 'removed', '--reason', 'moved', '--actor', 'SP', '--json');
    const event = JSON.parse(removed.out) as Event;
    expect(event).toMatchObject({ checks: ['annual', 'eye', 'foot'], reason: 'moved' });
    for (const name of ['annual_overdue', 'eye_missing', 'foot_missing']) expect(await flagged(db, name)).toEqual([bent]);
    expect((await cli('contact', 'undo', '--db', db, '--id', event.id, '--actor', 'SP')).code).toBe(0);
    for (const name of ['annual_overdue', 'eye_missing', 'foot_missing']) expect(await flagged(db, name)).toEqual([anna, bent]);
    // "Ønsker ikke" stays with the check chosen.
    await cli('contact', 'record', '--db', db, '--cpr', anna, '--check', 'foot', '--action', 'removed', '--reason', 'declined', '--actor', 'SP');
    expect([await flagged(db, 'annual_overdue'), await flagged(db, 'foot_missing')]).toEqual([[anna, bent], [bent]]);
  });

  it('records the steps for a patient not reached: a home visit, same-day screening and a coordination meeting', async () => {
    const db = await database(day, now);
    for (const action of ['same_day_screening', 'home_visit', 'coordination_meeting']) {
      const recorded = await cli('contact', 'record', '--db', db, '--cpr', anna, '--check', 'annual,eye', '--action', action, '--actor', 'SP', '--json');
      expect(recorded.code, recorded.err).toBe(0);
      expect(JSON.parse(recorded.out)).toMatchObject({ checks: ['annual', 'eye'], action, channel: null });
    }
    expect((await list(db, anna)).map((event) => event.action)).toEqual(['same_day_screening', 'home_visit', 'coordination_meeting']);
  });

  it('refuses a day after today, an unknown CPR and an unknown or undone id with exit 2, changing nothing', async () => {
    const db = await database(day, now);
    const future = await cli('contact', 'record', '--db', db, '--cpr', anna, '--check', 'annual', '--action', 'agreed', '--on', addDays(day, 1), '--actor', 'SP');
    expect(future).toMatchObject({ code: 2, out: '', err: 'Fejl: En kontakt kan ikke registreres på en dato i fremtiden.\n' });
    const beforeContact = await cli('contact', 'record', '--db', db, '--cpr', anna, '--check', 'annual', '--action', 'call_later', '--date', addDays(day, -1), '--actor', 'SP');
    expect(beforeContact).toMatchObject({ code: 2, err: 'Fejl: Datoen skal ligge efter kontaktens dato.\n' });
    const stranger = await cli('contact', 'record', '--db', db, '--cpr', '0101010101', '--check', 'annual', '--action', 'agreed', '--actor', 'SP');
    expect(stranger).toMatchObject({ code: 2, err: 'Fejl: Patienten findes ikke i databasen.\n' });
    expect(await cli('contact', 'list', '--db', db, '--cpr', '0101010101', '--json')).toMatchObject({ code: 2, out: '', err: 'Fejl: Patienten findes ikke i databasen.\n' });
    expect(await cli('contact', 'undo', '--db', db, '--id', 'ikke-et-id', '--actor', 'SP')).toMatchObject({ code: 2, err: 'Fejl: Kontakten findes ikke.\n' });
    const event = JSON.parse((await cli('contact', 'record', '--db', db, '--cpr', anna, '--check', 'eye', '--action', 'no_answer', '--actor', 'SP', '--json')).out) as Event;
    expect((await cli('contact', 'undo', '--db', db, '--id', event.id, '--actor', 'SP')).code).toBe(0);
    expect(await cli('contact', 'undo', '--db', db, '--id', event.id, '--actor', 'SP')).toMatchObject({ code: 2, err: 'Fejl: Kontakten er allerede fortrudt.\n' });
    expect(await list(db, anna)).toHaveLength(1);
    expect(await list(db, bent)).toEqual([]);
  });
});

describe('tovholder contact refuses bad arguments in Danish with exit 2', () => {
  const now = () => new Date('2026-11-23T09:00:00Z');
  async function refused(...argv: string[]): Promise<string> {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text) }, now);
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err).toContain("Skriv 'tovholder contact --help' for hjælp.");
    return err.split('\n')[0]!;
  }
  const record = (...extra: string[]) => ['contact', 'record', '--db', join(tempDir(), 'x.sqlite'), '--cpr', anna, '--actor', 'SP', ...extra];

  it.each([
    [['contact'], 'Fejl: Angiv record, undo eller list efter contact.'],
    [['contact', 'remove'], "Fejl: Ukendt kommando 'contact remove'. Brug record, undo eller list."],
    [record('--action', 'agreed'), 'Fejl: Angiv --check en eller flere af annual, eye, foot.'],
    [record('--check', 'annual,knee', '--action', 'agreed'), "Fejl: --check skal være en eller flere af annual, eye, foot, ikke 'knee'."],
    [record('--check', 'eye,eye', '--action', 'agreed'), 'Fejl: En kontrol er nævnt to gange i --check.'],
    [record('--check', 'eye', '--action', 'phoned'), "Fejl: --action skal være en af invited, agreed, call_later, booked, no_answer, removed, done_awaiting, same_day_screening, home_visit, coordination_meeting, ikke 'phoned'."],
    [record('--check', 'eye', '--action', 'invited'), 'Fejl: Angiv --channel (letter, sms, phone, email, eboks) med --action invited.'],
    [record('--check', 'eye', '--action', 'invited', '--channel', 'fax'), "Fejl: --channel skal være en af letter, sms, phone, email, eboks, ikke 'fax'."],
    [record('--check', 'eye', '--action', 'agreed', '--channel', 'sms'), 'Fejl: --channel hører kun til --action invited.'],
    [record('--check', 'eye', '--action', 'booked'), 'Fejl: Angiv --date ÅÅÅÅ-MM-DD (dagen for aftalen).'],
    [record('--check', 'eye', '--action', 'booked', '--date', '2026-02-30'), "Fejl: --date: datoen '2026-02-30' findes ikke i kalenderen."],
    [record('--check', 'eye', '--action', 'no_answer', '--date', '2026-12-01'), 'Fejl: --date hører kun til --action call_later og booked.'],
    [record('--check', 'eye', '--action', 'removed'), 'Fejl: Angiv --reason (declined, moved, deceased, hospital, other) med --action removed.'],
    [record('--check', 'eye', '--action', 'removed', '--reason', 'other'), 'Fejl: Angiv --note med en begrundelse, når --reason er other.'],
    [record('--check', 'eye', '--action', 'agreed', '--note', 'x'), 'Fejl: --reason og --note hører kun til --action removed.'],
    [record('--check', 'eye', '--action', 'agreed', '--on', '23-11-2026'), "Fejl: --on skal være en dato som ÅÅÅÅ-MM-DD, ikke '23-11-2026'."],
    [['contact', 'record', '--cpr', '123', '--check', 'eye', '--action', 'agreed', '--actor', 'SP'], "Fejl: --cpr skal være et CPR-nummer som DDMMÅÅ-XXXX, ikke '123'."],
    [['contact', 'record', '--cpr', anna, '--check', 'eye', '--action', 'agreed'], 'Fejl: Angiv --actor INITIALER.'],
    [['contact', 'record', '--cpr', anna, '--check', 'eye', '--action', 'agreed', '--actor', 'S1'], 'Fejl: --actor: Initialer må kun indeholde bogstaver.'],
    [['contact', 'undo', '--actor', 'SP'], 'Fejl: Angiv --id ID (fra tovholder contact list) eller --mailing ID.'],
    [['contact', 'list', '--cpr', anna, '--bogus'], "Fejl: Ukendt tilvalg '--bogus'."],
  ])('%j', async (argv, message) => {
    expect(await refused(...argv)).toBe(message);
  });
});

describe('the built tovholder contact, as a script runs it', () => {
  it('records, lists and undoes in its own process, with exit 2 for an unknown id', () => {
    expect(existsSync(cliPath), 'Byg først: npm run build').toBe(true);
    const dir = tempDir();
    const db = join(dir, 'kontakter.sqlite');
    const file = join(dir, 'udtraek_2025-06-01.csv');
    writeFileSync(file, ['Udtrukket: 01-06-2025', 'CPR-nr.;Navn;Årskontrol;Øjenlægekontrol;Fodterapeut', `${anna};Anna;01-01-2022;01-01-2022;01-01-2022`].join('\r\n'));
    const run = (...args: string[]) => {
      const result = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
      return { code: result.status, out: result.stdout, err: result.stderr };
    };
    expect(run('import', file, '--db', db).code).toBe(0);
    // A fixed past day, so the real clock of the machine running the test cannot make it a future one.
    const recorded = run('contact', 'record', '--db', db, '--cpr', anna, '--check', 'annual,eye', '--action', 'invited', '--channel', 'letter', '--on', '2025-06-02', '--actor', 'SP', '--json');
    expect(recorded.code, recorded.err).toBe(0);
    const event = JSON.parse(recorded.out) as Event;
    const listed = run('contact', 'list', '--db', db, '--cpr', anna, '--json');
    expect(JSON.parse(listed.out)).toEqual([expect.objectContaining({ id: event.id, checks: ['annual', 'eye'], action: 'invited', channel: 'letter', actor: 'SP', undoneAt: null })]);
    expect(run('contact', 'undo', '--db', db, '--id', event.id, '--actor', 'SP').code).toBe(0);
    expect((JSON.parse(run('contact', 'list', '--db', db, '--cpr', anna, '--json').out) as Event[])[0]?.undoneAt).not.toBeNull();
    expect(run('contact', 'undo', '--db', db, '--id', 'ukendt', '--actor', 'SP')).toMatchObject({ code: 2, out: '', err: 'Fejl: Kontakten findes ikke.\n' });
  });
});
