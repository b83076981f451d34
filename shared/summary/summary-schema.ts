import { z } from 'zod';
import { isoDateSchema } from '../care-plan';
import { breakdownKeys } from './breakdowns';
import { disclosureSchema } from './disclosure-policy';
import { indicatorIdSchema, indicatorIds, targetSchema } from './indicator-definitions';
import { summarySignatureSchema } from './summary-signature';

/**
 * The summary file, defined once: what a practice sends its network (`kind: "practice"`) and
 * what the network sends back (`kind: "network"`), one format and one version for both. It holds
 * counts, shares and bands only: no CPR, name, phone, birth date, patient event date or free text.
 */
export const summaryFormat = 'tovholder-summary';
/**
 * 2: N is the type 2 patients (type 1 counted apart), and an indicator can be not available.
 * 3: the file says its disclosure policy; a hidden count is `null` with no mark saying why (a
 * mark told the reader which cell was the small one); network totals need three practices.
 */
export const summaryVersion = 3;

/** A count as published: the number (exact or rounded, as the file's policy says), or null: hidden. */
export const publishedCountSchema = z.object({ count: z.number().int().min(0).nullable() }).strict();
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
  /** How the counts were protected: the policy and the threshold, as the network chose them. */
  disclosure: disclosureSchema,
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
 * Why a network total is not published: fewer than three practices behind it (one of them could
 * subtract itself and read the other), not every practice counted in N behind it (the difference
 * to another total would be one practice's figure), or small under the network's own threshold.
 */
export const withheldSchema = z.enum(['fewer_than_three_practices', 'not_every_practice', 'small']);
export type Withheld = z.infer<typeof withheldSchema>;

/** A network total: the sum of the practices' published counts, or null and why not. */
export const networkCountSchema = z
  .object({ count: z.number().int().min(0).nullable(), practicesIncluded: z.number().int().min(0), withheld: withheldSchema.nullable() })
  .strict()
  .refine((cell) => (cell.count === null) !== (cell.withheld === null), 'Et netværkstal er enten vist eller holdt tilbage med en grund');
export type NetworkCount = z.infer<typeof networkCountSchema>;

function networkBreakdownSchema<K extends readonly [string, ...string[]]>(keys: K) {
  return z
    .array(z.object({ key: z.enum(keys), count: networkCountSchema }).strict())
    .length(keys.length)
    .refine((rows) => new Set(rows.map((row) => row.key)).size === keys.length, 'Hver gruppe skal stå én gang');
}

export const networkBreakdownsSchema = z
  .object({
    sex: networkBreakdownSchema(breakdownKeys.sex),
    ageBand: networkBreakdownSchema(breakdownKeys.ageBand),
    hba1cBand: networkBreakdownSchema(breakdownKeys.hba1cBand).nullable(),
  })
  .strict();
export type NetworkBreakdowns = z.infer<typeof networkBreakdownsSchema>;


/**
 * A network indicator is published only when every practice counted in the network's N shows
 * it, so its denominator is always the network's N and no two totals differ by one practice.
 */
export const networkIndicatorSchema = z
  .object({
    id: indicatorIdSchema,
    numerator: networkCountSchema,
    share: shareSchema,
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
    population: networkCountSchema,
    type1: networkCountSchema,
    indicators: indicatorListSchema(networkIndicatorSchema),
    breakdowns: networkBreakdownsSchema,
  })
  .strict();
export type NetworkSummary = z.infer<typeof networkSummarySchema>;

export const summaryFileSchema = z.discriminatedUnion('kind', [practiceSummarySchema, networkSummarySchema]);
export type SummaryFile = z.infer<typeof summaryFileSchema>;
export type UnsignedSummary<T extends SummaryFile = SummaryFile> = Omit<T, 'signature'>;
