import { describe, expect, it } from 'vitest';
import { listFileStem } from '../../../shared/outputs/recall-lists';
import { examinationText, recallTable } from '../../../shared/outputs/recall-table';

describe('recall list as a table', () => {
  it('says what a patient is called in for, in Danish', () => {
    expect(examinationText(['annual_overdue'])).toBe('årskontrol');
    expect(examinationText(['eye_missing', 'foot_missing'])).toBe('øjenundersøgelse og fodundersøgelse');
    expect(examinationText(['annual_overdue', 'eye_missing', 'foot_missing'])).toBe('årskontrol, øjenundersøgelse og fodundersøgelse');
    expect(examinationText([])).toBe('kontrol');
  });

  it('shows the CPR with its dash, no flags as an empty cell, only the chosen columns', () => {
    const table = recallTable(
      'Alle',
      [{ cpr: '6101701234', name: 'Åse', gp: null, phone: null, flags: [], lastAnnualCheck: '2025-01-01', lastEyeExam: null, lastFootExam: null }],
      ['cpr', 'flags', 'lastAnnualCheck'],
    );
    expect(table.columns.map((c) => c.header)).toEqual(['CPR-nr.', 'Mangler', 'Seneste årskontrol']);
    expect(table.rows[0]).toMatchObject({ cpr: '610170-1234', flags: null, lastAnnualCheck: '2025-01-01' });
  });

  it('names files without Danish letters or spaces', () => {
    expect(listFileStem('annual_overdue')).toBe('aarskontrol-overskredet');
    expect(listFileStem('eye_missing')).toBe('mangler-oejenundersoegelse');
  });
});
