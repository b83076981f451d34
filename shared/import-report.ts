import { z } from 'zod';
import { isoDateSchema } from './care-plan';
import {
  cellWarningSchema,
  extractDateSourceSchema,
  importNoteSchema,
  rejectedRowSchema,
} from './import/extract-result';
import { valueFieldSchema } from './extract-columns';
import { checkKindSchema } from './follow-up-states';

/**
 * What an import tells the user, in the UI's report screen and from `tovholder import --json`
 * alike. `duplicateOf` is set when the very same file (same SHA-256) was imported before: then
 * nothing was written and the counts are those of the earlier batch.
 */
export const importReportSchema = z.object({
  batchId: z.number().int(),
  fileName: z.string(),
  extractDate: isoDateSchema,
  extractDateSource: extractDateSourceSchema,
  rowsRead: z.number().int(),
  patientsImported: z.number().int(),
  patientsNew: z.number().int(),
  patientsChanged: z.number().int(),
  patientsAbsent: z.number().int(),
  rowsRejected: z.number().int(),
  rejected: z.array(rejectedRowSchema),
  warnings: z.array(cellWarningSchema),
  notes: z.array(importNoteSchema),
  unknownColumns: z.array(z.string()),
  /** The checks the extract has no column for: nothing is known of them, so no one is flagged. */
  absentChecks: z.array(checkKindSchema),
  /** The format's fields the extract has no column for (`extract-format.md`). */
  absentFields: z.array(valueFieldSchema),
  /** False when an older extract was imported after a newer one: it is kept as history only. */
  isCurrent: z.boolean(),
  duplicateOf: z.number().int().nullable(),
});
export type ImportReport = z.infer<typeof importReportSchema>;
