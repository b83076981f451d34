import { z } from 'zod';

/** A calendar date as `YYYY-MM-DD`. Dates in the domain carry no time and no zone. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Datoen skal skrives ÅÅÅÅ-MM-DD');
export type IsoDate = z.infer<typeof isoDateSchema>;

export const sexSchema = z.enum(['M', 'K']);
export type Sex = z.infer<typeof sexSchema>;

export const primarySiteSchema = z.enum(['general_practice', 'hospital']);
export type PrimarySite = z.infer<typeof primarySiteSchema>;

export const ualbBandSchema = z.enum(['<30', '30-299', '300-699', '>700']);
export type UalbBand = z.infer<typeof ualbBandSchema>;

/**
 * One patient's care plan as an extract states it on its extract date: the fields of
 * `extract-format.md`, parsed. Every field but `cpr` may be missing (null).
 */
export const carePlanSchema = z.object({
  cpr: z.string().regex(/^\d{10}$/),
  birthDate: isoDateSchema,
  name: z.string().nullable(),
  sex: sexSchema,
  practice: z.string().nullable(),
  gp: z.string().nullable(),
  diabetesType: z.union([z.literal(1), z.literal(2)]),
  primarySite: primarySiteSchema,
  hba1c: z.number().nullable(),
  hba1cDate: isoDateSchema.nullable(),
  hba1cTarget: z.number().nullable(),
  bpSystolic: z.number().nullable(),
  bpDiastolic: z.number().nullable(),
  ualb: ualbBandSchema.nullable(),
  smoking: z.boolean().nullable(),
  aceAt2: z.boolean().nullable(),
  statin: z.boolean().nullable(),
  annualCheck: isoDateSchema.nullable(),
  eyeExam: isoDateSchema.nullable(),
  footExam: isoDateSchema.nullable(),
  rehab: z.boolean().nullable(),
  phone: z.string().nullable(),
});
export type CarePlan = z.infer<typeof carePlanSchema>;

/** The fields an extract's columns can be mapped to (`extract-format.md`, Columns). */
export const extractFields = [
  'cpr',
  'name',
  'sex',
  'practice',
  'gp',
  'diagnosis',
  'primary_site',
  'hba1c',
  'hba1c_date',
  'hba1c_target',
  'bp_systolic',
  'bp_diastolic',
  'bp',
  'ualb',
  'smoking',
  'ace_at2',
  'statin',
  'annual_check',
  'eye_exam',
  'foot_exam',
  'rehab',
  'phone',
] as const;
export const extractFieldSchema = z.enum(extractFields);
export type ExtractField = z.infer<typeof extractFieldSchema>;
