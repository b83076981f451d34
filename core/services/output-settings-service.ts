import { ContractError } from '../../shared/contract';
import { templateProblems } from '../../shared/outputs/merge-template';
import { defaultOutputSettings, outputSettingsSchema, type OutputSettings } from '../../shared/outputs/output-settings';
import type { AppContext } from '../app-context';
import { readSettings, updateSettings, type SettingsKind } from './settings-store';

export const outputSettingsKind: SettingsKind<OutputSettings> = {
  key: 'outputSettings',
  schema: outputSettingsSchema,
  defaults: defaultOutputSettings,
  auditAction: 'settings.outputs',
  // The templates are long and the practice's own; the audit notes only that they changed.
  auditDetails: (value) => ({ practiceName: value.practiceName }),
  // A template with an unknown merge field or a stray brace is refused with the problem in Danish.
  refuse: (value) => {
    for (const [name, template] of [['Skabelonen til indkaldelser', value.letterTemplate], ['SMS-skabelonen', value.smsTemplate]] as const) {
      const problems = templateProblems(template);
      if (problems.length > 0) throw new ContractError('settings.template', `${name}: ${problems.join(' ')}`);
    }
  },
};

export function getOutputSettings(ctx: AppContext): OutputSettings {
  return readSettings(ctx, outputSettingsKind);
}

/** Saves the practice's details and templates; nothing is saved when a template is refused. */
export function updateOutputSettings(ctx: AppContext, change: Partial<OutputSettings>): OutputSettings {
  return updateSettings(ctx, outputSettingsKind, change);
}
