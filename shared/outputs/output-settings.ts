import { z } from 'zod';
import { defaultLetterTemplate } from './letter-template';
import { defaultSmsTemplate } from './sms-list';

/** What the practice sets once for its printed lists, letters and SMS. */
export const outputSettingsSchema = z.object({
  practiceName: z.string().trim().max(200),
  practicePhone: z.string().trim().max(40),
  letterTemplate: z.string().max(20_000),
  smsTemplate: z.string().max(1_000),
});
export type OutputSettings = z.infer<typeof outputSettingsSchema>;

export const defaultOutputSettings: OutputSettings = {
  practiceName: '',
  practicePhone: '',
  letterTemplate: defaultLetterTemplate,
  smsTemplate: defaultSmsTemplate,
};
