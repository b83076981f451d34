import type { RecallFilters } from '../../shared/outputs/recall-export-request';
import type { RecallList } from '../../shared/outputs/recall-lists';
import type { RecallRow } from '../../shared/outputs/recall-table';
import type { AppContext } from '../app-context';
import { flaggedPatients } from './follow-up-service';

/**
 * The patients of a list, narrowed like the list on screen: the follow-up service decides who is
 * on it; the phone number (for SMS) comes from the same snapshot. `all` is every flagged patient.
 */
export function recallRows(ctx: AppContext, list: RecallList, filters: RecallFilters): { asOf: string | null; rows: RecallRow[] } {
  const { asOf, patients } = flaggedPatients(ctx, {
    ...(filters.asOf ? { asOf: filters.asOf } : {}),
    ...(list === 'all' ? {} : { flag: list }),
  });
  const current = ctx.queries.currentBatch();
  const phones = new Map<string, string | null>();
  if (current) for (const snapshot of ctx.queries.patientSnapshotsForBatch(current.id)) phones.set(snapshot.cpr, snapshot.phone);
  const search = filters.search?.trim().toLowerCase().replace(/-/g, '') ?? '';
  const rows = patients
    .filter((p) => filters.gp === undefined || p.gp === filters.gp)
    .filter((p) => search === '' || p.cpr.includes(search) || (p.name ?? '').toLowerCase().includes(search))
    .map((p) => ({ ...p, phone: phones.get(p.cpr) ?? null }));
  return { asOf, rows };
}
