import { danishDateOf } from '../../shared/calendar-dates';
import type { Status } from '../../shared/contract';
import type { AppContext } from '../app-context';

/** `active`: patients in the newest extract who are followed in general practice. */
export function status(ctx: AppContext): Status {
  const current = ctx.queries.currentBatch();
  return {
    patients: ctx.queries.countPatients(),
    active: current ? ctx.queries.countActive(current.id) : 0,
    latestExtractDate: current?.extract_date ?? null,
    today: danishDateOf(ctx.now()),
    batches: ctx.queries.listBatches().map((batch) => ({
      id: batch.id,
      fileName: batch.file_name,
      extractDate: batch.extract_date,
      rowsRead: batch.rows_read,
      rowsRejected: batch.rows_rejected,
      importedAt: batch.imported_at,
    })),
  };
}
