import { z } from 'zod';
import type { CarePlan } from './care-plan';

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

export function missingFieldsOf(plan: DataQualitySubject): MissingField[] {
  const missing: MissingField[] = [];
  if (plan.phone === null) missing.push('phone');
  if (plan.gp === null) missing.push('gp');
  if (plan.hba1c === null) missing.push('hba1c');
  if (plan.bpSystolic === null || plan.bpDiastolic === null) missing.push('bp');
  if (plan.smoking === null) missing.push('smoking');
  if (plan.statin === null) missing.push('statin');
  if (plan.ualb === null) missing.push('ualb');
  if (plan.annualCheck === null) missing.push('annualCheck');
  if (plan.eyeExam === null) missing.push('eyeExam');
  if (plan.footExam === null) missing.push('footExam');
  return missing;
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
  /** Values no patient has: the extract lacks the column, so they are not counted per patient. */
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
