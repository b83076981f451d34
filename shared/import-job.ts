import { z } from 'zod';
import { extractFieldSchema, isoDateSchema } from './care-plan';
import { importRiskSchema } from './import-guards';
import { importReportSchema } from './import-report';

/**
 * An import runs as a job off the UI's thread: `import:start` returns its id, the UI polls
 * `import:progress` for rows done of rows total, and `import:cancel` rolls it back.
 */

export const importPhaseSchema = z.enum(['opening', 'reading', 'writing']);
export type ImportPhase = z.infer<typeof importPhaseSchema>;

export const importJobStateSchema = z.enum(['running', 'cancelling', 'done', 'failed', 'cancelled']);
export type ImportJobState = z.infer<typeof importJobStateSchema>;

/** The user's answer to "which column holds what": header text as in the file → field, or null to ignore it. */
export const columnMappingRequestSchema = z.record(z.string().max(200), extractFieldSchema.nullable());

/** A file to import: `import:start` runs it as a job, `import:file` on the spot; the request is the same. */
export const importStartRequestSchema = z
  .object({
    fileName: z.string().min(1).max(260),
    /** The file's bytes, base64: the same request travels over IPC and HTTP. */
    contentBase64: z.string().min(1),
    extractDate: isoDateSchema.optional(),
    fileModified: isoDateSchema.optional(),
    columnMapping: columnMappingRequestSchema.optional(),
    /** The user has seen why the file looks wrong (`import.needs_confirmation`) and imports it anyway. */
    confirmed: z.boolean().optional(),
  })
  .strict();
export type ImportStartRequest = z.infer<typeof importStartRequestSchema>;

/**
 * Why an import did not happen; `headers` are the file's own when a column mapping could help,
 * and `samples` the first values of each of them (CPR numbers masked to their birth date).
 */
export const importJobErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  headers: z.array(z.string()),
  samples: z.array(z.array(z.string()).max(3)),
  /** Why the file needs a confirmation before it is imported (`import.needs_confirmation`). */
  risks: z.array(importRiskSchema).optional(),
});
export type ImportJobError = z.infer<typeof importJobErrorSchema>;

export const importJobStatusSchema = z.object({
  jobId: z.string(),
  state: importJobStateSchema,
  phase: importPhaseSchema,
  /** Rows done of rows total in the phase; both 0 while the file is being opened. */
  done: z.number().int(),
  total: z.number().int(),
  report: importReportSchema.optional(),
  error: importJobErrorSchema.optional(),
});
export type ImportJobStatus = z.infer<typeof importJobStatusSchema>;

/** The error codes after which the user can pick the columns themselves (when the file's headers came along). */
export const mappableErrorCodes: readonly string[] = ['extract.no_header', 'extract.no_cpr_column', 'extract.no_follow_up_column'];
