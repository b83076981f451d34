import { z } from 'zod';
import { asOfChoiceSchema } from './as-of';
import { isoDateSchema } from './care-plan';
import { followUpFlagSchema, followUpWindowsSchema } from './follow-up-rules';
import { channelNames, type ChannelName } from './channel-names';
import { importJobStatusSchema, importStartRequestSchema } from './import-job';
import { importReportSchema } from './import-report';
import { outputSettingsSchema } from './outputs/output-settings';
import { recallExportRequestSchema, recallExportResponseSchema } from './outputs/recall-export-request';
import { mailingRecordSchema, mailingResultSchema } from './outputs/mailing-selection';
import { backupInfoSchema, storageStatusSchema } from './backups';
import { dataSettingsSchema, deleteAllConfirmationWord } from './privacy-settings';
import { contactActionSchema, contactEventSchema, coveredChecksSchema } from './contact-workflow';
import { checkKindSchema } from './follow-up-states';
import { patientPanelSchema } from './patient-panel';
import { dataQualitySchema, missingFieldSchema } from './data-quality';
import { extractChangesSchema } from './extract-changes';
import { recallSettingsSchema } from './recall-settings';
import { worklistCountsSchema, worklistEntrySchema, worklistSelectionSchema } from './worklists';
import { summaryChannels } from './summary/summary-contract';

/**
 * The one contract between the UI and the data. Every channel names a zod schema for its
 * request and for its response. The Electron main process and the browser host register a
 * handler per channel and parse every request with it; the preload exposes exactly these
 * channels; the renderer's client is typed from them.
 */

const empty = z.object({}).strict();

export const batchSummarySchema = z.object({
  id: z.number().int(),
  fileName: z.string(),
  extractDate: isoDateSchema,
  rowsRead: z.number().int(),
  rowsRejected: z.number().int(),
  importedAt: z.string(),
});
export type BatchSummary = z.infer<typeof batchSummarySchema>;

export const statusSchema = z.object({
  patients: z.number().int(),
  active: z.number().int(),
  latestExtractDate: isoDateSchema.nullable(),
  /** The host's today: the app's lists are as of it, and the extract's age is counted to it. */
  today: isoDateSchema,
  batches: z.array(batchSummarySchema),
});
export type Status = z.infer<typeof statusSchema>;

export const flaggedPatientSchema = z.object({
  cpr: z.string(),
  name: z.string().nullable(),
  gp: z.string().nullable(),
  flags: z.array(followUpFlagSchema),
  lastAnnualCheck: isoDateSchema.nullable(),
  lastEyeExam: isoDateSchema.nullable(),
  lastFootExam: isoDateSchema.nullable(),
});
export type FlaggedPatient = z.infer<typeof flaggedPatientSchema>;

export const flagCountsSchema = z.object({
  annual_overdue: z.number().int(),
  eye_missing: z.number().int(),
  foot_missing: z.number().int(),
  any: z.number().int(),
});
export type FlagCounts = z.infer<typeof flagCountsSchema>;

const jobRequest = z.object({ jobId: z.string().min(1).max(100) }).strict();

const cprSchema = z.string().regex(/^\d{10}$/, 'CPR-nummeret skal være ti cifre.');

