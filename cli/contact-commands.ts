import { parseArgs } from 'node:util';
import { danishDateOf } from '../shared/calendar-dates';
import { contactActionNames, contactActionSchema, contactChannels, contactChannelSchema, removalReasons, removalReasonSchema, type ContactAction, type ContactEvent } from '../shared/contact-workflow';
import { ContractError } from '../shared/contract';
import { parseCpr } from '../shared/cpr';
import { checkKinds, checkKindSchema, type CheckKind } from '../shared/follow-up-states';
import { contactStatusLabels, examinationNames } from '../shared/outputs/recall-labels';
import { recallSettingsSchema } from '../shared/recall-settings';
import { contactEventsOfPatient, recordContact, undoContact } from '../core/services/contact-service';
import { undoMailing } from '../core/services/mailing-service';
import { journalLine } from '../shared/journal-line';
import { UsageError, date, parse } from './cli-args';
import { withContext, type CliHost } from './tovholder';

const actions = contactActionNames;
type ActionName = (typeof actions)[number];

export const contactUsage = `Brug:
  tovholder contact record --cpr CPR --check annual|eye|foot[,…] --action HANDLING --actor INITIALER
                           [--channel KANAL] [--date ÅÅÅÅ-MM-DD] [--reason ÅRSAG] [--note TEKST]
                           [--on ÅÅÅÅ-MM-DD] [--db PATH] [--json]
  tovholder contact undo --id ID --actor INITIALER [--db PATH] [--json]
  tovholder contact undo --mailing ID --actor INITIALER [--db PATH] [--json]
  tovholder contact list --cpr CPR [--db PATH] [--json]

Registrerer, fortryder og viser kontakter med patienter, som appens patientpanel gør.
record   Én kontakt, der kan dække flere kontroller (fx én SMS om både årskontrol og øjne).
         Skriver kontakten ud og linjen til patientens journal i XMO; med --json som JSON med
         dens id og linjen (journalLine).
  --check A,B     kontrollerne, kontakten gælder: ${checkKinds.join(', ')}
  --action NAVN   ${actions.join(', ')}
  --channel KANAL med invited (skal angives): ${contactChannels.join(', ')}
  --date DATO     med call_later: ring igen fra; med booked: dagen for aftalen (skal angives)
  --reason ÅRSAG  med removed (skal angives): ${removalReasons.join(', ')}. moved (flyttet) og
                  deceased (død) fjerner patienten fra alle lister, uanset --check
  --note TEKST    med removed: begrundelse (skal angives, når --reason er other)
  --on DATO       dagen for kontakten (standard: i dag; aldrig en dag i fremtiden)
  --actor INIT    initialerne på den, der registrerer (gemmes med kontakten og i revisionsloggen)
undo     Fortryder en kontakt ud fra dens id (den bliver stående i historikken som fortrudt), eller
         med --mailing alle indkaldelser i en udsendelse (breve eller SMS-liste fra tovholder recall
         --record-invitations) på én gang.
list     Patientens kontakter i den rækkefølge, de skete, fortrudte med. Med --json: id, checks,
         action, channel, date, reason, note, on, actor, recordedAt, undoneAt og undoneBy.
Slutkode 0: udført. 2: forkert tilvalg, ukendt CPR-nummer eller id, eller kontakten kunne ikke
registreres (fx en dato i fremtiden); intet er ændret.`;

const text = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;

const channelNames: Record<string, string> = { letter: 'brev', sms: 'SMS', phone: 'telefon', email: 'e-mail', eboks: 'e-Boks' };
const reasonNames: Record<string, string> = { declined: 'ønsker ikke', moved: 'flyttet', deceased: 'død', hospital: 'følges på hospital', other: 'andet' };

const danishDate = (iso: string) => iso.split('-').reverse().join('-');

function required(value: string | undefined, option: string, what: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`Angiv ${option} ${what}.`);
  return value;
}

function cprOption(value: string | undefined): string {
  const cpr = parseCpr(required(value, '--cpr', 'CPR-nummer'));
  if (!cpr.ok) throw new UsageError(`--cpr skal være et CPR-nummer som DDMMÅÅ-XXXX, ikke '${value}'.`);
  return cpr.cpr;
}

export function actorOption(value: string | undefined): string {
  const initials = recallSettingsSchema.shape.initials.safeParse(required(value, '--actor', 'INITIALER'));
  if (!initials.success) throw new UsageError(`--actor: ${initials.error.issues[0]?.message ?? 'ugyldige initialer.'}`);
  if (initials.data === '') throw new UsageError('Angiv --actor INITIALER.');
  return initials.data;
}

