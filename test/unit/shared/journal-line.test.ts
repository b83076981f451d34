import { describe, expect, it } from 'vitest';
import { contactChannels, type ContactEvent } from '../../../shared/contact-workflow';
import { checksInWords, journalLine, type JournalEvent } from '../../../shared/journal-line';

const event = (fields: Partial<JournalEvent>): JournalEvent => ({
  checks: ['annual'],
  action: 'invited',
  channel: null,
  date: null,
  reason: null,
  note: null,
  on: '2026-12-01',
  actor: 'SP',
  ...fields,
});

describe('the line for the patient record in XMO', () => {
  it('reads as the issue writes it: what, which check, how, the Danish date and the initials', () => {
    expect(journalLine(event({ channel: 'sms' }))).toBe('Indkaldt til årskontrol pr. SMS 01-12-2026 /SP');
  });

  it('names every channel', () => {
    const lines = contactChannels.map((channel) => journalLine(event({ channel, actor: 'KM' })));
    expect(lines).toEqual([
      'Indkaldt til årskontrol pr. brev 01-12-2026 /KM',
      'Indkaldt til årskontrol pr. SMS 01-12-2026 /KM',
      'Indkaldt til årskontrol pr. telefon 01-12-2026 /KM',
      'Indkaldt til årskontrol pr. e-mail 01-12-2026 /KM',
      'Indkaldt til årskontrol via e-Boks 01-12-2026 /KM',
    ]);
  });

  it('says every action in words a record keeps', () => {
    const checks: ContactEvent['checks'] = ['eye'];
    expect(journalLine(event({ checks, action: 'agreed' }))).toBe('Aftalt med patienten at komme til øjenundersøgelse 01-12-2026 /SP');
    expect(journalLine(event({ checks, action: 'call_later', date: '2027-01-04' }))).toBe(
      'Kontaktet om øjenundersøgelse 01-12-2026, ringes op igen fra 04-01-2027 /SP',
    );
    expect(journalLine(event({ checks, action: 'booked', date: '2026-12-15' }))).toBe('Tid til øjenundersøgelse 15-12-2026, aftalt 01-12-2026 /SP');
    expect(journalLine(event({ checks, action: 'no_answer' }))).toBe('Forsøgt kontaktet om øjenundersøgelse 01-12-2026, intet svar /SP');
    expect(journalLine(event({ checks, action: 'done_awaiting' }))).toBe('Øjenundersøgelse oplyst udført 01-12-2026 /SP');
  });

  it('says which step was arranged for a patient not reached', () => {
    const checks: ContactEvent['checks'] = ['annual', 'eye'];
    expect(journalLine(event({ checks, action: 'same_day_screening' }))).toBe(
      'Ikke nået om årskontrol og øjenundersøgelse: screening samme dag i ambulatoriet aftalt 01-12-2026 /SP',
    );
    expect(journalLine(event({ checks, action: 'home_visit' }))).toBe('Ikke nået om årskontrol og øjenundersøgelse: hjemmebesøg aftalt 01-12-2026 /SP');
    expect(journalLine(event({ checks, action: 'coordination_meeting' }))).toBe(
      'Ikke nået om årskontrol og øjenundersøgelse: koordinerende møde aftalt 01-12-2026 /SP',
    );
  });

  it('gives the reason for a removal, and the note when there is one', () => {
    const removed = (reason: JournalEvent['reason'], note: string | null = null) =>
      journalLine(event({ action: 'removed', reason, note, checks: reason === 'moved' || reason === 'deceased' ? ['annual', 'eye', 'foot'] : ['foot'] }));
    expect(removed('declined')).toBe('Fjernet fra indkaldelse til fodundersøgelse 01-12-2026: ønsker ikke /SP');
    expect(removed('hospital')).toBe('Fjernet fra indkaldelse til fodundersøgelse 01-12-2026: følges på hospital /SP');
    expect(removed('other', 'går hos privat fodterapeut')).toBe(
      'Fjernet fra indkaldelse til fodundersøgelse 01-12-2026: anden årsag (går hos privat fodterapeut) /SP',
    );
    expect(removed('moved')).toBe('Fjernet fra indkaldelse til årskontrol, øjen- og fodundersøgelse 01-12-2026: flyttet /SP');
    expect(removed('deceased')).toBe('Fjernet fra indkaldelse til årskontrol, øjen- og fodundersøgelse 01-12-2026: død /SP');
  });

  it('joins several checks as Danish does, sharing the ending of the two examinations', () => {
    expect(checksInWords(['annual', 'eye', 'foot'])).toBe('årskontrol, øjen- og fodundersøgelse');
    expect(checksInWords(['eye', 'foot'])).toBe('øjen- og fodundersøgelse');
    expect(checksInWords(['annual', 'eye'])).toBe('årskontrol og øjenundersøgelse');
    expect(checksInWords(['annual', 'foot'])).toBe('årskontrol og fodundersøgelse');
    expect(checksInWords(['foot'])).toBe('fodundersøgelse');
    expect(journalLine(event({ checks: ['annual', 'eye', 'foot'], channel: 'letter' }))).toBe(
      'Indkaldt til årskontrol, øjen- og fodundersøgelse pr. brev 01-12-2026 /SP',
    );
  });

  it('writes the date day first, across a year end and a leap day', () => {
    expect(journalLine(event({ on: '2027-01-01', channel: 'phone' }))).toBe('Indkaldt til årskontrol pr. telefon 01-01-2027 /SP');
    expect(journalLine(event({ on: '2028-02-29', action: 'no_answer' }))).toBe('Forsøgt kontaktet om årskontrol 29-02-2028, intet svar /SP');
  });
});
