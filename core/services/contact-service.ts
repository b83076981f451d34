import { randomUUID } from 'node:crypto';
import { danishDateOf } from '../../shared/calendar-dates';
import { checksCovered, type ContactAction, type ContactEvent } from '../../shared/contact-workflow';
import { ContractError } from '../../shared/contract';
import type { CheckKind } from '../../shared/follow-up-states';
import type { AppContext } from '../app-context';
import { getRecallSettings } from './recall-settings-service';
import { contactEventFromRow, refreshPatientEntry } from './worklist-service';

export type ContactRecord = ContactAction & { cpr: string; checks: readonly CheckKind[]; on?: string };

/**
 * Who is acting: the initials set on this computer, unless the caller names someone (the CLI's
 * `--actor`). Every contact carries them.
 */
export function initialsOf(ctx: AppContext, actor?: string): string {
  const initials = actor ?? getRecallSettings(ctx).initials;
  if (initials === '') {
    throw new ContractError('initials_missing', 'Skriv dine initialer, før du registrerer en kontakt.');
  }
  return initials;
}

function requirePatient(ctx: AppContext, cpr: string): void {
  if (!ctx.recall.patientByCpr(cpr)) throw new ContractError('unknown_patient', 'Patienten findes ikke i databasen.');
}

function dateFieldOf(action: ContactAction): string | null {
  if (action.action === 'call_later') return action.until;
  return action.action === 'booked' ? action.appointment : null;
}

/**
 * Records one contact action, for every check it covered, as one event (one undo), in the audit
 * log too, in one transaction. Moving away or dying covers every check, whatever was chosen.
 */
export function recordContact(ctx: AppContext, record: ContactRecord, actorInitials?: string): ContactEvent {
  const actor = initialsOf(ctx, actorInitials);
  requirePatient(ctx, record.cpr);
  const today = danishDateOf(ctx.now());
  const on = record.on ?? today;
  if (on > today) throw new ContractError('future_date', 'En kontakt kan ikke registreres på en dato i fremtiden.');
  const date = dateFieldOf(record);
  if (date !== null && date < on) {
    throw new ContractError('date_before_contact', 'Datoen skal ligge efter kontaktens dato.');
  }
  const checks = checksCovered(record, record.checks);
  if (checks.length === 0) throw new ContractError('no_checks', 'Vælg mindst én kontrol.');
  const recordedAt = ctx.now().toISOString();
  // Made here, not by SQLite: the id must be unique across the practice's PCs for syncing.
  const id = randomUUID();
  ctx.db.transaction(() => {
    ctx.recall.insertContactEvent({
      id,
      cpr: record.cpr,
      checks: checks.join(','),
      on_date: on,
      action: record.action,
      channel: record.action === 'invited' ? record.channel : null,
      date,
      reason: record.action === 'removed' ? record.reason : null,
      note: record.action === 'removed' ? (record.note ?? null) : null,
      batch_id: ctx.queries.currentBatch()?.id ?? null,
      mailing_id: null,
      recorded_at: recordedAt,
      actor,
    });
    ctx.queries.insertAudit(recordedAt, actor, 'contact.record', JSON.stringify({ id, checks, action: record.action }));
  })();
  refreshPatientEntry(ctx, record.cpr);
  return contactEventFromRow(ctx.recall.contactEventById(id)!);
}

/** Takes an action back. The event stays in the history, marked as undone, by whom and when. */
export function undoContact(ctx: AppContext, eventId: string, actorInitials?: string): ContactEvent {
  const actor = initialsOf(ctx, actorInitials);
  const at = ctx.now().toISOString();
  const undone = ctx.db.transaction(() => {
    if (!ctx.recall.undoContactEvent(eventId, at, actor)) return false;
    ctx.queries.insertAudit(at, actor, 'contact.undo', JSON.stringify({ id: eventId }));
    return true;
  })();
  const row = ctx.recall.contactEventById(eventId);
  if (row && undone) refreshPatientEntry(ctx, row.cpr);
  if (!row) throw new ContractError('unknown_event', 'Kontakten findes ikke.');
  if (!undone) throw new ContractError('already_undone', 'Kontakten er allerede fortrudt.');
  return contactEventFromRow(row);
}

/**
 * Every contact event of a patient, undone ones included, in the order they happened. A CPR with
 * neither a patient nor an event is unknown: said so, never answered with an empty history.
 */
export function contactEventsOfPatient(ctx: AppContext, cpr: string): ContactEvent[] {
  const rows = ctx.recall.contactEventsOf(cpr);
  if (rows.length === 0) requirePatient(ctx, cpr);
  return rows.map(contactEventFromRow).reverse();
}

export interface PatientMark {
  cpr: string;
  vulnerable: boolean;
  contactPerson: string | null;
}

/** Marks a patient as vulnerable (needs a personal contact person) or takes the mark off. */
export function markPatient(ctx: AppContext, mark: PatientMark): PatientMark {
  const actor = initialsOf(ctx);
  requirePatient(ctx, mark.cpr);
  const at = ctx.now().toISOString();
  const contactPerson = mark.vulnerable ? mark.contactPerson : null;
  ctx.db.transaction(() => {
    ctx.recall.putMark({
      cpr: mark.cpr,
      vulnerable: mark.vulnerable ? 1 : 0,
      contact_person: contactPerson,
      updated_at: at,
      updated_by: actor,
    });
    ctx.queries.insertAudit(at, actor, 'patient.mark', JSON.stringify({ vulnerable: mark.vulnerable }));
  })();
  refreshPatientEntry(ctx, mark.cpr);
  return { cpr: mark.cpr, vulnerable: mark.vulnerable, contactPerson };
}
