import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { recordContact, undoContact } from '../../../core/services/contact-service';
import { importExtract } from '../../../core/services/import-service';
import { patientPanel } from '../../../core/services/patient-panel-service';
import { updateRecallSettings } from '../../../core/services/recall-settings-service';
import { queryWorklist } from '../../../core/services/worklist-service';
import { addDays } from '../../../shared/calendar-dates';
import { ContractError } from '../../../shared/contract';
import type { WorklistName } from '../../../shared/worklists';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const danish = (iso: string) => iso.split('-').reverse().join('-');

// Replacement CPR numbers (day + 60): never a real person's.
const anna = '6105504013';
const bent = '6206504025';

/** An extract on `day`: both patients three years behind on every check, so on every recall list. */
function extract(day: string, lastDone: Partial<Record<string, [string, string, string]>> = {}): { fileName: string; bytes: Uint8Array } {
  const old = addDays(day, -3 * 365);
  const row = (cpr: string, name: string) => [cpr, name, 'LK', ...(lastDone[cpr] ?? [old, old, old]).map(danish), '20304050'].join(';');
  const text = [`Udtrukket: ${danish(day)}`, 'CPR-nr.;Navn;Læge;Årskontrol;Øjenlægekontrol;Fodterapeut;Telefon', row(anna, 'Anna'), row(bent, 'Bent')].join('\r\n');
  return { fileName: `udtraek_${day}.csv`, bytes: new TextEncoder().encode(text) };
}

const recallLists: WorklistName[] = ['annual_overdue', 'eye_missing', 'foot_missing'];

function listsOf(ctx: AppContext, cpr: string): WorklistName[] {
  return recallLists.filter((list) =>
    queryWorklist(ctx, { list, filters: {}, sort: 'cpr', descending: false, offset: 0, limit: 100 }).rows.some((row) => row.cpr === cpr),
  );
}

// A month's end, a leap day, New Year's Day and the e2e default.
describe.each(['2026-05-31', '2028-02-29', '2027-01-01', '2026-11-23'])('contacts recorded on %s', (day) => {
  function context(): AppContext {
    const ctx = openAppContext(join(tempDir(), 'contacts.sqlite'), { now: () => new Date(`${day}T09:00:00Z`), actor: 'test' });
    importExtract(ctx, extract(day));
    updateRecallSettings(ctx, { initials: 'SP' });
    return ctx;
  }

  it("records one invitation for two checks as one event with a UUID, counted by each check's episode, and undoes it as one", () => {
    const ctx = context();
    const event = recordContact(ctx, { cpr: anna, checks: ['eye', 'annual'], action: 'invited', channel: 'sms' });
    expect(event).toMatchObject({ cpr: anna, checks: ['annual', 'eye'], on: day, action: 'invited', channel: 'sms', actor: 'SP', undoneAt: null });
    expect(event.id).toMatch(uuid);
    expect(ctx.queries.listAudit().filter((row) => row.action === 'contact.record')).toHaveLength(1);
    const panel = patientPanel(ctx, anna);
    expect(panel.events.map((e) => e.id)).toEqual([event.id]);
    expect(panel.entry?.checks.annual.contact).toMatchObject({ status: 'invited', invitations: 1 });
    expect(panel.entry?.checks.eye.contact).toMatchObject({ status: 'invited', invitations: 1 });
    expect(panel.entry?.checks.foot.contact.status).toBe('none');

    undoContact(ctx, event.id);
    const after = patientPanel(ctx, anna).entry!;
    expect([after.checks.annual.contact.status, after.checks.eye.contact.status]).toEqual(['none', 'none']);
    ctx.db.close();
  });

  it('closes only the episode of the check a newer extract shows done', () => {
    const ctx = context();
    recordContact(ctx, { cpr: anna, checks: ['annual', 'eye', 'foot'], action: 'booked', appointment: addDays(day, 5) });
    expect(listsOf(ctx, anna)).toEqual([]);
    const old = addDays(day, -3 * 365);
    importExtract(ctx, extract(addDays(day, 7), { [anna]: [addDays(day, 5), old, old] }));
    const entry = patientPanel(ctx, anna).entry!;
    expect(entry.checks.annual).toMatchObject({ state: 'ok', contact: { status: 'none' } });
    expect(entry.checks.eye.contact).toMatchObject({ status: 'booked', appointment: addDays(day, 5) });
    ctx.db.close();
  });

  it('takes a patient who moved or died off every list with one event, whichever check was chosen, and back with one undo', () => {
    const ctx = context();
    for (const reason of ['moved', 'deceased'] as const) {
      expect(listsOf(ctx, anna)).toEqual(recallLists);
      const removal = recordContact(ctx, { cpr: anna, checks: ['foot'], action: 'removed', reason });
      expect(removal.checks).toEqual(['annual', 'eye', 'foot']);
      expect(listsOf(ctx, anna)).toEqual([]);
      expect(listsOf(ctx, bent)).toEqual(recallLists);
      undoContact(ctx, removal.id);
    }
    expect(listsOf(ctx, anna)).toEqual(recallLists);
    ctx.db.close();
  });

  it('keeps "ønsker ikke" and "andet" to the checks chosen', () => {
    const ctx = context();
    recordContact(ctx, { cpr: anna, checks: ['eye'], action: 'removed', reason: 'declined' });
    recordContact(ctx, { cpr: bent, checks: ['foot'], action: 'removed', reason: 'other', note: 'Går til privat fodterapeut' });
    expect(listsOf(ctx, anna)).toEqual(['annual_overdue', 'foot_missing']);
    expect(listsOf(ctx, bent)).toEqual(['annual_overdue', 'eye_missing']);
    ctx.db.close();
  });
});

