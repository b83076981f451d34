import { z } from 'zod';
import type { CarePlan } from './care-plan';
import type { CarriedFields, ValueField } from './extract-columns';

/**
 * Values a care plan should hold before the practice recalls from it. A missing one is fixed
 * in XMO, so the next extract carries it; Tovholder only points at it.
 */
export const missingFields = ['phone', 'gp', 'hba1c', 'bp', 'smoking', 'statin', 'ualb', 'annualCheck', 'eyeExam', 'footExam'] as const;
export const missingFieldSchema = z.enum(missingFields);
export type MissingField = z.infer<typeof missingFieldSchema>;

export type DataQualitySubject = Pick<
  CarePlan,
  'phone' | 'gp' | 'hba1c' | 'bpSystolic' | 'bpDiastolic' | 'smoking' | 'statin' | 'ualb' | 'annualCheck' | 'eyeExam' | 'footExam'
>;

/** The columns each value is read from; the blood pressure needs both halves. */
const columnsOf: Record<MissingField, readonly ValueField[]> = {
  phone: ['phone'],
  gp: ['gp'],
  hba1c: ['hba1c'],
  bp: ['bp_systolic', 'bp_diastolic'],
  smoking: ['smoking'],
  statin: ['statin'],
  ualb: ['ualb'],
  annualCheck: ['annual_check'],
  eyeExam: ['eye_exam'],
  footExam: ['foot_exam'],
};

/** The values the extract has no column for: named once, never blamed on a patient. */
export function absentValuesOf(carried: CarriedFields): MissingField[] {
  return missingFields.filter((value) => !columnsOf[value].some((field) => carried.has(field)));
}

const isMissing: Record<MissingField, (plan: DataQualitySubject, carried: CarriedFields) => boolean> = {
  phone: (plan) => plan.phone === null,
  gp: (plan) => plan.gp === null,
  hba1c: (plan) => plan.hba1c === null,
  // Only the halves the extract has a column for: with a systolic column alone, a systolic value is the BP.
  bp: (plan, carried) => (carried.has('bp_systolic') && plan.bpSystolic === null) || (carried.has('bp_diastolic') && plan.bpDiastolic === null),
  smoking: (plan) => plan.smoking === null,
  statin: (plan) => plan.statin === null,
  ualb: (plan) => plan.ualb === null,
  annualCheck: (plan) => plan.annualCheck === null,
  eyeExam: (plan) => plan.eyeExam === null,
  footExam: (plan) => plan.footExam === null,
};

/** The values this care plan lacks, of those the extract has a column for. */
export function missingFieldsOf(plan: DataQualitySubject, carried: CarriedFields): MissingField[] {
  const absent = absentValuesOf(carried);
  return missingFields.filter((value) => !absent.includes(value) && isMissing[value](plan, carried));
}

/** More than this is a list to work through in XMO in turns, not to read on one screen. */
export const patientLimit = 1000;

export const dataQualityWarningSchema = z.object({
  line: z.number().int(),
  column: z.string().nullable(),
  reason: z.string(),
  raw: z.string().nullable(),
  /** The patient on that line, when the line holds a valid CPR number. */
  cpr: z.string().nullable(),
  name: z.string().nullable(),
});

export const dataQualitySchema = z.object({
  extractDate: z.string().nullable(),
  fileName: z.string().nullable(),
  /** Cells of the newest extract that could not be used (impossible values), by line. */
  warnings: z.array(dataQualityWarningSchema),
  /** Values the newest extract has no column for: named once, not counted per patient. */
  absentColumns: z.array(missingFieldSchema),
  /** Active patients with values missing from their care plan (the first `patientLimit`). */
  patientsTotal: z.number().int(),
  patients: z.array(
    z.object({ cpr: z.string(), name: z.string().nullable(), gp: z.string().nullable(), missing: z.array(missingFieldSchema) }),
  ),
  /** How many active patients miss each value. */
  counts: z.record(missingFieldSchema, z.number().int()),
});
export type DataQuality = z.infer<typeof dataQualitySchema>;
