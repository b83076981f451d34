import { z } from 'zod';
import { isoDateSchema } from '../care-plan';
import { recallColumnKeySchema } from './recall-table';
import { recallListSchema } from './recall-lists';

export const exportFormats = ['xlsx', 'csv', 'pdf', 'letters', 'sms'] as const;
export const exportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** Which patients of a list: the same narrowing the list on screen has. */
export const recallFiltersSchema = z
  .object({
    asOf: isoDateSchema.optional(),
    /** Part of a name or a CPR number, as typed in the search field. */
    search: z.string().max(100).optional(),
    gp: z.string().max(200).optional(),
  })
  .strict();
export type RecallFilters = z.infer<typeof recallFiltersSchema>;

export const recallExportRequestSchema = z
  .object({
    list: recallListSchema,
    filters: recallFiltersSchema.default({}),
    format: exportFormatSchema,
    /** The columns of a list (XLSX, CSV, PDF), in order; letters and SMS have their own. */
    columns: z.array(recallColumnKeySchema).min(1).max(20).refine((keys) => new Set(keys).size === keys.length, 'En kolonne er valgt to gange'),
  })
  .strict();
export type RecallExportRequest = z.input<typeof recallExportRequestSchema>;

export const recallExportResponseSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
  rows: z.number().int(),
  /** What the user should know about the file, in Danish: e.g. patients left out of an SMS list. */
  notes: z.array(z.string()),
});
export type RecallExportResponse = z.infer<typeof recallExportResponseSchema>;
