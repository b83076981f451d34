import {
  defaultSummarySettings,
  summarySettingsSchema,
  type IndicatorTargets,
  type SummarySettings,
} from '../../shared/summary/indicator-definitions';
import type { AppContext } from '../app-context';

const settingsKey = 'summarySettings';

/** The disclosure threshold and the indicators' targets: settings with the issue's defaults. */
export function getSummarySettings(ctx: AppContext): SummarySettings {
  const stored = ctx.queries.getSetting(settingsKey);
  if (stored === undefined) return defaultSummarySettings;
  const parsed = summarySettingsSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : defaultSummarySettings;
}

export function updateSummarySettings(
  ctx: AppContext,
  change: { threshold?: number | undefined; targets?: Partial<IndicatorTargets> | undefined },
): SummarySettings {
  const current = getSummarySettings(ctx);
  const next = summarySettingsSchema.parse({
    threshold: change.threshold ?? current.threshold,
    targets: { ...current.targets, ...change.targets },
  });
  ctx.db.transaction(() => {
    ctx.queries.putSetting(settingsKey, JSON.stringify(next));
    ctx.queries.insertAudit(ctx.now().toISOString(), ctx.actor, 'settings.summary', JSON.stringify(next));
  })();
  return next;
}
