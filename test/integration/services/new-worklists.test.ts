import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { recordContact, undoContact } from '../../../core/services/contact-service';
import { extractChangeLists } from '../../../core/services/extract-changes-service';
import { importExtract } from '../../../core/services/import-service';
import { getRecallSettings, updateRecallSettings } from '../../../core/services/recall-settings-service';
import { queryWorklist } from '../../../core/services/worklist-service';
import type { WorklistName } from '../../../shared/worklists';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

function context(now: string): { ctx: AppContext; setNow: (iso: string) => void } {
  let clock = new Date(now);
  const ctx = openAppContext(join(tempDir(), 'lists.sqlite'), { now: () => clock, actor: 'test' });
  return { ctx, setNow: (iso) => (clock = new Date(iso)) };
}

function page(ctx: AppContext, list: WorklistName) {
  return queryWorklist(ctx, { list, filters: {}, sort: 'cpr', descending: false, asOf: 'today', offset: 0, limit: 1000 });
}

const cprsOn = (ctx: AppContext, list: WorklistName) => page(ctx, list).rows.map((row) => row.cpr);

function importCsv(ctx: AppContext, extractDate: string, header: string[], rows: string[][]): void {
  const [year, month, day] = extractDate.split('-');
  const text = [`Udtrukket: ${day}-${month}-${year}`, header.join(';'), ...rows.map((row) => row.join(';'))].join('\r\n');
  importExtract(ctx, { fileName: `udtraek_${extractDate}.csv`, bytes: new TextEncoder().encode(text) });
}

const checksHeader = ['CPR-nr.', 'Navn', 'Læge', 'Årskontrol', 'Øjenlægekontrol', 'Fodterapeut', 'Telefon'];
// Replacement CPR numbers (day + 60): never a real person's.
const anna = ['6105504013', 'Anna Andersen', 'LK', '01-03-2025', '01-03-2026', '01-03-2026', '20304050'];
const bent = ['6206504025', 'Bent Berg', 'LK', '01-10-2026', '01-10-2026', '01-10-2026', '21304050'];

describe('Ikke nået and Ingen tid booket on a real database', () => {
  it('moves Anna to Ikke nået after two tries without a reply, with a call suggested, and off it with a home visit', () => {
    const { ctx } = context('2026-11-23T09:00:00Z');
    importCsv(ctx, '2026-11-20', checksHeader, [anna, bent]);
    expect(getRecallSettings(ctx)).toMatchObject({ unansweredLimit: 2, bookAheadDays: 60 });
    const record = (action: 'invited' | 'no_answer' | 'home_visit', on: string) =>
      recordContact(ctx, { cpr: anna[0]!, checks: ['annual'], on, ...(action === 'invited' ? { action, channel: 'sms' as const } : { action }) }, 'SP');

    record('invited', '2026-11-02');
    expect(cprsOn(ctx, 'not_reached')).toEqual([]);
    const second = record('invited', '2026-11-16');
    const [row] = page(ctx, 'not_reached').rows;
    expect(row).toMatchObject({ cpr: anna[0], notReached: { attempts: 2, checks: ['annual'], suggestion: 'phone_call' } });
    expect(page(ctx, 'all').counts.not_reached).toBe(1);

    // A limit of three leaves her off until the third try; undoing the second takes her off too.
    updateRecallSettings(ctx, { unansweredLimit: 3 });
    expect(cprsOn(ctx, 'not_reached')).toEqual([]);
    updateRecallSettings(ctx, { unansweredLimit: 2 });
    undoContact(ctx, second.id, 'SP');
    expect(cprsOn(ctx, 'not_reached')).toEqual([]);
    record('no_answer', '2026-11-20');
    expect(page(ctx, 'not_reached').rows[0]?.notReached?.suggestion).toBe('named_contact');

    const visit = record('home_visit', '2026-11-23');
    expect(visit.action).toBe('home_visit');
    expect(cprsOn(ctx, 'not_reached')).toEqual([]);
    expect(ctx.recall.contactEventsOf(anna[0]!).map((event) => event.action)).toContain('home_visit');
    ctx.db.close();
  });

  it('holds patients due within the horizon without a future appointment; a booking takes them off until its day', () => {
    const { ctx, setNow } = context('2026-11-23T09:00:00Z');
    importCsv(ctx, '2026-11-20', checksHeader, [anna, bent]);
    expect(cprsOn(ctx, 'no_booking')).toEqual([anna[0]]);
    expect(cprsOn(ctx, 'flagged')).toEqual([anna[0]]);
    recordContact(ctx, { cpr: anna[0]!, checks: ['annual'], action: 'booked', appointment: '2026-12-01' }, 'SP');
    expect(cprsOn(ctx, 'no_booking')).toEqual([]);
    // Alle med flag is the flag lists together: a booking takes her off it as it takes her off Årskontrol overskredet.
    expect(cprsOn(ctx, 'flagged')).toEqual(cprsOn(ctx, 'annual_overdue'));
    expect(cprsOn(ctx, 'flagged')).toEqual([]);
    setNow('2026-12-01T09:00:00Z');
    expect(cprsOn(ctx, 'no_booking')).toEqual([anna[0]]);
    // Bent's annual check lapses in January 2028, beyond even the longest horizon.
    updateRecallSettings(ctx, { bookAheadDays: 365 });
    expect(cprsOn(ctx, 'no_booking')).toEqual([anna[0]]);
    ctx.db.close();
  });
});

