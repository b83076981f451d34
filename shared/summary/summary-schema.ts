import { z } from 'zod';
import { isoDateSchema } from '../care-plan';
import { breakdownKeys } from './breakdowns';
import { indicatorIdSchema, indicatorIds, targetSchema } from './indicator-definitions';
import { summarySignatureSchema } from './summary-signature';

/**
 * The summary file, defined once: what a practice sends its network (`kind: "practice"`) and
 * what the network sends back (`kind: "network"`), one format and one version for both. It holds
 * counts, shares and bands only: no CPR, name, phone, birth date, patient event date or free text.
 */
export const summaryFormat = 'tovholder-summary';
/** 2: N is the type 2 patients (type 1 counted apart), and an indicator can be not available. */
export const summaryVersion = 2;

export const suppressionSchema = z.enum(['small', 'secondary']);

/** A count as published: the number, or why it is left out (never both). */
export const publishedCountSchema = z
  .object({ count: z.number().int().min(0).nullable(), suppressed: suppressionSchema.nullable() })
  .strict()
  .refine((cell) => (cell.count === null) !== (cell.suppressed === null), 'Et tal er enten vist eller skjult');
export type PublishedCount = z.infer<typeof publishedCountSchema>;

const shareSchema = z.number().min(0).max(1).nullable();

function breakdownSchema<K extends readonly [string, ...string[]]>(keys: K) {
  return z
    .array(z.object({ key: z.enum(keys), count: publishedCountSchema }).strict())
    .length(keys.length)
    .refine((rows) => new Set(rows.map((row) => row.key)).size === keys.length, 'Hver gruppe skal stå én gang');
}

/** `hba1cBand` is null when the extract has no HbA1c column: not available, never "not registered". */
export const breakdownsSchema = z
  .object({
    sex: breakdownSchema(breakdownKeys.sex),
    ageBand: breakdownSchema(breakdownKeys.ageBand),
    hba1cBand: breakdownSchema(breakdownKeys.hba1cBand).nullable(),
  })
  .strict();
export type PublishedBreakdowns = z.infer<typeof breakdownsSchema>;

function indicatorListSchema<T extends z.ZodObject>(entry: T) {
  return z
    .array(entry)
    .length(indicatorIds.length)
    .refine((rows) => new Set(rows.map((row) => (row as { id: string }).id)).size === indicatorIds.length, 'Hver indikator skal stå én gang');
}

/** Why an indicator is not in the file: the extract has no column for a field it needs. */
export const unavailableSchema = z.enum(['column_absent']);

export const practiceIndicatorSchema = z
  .object({
    id: indicatorIdSchema,
    numerator: publishedCountSchema.nullable(),
    share: shareSchema,
    target: targetSchema.nullable(),
    unavailable: unavailableSchema.nullable(),
  })
  .strict()
  .refine(
    (indicator) => indicator.unavailable === null || (indicator.numerator === null && indicator.share === null),
    'En indikator, der ikke kan opgøres, har hverken tæller eller andel',
  )
  .refine((indicator) => indicator.unavailable !== null || indicator.numerator !== null, 'En indikator har en tæller, eller den kan ikke opgøres');
export type PracticeIndicator = z.infer<typeof practiceIndicatorSchema>;

const common = {
  format: z.literal(summaryFormat),
  version: z.literal(summaryVersion),
  /** The period the figures describe: the as-of date of the indicators. */
  asOf: isoDateSchema,
  generatedAt: z.string().datetime({ offset: true }),
  appVersion: z.string().min(1).max(40),
  threshold: z.number().int().min(3).max(20),
  /**
   * Ed25519 over the file's canonical JSON without this field, by the key of the database that
   * made it: a changed number breaks it, and a file signed anew carries another key than before.
   */
  signature: summarySignatureSchema,
};

export const practiceSummarySchema = z
  .object({
    ...common,
    kind: z.literal('practice'),
    practiceLabel: z.string().trim().min(1).max(80),
    /** N: the type 2 patients followed in general practice. */
    population: publishedCountSchema,
    /** Type 1 patients followed in general practice: counted apart, not inside N. */
    type1: publishedCountSchema,
    indicators: indicatorListSchema(practiceIndicatorSchema),
    breakdowns: breakdownsSchema,
  })
  .strict();
export type PracticeSummary = z.infer<typeof practiceSummarySchema>;

/**
 * A network total sums the published counts of the practices; a practice whose count is
 * suppressed, or whose extract lacks the indicator's column, is left out of that indicator, and
 * `denominator`/`practicesIncluded` say so.
 */
export const networkIndicatorSchema = z
  .object({
    id: indicatorIdSchema,
    numerator: z.number().int().min(0),
    denominator: z.number().int().min(0),
    share: shareSchema,
    practicesIncluded: z.number().int().min(0),
    target: targetSchema.nullable(),
  })
  .strict();
export type NetworkIndicator = z.infer<typeof networkIndicatorSchema>;

export const networkSummarySchema = z
  .object({
    ...common,
    kind: z.literal('network'),
    networkLabel: z.string().trim().min(1).max(80),
    practices: z.number().int().min(1),
    population: z.number().int().min(0),
    /** Type 1 patients of the practices whose count was shown (`type1PracticesIncluded` of them). */
    type1: z.number().int().min(0),
    type1PracticesIncluded: z.number().int().min(0),
    indicators: indicatorListSchema(networkIndicatorSchema),
    breakdowns: breakdownsSchema,
  })
  .strict();
export type NetworkSummary = z.infer<typeof networkSummarySchema>;

export const summaryFileSchema = z.discriminatedUnion('kind', [practiceSummarySchema, networkSummarySchema]);
export type SummaryFile = z.infer<typeof summaryFileSchema>;
export type UnsignedSummary<T extends SummaryFile = SummaryFile> = Omit<T, 'signature'>;
