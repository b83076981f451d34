import { z } from 'zod';
import { carePlanSchema, isoDateSchema, sexSchema } from './care-plan';
import { contactEventSchema } from './contact-workflow';
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
  /** Newest first. */
  history: z.array(z.object({ extractDate: isoDateSchema, fileName: z.string(), plan: historicPlanSchema })),
  /** Newest first, undone ones included. */
  events: z.array(contactEventSchema),
  vulnerable: z.boolean(),
  contactPerson: z.string().nullable(),
});
export type PatientPanel = z.infer<typeof patientPanelSchema>;
