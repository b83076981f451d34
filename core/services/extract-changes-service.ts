import { extractChanges, type ChangeExtract, type ExtractChanges } from '../../shared/extract-changes';
import type { AppContext } from '../app-context';
import type { BatchRow } from '../db/queries';
import { carriedFieldsOfBatch } from './batch-fields';
import { planFromSnapshotRow } from './snapshot-rows';

function changeExtractOf(ctx: AppContext, batch: BatchRow): ChangeExtract {
  return {
    extractDate: batch.extract_date,
    carried: carriedFieldsOfBatch(batch),
    plans: new Map(ctx.queries.snapshotsForBatch(batch.id).map((row) => [row.cpr, planFromSnapshotRow(row)])),
  };
}

/**
 * The lists of what changed between the latest extract and the one before (`shared/extract-changes.ts`).
 * Every snapshot is kept, so the two are read as imported; with one extract there is nothing to compare.
 */
export function extractChangeLists(ctx: AppContext): ExtractChanges {
  const latest = ctx.queries.currentBatch();
  if (!latest) return { latestDate: null, previousDate: null, lists: extractChanges(emptyExtract, null, new Set()) };
  const before = ctx.recall.batchBefore(latest) ?? null;
  return {
    latestDate: latest.extract_date,
    previousDate: before?.extract_date ?? null,
    lists: extractChanges(changeExtractOf(ctx, latest), before ? changeExtractOf(ctx, before) : null, new Set(ctx.recall.goneCprs())),
  };
}

const emptyExtract: ChangeExtract = { extractDate: '0000-01-01', carried: new Set(), plans: new Map() };