function checksOption(value: string | undefined): CheckKind[] {
  const names = required(value, '--check', `en eller flere af ${checkKinds.join(', ')}`).split(',').map((name) => name.trim());
  const checks = names.map((name) => {
    const check = checkKindSchema.safeParse(name);
    if (!check.success) throw new UsageError(`--check skal være en eller flere af ${checkKinds.join(', ')}, ikke '${name}'.`);
    return check.data;
  });
  if (new Set(checks).size !== checks.length) throw new UsageError('En kontrol er nævnt to gange i --check.');
  return checks;
}

interface ActionOptions {
  action?: string;
  channel?: string;
  date?: string;
  reason?: string;
  note?: string;
}

/** The action and the options that belong to it; an option that belongs to another action is refused, not ignored. */
function actionOf(values: ActionOptions): ContactAction {
  const name = required(values.action, '--action', `en af ${actions.join(', ')}`);
  if (!(actions as readonly string[]).includes(name)) throw new UsageError(`--action skal være en af ${actions.join(', ')}, ikke '${name}'.`);
  const action = name as ActionName;
  if (values.channel !== undefined && action !== 'invited') throw new UsageError('--channel hører kun til --action invited.');
  if (values.date !== undefined && action !== 'call_later' && action !== 'booked') throw new UsageError('--date hører kun til --action call_later og booked.');
  if ((values.reason !== undefined || values.note !== undefined) && action !== 'removed') throw new UsageError('--reason og --note hører kun til --action removed.');
  let parsed: ContactAction;
  switch (action) {
    case 'invited': {
      const channel = contactChannelSchema.safeParse(required(values.channel, '--channel', `(${contactChannels.join(', ')}) med --action invited`));
      if (!channel.success) throw new UsageError(`--channel skal være en af ${contactChannels.join(', ')}, ikke '${values.channel}'.`);
      parsed = { action, channel: channel.data };
      break;
    }
    case 'call_later':
      parsed = { action, until: date(required(values.date, '--date', 'ÅÅÅÅ-MM-DD (ring igen fra)'), '--date') as string };
      break;
    case 'booked':
      parsed = { action, appointment: date(required(values.date, '--date', 'ÅÅÅÅ-MM-DD (dagen for aftalen)'), '--date') as string };
      break;
    case 'removed': {
      const reason = removalReasonSchema.safeParse(required(values.reason, '--reason', `(${removalReasons.join(', ')}) med --action removed`));
      if (!reason.success) throw new UsageError(`--reason skal være en af ${removalReasons.join(', ')}, ikke '${values.reason}'.`);
      if (reason.data === 'other' && (values.note ?? '').trim() === '') throw new UsageError('Angiv --note med en begrundelse, når --reason er other.');
      parsed = values.note === undefined ? { action, reason: reason.data } : { action, reason: reason.data, note: values.note };
      break;
    }
    default:
      parsed = { action };
  }
  const checked = contactActionSchema.safeParse(parsed);
  if (!checked.success) throw new UsageError(checked.error.issues[0]?.message ?? 'Kontakten kunne ikke læses.');
  return checked.data;
}

/** One line a nurse reads: the day, the checks, what happened, who, and the id to undo it by. */
export function formatContactEvent(event: ContactEvent): string {
  const checks = event.checks.map((check) => examinationNames[check]).join(', ');
  const detail = [
    event.channel ? channelNames[event.channel] : null,
    event.date ? danishDate(event.date) : null,
    event.reason ? reasonNames[event.reason] : null,
    event.note,
  ].filter((part): part is string => part !== null && part !== '');
  const what = `${contactStatusLabels[event.action]}${detail.length ? ` (${detail.join(', ')})` : ''}`;
  const undone = event.undoneAt ? ` – fortrudt ${danishDate(danishDateOf(new Date(event.undoneAt)))} af ${event.undoneBy ?? ''}` : '';
  return `${danishDate(event.on)}  ${checks}: ${what}  /${event.actor}${undone}  id ${event.id}`;
}

/** A wrong CPR, id or date is the input's fault, like a usage error: exit 2, nothing changed. */
function asInputError(error: unknown): never {
  if (error instanceof ContractError && !error.code.startsWith('contact.')) throw new ContractError(`contact.${error.code}`, error.message);
  throw error;
}

