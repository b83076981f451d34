import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar-dates';
import { contactActionSchema, contactSummaryFor, type ContactEvent } from '../../../shared/contact-workflow';

let nextId = 1;
function event(on: string, fields: Partial<ContactEvent>): ContactEvent {
  return {
    id: nextId++,
    cpr: '0101601234',
    check: 'annual',
    on,
    action: 'invited',
    channel: null,
    date: null,
    reason: null,
    note: null,
    batchId: 7,
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
});

describe('contact workflow', () => {
  it('asks for a reason when the removal reason is "other"', () => {
    expect(contactActionSchema.safeParse({ action: 'removed', reason: 'other' }).success).toBe(false);
    expect(contactActionSchema.safeParse({ action: 'removed', reason: 'other', note: 'Flyttet til plejehjem' }).success).toBe(true);
    expect(contactActionSchema.safeParse({ action: 'invited', channel: 'fax' }).success).toBe(false);
  });
});
