import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppContext, type AppContext } from '../../../core/app-context';
import { markPatient, recordContact, undoContact } from '../../../core/services/contact-service';
import { importExtract } from '../../../core/services/import-service';
import { patientPanel } from '../../../core/services/patient-panel-service';
import { dataQuality } from '../../../core/services/data-quality-service';
import { updateRecallSettings } from '../../../core/services/recall-settings-service';
import { queryWorklist } from '../../../core/services/worklist-service';
import { ContractError } from '../../../shared/contract';
import type { WorklistName } from '../../../shared/worklists';
import { sampleCases } from '../../support/samples';
import { useTempDir } from '../../support/temp-dir';
import { smallExtract } from '../../support/small-extract';

const tempDir = useTempDir();

function context(now = '2026-11-23T09:00:00Z'): { ctx: AppContext; setNow: (iso: string) => void } {
  let clock = new Date(now);
  const ctx = openAppContext(join(tempDir(), 'recall.sqlite'), { now: () => clock, actor: 'test' });
  return { ctx, setNow: (iso) => (clock = new Date(iso)) };
}

function cprsOn(ctx: AppContext, list: WorklistName, filters = {}): string[] {
  return queryWorklist(ctx, { list, filters, sort: 'cpr', descending: false, offset: 0, limit: 1000 }).rows.map((row) => row.cpr);
}

const extract = smallExtract;

// Replacement CPR numbers (day + 60): never a real person's.
const anna = ['6105504013', 'Anna Andersen', 'LK', '01-03-2025', '01-03-2025', '01-03-2025', '20304050'];
const bent = ['6206504025', 'Bent Berg', 'LK', '01-10-2024', '01-10-2026', '01-10-2026', '21304050'];
const carl = ['6307504037', 'Carl Carlsen', 'MH', '01-10-2026', '', '01-10-2026', ''];

describe('worklists over the shared samples', () => {
  for (const sample of sampleCases()) {
    it(`${sample.name}: the three flag lists hold exactly the expected flagged patients`, () => {
      const { ctx } = context(`${sample.as_of}T09:00:00Z`);
      updateRecallSettings(ctx, { graceMonths: 0 });
      for (const file of sample.files) {
        importExtract(ctx, { fileName: file.path, bytes: new Uint8Array(readFileSync(join(sample.dir, file.path))) });
      }
      const expected = (flag: string) =>
        Object.entries(sample.expected_flags)
          .filter(([, flags]) => flags.includes(flag))
          .map(([cpr]) => cpr)
          .sort();
      expect(cprsOn(ctx, 'annual_overdue')).toEqual(expected('annual_overdue'));
      expect(cprsOn(ctx, 'eye_missing')).toEqual(expected('eye_missing'));
      expect(cprsOn(ctx, 'foot_missing')).toEqual(expected('foot_missing'));
      expect(cprsOn(ctx, 'all')).toHaveLength(sample.patients_active_not_hospital);

      // With the default grace period, only patients first seen in the later extract drop off.
      updateRecallSettings(ctx, { graceMonths: 3 });
      const firstFile = sample.files[0]!.extract_date;
      const isNew = (cpr: string) => ctx.recall.patientByCpr(cpr)!.first_extract_date > firstFile;
      expect(cprsOn(ctx, 'annual_overdue')).toEqual(expected('annual_overdue').filter((cpr) => !isNew(cpr)));
      ctx.db.close();
    });
  }
});

