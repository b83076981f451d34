import type { AsOfChoice } from '../../shared/as-of';
import { absentFieldsOf } from '../../shared/extract-columns';
import { absentChecksOf } from '../../shared/follow-up-states';
import type { PatientPanel } from '../../shared/patient-panel';
import { ContractError } from '../../shared/contract';
import type { AppContext } from '../app-context';
import { carriedFieldsOfBatch } from './batch-fields';
import { planFromSnapshotRow } from './snapshot-rows';
import { contactEventFromRow, worklistEntries } from './worklist-service';

/**
 * Everything about one patient the panel shows: the current care plan, every snapshot over time,
 * the follow-up states with their windows, and the whole contact history, undone actions included.
 */
export function patientPanel(ctx: AppContext, cpr: string, asOf?: AsOfChoice): PatientPanel {
  const patient = ctx.recall.patientByCpr(cpr);
  if (!patient) throw new ContractError('unknown_patient', 'Patienten findes ikke i databasen.');
  const history = ctx.recall.snapshotHistoryOf(cpr);
  const current = ctx.queries.currentBatch();
  const set = worklistEntries(ctx, asOf);
  const mark = ctx.recall.markOf(cpr);
  const index = set?.indexOf.get(cpr);
  const carried = current ? carriedFieldsOfBatch(current) : null;
  return {
    cpr,
    birthDate: patient.birth_date,
    sex: patient.sex,
    firstExtractDate: patient.first_extract_date,
    inLatestExtract: history.some((row) => row.batch_id === current?.id),
    entry: index === undefined ? null : (set?.entries[index] ?? null),
    asOf: set?.clock.asOf ?? null,
    absentChecks: carried ? absentChecksOf(carried) : [],
    absentFields: carried ? absentFieldsOf(carried) : [],
    history: history.map((row) => ({ extractDate: row.extract_date, fileName: row.file_name, plan: planFromSnapshotRow(row) })),
    events: ctx.recall.contactEventsOf(cpr).map(contactEventFromRow),
    vulnerable: mark?.vulnerable === 1,
    contactPerson: mark?.contact_person ?? null,
  };
}
