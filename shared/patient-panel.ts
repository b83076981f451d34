import { z } from 'zod';
import { carePlanSchema, isoDateSchema, sexSchema } from './care-plan';
import { contactEventSchema } from './contact-workflow';
import { valueFieldSchema } from './extract-columns';
import { checkKindSchema } from './follow-up-states';
import { worklistEntrySchema } from './worklists';

export const historicPlanSchema = carePlanSchema.omit({ cpr: true, birthDate: true, sex: true });

/** One patient as the panel shows them; `entry` is null when the patient is not on any list. */
export const patientPanelSchema = z.object({
  cpr: z.string(),
  birthDate: isoDateSchema,
  sex: sexSchema,
  firstExtractDate: isoDateSchema,
  inLatestExtract: z.boolean(),
  entry: worklistEntrySchema.nullable(),
  asOf: isoDateSchema.nullable(),
  /** What the latest extract has no column for: said in the panel, never shown as missing. */
  absentChecks: z.array(checkKindSchema),
  absentFields: z.array(valueFieldSchema),
  /** Newest first. */
  history: z.array(z.object({ extractDate: isoDateSchema, fileName: z.string(), plan: historicPlanSchema })),
  /** Newest first, undone ones included. */
  events: z.array(contactEventSchema),
  vulnerable: z.boolean(),
  contactPerson: z.string().nullable(),
});
export type PatientPanel = z.infer<typeof patientPanelSchema>;
