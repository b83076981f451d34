import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar-dates';
import {
  checksCovered,
  contactActionSchema,
  contactSummaryFor,
  coveredChecksSchema,
  eventsOfCheck,
  type ContactEvent,
} from '../../../shared/contact-workflow';
import { defaultFollowUpWindows } from '../../../shared/follow-up-rules';
import { everyField } from '../../../shared/extract-columns';
import { defaultRecallSettings } from '../../../shared/recall-settings';
import { worklistEntryFor, type WorklistPatient } from '../../../shared/worklist-entry';
import { isOnList } from '../../../shared/worklists';

let nextId = 1;
function event(on: string, fields: Partial<ContactEvent>): ContactEvent {
  return {
    id: `event-${nextId++}`,
    cpr: '0101601234',
    checks: ['annual'],
    on,
    action: 'invited',
    channel: null,
    date: null,
    reason: null,
    note: null,
    batchId: 7,
    mailingId: null,
    recordedAt: `${on}T10:00:00.000Z`,
    actor: 'AB',
    undoneAt: null,
    undoneBy: null,
    ...fields,
  };
}

const rules = { snoozeDays: 30 };
const summary = (events: ContactEvent[], today: string, lastDone: string | null = '2024-01-10', batch = 7) =>
  contactSummaryFor(events, lastDone, batch, today, rules);

// A month's end, a leap day, New Year's Day and the e2e default: every date is counted from `day`.
describe.each(['2026-05-31', '2028-02-29', '2027-01-01', '2026-11-23'])('contact workflow, contacts from %s', (day) => {
  const d = (days: number) => addDays(day, days);

  it('counts first and second invitations and keeps the patient on the list', () => {
    const events = [event(d(-31), { channel: 'letter' }), event(d(0), { channel: 'sms' })];
    expect(summary(events, d(22))).toMatchObject({ status: 'invited', invitations: 2, hidden: false, lastContact: d(0) });
  });

  it('takes "agreed to come" off the list for 30 days, then brings the patient back', () => {
    const events = [event(d(0), { action: 'agreed' })];
    expect(summary(events, d(30))).toMatchObject({ hidden: true, hiddenUntil: d(30) });
    expect(summary(events, d(31))).toMatchObject({ status: 'agreed', hidden: false });
  });

  it('hides "call again later" until the chosen day', () => {
    const events = [event(d(0), { action: 'call_later', date: d(19) })];
    expect(summary(events, d(18)).hidden).toBe(true);
    expect(summary(events, d(19)).hidden).toBe(false);
  });

  it('hides a booked appointment until 30 days after it and remembers the date', () => {
    const events = [event(d(0), { action: 'booked', date: d(23) })];
    expect(summary(events, d(53))).toMatchObject({ status: 'booked', appointment: d(23), hidden: true });
    expect(summary(events, d(54)).hidden).toBe(false);
  });

  it('keeps "no answer" on the list', () => {
    expect(summary([event(d(0), { action: 'no_answer' })], d(1))).toMatchObject({ status: 'no_answer', hidden: false });
  });

  it('removes for good with a reason', () => {
    const removed = summary([event(d(0), { action: 'removed', reason: 'moved' })], d(3_000));
    expect(removed).toMatchObject({ status: 'removed', hidden: true, hiddenUntil: null, removalReason: 'moved' });
  });

  it('hides "done, awaiting next extract" until a newer extract, which brings the patient back if the check is still missing', () => {
    const events = [event(d(0), { action: 'done_awaiting', batchId: 7 })];
    expect(summary(events, d(1), '2024-01-10', 7)).toMatchObject({ status: 'done_awaiting', hidden: true });
    expect(summary(events, d(1), '2024-01-10', 8)).toMatchObject({ status: 'done_unconfirmed', hidden: false });
  });

  it('closes the episode when an extract shows the check done on or after the contacts', () => {
    const events = [event(d(0), { action: 'removed', reason: 'declined' })];
    expect(summary(events, d(22), d(0)).status).toBe('none');
    expect(summary(events, d(22), d(-1)).status).toBe('removed');
  });

  it('ignores undone actions: the one before takes over again', () => {
    const events = [
      event(d(0), { action: 'no_answer' }),
      event(d(1), { action: 'removed', reason: 'declined', undoneAt: `${d(2)}T08:00:00Z`, undoneBy: 'AB' }),
    ];
    expect(summary(events, d(22)).status).toBe('no_answer');
  });

  it('orders by the contact date, then by when it was recorded', () => {
    const late = event(d(4), { action: 'no_answer' });
    const early = event(d(0), { action: 'agreed' });
    expect(summary([late, early], d(5)).status).toBe('no_answer');
  });

  it('keeps two contacts on one day in the order they were recorded, whatever their ids', () => {
    const first = event(d(0), { id: 'zzz', action: 'agreed', recordedAt: `${d(0)}T09:00:00.000Z` });
    const second = event(d(0), { id: 'aaa', action: 'no_answer', recordedAt: `${d(0)}T09:05:00.000Z` });
    expect(summary([second, first], d(1)).status).toBe('no_answer');
    // Recorded in the same millisecond (one click covering a batch): the order given, the order of recording.
    const same = { recordedAt: `${d(0)}T09:00:00.000Z` };
    expect(summary([event(d(0), { ...same, action: 'no_answer' }), event(d(0), { ...same, action: 'agreed' })], d(1)).status).toBe('agreed');
    expect(summary([event(d(0), { ...same, action: 'agreed' }), event(d(0), { ...same, action: 'no_answer' })], d(1)).status).toBe('no_answer');
  });

  it("counts one invitation covering three checks once in each check's episode, and each episode closes on its own", () => {
    const sms = event(d(0), { checks: ['annual', 'eye', 'foot'], channel: 'sms' });
    const letter = event(d(-40), { checks: ['eye'], channel: 'letter' });
    const events = [letter, sms];
    expect(summary(eventsOfCheck(events, 'annual'), d(1))).toMatchObject({ status: 'invited', invitations: 1 });
    expect(summary(eventsOfCheck(events, 'eye'), d(1))).toMatchObject({ status: 'invited', invitations: 2 });
    // The foot exam was done after the SMS: its episode is closed, the others stay open.
    expect(summary(eventsOfCheck(events, 'foot'), d(1), d(1)).status).toBe('none');
    expect(summary(eventsOfCheck(events, 'annual'), d(1), d(-1)).invitations).toBe(1);
  });
});

