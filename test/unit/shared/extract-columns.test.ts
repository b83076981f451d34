import { describe, expect, it } from 'vitest';
import { absentColumnsSentence, absentFieldsOf, carriedFieldsFromStored, carriedFieldsOf, everyField, valueFields } from '../../../shared/extract-columns';
import { absentValuesOf, missingFieldsOf } from '../../../shared/data-quality';

describe('the fields an extract carries', () => {
  it('reads one BT column as both halves of the blood pressure, and ignores unmapped columns', () => {
    expect(carriedFieldsOf(['cpr', 'bp', null, 'eye_exam'])).toEqual(['bp_systolic', 'bp_diastolic', 'eye_exam']);
    expect(absentFieldsOf(new Set(carriedFieldsOf(valueFields)))).toEqual([]);
  });

  it('reads the stored list back, dropping what is not a field of the format', () => {
    expect([...carriedFieldsFromStored('["eye_exam","cpr","bogus"]')]).toEqual(['eye_exam']);
  });

  it('names each absent column once, in Danish, with the header the format knows it by', () => {
    const sentence = absentColumnsSentence(['eye_exam'], ['ualb', 'eye_exam']);
    expect(sentence).toContain('Udtrækket har ingen kolonne for øjenundersøgelse (»Øjenlægekontrol«)');
    expect(sentence).toContain('Ikke i udtrækket (ukendt, ikke manglende, for alle patienter): U-albumin (»U-ALB«).');
    expect(absentColumnsSentence([], [])).toBe('');
  });
});

describe('data quality with absent columns', () => {
  const empty = {
    phone: null, gp: null, hba1c: null, bpSystolic: null, bpDiastolic: null, smoking: null, statin: null, ualb: null,
    annualCheck: null, eyeExam: null, footExam: null,
  };

  it('blames a missing value on the patient only where the extract has the column', () => {
    expect(missingFieldsOf(empty, everyField)).toHaveLength(10);
    const carried = new Set(valueFields.filter((field) => field !== 'ualb' && field !== 'bp_systolic' && field !== 'bp_diastolic'));
    expect(missingFieldsOf(empty, carried)).not.toContain('ualb');
    expect(missingFieldsOf(empty, carried)).not.toContain('bp');
    expect(absentValuesOf(carried)).toEqual(['bp', 'ualb']);
  });

  it('counts the blood pressure as present when either half has a column, and missing only on the halves it has', () => {
    const onlySystolic = new Set(valueFields.filter((field) => field !== 'bp_diastolic'));
    expect(absentValuesOf(onlySystolic)).toEqual([]);
    expect(missingFieldsOf({ ...empty, bpSystolic: 130 }, onlySystolic)).not.toContain('bp');
    expect(missingFieldsOf(empty, onlySystolic)).toContain('bp');
  });

  it('never calls a field the format fills in (sex, diagnosis, primary site) unknown', () => {
    expect(absentFieldsOf(new Set())).not.toContain('sex');
    expect(absentFieldsOf(new Set())).not.toContain('diagnosis');
    expect(absentFieldsOf(new Set())).not.toContain('primary_site');
    expect(absentFieldsOf(new Set())).toContain('name');
  });
});
