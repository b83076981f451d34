import { danishDateOf } from '../../shared/calendar-dates';
import type { ContactAction, ContactEvent } from '../../shared/contact-workflow';
import { ContractError } from '../../shared/contract';
import type { CheckKind } from '../../shared/follow-up-states';
import type { AppContext } from '../app-context';
import { getRecallSettings } from './recall-settings-service';
import { contactEventFromRow, refreshPatientEntry } from './worklist-service';

export type ContactRecord = ContactAction & { cpr: string; check: CheckKind; on?: string };

/** Who is acting: the initials set on this computer. Every contact carries them. */
function initialsOf(ctx: AppContext): string {
  const { initials } = getRecallSettings(ctx);
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

/** Records one contact action for one check, in the audit log too, in one transaction. */
export function recordContact(ctx: AppContext, record: ContactRecord): ContactEvent {
  const actor = initialsOf(ctx);
  requirePatient(ctx, record.cpr);
  const today = danishDateOf(ctx.now());
  const on = record.on ?? today;
  if (on > today) throw new ContractError('future_date', 'En kontakt kan ikke registreres på en dato i fremtiden.');
  const date = dateFieldOf(record);
  if (date !== null && date < on) {
    throw new ContractError('date_before_contact', 'Datoen skal ligge efter kontaktens dato.');
  }
  const recordedAt = ctx.now().toISOString();
  const id = ctx.db.transaction(() => {
    const newId = ctx.recall.insertContactEvent({
      cpr: record.cpr,
      check_kind: record.check,
      on_date: on,
      action: record.action,
      channel: record.action === 'invited' ? record.channel : null,
      date,
      reason: record.action === 'removed' ? record.reason : null,
      note: record.action === 'removed' ? (record.note ?? null) : null,
      batch_id: ctx.queries.currentBatch()?.id ?? null,
      recorded_at: recordedAt,
      actor,
    });
    ctx.queries.insertAudit(recordedAt, actor, 'contact.record', JSON.stringify({ id: newId, check: record.check, action: record.action }));
    return newId;
  })();
  refreshPatientEntry(ctx, record.cpr);
  return contactEventFromRow(ctx.recall.contactEventById(id)!);
}

/** Takes an action back. The event stays in the history, marked as undone, by whom and when. */
export function undoContact(ctx: AppContext, eventId: number): ContactEvent {
  const actor = initialsOf(ctx);
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
