import { z } from 'zod';
import { isFollowedInPractice } from './active-patients';
import { isoDateSchema, type CarePlan, type IsoDate } from './care-plan';
import { clinicalThresholds } from './clinical-attention';
import { valueFieldSchema, type CarriedFields, type ValueField } from './extract-columns';

/**
 * What changed between the two latest extracts, as lists to act on: back from the hospital
 * clinic, new in the register, gone from the latest extract, HbA1c rising.
 */
export const extractChangeNames = ['back_from_hospital', 'new_in_register', 'not_in_latest', 'hba1c_rising'] as const;
export const extractChangeNameSchema = z.enum(extractChangeNames);
export type ExtractChangeName = z.infer<typeof extractChangeNameSchema>;

/** HbA1c has risen when it is this much higher than in the extract before (mmol/mol). */
export const hba1cRiseLimit = 5;

export const extractChangeRowSchema = z.object({
  cpr: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  gp: z.string().nullable(),
  /** HbA1c in the extract before and the latest (on *HbA1c stiger*); null elsewhere. */
  hba1c: z.object({ before: z.number(), latest: z.number(), target: z.number() }).nullable(),
  /** New in the register and municipal rehabilitation not registered as offered. */
  offerRehab: z.boolean(),
});
export type ExtractChangeRow = z.infer<typeof extractChangeRowSchema>;

/**
 * A list is `unknown` when either extract lacks a column it needs (unknown is not missing),
 * `no_previous` when there is only one extract to compare.
 */
export const extractChangeListSchema = z.object({
  state: z.enum(['ready', 'unknown', 'no_previous']),
  /** The columns an extract lacks, when `unknown`. */
  absentFields: z.array(valueFieldSchema),
  rows: z.array(extractChangeRowSchema),
});
export type ExtractChangeList = z.infer<typeof extractChangeListSchema>;

export type ChangePlan = Pick<CarePlan, 'name' | 'phone' | 'gp' | 'primarySite' | 'hba1c' | 'hba1cTarget' | 'rehab'>;

export interface ChangeExtract {
  extractDate: IsoDate;
  carried: CarriedFields;
  plans: ReadonlyMap<string, ChangePlan>;
}

const neededFields: Record<ExtractChangeName, readonly ValueField[]> = {
  back_from_hospital: ['primary_site'],
  new_in_register: [],
  not_in_latest: [],
  hba1c_rising: ['hba1c'],
};

function rowOf(cpr: string, plan: ChangePlan, extra: Partial<ExtractChangeRow> = {}): ExtractChangeRow {
  return { cpr, name: plan.name, phone: plan.phone, gp: plan.gp, hba1c: null, offerRehab: false, ...extra };
}

function risenHba1c(before: ChangePlan, latest: ChangePlan): ExtractChangeRow['hba1c'] {
  if (before.hba1c === null || latest.hba1c === null) return null;
  const target = latest.hba1cTarget ?? clinicalThresholds.hba1cDefaultTarget;
  return latest.hba1c - before.hba1c >= hba1cRiseLimit && latest.hba1c > target ? { before: before.hba1c, latest: latest.hba1c, target } : null;
}

/** Whether a patient of the latest extract belongs on a list, and how the row reads. */
function rowFor(list: ExtractChangeName, cpr: string, latest: ChangePlan, before: ChangePlan | undefined): ExtractChangeRow | null {
  switch (list) {
    case 'back_from_hospital':
      return before?.primarySite === 'hospital' && isFollowedInPractice(latest.primarySite) ? rowOf(cpr, latest) : null;
    case 'new_in_register':
      return before === undefined && isFollowedInPractice(latest.primarySite) ? rowOf(cpr, latest, { offerRehab: latest.rehab !== true }) : null;
    case 'hba1c_rising': {
      const hba1c = before && isFollowedInPractice(latest.primarySite) ? risenHba1c(before, latest) : null;
      return hba1c ? rowOf(cpr, latest, { hba1c }) : null;
    }
    case 'not_in_latest':
      return null;
  }
}

/**
 * The four lists, from the latest extract and the one before. `gone` are the patients already
 * confirmed as moved or dead: *Ikke med i seneste udtræk* asks for that confirmation, so they
 * are off it. Rows are in CPR order, as the extracts are.
 */
export function extractChanges(
  latest: ChangeExtract,
  previous: ChangeExtract | null,
  gone: ReadonlySet<string>,
): Record<ExtractChangeName, ExtractChangeList> {
  const result = {} as Record<ExtractChangeName, ExtractChangeList>;
  for (const list of extractChangeNames) {
    if (previous === null) {
      result[list] = { state: 'no_previous', absentFields: [], rows: [] };
      continue;
    }
    const absentFields = neededFields[list].filter((field) => !latest.carried.has(field) || !previous.carried.has(field));
    if (absentFields.length > 0) {
      result[list] = { state: 'unknown', absentFields, rows: [] };
      continue;
    }
    const rows: ExtractChangeRow[] = [];
    if (list === 'not_in_latest') {
      for (const [cpr, plan] of previous.plans) if (!latest.plans.has(cpr) && !gone.has(cpr)) rows.push(rowOf(cpr, plan));
    } else {
      for (const [cpr, plan] of latest.plans) {
        const row = rowFor(list, cpr, plan, previous.plans.get(cpr));
        if (row) rows.push(row);
      }
    }
    rows.sort((a, b) => (a.cpr < b.cpr ? -1 : a.cpr > b.cpr ? 1 : 0));
    result[list] = { state: 'ready', absentFields: [], rows };
  }
  return result;
}

export const extractChangesSchema = z.object({
  latestDate: isoDateSchema.nullable(),
  previousDate: isoDateSchema.nullable(),
  lists: z.object(
    Object.fromEntries(extractChangeNames.map((name) => [name, extractChangeListSchema])) as Record<ExtractChangeName, typeof extractChangeListSchema>,
  ),
});
export type ExtractChanges = z.infer<typeof extractChangesSchema>;
