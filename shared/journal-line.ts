import type { ContactChannel, ContactEvent, RemovalReason } from './contact-workflow';
import type { CheckKind } from './follow-up-states';

/**
 * The line a nurse pastes into the patient's record in XMO after recording a contact, so the
 * contact is documented once and copied, not typed twice: what happened, about which checks, how,
 * the day and the initials, e.g. "Indkaldt til årskontrol pr. SMS 01-12-2026 /SP". Always Danish,
 * whatever the screen's language: it goes into a Danish record.
 */

const checkNames: Readonly<Record<CheckKind, string>> = { annual: 'årskontrol', eye: 'øjenundersøgelse', foot: 'fodundersøgelse' };

const channelPhrases: Readonly<Record<ContactChannel, string>> = {
  letter: 'pr. brev',
  sms: 'pr. SMS',
  phone: 'pr. telefon',
  email: 'pr. e-mail',
  eboks: 'via e-Boks',
};

const reasonNames: Readonly<Record<RemovalReason, string>> = {
  declined: 'ønsker ikke',
  moved: 'flyttet',
  deceased: 'død',
  hospital: 'følges på hospital',
  other: 'anden årsag',
};

/** `DD-MM-ÅÅÅÅ`, as XMO and Danish records write a date. */
function recordDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}

/**
 * The checks as Danish writes them: "årskontrol og øjenundersøgelse", and two examinations that
 * share their ending share it once, "øjen- og fodundersøgelse", so all three read "årskontrol,
 * øjen- og fodundersøgelse".
 */
export function checksInWords(checks: readonly CheckKind[]): string {
  const parts: string[] = [];
  const both = checks.includes('eye') && checks.includes('foot');
  if (checks.includes('annual')) parts.push(checkNames.annual);
  if (both) parts.push('øjen- og fodundersøgelse');
  else for (const check of ['eye', 'foot'] as const) if (checks.includes(check)) parts.push(checkNames[check]);
  if (parts.length <= 1) return parts[0] ?? '';
  // An "og" inside the last part already closes the series: "årskontrol, øjen- og fodundersøgelse".
  return both ? parts.join(', ') : `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type JournalEvent = Pick<ContactEvent, 'checks' | 'action' | 'channel' | 'date' | 'reason' | 'note' | 'on' | 'actor'>;

export function journalLine(event: JournalEvent): string {
  const checks = checksInWords(event.checks);
  const on = recordDate(event.on);
  const signed = (text: string) => `${text} /${event.actor}`;
  switch (event.action) {
    case 'invited':
      return signed(`Indkaldt til ${checks}${event.channel ? ` ${channelPhrases[event.channel]}` : ''} ${on}`);
    case 'agreed':
      return signed(`Aftalt med patienten at komme til ${checks} ${on}`);
    case 'call_later':
      return signed(`Kontaktet om ${checks} ${on}, ringes op igen fra ${recordDate(event.date ?? event.on)}`);
    case 'booked':
      return signed(`Tid til ${checks} ${recordDate(event.date ?? event.on)}, aftalt ${on}`);
    case 'no_answer':
      return signed(`Forsøgt kontaktet om ${checks} ${on}, intet svar`);
    case 'removed': {
      const reason = event.reason ? reasonNames[event.reason] : 'ingen årsag angivet';
      const note = event.note ? ` (${event.note})` : '';
      return signed(`Fjernet fra indkaldelse til ${checks} ${on}: ${reason}${note}`);
    }
    case 'done_awaiting':
      return signed(`${capitalised(checks)} oplyst udført ${on}`);
    // The steps for a patient the invitations did not reach: the record says why this step.
    case 'same_day_screening':
      return signed(`Ikke nået om ${checks}: screening samme dag i ambulatoriet aftalt ${on}`);
    case 'home_visit':
      return signed(`Ikke nået om ${checks}: hjemmebesøg aftalt ${on}`);
    case 'coordination_meeting':
      return signed(`Ikke nået om ${checks}: koordinerende møde aftalt ${on}`);
  }
}
