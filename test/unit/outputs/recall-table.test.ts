import { describe, expect, it } from 'vitest';
import { checkStatusFor } from '../../../shared/follow-up-states';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import { noContact } from '../../../shared/contact-workflow';
import { listFileStem } from '../../../shared/outputs/recall-labels';
import { checksToInvite, examinationText, recallTable } from '../../../shared/outputs/recall-table';
import type { WorklistEntry } from '../../../shared/worklists';

const asOf = '2026-11-21';
const status = (check: 'annual' | 'eye' | 'foot', lastDone: string | null, contact = noContact) => ({
  ...checkStatusFor(check, lastDone, asOf, defaultFollowUpWindows, { dueSoonDays: 60 }, true),
  contact,
});

const entry: WorklistEntry = {
  cpr: '6101701234',
  name: 'Åse Ørsted',
  phone: null,
  gp: 'Læge Hansen',
  sex: 'K',
  age: 56,
  ageBand: '40-59',
  diabetesType: 2,
  checks: {
    annual: status('annual', null, { ...noContact, status: 'booked', appointment: '2026-12-01', invitations: 2 }),
    eye: status('eye', '2024-01-01', { ...noContact, status: 'removed', hidden: true, removalReason: 'hospital' }),
    foot: status('foot', '2024-12-10'),
  },
  clinical: ['bp_high', 'no_statin'],
  graceUntil: null,
  vulnerable: true,
  contactPerson: 'KL',
  notReached: null,
  unbooked: [],
};

describe('worklist as a table', () => {
  it('says what a patient is called in for, in Danish', () => {
    expect(examinationText(['annual'])).toBe('årskontrol');
    expect(examinationText(['eye', 'foot'])).toBe('øjenundersøgelse og fodundersøgelse');
    expect(examinationText(['annual', 'eye', 'foot'])).toBe('årskontrol, øjenundersøgelse og fodundersøgelse');
    expect(examinationText([])).toBe('kontrol');
  });

  it('invites for the flagged checks that are not removed or snoozed; due-soon checks only on that list', () => {
    expect(checksToInvite(entry, 'annual_overdue')).toEqual(['annual']);
    expect(checksToInvite(entry, 'due_soon')).toEqual(['annual', 'foot']);
  });

  it('fills the chosen columns in Danish, contact and appointment from the list’s own checks', () => {
    const table = recallTable('Årskontrol overskredet', 'annual_overdue', [entry], [
      'cpr', 'missing', 'annualState', 'eyeState', 'footState', 'contact', 'invitations', 'appointment', 'clinical', 'vulnerable', 'diabetesType',
    ]);
    expect(table.columns.map((c) => c.header)).toEqual([
      'CPR-nr.', 'Mangler', 'Årskontrol', 'Øjenundersøgelse', 'Fodundersøgelse', 'Kontakt', 'Indkaldelser', 'Aftalt tid', 'Klinisk opmærksomhed', 'Sårbar (kontaktperson)', 'Diabetestype',
    ]);
    expect(table.rows[0]).toEqual(expect.objectContaining({
      cpr: '610170-1234',
      missing: 'årskontrol og øjenundersøgelse',
      annualState: 'Aldrig registreret',
      eyeState: 'Overskredet',
      footState: 'Snart forfalden',
      contact: 'Tid aftalt',
      invitations: 2,
      appointment: '2026-12-01',
      clinical: 'BT ≥ 130/80, Ingen statin',
      vulnerable: 'Ja (KL)',
      diabetesType: 'Type 2',
    }));
    expect(recallTable('Alle', 'all', [entry], ['contact']).rows[0]).toMatchObject({ contact: 'Tid aftalt, Fjernet fra listen' });
    expect(recallTable('Fod', 'foot_missing', [entry], ['contact']).rows[0]).toMatchObject({ contact: 'Ikke kontaktet' });
  });

  it('names files without Danish letters or spaces', () => {
    expect(listFileStem('annual_overdue')).toBe('aarskontrol-overskredet');
    expect(listFileStem('eye_missing')).toBe('mangler-oejenundersoegelse');
    expect(listFileStem('remind_tomorrow')).toBe('paamind-i-morgen');
  });
});
