import { describe, expect, it } from 'vitest';
import type { ContactEvent } from '../../../shared/contact-workflow';
import { everyField, valueFields } from '../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import { defaultRecallSettings } from '../../../shared/recall-settings';
import { worklistEntryFor, type WorklistClock, type WorklistPatient } from '../../../shared/worklist-entry';

const clock: WorklistClock = {
  asOf: '2026-11-20',
  today: '2026-11-23',
  windows: defaultFollowUpWindows,
  settings: defaultRecallSettings,
  currentBatchId: 3,
  earliestExtractDate: '2025-05-31',
  carried: everyField,
};

const invited = (on: string, id: string): ContactEvent => ({
  id, cpr: '6101551234', checks: ['eye'], on, action: 'invited', channel: 'letter', date: null, reason: null, note: null,
  batchId: 2, mailingId: null, recordedAt: `${on}T09:00:00Z`, actor: 'AB', undoneAt: null, undoneBy: null,
});

const patient: WorklistPatient = {
  cpr: '6101551234',
  birthDate: '1955-01-01',
  sex: 'K',
  firstExtractDate: '2025-05-31',
  plan: {
    name: 'A', phone: null, gp: null, diabetesType: 2, annualCheck: '2026-06-01', eyeExam: '2025-09-01', footExam: '2026-06-01',
    hba1c: 50, hba1cDate: '2026-06-01', hba1cTarget: null, bpSystolic: 120, bpDiastolic: 70, smoking: false, statin: true, ualb: '<30',
  },
  // Two invitations before the eye exam of 2025-09-01 closed that episode.
  events: [invited('2025-03-01', 'e1'), invited('2025-06-01', 'e2')],
  vulnerable: false,
  contactPerson: null,
};

describe('a worklist entry when the extract lacks a check column', () => {
  it('counts only the open episode when the column is there', () => {
    expect(worklistEntryFor(patient, clock).checks.eye.contact).toMatchObject({ status: 'none', invitations: 0 });
  });

  it('gives the check no contact state rather than reopening every old contact', () => {
    const noEye = { ...clock, carried: new Set(valueFields.filter((field) => field !== 'eye_exam')) };
    const entry = worklistEntryFor({ ...patient, plan: { ...patient.plan, eyeExam: null } }, noEye);
    expect(entry.checks.eye.state).toBe('not_in_extract');
    expect(entry.checks.eye.contact).toMatchObject({ status: 'none', invitations: 0, hidden: false });
  });
});
