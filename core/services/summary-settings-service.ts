import {
  defaultSummarySettings,
  summarySettingsSchema,
  type IndicatorTargets,
  type SummarySettings,
} from '../../shared/summary/indicator-definitions';
import type { DisclosurePolicy } from '../../shared/summary/disclosure-policy';
import type { AppContext } from '../app-context';
import { readSettings, updateSettings, type SettingsKind } from './settings-store';

export const summarySettingsKind: SettingsKind<SummarySettings> = {
  key: 'summarySettings',
  schema: summarySettingsSchema,
  defaults: defaultSummarySettings,
  auditAction: 'settings.summary',
};

/** The disclosure threshold and the indicators' targets: settings with the issue's defaults. */
export function getSummarySettings(ctx: AppContext): SummarySettings {
  return readSettings(ctx, summarySettingsKind);
}

/** A target left out keeps its saved value; one given (or null, no target) replaces it whole. */
export function updateSummarySettings(
  ctx: AppContext,
  change: { threshold?: number | undefined; policy?: DisclosurePolicy | undefined; targets?: Partial<IndicatorTargets> | undefined },
): SummarySettings {
  return updateSettings(ctx, summarySettingsKind, change);
}
