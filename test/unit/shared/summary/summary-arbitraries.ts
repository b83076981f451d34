import fc from 'fast-check';
import type { SummaryPatient } from '../../../../shared/summary/compute-indicators';

const date = fc
  .record({ year: fc.integer({ min: 2022, max: 2026 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

/**
 * Patients with few distinct values per field, so that small groups (the cells disclosure
 * control must hide) turn up often.
 */
export const summaryPatientArbitrary: fc.Arbitrary<SummaryPatient> = fc.record({
  sex: fc.constantFrom('M', 'K'),
  birthDate: fc.constantFrom('1940-03-01', '1955-06-15', '1970-12-31', '1990-01-01'),
  diabetesType: fc.constantFrom(1, 2, 2, 2),
  primarySite: fc.constantFrom('general_practice', 'general_practice', 'general_practice', 'hospital'),
  hba1c: fc.option(fc.constantFrom(45, 58, 59, 70, 75, 90), { nil: null }),
  bpSystolic: fc.option(fc.constantFrom(120, 129, 130, 150), { nil: null }),
  bpDiastolic: fc.option(fc.constantFrom(70, 79, 80, 95), { nil: null }),
  ualb: fc.option(fc.constantFrom('<30', '30-299', '300-699', '>700'), { nil: null }),
  smoking: fc.option(fc.boolean(), { nil: null }),
  statin: fc.option(fc.boolean(), { nil: null }),
  annualCheck: fc.option(date, { nil: null }),
  eyeExam: fc.option(date, { nil: null }),
  footExam: fc.option(date, { nil: null }),
  rehab: fc.option(fc.boolean(), { nil: null }),
}) as fc.Arbitrary<SummaryPatient>;
