import { describe, expect, it } from 'vitest';
import { columnMappingFrom, initialChoices, mappingFieldOrder, mappingProblems } from '../../../renderer/src/column-mapping';
import { extractFields } from '../../../shared/care-plan';

const headers = ['Patient ID', 'Navn', 'Annual review', 'HbA1c (mmol/mol)', 'Notes'];

describe('column mapping choices', () => {
  it('asks for CPR and the follow-up fields first, then every other field once', () => {
    expect(mappingFieldOrder.slice(0, 4)).toEqual(['cpr', 'annual_check', 'eye_exam', 'foot_exam']);
    expect([...mappingFieldOrder].sort()).toEqual([...extractFields].sort());
  });

  it('starts with the headers it recognises picked for their fields', () => {
    const choices = initialChoices(headers);
    expect(choices.name).toBe('Navn');
    expect(choices.hba1c).toBe('HbA1c (mmol/mol)');
    expect(choices.cpr).toBe('');
    expect(mappingProblems(choices)).toEqual(['noCpr', 'noFollowUp']);
  });

  it('refuses one header for two fields', () => {
    const choices = { ...initialChoices(headers), cpr: 'Patient ID', annual_check: 'Patient ID' };
    expect(mappingProblems(choices)).toEqual(['headerTwice']);
  });

  it('maps every header: picked ones to their field, the rest to nothing', () => {
    const choices = { ...initialChoices(headers), cpr: 'Patient ID', annual_check: 'Annual review' };
    expect(mappingProblems(choices)).toEqual([]);
    expect(columnMappingFrom(choices, headers)).toEqual({
      'Patient ID': 'cpr',
      Navn: 'name',
      'Annual review': 'annual_check',
      'HbA1c (mmol/mol)': 'hba1c',
      Notes: null,
    });
  });
});
