import { z } from 'zod';

/**
 * How a summary protects small counts; the network chooses, and the file says which it used.
 * - `suppress`: a figure is shown exactly, or hidden.
 * - `round`: a figure is shown rounded to the nearest 5 (as the NHS National Diabetes Audit and
 *   OpenSAFELY publish practice counts), or hidden.
 * Under both, every count from 0 to `hiddenUpTo(threshold)` is hidden, together with the figures
 * it is tied to by a published sum (see `disclosure-control.ts` for why the margin above the
 * threshold, and why zero, are hidden too).
 */
export const disclosurePolicies = ['suppress', 'round'] as const;
export const disclosurePolicySchema = z.enum(disclosurePolicies);
export type DisclosurePolicy = z.infer<typeof disclosurePolicySchema>;

/** Counts from 1 to threshold − 1 must never be read or worked out. */
export const thresholdSchema = z.number().int().min(3).max(20);

export const disclosureSchema = z.object({ policy: disclosurePolicySchema, threshold: thresholdSchema }).strict();
export type Disclosure = z.infer<typeof disclosureSchema>;

export const defaultDisclosure: Disclosure = { policy: 'suppress', threshold: 5 };

export const roundingBase = 5;

/**
 * The largest count that is hidden: 2 × threshold − 3 (7 for the default 5, OpenSAFELY's "≤ 7").
 * The margin is what keeps two releases apart from giving a small count away: a count that is
 * shown is at least threshold − 1 above every small one, so a hidden small count keeps at least
 * threshold − 1 possible values however few patients changed in between.
 */
export function hiddenUpTo(threshold: number): number {
  return 2 * threshold - 3;
}

export const disclosurePolicyNames: Record<DisclosurePolicy, string> = {
  suppress: 'Skjul små antal, vis resten præcist',
  round: 'Skjul små antal, afrund resten til nærmeste 5',
};
