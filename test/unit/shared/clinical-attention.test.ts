import { describe, expect, it } from 'vitest';
import { clinicalFlagsFor, type ClinicalSubject } from '../../../shared/clinical-attention';
import { everyField, valueFields, type ValueField } from '../../../shared/extract-columns';

const fine: ClinicalSubject = {
  hba1c: 48,
  hba1cDate: '2026-06-01',
  hba1cTarget: null,
  bpSystolic: 125,
  bpDiastolic: 75,
  smoking: false,
  statin: true,
  ualb: '<30',
};
const flags = (change: Partial<ClinicalSubject>) => clinicalFlagsFor({ ...fine, ...change }, '2026-11-23', everyField);
const without = (...fields: ValueField[]) => new Set(valueFields.filter((field) => !fields.includes(field)));
/** A patient with nothing registered: every rule that can fire on a missing value would. */
const empty: ClinicalSubject = { hba1c: null, hba1cDate: null, hba1cTarget: null, bpSystolic: null, bpDiastolic: null, smoking: null, statin: null, ualb: null };

describe('clinical attention', () => {
  it('raises nothing for a patient at every target', () => {
    expect(flags({})).toEqual([]);
  });

  it('compares HbA1c with the patient’s own target, or 53 without one', () => {
    expect(flags({ hba1c: 53 })).toEqual([]);
    expect(flags({ hba1c: 54 })).toEqual(['hba1c_above_target']);
    expect(flags({ hba1c: 58, hba1cTarget: 58 })).toEqual([]);
    expect(flags({ hba1c: 50, hba1cTarget: 48 })).toEqual(['hba1c_above_target']);
  });

  it('flags HbA1c of 75 and above as very high', () => {
    expect(flags({ hba1c: 74.9, hba1cTarget: 80 })).toEqual([]);
    expect(flags({ hba1c: 75, hba1cTarget: 80 })).toEqual(['hba1c_very_high']);
  });

  it('flags blood pressure at 130 systolic or 80 diastolic', () => {
    expect(flags({ bpSystolic: 129, bpDiastolic: 79 })).toEqual([]);
    expect(flags({ bpSystolic: 130 })).toEqual(['bp_high']);
    expect(flags({ bpDiastolic: 80 })).toEqual(['bp_high']);
  });

  it('flags smoking not registered, no statin and albuminuria', () => {
    expect(flags({ smoking: null })).toEqual(['smoking_unregistered']);
    expect(flags({ smoking: true })).toEqual([]);
    expect(flags({ statin: false })).toEqual(['no_statin']);
    expect(flags({ statin: null })).toEqual(['no_statin']);
    expect(flags({ ualb: '30-299' })).toEqual(['albuminuria']);
    expect(flags({ ualb: null })).toEqual([]);
  });

  it('flags an HbA1c older than 12 months or missing, and a missing blood pressure', () => {
    expect(flags({ hba1cDate: '2025-11-23' })).toEqual([]);
    expect(flags({ hba1cDate: '2025-11-22' })).toEqual(['no_recent_hba1c']);
    expect(flags({ hba1c: null, hba1cDate: null })).toEqual(['no_recent_hba1c']);
    expect(flags({ bpSystolic: null, bpDiastolic: null })).toEqual(['no_bp']);
  });

  it('does not fire a rule whose column the extract lacks: unknown is not missing', () => {
    expect(clinicalFlagsFor(empty, '2026-11-23', everyField)).toEqual(['smoking_unregistered', 'no_statin', 'no_recent_hba1c', 'no_bp']);
    expect(clinicalFlagsFor(empty, '2026-11-23', without('smoking'))).toEqual(['no_statin', 'no_recent_hba1c', 'no_bp']);
    expect(clinicalFlagsFor(empty, '2026-11-23', without('statin'))).toEqual(['smoking_unregistered', 'no_recent_hba1c', 'no_bp']);
    expect(clinicalFlagsFor(empty, '2026-11-23', without('hba1c', 'hba1c_date'))).toEqual(['smoking_unregistered', 'no_statin', 'no_bp']);
    expect(clinicalFlagsFor(empty, '2026-11-23', without('bp_systolic', 'bp_diastolic'))).toEqual(['smoking_unregistered', 'no_statin', 'no_recent_hba1c']);
  });

  it('without an HbA1c date column, judges only a missing value, never the age of one', () => {
    const noDate = without('hba1c_date');
    expect(clinicalFlagsFor({ ...fine, hba1cDate: null }, '2026-11-23', noDate)).toEqual([]);
    expect(clinicalFlagsFor({ ...fine, hba1c: null, hba1cDate: null }, '2026-11-23', noDate)).toEqual(['no_recent_hba1c']);
    // Without the value's column, the date alone still tells an old measurement.
    expect(clinicalFlagsFor({ ...fine, hba1c: null, hba1cDate: '2025-01-01' }, '2026-11-23', without('hba1c'))).toEqual(['no_recent_hba1c']);
    expect(clinicalFlagsFor({ ...fine, hba1c: null, hba1cDate: '2026-06-01' }, '2026-11-23', without('hba1c'))).toEqual([]);
  });
});
