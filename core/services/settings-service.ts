import {
  defaultFollowUpWindows,
  followUpWindowsSchema,
  type FollowUpWindows,
} from '../../shared/follow-up-rules';
import type { AppContext } from '../app-context';

const windowsKey = 'followUpWindows';

export function getFollowUpWindows(ctx: AppContext): FollowUpWindows {
  const stored = ctx.queries.getSetting(windowsKey);
  if (stored === undefined) return defaultFollowUpWindows;
  const parsed = followUpWindowsSchema.safeParse(JSON.parse(stored));
  return parsed.success ? parsed.data : defaultFollowUpWindows;
}

export function updateFollowUpWindows(ctx: AppContext, change: Partial<FollowUpWindows>): FollowUpWindows {
  const next = followUpWindowsSchema.parse({ ...getFollowUpWindows(ctx), ...change });
  ctx.db.transaction(() => {
    ctx.queries.putSetting(windowsKey, JSON.stringify(next));
    ctx.queries.insertAudit(ctx.now().toISOString(), ctx.actor, 'settings.followUpWindows', JSON.stringify(next));
  })();
  return next;
}
