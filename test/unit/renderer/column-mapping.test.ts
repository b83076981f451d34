import { describe, expect, it } from 'vitest';
import { columnMappingFrom, initialMapping, mappingColumns, mappingFieldOrder, mappingProblems } from '../../../renderer/src/column-mapping';
import { extractFields } from '../../../shared/care-plan';

const headers = ['Patient ID', 'Navn', 'Annual review', 'HbA1c (mmol/mol)', 'Notes'];

describe('column mapping choices', () => {
  it('offers CPR and the follow-up fields first, then every other field once', () => {
    expect(mappingFieldOrder.slice(0, 4)).toEqual(['cpr', 'annual_check', 'eye_exam', 'foot_exam']);
    expect([...mappingFieldOrder].sort()).toEqual([...extractFields].sort());
  });

  it('starts with the headers it knows and the ones it can guess picked, and says which were guessed', () => {
    const { choices, sources } = initialMapping(headers);
    expect(choices).toEqual({ 'Patient ID': 'cpr', Navn: 'name', 'Annual review': 'annual_check', 'HbA1c (mmol/mol)': 'hba1c', Notes: '' });
    expect(sources).toEqual({ 'Patient ID': 'guessed', Navn: 'known', 'Annual review': 'guessed', 'HbA1c (mmol/mol)': 'known', Notes: null });
    expect(mappingProblems(choices)).toEqual([]);
  });

  it('needs a CPR column and a follow-up column', () => {
    const { choices } = initialMapping(headers);
    expect(mappingProblems({ ...choices, 'Patient ID': '', 'Annual review': '' })).toEqual(['noCpr', 'noFollowUp']);
  });

  it('refuses one field from two columns', () => {
    const { choices } = initialMapping(headers);
    expect(mappingProblems({ ...choices, Notes: 'annual_check' })).toEqual(['fieldTwice']);
  });

  it('maps every header: picked ones to their field, the rest to nothing', () => {
    const { choices } = initialMapping(headers);
    expect(columnMappingFrom({ ...choices, Navn: '' }, headers)).toEqual({
      'Patient ID': 'cpr',
      Navn: null,
      'Annual review': 'annual_check',
      'HbA1c (mmol/mol)': 'hba1c',
      Notes: null,
    });
  });

  it("lists a repeated header once, with the first one's samples", () => {
    expect(mappingColumns(['CPR', 'Notes', 'Notes'], [['010160-••••'], ['a'], ['b']])).toEqual([
      { header: 'CPR', samples: ['010160-••••'] },
      { header: 'Notes', samples: ['a'] },
    ]);
  });
});
