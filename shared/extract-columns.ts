import { z } from 'zod';
import { extractFieldSchema, type ExtractField } from './care-plan';
import { headerSynonyms } from './import/headers';

function canonicalHeaderOf(field: ValueField): string {
  return headerSynonyms[field][0] as string;
}

/**
 * Which of the format's fields an extract carries a column for. A field without a column is
 * *unknown* for every patient of that extract, which is not the same as an empty cell (*not
 * registered* for that patient): a rule, a list or an indicator that needs an unknown field says
 * nothing about anyone (`extract-format.md`, "A column the extract does not have").
 */

/** The fields that can be absent: every field but the CPR, and `bp`, which is read into the two halves. */
export const valueFieldSchema = extractFieldSchema.exclude(['cpr', 'bp']);
export type ValueField = z.infer<typeof valueFieldSchema>;
export const valueFields: readonly ValueField[] = valueFieldSchema.options;

/** The fields an extract carries, read from the fields its columns were mapped to. */
export type CarriedFields = ReadonlySet<ValueField>;

/** Every field: an extract with a column for each. */
export const everyField: CarriedFields = new Set(valueFields);

/** The fields the mapped columns carry; one `BT` column carries both halves of the blood pressure. */
export function carriedFieldsOf(mapped: Iterable<ExtractField | null>): ValueField[] {
  const carried = new Set<ExtractField>();
  for (const field of mapped) {
    if (field === 'bp') {
      carried.add('bp_systolic');
      carried.add('bp_diastolic');
    } else if (field !== null) carried.add(field);
  }
  return valueFields.filter((field) => carried.has(field));
}

/**
 * Fields the format fills in when their column is missing (sex from the CPR number, type 2,
 * general practice): never unknown, so never reported absent. Migration 6 takes them as carried.
 */
export const defaultedFields: readonly ValueField[] = ['sex', 'diagnosis', 'primary_site'];

/** The fields of the format the extract has no column for and that are unknown without one, in the format's order. */
export function absentFieldsOf(carried: CarriedFields): ValueField[] {
  return valueFields.filter((field) => !carried.has(field) && !defaultedFields.includes(field));
}

/** Reads the stored list back; anything not a field of the format is dropped. */
export function carriedFieldsFromStored(stored: string): CarriedFields {
  const parsed: unknown = JSON.parse(stored);
  const names = Array.isArray(parsed) ? parsed : [];
  return new Set(valueFields.filter((field) => names.includes(field)));
}

/** What each field is, in Danish, for the sentences that name an absent column. */
export const fieldLabels: Readonly<Record<ValueField, string>> = {
  name: 'navn',
  sex: 'køn',
  practice: 'praksis',
  gp: 'læge',
  diagnosis: 'diagnose',
  primary_site: 'primært behandlingssted',
  hba1c: 'HbA1c',
  hba1c_date: 'HbA1c-dato',
  hba1c_target: 'behandlingsmål for HbA1c',
  bp_systolic: 'systolisk blodtryk',
  bp_diastolic: 'diastolisk blodtryk',
  ualb: 'U-albumin',
  smoking: 'rygestatus',
  ace_at2: 'ACE/AT2',
  statin: 'statin',
  annual_check: 'årskontrol/årsstatus',
  eye_exam: 'øjenundersøgelse',
  foot_exam: 'fodundersøgelse',
  rehab: 'kommunalt rehabiliteringstilbud',
  phone: 'telefon',
};

/** "øjenundersøgelse (»Øjenlægekontrol«)": the field and the header the format knows it by. */
export function absentColumnText(field: ValueField): string {
  return `${fieldLabels[field]} (»${canonicalHeaderOf(field)}«)`;
}

/**
 * One Danish sentence on what the extract lacks, for the CLI and the saved report; the app words
 * it from the same lists. Empty when the extract has every column.
 */
export function absentColumnsSentence(absentChecks: readonly ValueField[], absentFields: readonly ValueField[]): string {
  const parts: string[] = [];
  if (absentChecks.length > 0) {
    parts.push(
      `Udtrækket har ingen kolonne for ${absentChecks.map(absentColumnText).join(', ')}: ingen får det flag, og listen er tom, indtil et udtræk med kolonnen indlæses.`,
    );
  }
  const others = absentFields.filter((field) => !absentChecks.includes(field));
  if (others.length > 0) {
    parts.push(`Ikke i udtrækket (ukendt, ikke manglende, for alle patienter): ${others.map(absentColumnText).join(', ')}.`);
  }
  return parts.join(' ');
}
