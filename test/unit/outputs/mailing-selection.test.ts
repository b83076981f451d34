import { describe, expect, it } from 'vitest';
import { checkStatusFor } from '../../../shared/follow-up-states';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import { noContact, type ContactSummary } from '../../../shared/contact-workflow';
import { mailingPlan, mailingRecordSchema } from '../../../shared/outputs/mailing-selection';
import type { WorklistEntry } from '../../../shared/worklists';

const asOf = '2026-11-21';
const status = (check: 'annual' | 'eye' | 'foot', lastDone: string | null, contact: ContactSummary = noContact) => ({
  ...checkStatusFor(check, lastDone, asOf, defaultFollowUpWindows, { dueSoonDays: 60 }, true),
  contact,
});

function patient(cpr: string, name: string | null, phone: string | null, lastDone: { annual: string | null; eye: string | null; foot: string | null }): WorklistEntry {
  return {
    cpr,
    name,
    phone,
    gp: null,
    sex: 'K',
    age: 56,
    ageBand: '40-59',
    diabetesType: 2,
    checks: { annual: status('annual', lastDone.annual), eye: status('eye', lastDone.eye), foot: status('foot', lastDone.foot) },
    clinical: [],
    graceUntil: null,
    vulnerable: false,
    contactPerson: null,
    notReached: null,
    unbooked: [],
  };
}

const never = { annual: null, eye: null, foot: null };
const ase = patient('6101701234', 'Åse Ørsted', '+45 20 30 40 50', never);
// The annual check is overdue; eye and foot are fine.
const bo = patient('6303703456', 'Bo Berg', null, { annual: '2025-01-01', eye: '2026-06-01', foot: '2026-06-01' });
const carl = patient('6404704567', 'Carl Dam', '123', never);
// Everything done lately: nothing to call in for.
const dorte = patient('6505705678', null, '22334455', { annual: '2026-10-01', eye: '2026-10-01', foot: '2026-10-01' });

describe('the invitations a mailing records', () => {
  it('letters: one invitation per patient, covering the checks the letter names', () => {
    const plan = mailingPlan([ase, bo], 'annual_overdue', 'letters');
    expect(plan).toEqual({
      channel: 'letter',
      invitations: [
        { cpr: ase.cpr, checks: ['annual', 'eye', 'foot'] },
        { cpr: bo.cpr, checks: ['annual'] },
      ],
      notRecorded: [],
    });
  });

  it('SMS: a patient without a usable phone number gets no SMS and no invitation, and is named', () => {
    const plan = mailingPlan([ase, bo, carl], 'all', 'sms');
    expect(plan.channel).toBe('sms');
    expect(plan.invitations.map((one) => one.cpr)).toEqual([ase.cpr]);
    expect(plan.notRecorded).toEqual([
      'Bo Berg (630370): får ingen SMS (intet brugbart telefonnummer)',
      'Carl Dam (640470): får ingen SMS (intet brugbart telefonnummer)',
    ]);
  });

  it('leaves out a patient with no check to call in for, and one whose check is snoozed, naming them', () => {
    const snoozed: WorklistEntry = {
      ...bo,
      checks: { ...bo.checks, annual: { ...bo.checks.annual, contact: { ...noContact, status: 'agreed', hidden: true, hiddenUntil: '2026-12-01' } } },
    };
    const plan = mailingPlan([dorte, snoozed], 'all', 'letters');
    expect(plan.invitations).toEqual([]);
    expect(plan.notRecorded).toEqual([
      'Uden navn (650570): ingen forfalden kontrol at registrere indkaldelsen for',
      'Bo Berg (630370): ingen forfalden kontrol at registrere indkaldelsen for',
    ]);
  });

  it('records only what it is given: a patient twice or an invitation for no check is refused', () => {
    const twice = mailingRecordSchema.safeParse({ channel: 'sms', invitations: [{ cpr: ase.cpr, checks: ['annual'] }, { cpr: ase.cpr, checks: ['eye'] }] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0]?.message).toBe('En patient er med to gange i udsendelsen.');
    expect(mailingRecordSchema.safeParse({ channel: 'letter', invitations: [{ cpr: ase.cpr, checks: [] }] }).success).toBe(false);
    expect(mailingRecordSchema.safeParse({ channel: 'letter', invitations: [] }).error?.issues[0]?.message).toBe('Der er ingen indkaldelser at registrere.');
    expect(mailingRecordSchema.safeParse({ channel: 'phone', invitations: [{ cpr: ase.cpr, checks: ['annual'] }] }).success).toBe(false);
  });
});
