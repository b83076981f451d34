import { defaultRecallSettings, recallSettingsSchema, type RecallSettings } from '../../shared/recall-settings';
import type { AppContext } from '../app-context';

const recallKey = 'recall';

export function getRecallSettings(ctx: AppContext): RecallSettings {
  const stored = ctx.queries.getSetting(recallKey);
  if (stored === undefined) return defaultRecallSettings;
  const parsed = recallSettingsSchema.safeParse({ ...defaultRecallSettings, ...JSON.parse(stored) });
  return parsed.success ? parsed.data : defaultRecallSettings;
}

export function updateRecallSettings(ctx: AppContext, change: Partial<RecallSettings>): RecallSettings {
  const next = recallSettingsSchema.parse({ ...getRecallSettings(ctx), ...change });
  ctx.db.transaction(() => {
    ctx.queries.putSetting(recallKey, JSON.stringify(next));
    ctx.queries.insertAudit(ctx.now().toISOString(), ctx.actor, 'settings.recall', JSON.stringify(next));
  })();
  return next;
}
