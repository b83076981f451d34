import { ContractError } from '../../shared/contract';
import { templateProblems } from '../../shared/outputs/merge-template';
import { defaultOutputSettings, outputSettingsSchema, type OutputSettings } from '../../shared/outputs/output-settings';
import type { AppContext } from '../app-context';

const key = 'outputSettings';

export function getOutputSettings(ctx: AppContext): OutputSettings {
  const stored = ctx.queries.getSetting(key);
  if (stored === undefined) return defaultOutputSettings;
  const parsed = outputSettingsSchema.safeParse({ ...defaultOutputSettings, ...JSON.parse(stored) });
  return parsed.success ? parsed.data : defaultOutputSettings;
}

/**
 * Saves the practice's details and templates. A template with an unknown merge field or a stray
 * brace is refused with the problem in Danish, and nothing is saved.
 */
export function updateOutputSettings(ctx: AppContext, change: Partial<OutputSettings>): OutputSettings {
  const next = outputSettingsSchema.parse({ ...getOutputSettings(ctx), ...change });
  for (const [name, template] of [['Brevskabelonen', next.letterTemplate], ['SMS-skabelonen', next.smsTemplate]] as const) {
    const problems = templateProblems(template);
    if (problems.length > 0) throw new ContractError('settings.template', `${name}: ${problems.join(' ')}`);
  }
  ctx.db.transaction(() => {
    ctx.queries.putSetting(key, JSON.stringify(next));
    ctx.queries.insertAudit(ctx.now().toISOString(), ctx.actor, 'settings.outputs', JSON.stringify({ practiceName: next.practiceName }));
  })();
  return next;
}
