import { randomUUID } from 'node:crypto';
import { danishDateOf } from '../../shared/calendar-dates';
import { ContractError } from '../../shared/contract';
import { mailingRecordSchema, type MailingChannel, type MailingRecord, type MailingResult } from '../../shared/outputs/mailing-selection';
import type { AppContext } from '../app-context';
import { initialsOf } from './contact-service';
import { refreshPatientEntry } from './worklist-service';

/**
 * Records a mailing's invitations (printed letters, a saved SMS list): one invitation event per
 * patient, covering the checks the file names, all carrying one mailing id so one undo takes
 * them all back. One transaction with its audit row: a patient unknown to the database refuses
 * the whole mailing and nothing is written.
 */
export function recordMailing(ctx: AppContext, raw: MailingRecord, actorInitials?: string): MailingResult {
  const parsed = mailingRecordSchema.safeParse(raw);
  if (!parsed.success) throw new ContractError('mailing.invalid', parsed.error.issues[0]?.message ?? 'Udsendelsen kunne ikke læses.');
  const record = parsed.data;
  const actor = initialsOf(ctx, actorInitials);
  const today = danishDateOf(ctx.now());
  const on = record.on ?? today;
  if (on > today) throw new ContractError('mailing.future_date', 'En udsendelse kan ikke registreres på en dato i fremtiden.');
  const unknown = record.invitations.filter((invitation) => !ctx.recall.patientByCpr(invitation.cpr));
  if (unknown.length > 0) {
    throw new ContractError('mailing.unknown_patient', `${unknown.length} af patienterne i udsendelsen findes ikke i databasen; intet er registreret.`);
  }
  const recordedAt = ctx.now().toISOString();
  const mailingId = randomUUID();
  const batchId = ctx.queries.currentBatch()?.id ?? null;
  ctx.db.transaction(() => {
    for (const invitation of record.invitations) {
      ctx.recall.insertContactEvent({
        id: randomUUID(),
        cpr: invitation.cpr,
        checks: invitation.checks.join(','),
        on_date: on,
        action: 'invited',
        channel: record.channel,
        date: null,
        reason: null,
        note: null,
        batch_id: batchId,
        mailing_id: mailingId,
        recorded_at: recordedAt,
        actor,
      });
    }
    ctx.queries.insertAudit(recordedAt, actor, 'mailing.record', JSON.stringify({ mailingId, channel: record.channel, invitations: record.invitations.length }));
  })();
  for (const invitation of record.invitations) refreshPatientEntry(ctx, invitation.cpr);
  return { mailingId, channel: record.channel, on, count: record.invitations.length, actor };
}

/**
 * Takes back every invitation of a mailing still in force, as one, in one transaction. The events
 * stay in each patient's history, marked as undone; one already undone by hand stays as it was.
 */
export function undoMailing(ctx: AppContext, mailingId: string, actorInitials?: string): MailingResult {
  const actor = initialsOf(ctx, actorInitials);
  const events = ctx.recall.mailingEvents(mailingId);
  const first = events[0];
  if (!first) throw new ContractError('mailing.unknown', 'Udsendelsen findes ikke.');
  const at = ctx.now().toISOString();
  const undone = ctx.db.transaction(() => {
    const count = ctx.recall.undoMailing(mailingId, at, actor);
    if (count > 0) ctx.queries.insertAudit(at, actor, 'mailing.undo', JSON.stringify({ mailingId, invitations: count }));
    return count;
  })();
  if (undone === 0) throw new ContractError('mailing.already_undone', 'Udsendelsen er allerede fortrudt.');
  for (const event of events) refreshPatientEntry(ctx, event.cpr);
  return { mailingId, channel: first.channel as MailingChannel, on: first.on_date, count: undone, actor };
}