export const worklistQuerySchema = worklistSelectionSchema
  .extend({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();

export const worklistPageSchema = z.object({
  asOf: isoDateSchema.nullable(),
  today: isoDateSchema,
  extractDate: isoDateSchema.nullable(),
  absentChecks: z.array(checkKindSchema),
  total: z.number().int(),
  counts: worklistCountsSchema,
  rows: z.array(worklistEntrySchema),
  gps: z.array(z.string()),
});
export type WorklistPage = z.infer<typeof worklistPageSchema>;

export const contactRecordSchema = z.intersection(
  // One contact may cover several checks (one SMS inviting to all that are due): one event.
  z.object({ cpr: cprSchema, checks: coveredChecksSchema, on: isoDateSchema.optional() }),
  contactActionSchema,
);

export const patientMarkSchema = z
  .object({
    cpr: cprSchema,
    vulnerable: z.boolean(),
    contactPerson: z.string().trim().max(40).nullable(),
  })
  .strict();

export const contract = {
  'status:get': { request: empty, response: statusSchema },
  'flags:list': {
    request: z
      .object({ asOf: asOfChoiceSchema.default('today'), flag: followUpFlagSchema.optional() })
      .strict(),
    response: z.object({ asOf: isoDateSchema.nullable(), patients: z.array(flaggedPatientSchema) }),
  },
  'flags:counts': {
    request: z.object({ asOf: asOfChoiceSchema.default('today') }).strict(),
    response: z.object({ asOf: isoDateSchema.nullable(), counts: flagCountsSchema, absentChecks: z.array(checkKindSchema) }),
  },
  'import:start': { request: importStartRequestSchema, response: z.object({ jobId: z.string() }) },
  'import:file': { request: importStartRequestSchema, response: importReportSchema },
  'import:progress': { request: jobRequest, response: importJobStatusSchema },
  'import:cancel': { request: jobRequest, response: importJobStatusSchema },
  'import:undoLatest': {
    request: empty,
    response: z.object({ batchId: z.number().int(), fileName: z.string(), extractDate: isoDateSchema }),
  },
  'demo:load': { request: empty, response: importReportSchema },
  'settings:get': { request: empty, response: followUpWindowsSchema },
  'settings:update': { request: followUpWindowsSchema.partial().strict(), response: followUpWindowsSchema },
  'recall:export': { request: recallExportRequestSchema, response: recallExportResponseSchema },
  'outputSettings:get': { request: empty, response: outputSettingsSchema },
  'outputSettings:update': { request: outputSettingsSchema.partial().strict(), response: outputSettingsSchema },
  'storage:status': { request: empty, response: storageStatusSchema },
  'backups:list': { request: empty, response: z.object({ backups: z.array(backupInfoSchema) }) },
  'backups:create': { request: empty, response: backupInfoSchema },
  'backups:restore': {
    request: z.object({ fileName: z.string().min(1).max(200) }).strict(),
    response: z.object({ restored: backupInfoSchema, safetyBackup: backupInfoSchema.nullable() }),
  },
  'dataSettings:get': { request: empty, response: dataSettingsSchema },
  'dataSettings:update': {
    request: dataSettingsSchema.partial().strict(),
    response: z.object({ settings: dataSettingsSchema, batchesDeleted: z.number().int() }),
  },
  'data:deleteAll': { request: z.object({ confirmation: z.literal(deleteAllConfirmationWord) }).strict(), response: empty },
  'worklist:query': { request: worklistQuerySchema, response: worklistPageSchema },
  'worklist:changes': { request: empty, response: extractChangesSchema },
  'patient:get': {
    request: z.object({ cpr: cprSchema, asOf: asOfChoiceSchema.default('today') }).strict(),
    response: patientPanelSchema,
  },
  'patient:mark': { request: patientMarkSchema, response: patientMarkSchema },
  'contact:record': { request: contactRecordSchema, response: contactEventSchema },
  'contact:undo': { request: z.object({ eventId: z.string().min(1).max(64) }).strict(), response: contactEventSchema },
  'mailing:record': { request: mailingRecordSchema, response: mailingResultSchema },
  'mailing:undo': { request: z.object({ mailingId: z.string().min(1).max(64) }).strict(), response: mailingResultSchema },
  'recallSettings:get': { request: empty, response: recallSettingsSchema },
  'dataQuality:get': { request: z.object({ only: missingFieldSchema.optional() }).strict(), response: dataQualitySchema },
  'recallSettings:update': { request: recallSettingsSchema.partial().strict(), response: recallSettingsSchema },
  ...summaryChannels,
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** `satisfies` above rejects a channel missing from `channelNames` and one that is not in it. */
export const channels: readonly Channel[] = channelNames;

export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives: the request after its schema has parsed it (defaults filled in). */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<Contract[C]['response']>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** What every transport carries back: a value, or an error the user can read. */
export const contractErrorSchema = z.object({ code: z.string(), message: z.string() });
export type ContractErrorBody = z.infer<typeof contractErrorSchema>;
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ContractErrorBody };

/** Thrown by handlers and clients alike; `message` is for the user. */
export class ContractError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ContractError';
  }
}
