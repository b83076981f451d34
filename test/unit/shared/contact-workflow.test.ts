import { describe, expect, it } from 'vitest';
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

describe('contact workflow', () => {
  it('counts first and second invitations and keeps the patient on the list', () => {
    const events = [event('2026-10-01', { channel: 'letter' }), event('2026-11-01', { channel: 'sms' })];
    expect(summary(events, '2026-11-23')).toMatchObject({ status: 'invited', invitations: 2, hidden: false, lastContact: '2026-11-01' });
  });

  it('takes "agreed to come" off the list for 30 days, then brings the patient back', () => {
    const events = [event('2026-11-01', { action: 'agreed' })];
    expect(summary(events, '2026-12-01')).toMatchObject({ hidden: true, hiddenUntil: '2026-12-01' });
    expect(summary(events, '2026-12-02')).toMatchObject({ status: 'agreed', hidden: false });
  });

  it('hides "call again later" until the chosen day', () => {
    const events = [event('2026-11-01', { action: 'call_later', date: '2026-11-20' })];
    expect(summary(events, '2026-11-19').hidden).toBe(true);
    expect(summary(events, '2026-11-20').hidden).toBe(false);
  });

  it('hides a booked appointment until 30 days after it and remembers the date', () => {
    const events = [event('2026-11-01', { action: 'booked', date: '2026-11-24' })];
    expect(summary(events, '2026-12-24')).toMatchObject({ status: 'booked', appointment: '2026-11-24', hidden: true });
    expect(summary(events, '2026-12-25').hidden).toBe(false);
  });

  it('keeps "no answer" on the list', () => {
    expect(summary([event('2026-11-01', { action: 'no_answer' })], '2026-11-02')).toMatchObject({ status: 'no_answer', hidden: false });
  });

  it('removes for good with a reason', () => {
    const removed = summary([event('2026-11-01', { action: 'removed', reason: 'moved' })], '2030-01-01');
    expect(removed).toMatchObject({ status: 'removed', hidden: true, hiddenUntil: null, removalReason: 'moved' });
  });

  it('hides "done, awaiting next extract" until a newer extract, which brings the patient back if the check is still missing', () => {
    const events = [event('2026-11-01', { action: 'done_awaiting', batchId: 7 })];
    expect(summary(events, '2026-11-02', '2024-01-10', 7)).toMatchObject({ status: 'done_awaiting', hidden: true });
    expect(summary(events, '2026-11-02', '2024-01-10', 8)).toMatchObject({ status: 'done_unconfirmed', hidden: false });
  });

  it('closes the episode when an extract shows the check done on or after the contacts', () => {
    const events = [event('2026-11-01', { action: 'removed', reason: 'declined' })];
    expect(summary(events, '2026-11-23', '2026-11-01').status).toBe('none');
    expect(summary(events, '2026-11-23', '2026-10-31').status).toBe('removed');
  });

  it('ignores undone actions: the one before takes over again', () => {
    const events = [
      event('2026-11-01', { action: 'no_answer' }),
      event('2026-11-02', { action: 'removed', reason: 'declined', undoneAt: '2026-11-03T08:00:00Z', undoneBy: 'AB' }),
    ];
    expect(summary(events, '2026-11-23').status).toBe('no_answer');
  });

  it('orders by the contact date, then by when it was recorded', () => {
    const late = event('2026-11-05', { action: 'no_answer' });
    const early = event('2026-11-01', { action: 'agreed' });
    expect(summary([late, early], '2026-11-06').status).toBe('no_answer');
  });

  it('asks for a reason when the removal reason is "other"', () => {
    expect(contactActionSchema.safeParse({ action: 'removed', reason: 'other' }).success).toBe(false);
    expect(contactActionSchema.safeParse({ action: 'removed', reason: 'other', note: 'Flyttet til plejehjem' }).success).toBe(true);
    expect(contactActionSchema.safeParse({ action: 'invited', channel: 'fax' }).success).toBe(false);
  });
});