describe.each(['2026-05-31', '2028-02-29', '2027-01-01', '2026-11-23'])('patient-level removal, on %s', (day) => {
  const clock = {
    asOf: day,
    today: day,
    windows: defaultFollowUpWindows,
    settings: defaultRecallSettings,
    currentBatchId: 7,
    earliestExtractDate: '2020-01-01',
    carried: everyField,
  };
  // Every check long overdue and HbA1c far above target: on every recall list and the clinical one.
  const patient = (events: ContactEvent[]): WorklistPatient => ({
    cpr: '0101601234',
    birthDate: '1950-01-01',
    sex: 'K',
    firstExtractDate: '2020-01-01',
    plan: {
      name: 'A', phone: null, gp: null, diabetesType: 2, annualCheck: '2020-01-01', eyeExam: '2020-01-01', footExam: '2020-01-01',
      hba1c: 90, hba1cDate: addDays(day, -10), hba1cTarget: 53, bpSystolic: 120, bpDiastolic: 70, smoking: false, statin: true, ualb: '<30',
    },
    events,
    vulnerable: false,
    contactPerson: null,
  });
  const lists = (events: ContactEvent[]) => {
    const entry = worklistEntryFor(patient(events), clock);
    return (['annual_overdue', 'eye_missing', 'foot_missing', 'clinical', 'flagged', 'all'] as const).filter((list) => isOnList(entry, list, addDays(day, 1)));
  };

  it('takes a patient who moved or died off every list at once, but not off Alle', () => {
    expect(lists([])).toEqual(['annual_overdue', 'eye_missing', 'foot_missing', 'clinical', 'flagged', 'all']);
    for (const reason of ['moved', 'deceased'] as const) {
      const removal = event(day, { action: 'removed', reason, checks: checksCovered({ action: 'removed', reason }, ['eye']) });
      expect(removal.checks).toEqual(['annual', 'eye', 'foot']);
      expect(lists([removal])).toEqual(['all']);
      // Undone, it is one event to take back: the patient is on every list again.
      expect(lists([{ ...removal, undoneAt: `${day}T12:00:00Z`, undoneBy: 'AB' }])).toEqual(['annual_overdue', 'eye_missing', 'foot_missing', 'clinical', 'flagged', 'all']);
    }
  });

  it('keeps a patient who moved off Alle med flag when a check done later lapses again', () => {
    // Moved in 2019, before the 2020 checks: those episodes started after the move, so no check is hidden.
    const moved = event('2019-06-01', { action: 'removed', reason: 'moved', checks: ['annual', 'eye', 'foot'] });
    const entry = worklistEntryFor({ ...patient([moved]), plan: { ...patient([]).plan, eyeExam: '2019-01-01' } }, clock);
    expect(entry.checks.eye.contact.status).toBe('removed');
    expect(entry.checks.annual.contact.hidden).toBe(false);
    expect(isOnList(entry, 'annual_overdue', addDays(day, 1))).toBe(true);
    expect(isOnList(entry, 'flagged', addDays(day, 1))).toBe(false);
  });

  it('keeps "ønsker ikke" and "andet" to the checks chosen', () => {
    for (const reason of ['declined', 'other', 'hospital'] as const) {
      const removal = event(day, { action: 'removed', reason, checks: checksCovered({ action: 'removed', reason }, ['eye']) });
      expect(removal.checks).toEqual(['eye']);
      expect(lists([removal])).toEqual(['annual_overdue', 'foot_missing', 'clinical', 'flagged', 'all']);
    }
  });
});

describe('contact workflow', () => {
  it('asks for a reason when the removal reason is "other"', () => {
    expect(contactActionSchema.safeParse({ action: 'removed', reason: 'other' }).success).toBe(false);
    expect(contactActionSchema.safeParse({ action: 'removed', reason: 'other', note: 'Flyttet til plejehjem' }).success).toBe(true);
    expect(contactActionSchema.safeParse({ action: 'invited', channel: 'fax' }).success).toBe(false);
  });

  it('covers one or more checks, none twice, kept in one order', () => {
    expect(coveredChecksSchema.safeParse([]).error?.issues[0]?.message).toBe('Vælg mindst én kontrol.');
    expect(coveredChecksSchema.safeParse(['eye', 'eye']).error?.issues[0]?.message).toBe('En kontrol er valgt to gange.');
    expect(coveredChecksSchema.safeParse(['foot', 'annual']).success).toBe(true);
    expect(checksCovered({ action: 'invited' }, ['foot', 'annual'])).toEqual(['annual', 'foot']);
    expect(checksCovered({ action: 'removed', reason: 'deceased' }, [])).toEqual(['annual', 'eye', 'foot']);
  });
});
