import { z } from 'zod';
import { worklistSelectionSchema } from '../worklists';
import { mailingPlanSchema } from './mailing-selection';
import { recallColumnKeySchema } from './recall-table';

export const exportFormats = ['xlsx', 'csv', 'pdf', 'letters', 'sms'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** A list as on screen (list, filters, order, as-of date) and the file to make of it. */
export const recallExportRequestSchema = worklistSelectionSchema
  .extend({
    format: exportFormatSchema,
    /** The columns of a list (XLSX, CSV, PDF), in order; letters and SMS have their own. */
    columns: z
      .array(recallColumnKeySchema)
      .min(1)
      .max(30)
      .refine((keys) => new Set(keys).size === keys.length, 'En kolonne er valgt to gange'),
  })
  .strict();
export type RecallExportRequest = z.input<typeof recallExportRequestSchema>;

export const recallExportResponseSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
  /** Patients in the file (an SMS list leaves out those without a usable phone number). */
  rows: z.number().int(),
  /** What the user should know about the file, in Danish: e.g. patients left out of an SMS list. */
  notes: z.array(z.string()),
  /** Letters and SMS lists: the invitations the file stands for, offered to be recorded in one step. */
  mailing: mailingPlanSchema.nullable(),
});
export type RecallExportResponse = z.infer<typeof recallExportResponseSchema>;
