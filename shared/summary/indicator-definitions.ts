import { z } from 'zod';
import { defaultDisclosure, disclosurePolicySchema, thresholdSchema } from './disclosure-policy';

/**
 * The indicators of the network summary (issue 5): TværSam's four, the treatment targets and the
 * Danish diabetes database's. One indicator that two sets share (foot exam, eye exam) is counted
 * once and listed in both groups.
 *
 * The extract carries no date for blood pressure or U-albumin, so "measured within a year" and
 * "tested within 2 years" count a registered value on the current care plan.
 */
export const indicatorIds = [
  'annual_check',
  'rehab_offered',
  'foot_exam',
  'eye_exam',
  'bp_systolic_below_130',
  'bp_diastolic_below_80',
  'smoking_registered',
  'statin',
  'hba1c_below_59',
  'hba1c_75_or_above',
  'bp_registered',
  'ualb_registered',
] as const;
export const indicatorIdSchema = z.enum(indicatorIds);
export type IndicatorId = z.infer<typeof indicatorIdSchema>;

export const indicatorGroups = ['tvaersam', 'treatment', 'ddd'] as const;
export type IndicatorGroup = (typeof indicatorGroups)[number];

export const indicatorGroupsOf: Record<IndicatorId, readonly IndicatorGroup[]> = {
  annual_check: ['tvaersam'],
  rehab_offered: ['tvaersam'],
  foot_exam: ['tvaersam', 'treatment'],
  eye_exam: ['tvaersam', 'ddd'],
  bp_systolic_below_130: ['treatment'],
  bp_diastolic_below_80: ['treatment'],
  smoking_registered: ['treatment'],
  statin: ['treatment'],
  hba1c_below_59: ['ddd'],
  hba1c_75_or_above: ['ddd'],
  bp_registered: ['ddd'],
  ualb_registered: ['ddd'],
};

/** Danish names, used in the files and the CLI; the UI has its own catalogue. */
export const indicatorNames: Record<IndicatorId, string> = {
  annual_check: 'Årskontrol inden for 15 måneder',
  rehab_offered: 'Kommunalt rehabiliteringstilbud givet',
  foot_exam: 'Fodundersøgelse inden for 2 år',
  eye_exam: 'Øjenundersøgelse inden for 2 år',
  bp_systolic_below_130: 'Systolisk BT under 130',
  bp_diastolic_below_80: 'Diastolisk BT under 80',
  smoking_registered: 'Rygestatus registreret',
  statin: 'I statinbehandling',
  hba1c_below_59: 'HbA1c under 59',
  hba1c_75_or_above: 'HbA1c 75 eller derover',
  bp_registered: 'Blodtryk registreret',
  ualb_registered: 'U-albumin registreret',
};

/** A target on a share: `>= 85` means at least 85 % of the patients should be counted. */
export const targetSchema = z.object({
  comparator: z.enum(['>=', '>', '<=', '<']),
  percent: z.number().min(0).max(100),
});
export type Target = z.infer<typeof targetSchema>;

export const indicatorTargetsSchema = z.object(
  Object.fromEntries(indicatorIds.map((id) => [id, targetSchema.nullable()])) as Record<IndicatorId, z.ZodNullable<typeof targetSchema>>,
);
export type IndicatorTargets = z.infer<typeof indicatorTargetsSchema>;

/** The targets; an indicator without one (TværSam's own) is shown without a target line. */
export const defaultIndicatorTargets: IndicatorTargets = {
  annual_check: null,
  rehab_offered: null,
  foot_exam: { comparator: '>=', percent: 95 },
  eye_exam: { comparator: '>=', percent: 90 },
  bp_systolic_below_130: { comparator: '>=', percent: 85 },
  bp_diastolic_below_80: { comparator: '>=', percent: 85 },
  smoking_registered: { comparator: '>=', percent: 90 },
  statin: { comparator: '>=', percent: 90 },
  hba1c_below_59: { comparator: '>', percent: 40 },
  hba1c_75_or_above: { comparator: '<', percent: 20 },
  bp_registered: { comparator: '>=', percent: 95 },
  ualb_registered: null,
};

export const summarySettingsSchema = z.object({
  /** Counts from 1 to threshold − 1 are never shown or worked out. */
  threshold: thresholdSchema,
  /** How the rest are published: exactly, or rounded to the nearest 5. */
  policy: disclosurePolicySchema,
  targets: indicatorTargetsSchema,
});
export type SummarySettings = z.infer<typeof summarySettingsSchema>;

export const defaultSummarySettings: SummarySettings = { ...defaultDisclosure, targets: defaultIndicatorTargets };

/** Whether a share (0..1) meets its target. */
export function meetsTarget(share: number, target: Target): boolean {
  const percent = share * 100;
  switch (target.comparator) {
    case '>=':
      return percent >= target.percent;
    case '>':
      return percent > target.percent;
    case '<=':
      return percent <= target.percent;
    case '<':
      return percent < target.percent;
  }
}

export function formatTarget(target: Target): string {
  const sign = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' }[target.comparator];
  return `${sign} ${target.percent} %`;
}
