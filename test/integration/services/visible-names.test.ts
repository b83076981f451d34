import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/contract-handlers';
import { parseCsv } from '../../../shared/import/csv';
import { openTestSession } from '../../support/session';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

// A right-to-left override makes "nesnah" show as "hansen"; isolates, embeddings and zero-width
// spaces hide in front of a name. The extract is otherwise ordinary.
const extract = `Udtrukket: 21-11-2026
CPR-nr.;Navn;Læge;Telefon;Årskontrol;Øjenlægekontrol;Fodterapeut;Primært behandlingssted
610170-1234;\u202Enesnah Jens;\u202BLæge Hansen\u202C;20304050;01-01-2025;01-06-2025;;Almen praksis
620270-2345;\u200B\u2067Åse Ørsted\u2069;Læge Hansen;;01-01-2025;01-06-2025;31-02-2025;Almen praksis
`;
const invisible = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

describe('names as the screen, the lists and the letters show them', () => {
  it('carry no zero-width or bidi-control character on a worklist, in the panel, in Datakvalitet or in an SMS', async () => {
    const session = await openTestSession(tempDir(), { now: new Date('2026-11-23T09:00:00Z') });
    const call = async (channel: string, request: unknown) => {
      const envelope = await dispatch(session.handlers, channel, request);
      if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
      return envelope.value as Record<string, unknown>;
    };
    await call('import:file', { fileName: 'udtraek.csv', contentBase64: Buffer.from(extract).toString('base64') });

    const page = (await call('worklist:query', { list: 'all', sort: 'cpr' })) as { rows: { name: string | null; gp: string | null }[]; gps: string[] };
    expect(page.rows.map((row) => [row.name, row.gp])).toEqual([
      ['nesnah Jens', 'Læge Hansen'],
      ['Åse Ørsted', 'Læge Hansen'],
    ]);
    expect(page.gps).toEqual(['Læge Hansen']);

    const panel = (await call('patient:get', { cpr: '6101701234' })) as { entry: { name: string }; history: { plan: { name: string; gp: string } }[] };
    expect([panel.entry.name, panel.history[0]!.plan.name, panel.history[0]!.plan.gp]).toEqual(['nesnah Jens', 'nesnah Jens', 'Læge Hansen']);

    const quality = (await call('dataQuality:get', {})) as { patients: { name: string | null; gp: string | null }[]; warnings: { name: string | null }[] };
    expect(quality.patients.map((patient) => [patient.name, patient.gp])).toContainEqual(['nesnah Jens', 'Læge Hansen']);
    expect(quality.warnings.map((warning) => warning.name)).toContain('Åse Ørsted');

    await call('outputSettings:update', { practiceName: 'Lægerne i Sydhavnen', practicePhone: '33 12 34 56' });
    const sms = (await call('recall:export', { list: 'all', sort: 'cpr', format: 'sms', columns: ['name'] })) as { contentBase64: string; notes: string[] };
    const smsText = Buffer.from(sms.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
    expect(parseCsv(smsText, ';').records[1]![1]).toMatch(/^Kære nesnah Jens\. /);
    expect(invisible.test(smsText)).toBe(false);
    expect(sms.notes.join('\n')).toContain('Åse Ørsted (620270): intet telefonnummer');
    expect(invisible.test(sms.notes.join('\n'))).toBe(false);

    const list = (await call('recall:export', { list: 'all', sort: 'cpr', format: 'csv', columns: ['name', 'gp'] })) as { contentBase64: string };
    const listText = Buffer.from(list.contentBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '');
    expect(parseCsv(listText, ';').records.slice(1)).toEqual([['nesnah Jens', 'Læge Hansen'], ['Åse Ørsted', 'Læge Hansen']]);
    session.close();
  });
});