describe('contact service', () => {
  const day = '2026-11-23';
  function context(): AppContext {
    const ctx = openAppContext(join(tempDir(), 'contacts.sqlite'), { now: () => new Date(`${day}T09:00:00Z`), actor: 'test' });
    importExtract(ctx, extract(day));
    return ctx;
  }

  it('records and undoes under initials handed in (the CLI) without initials set on the computer', () => {
    const ctx = context();
    expect(() => recordContact(ctx, { cpr: anna, checks: ['annual'], action: 'no_answer' })).toThrow(/initialer/);
    const event = recordContact(ctx, { cpr: anna, checks: ['annual'], action: 'no_answer' }, 'KM');
    expect(event.actor).toBe('KM');
    expect(undoContact(ctx, event.id, 'LP')).toMatchObject({ undoneBy: 'LP' });
    expect(ctx.queries.listAudit().slice(-2).map((row) => [row.actor, row.action])).toEqual([['KM', 'contact.record'], ['LP', 'contact.undo']]);
    ctx.db.close();
  });

  it('gives every event its own id and refuses no check at all, an unknown id and a second undo', () => {
    const ctx = context();
    const ids = new Set(Array.from({ length: 20 }, () => recordContact(ctx, { cpr: bent, checks: ['eye'], action: 'no_answer' }, 'SP').id));
    expect(ids.size).toBe(20);
    expect(() => recordContact(ctx, { cpr: bent, checks: [], action: 'no_answer' }, 'SP')).toThrow(/mindst én kontrol/);
    const unknown = (() => {
      try {
        undoContact(ctx, 'ikke-et-id', 'SP');
      } catch (error) {
        return error;
      }
    })();
    expect(unknown).toBeInstanceOf(ContractError);
    expect(unknown).toMatchObject({ code: 'unknown_event' });
    const [first] = ids;
    undoContact(ctx, first!, 'SP');
    expect(() => undoContact(ctx, first!, 'SP')).toThrow(/allerede fortrudt/);
    ctx.db.close();
  });
});
