import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../core/app-context';
import { headlessBrowserPrinter } from '../../../core/print/headless-browser-printer';
import { contactEventsOfPatient, undoContact } from '../../../core/services/contact-service';
import { recordMailing, undoMailing } from '../../../core/services/mailing-service';
import { updateOutputSettings } from '../../../core/services/output-settings-service';
import { recallExportFile } from '../../../core/services/recall-export';
import { updateRecallSettings } from '../../../core/services/recall-settings-service';
import { queryWorklist } from '../../../core/services/worklist-service';
import type { WorklistName } from '../../../shared/worklists';
import { databaseFingerprint } from '../../support/db-fingerprint';
import { recallContext } from '../../support/recall-extract';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const printer = headlessBrowserPrinter();
const ase = '6101701234';
const bo = '6303703456';
const formula = '6202702345';

function context(): AppContext {
  const ctx = recallContext(join(tempDir(), 'db.sqlite'));
  updateOutputSettings(ctx, { practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56' });
  return ctx;
}

const onList = (ctx: AppContext, list: WorklistName) =>
  queryWorklist(ctx, { list, filters: {}, sort: 'cpr', descending: false, offset: 0, limit: 100 }).rows;

const contactOf = (ctx: AppContext, cpr: string) => onList(ctx, 'all').find((row) => row.cpr === cpr)!;

const audit = (ctx: AppContext) => ctx.queries.listAudit().filter((row) => row.action.startsWith('mailing.'));

describe('a mailing recorded in one step', () => {
  it('records the SMS list’s invitations as one, one event a patient for the checks the SMS names, and undoes them as one', async () => {
    const ctx = context();
    // The list is computed (and cached) before: recording must change what it shows at once.
    expect(contactOf(ctx, bo).checks.annual.contact.status).toBe('none');
    const file = await recallExportFile(ctx, printer, { list: 'all', sort: 'cpr', format: 'sms', columns: ['name'] });
    expect(file.mailing).toEqual({
      channel: 'sms',
      invitations: [
        { cpr: ase, checks: ['annual'] },
        { cpr: bo, checks: ['annual', 'eye', 'foot'] },
      ],
      notRecorded: [
        '=HYPERLINK("x") (620270): får ingen SMS (intet brugbart telefonnummer)',
        'Carl Dam (640470): får ingen SMS (intet brugbart telefonnummer)',
      ],
    });
    const mailing = recordMailing(ctx, { channel: file.mailing!.channel, invitations: file.mailing!.invitations }, 'SP');
    expect(mailing).toMatchObject({ channel: 'sms', on: '2026-11-23', count: 2, actor: 'SP' });

    const [boEvent, ...boRest] = contactEventsOfPatient(ctx, bo);
    expect(boRest).toEqual([]);
    expect(boEvent).toMatchObject({ action: 'invited', channel: 'sms', checks: ['annual', 'eye', 'foot'], mailingId: mailing.mailingId, actor: 'SP', on: '2026-11-23' });
    expect(contactEventsOfPatient(ctx, ase)).toMatchObject([{ checks: ['annual'], mailingId: mailing.mailingId }]);
    expect(contactEventsOfPatient(ctx, formula)).toEqual([]);
    for (const check of ['annual', 'eye', 'foot'] as const) {
      expect(contactOf(ctx, bo).checks[check].contact).toMatchObject({ status: 'invited', invitations: 1 });
    }
    expect(audit(ctx).map((row) => [row.action, JSON.parse(row.details)])).toEqual([
      ['mailing.record', { mailingId: mailing.mailingId, channel: 'sms', invitations: 2 }],
    ]);

    const undone = undoMailing(ctx, mailing.mailingId, 'KM');
    expect(undone).toMatchObject({ mailingId: mailing.mailingId, count: 2, actor: 'KM' });
    for (const cpr of [ase, bo]) expect(contactEventsOfPatient(ctx, cpr)).toMatchObject([{ undoneBy: 'KM', undoneAt: '2026-11-23T09:00:00.000Z' }]);
    expect(contactOf(ctx, bo).checks.eye.contact.status).toBe('none');
    expect(audit(ctx).map((row) => row.action)).toEqual(['mailing.record', 'mailing.undo']);
    ctx.db.close();
  });

  it('letters invite every patient in the file, by letter', async () => {
    const ctx = context();
    const file = await recallExportFile(ctx, printer, { list: 'annual_overdue', format: 'letters', columns: ['name'] });
    expect(file.mailing).toEqual({
      channel: 'letter',
      invitations: [
        { cpr: bo, checks: ['annual', 'eye', 'foot'] },
        { cpr: ase, checks: ['annual'] },
      ],
      notRecorded: [],
    });
    recordMailing(ctx, { channel: file.mailing!.channel, invitations: file.mailing!.invitations }, 'SP');
    expect(onList(ctx, 'annual_overdue').map((row) => [row.cpr, row.checks.annual.contact.status])).toEqual([
      [ase, 'invited'],
      [bo, 'invited'],
    ]);
    ctx.db.close();
  });

  it('a list, an XLSX or a PDF stands for no mailing', async () => {
    const ctx = context();
    expect((await recallExportFile(ctx, printer, { list: 'all', format: 'csv', columns: ['name'] })).mailing).toBeNull();
    ctx.db.close();
  });

  it('leaves an invitation undone by hand as it was when the mailing is undone, and refuses a second undo', () => {
    const ctx = context();
    const mailing = recordMailing(ctx, { channel: 'letter', invitations: [{ cpr: ase, checks: ['annual'] }, { cpr: bo, checks: ['eye'] }] }, 'SP');
    const boEvent = contactEventsOfPatient(ctx, bo)[0]!;
    undoContact(ctx, boEvent.id, 'AB');
    expect(undoMailing(ctx, mailing.mailingId, 'KM').count).toBe(1);
    expect(contactEventsOfPatient(ctx, bo)[0]).toMatchObject({ undoneBy: 'AB' });
    expect(contactEventsOfPatient(ctx, ase)[0]).toMatchObject({ undoneBy: 'KM' });
    const before = databaseFingerprint(ctx.db);
    expect(() => undoMailing(ctx, mailing.mailingId, 'KM')).toThrow('Udsendelsen er allerede fortrudt.');
    expect(() => undoMailing(ctx, 'ikke-en-udsendelse', 'KM')).toThrow('Udsendelsen findes ikke.');
    expect(databaseFingerprint(ctx.db)).toBe(before);
    ctx.db.close();
  });

  it('refuses the whole mailing, writing nothing, for one unknown patient, a future day, a patient twice or no initials', () => {
    const ctx = context();
    const before = databaseFingerprint(ctx.db);
    const refused = (record: Parameters<typeof recordMailing>[1], actor?: string) => {
      expect(() => recordMailing(ctx, record, actor)).toThrow();
      expect(databaseFingerprint(ctx.db)).toBe(before);
    };
    expect(() => recordMailing(ctx, { channel: 'sms', invitations: [{ cpr: ase, checks: ['annual'] }, { cpr: '0101010101', checks: ['annual'] }] }, 'SP')).toThrow(
      '1 af patienterne i udsendelsen findes ikke i databasen; intet er registreret.',
    );
    refused({ channel: 'sms', invitations: [{ cpr: ase, checks: ['annual'] }, { cpr: '0101010101', checks: ['annual'] }] }, 'SP');
    refused({ channel: 'sms', invitations: [{ cpr: ase, checks: ['annual'] }], on: '2026-11-24' }, 'SP');
    refused({ channel: 'sms', invitations: [{ cpr: ase, checks: ['annual'] }, { cpr: ase, checks: ['eye'] }] }, 'SP');
    refused({ channel: 'sms', invitations: [] }, 'SP');
    // The app's own initials are not set yet: the app says so, as for a single contact.
    expect(() => recordMailing(ctx, { channel: 'sms', invitations: [{ cpr: ase, checks: ['annual'] }] })).toThrow('Skriv dine initialer');
    expect(databaseFingerprint(ctx.db)).toBe(before);
    updateRecallSettings(ctx, { initials: 'SP' });
    expect(recordMailing(ctx, { channel: 'sms', invitations: [{ cpr: ase, checks: ['annual'] }] }).actor).toBe('SP');
    ctx.db.close();
  });
});