describe('worklist service', () => {
  it('sorts most overdue first, filters by GP and searches by name or CPR', () => {
    const { ctx } = context();
    importExtract(ctx, extract('2026-11-20', [anna, bent, carl]));
    expect(cprsOn(ctx, 'annual_overdue')).toEqual(['6105504013', '6206504025']);
    const page = queryWorklist(ctx, { list: 'annual_overdue', filters: {}, sort: 'urgency', descending: false, offset: 0, limit: 10 });
    expect(page.rows.map((row) => row.name)).toEqual(['Bent Berg', 'Anna Andersen']);
    expect(page.counts).toMatchObject({ annual_overdue: 2, eye_missing: 1, foot_missing: 0, all: 3 });
    expect(page.gps).toEqual(['LK', 'MH']);
    expect(cprsOn(ctx, 'all', { gp: 'MH' })).toEqual(['6307504037']);
    expect(cprsOn(ctx, 'all', { search: 'bent' })).toEqual(['6206504025']);
    expect(cprsOn(ctx, 'all', { search: '620650-4025' })).toEqual(['6206504025']);
    expect(cprsOn(ctx, 'eye_missing', { state: 'never' })).toEqual(['6307504037']);
    ctx.db.close();
  });

  it('leaves patients absent from the latest extract, and hospital patients, off every list', () => {
    const { ctx } = context();
    importExtract(ctx, extract('2026-11-20', [anna, bent, carl]));
    importExtract(ctx, extract('2026-11-22', [anna, carl]));
    expect(cprsOn(ctx, 'all')).toEqual([anna[0], carl[0]]);
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([anna[0]]);
    expect(patientPanel(ctx, bent[0]!)).toMatchObject({ inLatestExtract: false, entry: null });

    const text = ['Udtrukket: 23-11-2026', 'CPR-nr.;Navn;Årskontrol;Primært behandlingssted', `${anna[0]};Anna;;Hospital`, `${carl[0]};Carl;;Almen praksis`].join('\r\n');
    importExtract(ctx, { fileName: 'udtraek_hospital.csv', bytes: new TextEncoder().encode(text) });
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([carl[0]]);
    expect(cprsOn(ctx, 'all')).toEqual([carl[0]]);
    ctx.db.close();
  });

  it('refuses contact actions until initials are set, and stores who and when in the audit log', () => {
    const { ctx } = context();
    importExtract(ctx, extract('2026-11-20', [anna]));
    expect(() => recordContact(ctx, { cpr: anna[0]!, checks: ['annual'], action: 'agreed' })).toThrow(ContractError);
    updateRecallSettings(ctx, { initials: 'SP' });
    const event = recordContact(ctx, { cpr: anna[0]!, checks: ['annual'], action: 'invited', channel: 'letter' });
    expect(event).toMatchObject({ actor: 'SP', on: '2026-11-23', action: 'invited', channel: 'letter', batchId: 1 });
    expect(ctx.queries.listAudit().at(-1)).toMatchObject({ actor: 'SP', action: 'contact.record' });
    expect(() => recordContact(ctx, { cpr: anna[0]!, checks: ['annual'], action: 'agreed', on: '2026-11-24' })).toThrow(/fremtiden/);
    expect(() => recordContact(ctx, { cpr: '0101010101', checks: ['annual'], action: 'agreed' })).toThrow(/findes ikke/);
    ctx.db.close();
  });

  it('takes a patient off the list as the outcome says, and back again when it lapses or is undone', () => {
    const { ctx, setNow } = context();
    importExtract(ctx, extract('2026-11-20', [anna, bent]));
    updateRecallSettings(ctx, { initials: 'SP' });
    const agreed = recordContact(ctx, { cpr: anna[0]!, checks: ['annual'], action: 'agreed' });
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([bent[0]]);
    expect(cprsOn(ctx, 'all', { contactStatus: 'agreed' })).toEqual([anna[0]]);
    setNow('2026-12-24T09:00:00Z');
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([anna[0], bent[0]]);
    setNow('2026-11-23T10:00:00Z');
    undoContact(ctx, agreed.id);
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([anna[0], bent[0]]);
    expect(() => undoContact(ctx, agreed.id)).toThrow(/allerede/);

    recordContact(ctx, { cpr: bent[0]!, checks: ['annual'], action: 'removed', reason: 'declined' });
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([anna[0]]);
    ctx.db.close();
  });

  it('lists tomorrow’s booked appointments for a reminder', () => {
    const { ctx } = context();
    importExtract(ctx, extract('2026-11-20', [anna, bent]));
    updateRecallSettings(ctx, { initials: 'SP' });
    recordContact(ctx, { cpr: anna[0]!, checks: ['annual'], action: 'booked', appointment: '2026-11-24' });
    recordContact(ctx, { cpr: bent[0]!, checks: ['annual'], action: 'booked', appointment: '2026-11-30' });
    expect(cprsOn(ctx, 'remind_tomorrow')).toEqual([anna[0]]);
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([]);
    ctx.db.close();
  });

  it('keeps "done, awaiting next extract" hidden until the next extract, which confirms it or brings the patient back', () => {
    const { ctx } = context();
    importExtract(ctx, extract('2026-11-20', [anna, bent]));
    updateRecallSettings(ctx, { initials: 'SP' });
    recordContact(ctx, { cpr: anna[0]!, checks: ['annual'], action: 'done_awaiting' });
    recordContact(ctx, { cpr: bent[0]!, checks: ['annual'], action: 'done_awaiting' });
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([]);
    // The next extract shows Anna's annual check done; Bent's is still missing.
    const annaDone = [...anna];
    annaDone[3] = '23-11-2026';
    importExtract(ctx, extract('2026-11-27', [annaDone, bent]));
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([bent[0]]);
    expect(cprsOn(ctx, 'all', { contactStatus: 'done_unconfirmed' })).toEqual([bent[0]]);
    const panel = patientPanel(ctx, anna[0]!);
    expect(panel.entry?.checks.annual).toMatchObject({ state: 'ok', contact: { status: 'none' } });
    expect(panel.events).toHaveLength(1);
    expect(panel.history.map((row) => row.extractDate)).toEqual(['2026-11-27', '2026-11-20']);
    ctx.db.close();
  });

  it('marks a patient vulnerable with a contact person, shown in the lists and filterable', () => {
    const { ctx } = context();
    importExtract(ctx, extract('2026-11-20', [anna, bent]));
    updateRecallSettings(ctx, { initials: 'SP' });
    markPatient(ctx, { cpr: bent[0]!, vulnerable: true, contactPerson: 'KM' });
    expect(cprsOn(ctx, 'all', { vulnerable: true })).toEqual([bent[0]]);
    const row = queryWorklist(ctx, { list: 'all', filters: { vulnerable: true }, sort: 'urgency', descending: false, offset: 0, limit: 1 }).rows[0];
    expect(row).toMatchObject({ vulnerable: true, contactPerson: 'KM' });
    markPatient(ctx, { cpr: bent[0]!, vulnerable: false, contactPerson: 'KM' });
    expect(cprsOn(ctx, 'all', { vulnerable: true })).toEqual([]);
    ctx.db.close();
  });

  it('sees a contact recorded by another connection to the same file', () => {
    const { ctx } = context();
    importExtract(ctx, extract('2026-11-20', [anna, bent]));
    expect(cprsOn(ctx, 'annual_overdue')).toHaveLength(2);
    const other = openAppContext(ctx.db.name, { now: () => new Date('2026-11-23T09:00:00Z'), actor: 'x' });
    updateRecallSettings(other, { initials: 'SP' });
    recordContact(other, { cpr: anna[0]!, checks: ['annual'], action: 'removed', reason: 'moved' });
    other.db.close();
    expect(cprsOn(ctx, 'annual_overdue')).toEqual([bent[0]]);
    ctx.db.close();
  });

  it('lists what to fix in XMO: missing values per patient and the impossible cells of the newest extract', () => {
    const { ctx } = context();
    const broken = [...carl];
    broken[3] = '31-02-2026';
    importExtract(ctx, extract('2026-11-20', [anna, bent, broken]));
    const quality = dataQuality(ctx);
    expect(quality.extractDate).toBe('2026-11-20');
    expect(quality.counts).toMatchObject({ phone: 1, eyeExam: 1, annualCheck: 1, hba1c: 0 });
    // The extract has no HbA1c column at all: that is said once, not blamed on every patient.
    expect(quality.absentColumns).toEqual(['hba1c', 'bp', 'smoking', 'statin', 'ualb']);
    expect(quality.patients.find((patient) => patient.cpr === carl[0])?.missing).toEqual(
      expect.arrayContaining(['phone', 'annualCheck', 'eyeExam']),
    );
    expect(quality.warnings).toEqual([
      expect.objectContaining({ line: 5, column: 'Årskontrol', raw: '31-02-2026', cpr: carl[0], name: 'Carl Carlsen' }),
    ]);
    expect(dataQuality(ctx, 'phone').patients.map((patient) => patient.cpr)).toEqual([carl[0]]);
    ctx.db.close();
  });
});
