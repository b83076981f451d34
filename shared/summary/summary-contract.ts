import { z } from 'zod';
import { isoDateSchema } from '../care-plan';
import { checkKinds, checkStates } from '../follow-up-states';
import { breakdownKeys } from './breakdowns';
import { indicatorIdSchema, indicatorIds, indicatorTargetsSchema, summarySettingsSchema, type IndicatorId } from './indicator-definitions';
import { disclosurePolicySchema, thresholdSchema } from './disclosure-policy';
import { networkSummarySchema, practiceSummarySchema, summaryFileSchema } from './summary-schema';

/** The request and response shapes of the `summary:*` and `network:*` channels. */

export const summaryLabelSchema = z.string().trim().min(1, 'Skriv et navn til praksis').max(80);

function countsOf<K extends readonly string[]>(keys: K) {
  return z.object(Object.fromEntries(keys.map((key) => [key, z.number().int().min(0)])) as Record<K[number], z.ZodNumber>);
}

/** The exact counts (practice-internal); null: the extract has no column for what it needs. */
export const rawSummaryTableSchema = z.object({
  population: z.number().int().min(0),
  type1: z.number().int().min(0),
  indicators: z.object(
    Object.fromEntries(indicatorIds.map((id) => [id, z.number().int().min(0).nullable()])) as Record<IndicatorId, z.ZodNullable<z.ZodNumber>>,
  ),
  breakdowns: z.object({
    sex: countsOf(breakdownKeys.sex).nullable(),
    ageBand: countsOf(breakdownKeys.ageBand).nullable(),
    hba1cBand: countsOf(breakdownKeys.hba1cBand).nullable(),
  }),
});

export const followUpStateCountsSchema = z.object(
  Object.fromEntries(checkKinds.map((check) => [check, countsOf(checkStates)])) as Record<(typeof checkKinds)[number], ReturnType<typeof countsOf<typeof checkStates>>>,
);

export const summaryHistoryPointSchema = z.object({
  batchId: z.number().int(),
  asOf: isoDateSchema,
  table: rawSummaryTableSchema,
  followUpStates: followUpStateCountsSchema,
});
export type SummaryHistoryPointDto = z.infer<typeof summaryHistoryPointSchema>;

export const exportedFileSchema = z.object({ fileName: z.string(), contentBase64: z.string(), sha256: z.string() });
export type ExportedFileDto = z.infer<typeof exportedFileSchema>;

export const networkEntrySchema = z.object({
  id: z.number().int(),
  kind: z.enum(['practice', 'network']),
  label: z.string(),
  asOf: isoDateSchema,
  period: z.string(),
  fileName: z.string(),
  importedAt: z.string(),
  summary: summaryFileSchema,
});
export type NetworkEntryDto = z.infer<typeof networkEntrySchema>;

export const benchmarkPeriodSchema = z.object({
  period: z.string(),
  practices: z.array(
    z.object({
      name: z.string(),
      population: z.number().int().nullable(),
      shares: z.object(Object.fromEntries(indicatorIds.map((id) => [id, z.number().nullable()])) as Record<IndicatorId, z.ZodNullable<z.ZodNumber>>),
      /** Indicators the practice's extract had no column for: not hidden, not available. */
      unavailable: z.array(indicatorIdSchema),
    }),
  ),
  network: networkSummarySchema.omit({ signature: true }),
});
export type BenchmarkPeriodDto = z.infer<typeof benchmarkPeriodSchema>;

/** One summary file the practice released: what the network holds from it, and who sent it when. */
export const summaryReleaseSchema = z.object({
  id: z.number().int(),
  asOf: isoDateSchema,
  policy: disclosurePolicySchema,
  threshold: thresholdSchema,
  label: z.string(),
  format: z.enum(['json', 'xlsx']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  releasedAt: z.string(),
  actor: z.string(),
});
export type SummaryReleaseDto = z.infer<typeof summaryReleaseSchema>;

export const networkLabelSchema = z.string().trim().min(1).max(80);

export const summaryChannels = {
  'summary:settings': { request: z.object({}).strict(), response: summarySettingsSchema },
  'summary:updateSettings': {
    request: z
      .object({ threshold: thresholdSchema.optional(), policy: disclosurePolicySchema.optional(), targets: indicatorTargetsSchema.partial().optional() })
      .strict(),
    response: summarySettingsSchema,
  },
  'summary:preview': {
    request: z.object({ label: summaryLabelSchema, asOf: isoDateSchema.optional() }).strict(),
    response: practiceSummarySchema,
  },
  'summary:export': {
    request: z.object({ label: summaryLabelSchema, asOf: isoDateSchema.optional(), format: z.enum(['json', 'xlsx']) }).strict(),
    response: exportedFileSchema,
  },
  'summary:history': { request: z.object({}).strict(), response: z.object({ points: z.array(summaryHistoryPointSchema) }) },
  'summary:releases': { request: z.object({}).strict(), response: z.object({ releases: z.array(summaryReleaseSchema) }) },
  'network:import': {
    request: z
      .object({
        fileName: z.string().min(1).max(260),
        contentBase64: z.string().min(1),
        /** Which kind of summary the screen takes: a practice's (coordinator) or the network's (dashboard). */
        kind: z.enum(['practice', 'network']).optional(),
        /** The user has asked the sender, who changed computer or database: its new key replaces the kept one. */
        acceptNewKey: z.boolean().optional(),
      })
      .strict(),
    response: networkEntrySchema,
  },
  'network:list': { request: z.object({}).strict(), response: z.object({ entries: z.array(networkEntrySchema) }) },
  'network:report': {
    request: z.object({ showLabels: z.boolean(), networkLabel: networkLabelSchema }).strict(),
    response: z.object({ periods: z.array(benchmarkPeriodSchema) }),
  },
  'network:export': {
    request: z
      .object({
        showLabels: z.boolean(),
        networkLabel: networkLabelSchema,
        format: z.enum(['xlsx', 'pdf', 'summary']),
        /** The period of the network summary (default: the newest); the report holds them all. */
        period: z.string().regex(/^\d{4}$/).optional(),
      })
      .strict(),
    response: exportedFileSchema,
  },
  'network:remove': { request: z.object({ id: z.number().int() }).strict(), response: z.object({ id: z.number().int() }) },
} as const;