describe('what changed between extracts, on a real database', () => {
  const header = ['CPR-nr.', 'Navn', 'Læge', 'Årskontrol', 'Øjenlægekontrol', 'Fodterapeut', 'Telefon', 'Primært behandlingssted', 'HbA1c', 'Rehabilitering'];
  const row = (cpr: string, name: string, site: string, hba1c: string, rehab = '') => [cpr, name, 'LK', '01-10-2026', '01-10-2026', '01-10-2026', '', site, hba1c, rehab];
  const cprs = { back: '6105504013', rising: '6206504025', gone: '6307504037', fresh: '6408504049' };

  it('lists those back from the hospital, new, gone and with HbA1c rising; a confirmed move takes the gone one off', () => {
    const { ctx } = context('2026-11-23T09:00:00Z');
    expect(extractChangeLists(ctx).lists.new_in_register.state).toBe('no_previous');
    importCsv(ctx, '2026-05-31', header, [
      row(cprs.back, 'Anna', 'Hospital', '50'),
      row(cprs.rising, 'Bent', 'Almen praksis', '52'),
      row(cprs.gone, 'Carl', 'Almen praksis', '50'),
    ]);
    expect(extractChangeLists(ctx).lists.hba1c_rising.state).toBe('no_previous');
    importCsv(ctx, '2026-11-20', header, [
      row(cprs.back, 'Anna', 'Almen praksis', '50'),
      row(cprs.rising, 'Bent', 'Almen praksis', '60'),
      row(cprs.fresh, 'Dorte', 'Almen praksis', '48', 'Ja'),
    ]);
    const changes = extractChangeLists(ctx);
    expect(changes).toMatchObject({ latestDate: '2026-11-20', previousDate: '2026-05-31' });
    const cprsOf = (list: keyof typeof changes.lists) => changes.lists[list].rows.map((entry) => entry.cpr);
    expect(cprsOf('back_from_hospital')).toEqual([cprs.back]);
    expect(cprsOf('new_in_register')).toEqual([cprs.fresh]);
    expect(changes.lists.new_in_register.rows[0]?.offerRehab).toBe(false);
    expect(cprsOf('not_in_latest')).toEqual([cprs.gone]);
    expect(changes.lists.hba1c_rising.rows).toEqual([expect.objectContaining({ cpr: cprs.rising, hba1c: { before: 52, latest: 60, target: 53 } })]);

    const moved = recordContact(ctx, { cpr: cprs.gone, checks: ['annual'], action: 'removed', reason: 'moved' }, 'SP');
    expect(extractChangeLists(ctx).lists.not_in_latest.rows).toEqual([]);
    undoContact(ctx, moved.id, 'SP');
    expect(extractChangeLists(ctx).lists.not_in_latest.rows.map((entry) => entry.cpr)).toEqual([cprs.gone]);
    ctx.db.close();
  });

  it('says HbA1c stiger cannot be made when the latest extract has no HbA1c column', () => {
    const { ctx } = context('2026-11-23T09:00:00Z');
    importCsv(ctx, '2026-05-31', header, [row(cprs.rising, 'Bent', 'Almen praksis', '52')]);
    importCsv(ctx, '2026-11-20', checksHeader, [[cprs.rising, 'Bent', 'LK', '01-10-2026', '01-10-2026', '01-10-2026', '']]);
    const lists = extractChangeLists(ctx).lists;
    expect(lists.hba1c_rising).toEqual({ state: 'unknown', absentFields: ['hba1c'], rows: [] });
    expect(lists.back_from_hospital.state).toBe('unknown');
    expect(lists.not_in_latest).toMatchObject({ state: 'ready', rows: [] });
    ctx.db.close();
  });
});
