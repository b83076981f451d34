import { defaultRecallSettings, recallSettingsSchema, type RecallSettings } from '../../shared/recall-settings';
import type { AppContext } from '../app-context';
import { readSettings, updateSettings, type SettingsKind } from './settings-store';

export const recallSettingsKind: SettingsKind<RecallSettings> = {
  key: 'recall',
  schema: recallSettingsSchema,
  defaults: defaultRecallSettings,
  auditAction: 'settings.recall',
};

export function getRecallSettings(ctx: AppContext): RecallSettings {
  return readSettings(ctx, recallSettingsKind);
}

export function updateRecallSettings(ctx: AppContext, change: Partial<RecallSettings>): RecallSettings {
  return updateSettings(ctx, recallSettingsKind, change);
}
