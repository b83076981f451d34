import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { recordContact } from '../../../core/services/contact-service';
import { flagCounts } from '../../../core/services/follow-up-service';
import { importExtract } from '../../../core/services/import-service';
import { patientPanel } from '../../../core/services/patient-panel-service';
import { updateRecallSettings } from '../../../core/services/recall-settings-service';
import { queryWorklist } from '../../../core/services/worklist-service';
import type { WorklistName } from '../../../shared/worklists';
import { useTempDir } from '../../support/temp-dir';
import { smallExtract } from '../../support/small-extract';

const tempDir = useTempDir();

function context(): AppContext {
  const ctx = openAppContext(join(tempDir(), 'counts.sqlite'), { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'test' });
  updateRecallSettings(ctx, { initials: 'SP' });
  return ctx;
}

const extract = smallExtract;

function cprsOn(ctx: AppContext, list: WorklistName): string[] {
  return queryWorklist(ctx, { list, filters: {}, sort: 'cpr', descending: false, offset: 0, limit: 1000 }).rows.map((row) => row.cpr);
}

// Replacement CPR numbers (day + 60): never a real person's.
const overdue = ['6105504013', 'Anna Andersen', 'LK', '01-03-2025', '01-10-2026', '01-10-2026', '20304050'];
const eyeMissing = ['6206504025', 'Bent Berg', 'LK', '01-10-2026', '', '01-10-2026', '21304050'];
const dueSoon = ['6307504037', 'Carl Carlsen', 'MH', '10-09-2025', '01-10-2026', '01-10-2026', ''];
const alsoDueSoon = ['6408504049', 'Dorte Dahl', 'MH', '15-09-2025', '01-10-2026', '01-10-2026', ''];
const fine = ['6509504051', 'Erik Eriksen', 'MH', '01-10-2026', '01-10-2026', '01-10-2026', ''];

describe('one count for the Oversigt card and its list', () => {
  it('leaves a snoozed patient off the card as the list does, and counts "med flag" as the Alle med flag list', () => {
    const ctx = context();
    importExtract(ctx, extract('2026-11-20', [overdue, eyeMissing, dueSoon, fine]));
    expect(flagCounts(ctx).counts).toEqual({ annual_overdue: 1, eye_missing: 1, foot_missing: 0, any: 2 });

    recordContact(ctx, { cpr: overdue[0]!, checks: ['annual'], action: 'agreed' });
    const { counts } = flagCounts(ctx);
    expect(counts.annual_overdue).toBe(cprsOn(ctx, 'annual_overdue').length);
    expect(counts).toEqual({ annual_overdue: 0, eye_missing: 1, foot_missing: 0, any: 1 });
    expect(cprsOn(ctx, 'flagged')).toEqual([eyeMissing[0]]);
    expect(cprsOn(ctx, 'all')).toHaveLength(4);
    ctx.db.close();
  });

  it('keeps Snart forfalden free of snoozed and removed patients', () => {
    const ctx = context();
    importExtract(ctx, extract('2026-11-20', [dueSoon, alsoDueSoon, fine]));
    expect(cprsOn(ctx, 'due_soon')).toEqual([dueSoon[0], alsoDueSoon[0]]);
    recordContact(ctx, { cpr: dueSoon[0]!, checks: ['annual'], action: 'booked', appointment: '2026-12-01' });
    expect(cprsOn(ctx, 'due_soon')).toEqual([alsoDueSoon[0]]);
    recordContact(ctx, { cpr: alsoDueSoon[0]!, checks: ['annual'], action: 'removed', reason: 'declined' });
    expect(cprsOn(ctx, 'due_soon')).toEqual([]);
    ctx.db.close();
  });
});

describe('two contacts on one day', () => {
  it('keep the order they were recorded in: the later one is the patient’s status, and the history shows both', () => {
    const ctx = context();
    importExtract(ctx, extract('2026-11-20', [overdue, eyeMissing]));
    recordContact(ctx, { cpr: overdue[0]!, checks: ['annual'], action: 'invited', channel: 'sms', on: '2026-11-22' });
    recordContact(ctx, { cpr: overdue[0]!, checks: ['annual'], action: 'no_answer', on: '2026-11-22' });
    // The other way round for Bent: the answer came first, then the letter went out.
    recordContact(ctx, { cpr: eyeMissing[0]!, checks: ['eye'], action: 'no_answer', on: '2026-11-22' });
    recordContact(ctx, { cpr: eyeMissing[0]!, checks: ['eye'], action: 'invited', channel: 'letter', on: '2026-11-22' });

    const anna = patientPanel(ctx, overdue[0]!);
    expect(anna.entry?.checks.annual.contact).toMatchObject({ status: 'no_answer', invitations: 1 });
    // Newest first, as the panel shows it.
    expect(anna.events.map((event) => event.action)).toEqual(['no_answer', 'invited']);
    const bent = patientPanel(ctx, eyeMissing[0]!);
    expect(bent.entry?.checks.eye.contact).toMatchObject({ status: 'invited', invitations: 1 });
    expect(bent.events.map((event) => event.action)).toEqual(['invited', 'no_answer']);
    ctx.db.close();
  });
});
