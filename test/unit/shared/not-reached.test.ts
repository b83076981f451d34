import { describe, expect, it } from 'vitest';
import type { ContactEvent } from '../../../shared/contact-workflow';
import { everyField } from '../../../shared/extract-columns';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import type { CheckKind } from '../../../shared/follow-up-states';
import { notReachedFor, suggestedStep, unansweredAttempts } from '../../../shared/not-reached';
import { defaultRecallSettings } from '../../../shared/recall-settings';
import { worklistEntryFor, type WorklistPatient } from '../../../shared/worklist-entry';
import { isOnList } from '../../../shared/worklists';

let seq = 0;
function event(on: string, action: ContactEvent['action'], extra: Partial<ContactEvent> = {}): ContactEvent {
  seq++;
  return {
    id: `e${seq}`,
    cpr: '6101504011',
    checks: ['annual'],
    on,
    action,
    channel: action === 'invited' ? 'letter' : null,
    date: null,
    reason: null,
    note: null,
    batchId: 1,
    mailingId: null,
    recordedAt: `${on}T09:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    actor: 'SP',
    undoneAt: null,
    undoneBy: null,
    ...extra,
  };
}

const annualOnly = (events: ContactEvent[], lastDone: string | null = '2025-01-01', vulnerable = false) =>
  notReachedFor({ checks: [{ check: 'annual' as CheckKind, events, lastDone }], vulnerable }, 2);

describe('Ikke nået: the ladder for those who do not answer', () => {
  it('counts invitations and unanswered calls since the last decision, in the order they happened', () => {
    const events = [event('2026-09-01', 'invited'), event('2026-09-10', 'no_answer'), event('2026-08-01', 'booked', { date: '2026-08-20' })];
    // The booking on 1 August came before both tries: it does not reset them.
    expect(unansweredAttempts(events, '2025-01-01')).toEqual({ count: 2, byPhone: true, last: '2026-09-10' });
    const after = [...events, event('2026-09-20', 'home_visit')];
    expect(unansweredAttempts(after, '2025-01-01').count).toBe(0);
  });

  it('puts a patient on the list at the limit (2), not before', () => {
    expect(annualOnly([event('2026-10-01', 'invited')])).toBeNull();
    const twice = annualOnly([event('2026-10-01', 'invited'), event('2026-10-15', 'invited', { channel: 'sms' })]);
    expect(twice).toEqual({ attempts: 2, checks: ['annual'], lastAttempt: '2026-10-15', suggestion: 'phone_call' });
  });

  it('keeps the patient on the list through an agreement or a call-later, which are no decision', () => {
    const events = [event('2026-10-01', 'invited'), event('2026-10-05', 'no_answer'), event('2026-10-06', 'agreed'), event('2026-10-07', 'call_later', { date: '2026-11-01' })];
    expect(annualOnly(events)?.attempts).toBe(2);
  });

  it.each(['booked', 'done_awaiting', 'removed', 'same_day_screening', 'home_visit', 'coordination_meeting'] as const)(
    'takes the patient off after a decision: %s',
    (action) => {
      const events = [event('2026-10-01', 'no_answer'), event('2026-10-02', 'no_answer'), event('2026-10-03', action)];
      expect(annualOnly(events)).toBeNull();
    },
  );

  it('forgets the tries once an extract shows the check done after them (a closed episode)', () => {
    const events = [event('2026-03-01', 'invited'), event('2026-03-15', 'no_answer')];
    expect(annualOnly(events, '2026-02-01')).not.toBeNull();
    expect(annualOnly(events, '2026-04-01')).toBeNull();
    // An undone try is no try.
    expect(annualOnly([events[0]!, { ...events[1]!, undoneAt: '2026-03-16T08:00:00.000Z' }], '2026-02-01')).toBeNull();
  });

  it('suggests a call until someone has rung, then the named nurse or contact person', () => {
    expect(suggestedStep(2, false, false, 2)).toBe('phone_call');
    expect(suggestedStep(2, true, false, 2)).toBe('named_contact');
    expect(suggestedStep(5, true, false, 2)).toBe('named_contact');
  });

  it('takes a vulnerable patient from the contact person to same-day screening to a home visit', () => {
    expect(suggestedStep(2, false, true, 2)).toBe('contact_person');
    expect(suggestedStep(3, true, true, 2)).toBe('same_day_screening');
    expect(suggestedStep(4, true, true, 2)).toBe('home_visit');
    expect(suggestedStep(9, true, true, 2)).toBe('home_visit');
    const events = [event('2026-10-01', 'no_answer'), event('2026-10-02', 'no_answer'), event('2026-10-03', 'no_answer')];
    expect(annualOnly(events, '2025-01-01', true)?.suggestion).toBe('same_day_screening');
  });
});

describe('Ikke nået on the lists', () => {
  const clock = (today: string, limit = 2) => ({
    asOf: today,
    today,
    windows: defaultFollowUpWindows,
    settings: { ...defaultRecallSettings, unansweredLimit: limit },
    currentBatchId: 1,
    earliestExtractDate: '2026-01-31',
    carried: everyField,
  });
  const patient = (events: ContactEvent[], vulnerable = false): WorklistPatient => ({
    cpr: '6101504011',
    birthDate: '1950-01-01',
    sex: 'K',
    firstExtractDate: '2026-01-31',
    plan: {
      name: 'Åse', phone: null, gp: 'LK', diabetesType: 2, annualCheck: '2025-01-01', eyeExam: '2026-01-01', footExam: '2026-01-01',
      hba1c: null, hba1cDate: null, hba1cTarget: null, bpSystolic: null, bpDiastolic: null, smoking: null, statin: null, ualb: null,
    },
    events,
    vulnerable,
    contactPerson: vulnerable ? 'KL' : null,
  });
  const tries = [event('2026-11-02', 'invited', { checks: ['annual', 'eye'] }), event('2026-11-10', 'no_answer', { checks: ['annual', 'eye'] })];

  it('holds the patient from the second try, on 10 November and a month later, under the practice\'s limit', () => {
    const tomorrow = (today: string) => `${today.slice(0, 8)}${String(Number(today.slice(8)) + 1).padStart(2, '0')}`;
    for (const today of ['2026-11-10', '2026-12-10']) {
      const entry = worklistEntryFor(patient(tries), clock(today));
      expect(entry.notReached).toMatchObject({ attempts: 2, checks: ['annual', 'eye'], suggestion: 'named_contact' });
      expect(isOnList(entry, 'not_reached', tomorrow(today))).toBe(true);
    }
    expect(worklistEntryFor(patient(tries.slice(0, 1)), clock('2026-11-05')).notReached).toBeNull();
    expect(worklistEntryFor(patient(tries), clock('2026-11-10', 3)).notReached).toBeNull();
  });

  it('lets a patient who moved away leave every list, Ikke nået included', () => {
    const moved = [...tries, event('2026-11-12', 'removed', { checks: ['annual', 'eye', 'foot'], reason: 'moved' })];
    const entry = worklistEntryFor(patient(moved), clock('2026-11-20'));
    expect(isOnList(entry, 'not_reached', '2026-11-21')).toBe(false);
  });
});