async function runRecord(args: string[], io: CliHost): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({
      args,
      options: { db: text, cpr: text, check: text, action: text, channel: text, date: text, reason: text, note: text, on: text, actor: text, json: bool, help: bool },
      allowPositionals: true,
    }),
  );
  if (values.help) return io.out(contactUsage), 0;
  if (positionals.length) throw new UsageError(`Ukendt argument '${positionals[0]}'.`);
  const cpr = cprOption(values.cpr);
  const checks = checksOption(values.check);
  const action = actionOf(values);
  const on = date(values.on, '--on');
  const actor = actorOption(values.actor);
  const event = await withContext(values.db, io, (ctx) => {
    try {
      return recordContact(ctx, { cpr, checks, ...(on ? { on } : {}), ...action }, actor);
    } catch (error) {
      return asInputError(error);
    }
  });
  // The line for the patient's record in XMO, so the contact is documented once, not typed twice.
  const line = journalLine(event);
  io.out(values.json ? JSON.stringify({ ...event, journalLine: line }, null, 2) : `Registreret: ${formatContactEvent(event)}\nTil journalen: ${line}`);
  return 0;
}

async function runUndo(args: string[], io: CliHost): Promise<number> {
  const { values, positionals } = parse(() =>
    parseArgs({ args, options: { db: text, id: text, mailing: text, actor: text, json: bool, help: bool }, allowPositionals: true }),
  );
  if (values.help) return io.out(contactUsage), 0;
  if (positionals.length) throw new UsageError(`Ukendt argument '${positionals[0]}'.`);
  if (values.id !== undefined && values.mailing !== undefined) throw new UsageError('Angiv enten --id eller --mailing, ikke begge.');
  if (values.mailing !== undefined) return runUndoMailing(values.mailing, values, io);
  const id = required(values.id, '--id', 'ID (fra tovholder contact list) eller --mailing ID').trim();
  if (id.length > 64) throw new UsageError('--id er for langt til at være en kontakts id.');
  const actor = actorOption(values.actor);
  const event = await withContext(values.db, io, (ctx) => {
    try {
      return undoContact(ctx, id, actor);
    } catch (error) {
      return asInputError(error);
    }
  });
  io.out(values.json ? JSON.stringify(event, null, 2) : `Fortrudt: ${formatContactEvent(event)}`);
  return 0;
}

/** A whole mailing's invitations, taken back as one. */
async function runUndoMailing(raw: string, values: { db?: string; actor?: string; json?: boolean }, io: CliHost): Promise<number> {
  const mailingId = required(raw, '--mailing', 'ID (fra tovholder recall --record-invitations)').trim();
  if (mailingId.length > 64) throw new UsageError('--mailing er for langt til at være en udsendelses id.');
  const actor = actorOption(values.actor);
  const result = await withContext(values.db, io, (ctx) => undoMailing(ctx, mailingId, actor));
  io.out(values.json ? JSON.stringify(result, null, 2) : `Fortrudt: ${result.count} ${result.count === 1 ? 'indkaldelse' : 'indkaldelser'} i udsendelsen ${result.mailingId} /${result.actor}`);
  return 0;
}

async function runList(args: string[], io: CliHost): Promise<number> {
  const { values, positionals } = parse(() => parseArgs({ args, options: { db: text, cpr: text, json: bool, help: bool }, allowPositionals: true }));
  if (values.help) return io.out(contactUsage), 0;
  if (positionals.length) throw new UsageError(`Ukendt argument '${positionals[0]}'.`);
  const cpr = cprOption(values.cpr);
  const events = await withContext(values.db, io, (ctx) => {
    try {
      return contactEventsOfPatient(ctx, cpr);
    } catch (error) {
      return asInputError(error);
    }
  });
  if (values.json) io.out(JSON.stringify(events, null, 2));
  else io.out(events.length === 0 ? 'Ingen kontakter registreret.' : events.map(formatContactEvent).join('\n'));
  return 0;
}

/** `tovholder contact record|undo|list`: the patient panel's contacts, for scripts and checks. */
export async function runContact(args: string[], io: CliHost): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'record':
      return runRecord(rest, io);
    case 'undo':
      return runUndo(rest, io);
    case 'list':
      return runList(rest, io);
    case '--help':
    case '-h':
      io.out(contactUsage);
      return 0;
    case undefined:
      throw new UsageError('Angiv record, undo eller list efter contact.');
    default:
      throw new UsageError(`Ukendt kommando 'contact ${sub}'. Brug record, undo eller list.`);
  }
}
