import { defaultFollowUpWindows, followUpWindowsSchema, type FollowUpWindows } from '../../shared/follow-up-rules';
import type { AppContext } from '../app-context';
import { readSettings, updateSettings, type SettingsKind } from './settings-store';

export const followUpWindowsKind: SettingsKind<FollowUpWindows> = {
  key: 'followUpWindows',
  schema: followUpWindowsSchema,
  defaults: defaultFollowUpWindows,
  auditAction: 'settings.followUpWindows',
};

export function getFollowUpWindows(ctx: AppContext): FollowUpWindows {
  return readSettings(ctx, followUpWindowsKind);
}

export function updateFollowUpWindows(ctx: AppContext, change: Partial<FollowUpWindows>): FollowUpWindows {
  return updateSettings(ctx, followUpWindowsKind, change);
}
