import { danishDateOf } from '../../shared/calendar-dates';
import { dataSettingsSchema, defaultDataSettings, retentionCutoff, type DataSettings } from '../../shared/privacy-settings';
import type { AppContext } from '../app-context';
import { readSettings, updateSettings, type SettingsKind } from './settings-store';

export const dataSettingsKind: SettingsKind<DataSettings> = {
  key: 'dataSettings',
  schema: dataSettingsSchema,
  defaults: defaultDataSettings,
  auditAction: 'settings.data',
};

export function getDataSettings(ctx: AppContext): DataSettings {
  return readSettings(ctx, dataSettingsKind);
}

export function updateDataSettings(ctx: AppContext, change: Partial<DataSettings>): DataSettings {
  return updateSettings(ctx, dataSettingsKind, change);
}

/**
 * Deletes the care-plan history older than the retention period: every batch whose extract is
 * dated before the cut-off, with its raw rows, issues and snapshots, and the patients seen only
 * there. The current (newest) extract is never deleted, however old. One transaction.
 */
export function applyRetention(ctx: AppContext, years = getDataSettings(ctx).retentionYears): { batchesDeleted: number } {
  const cutoff = retentionCutoff(danishDateOf(ctx.now()), years);
  const ids = ctx.privacyQueries.batchesExtractedBefore(cutoff);
  if (ids.length === 0) return { batchesDeleted: 0 };
  ctx.db.transaction(() => {
    for (const id of ids) ctx.queries.deleteBatchAndOrphans(id);
    ctx.queries.insertAudit(ctx.now().toISOString(), ctx.actor, 'privacy.retention', JSON.stringify({ cutoff, batchIds: ids }));
  }).immediate();
  ctx.privacyQueries.compactAfterDeletion();
  return { batchesDeleted: ids.length };
}
