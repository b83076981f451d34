import { describe, expect, it } from 'vitest';
import { cellOf, chooseColumns } from '../../../shared/outputs/table';
import { sampleTable } from './fixtures';

describe('table columns', () => {
  it('keeps only the chosen columns, in the order chosen', () => {
    const chosen = chooseColumns(sampleTable, ['hba1c', 'name']);
    expect(chosen.columns.map((c) => c.header)).toEqual(['HbA1c', 'Navn']);
    expect(chosen.rows).toBe(sampleTable.rows);
  });

  it('refuses an unknown or repeated column', () => {
    expect(() => chooseColumns(sampleTable, ['name', 'address'])).toThrow("Ukendt kolonne 'address'");
    expect(() => chooseColumns(sampleTable, ['name', 'name'])).toThrow('to gange');
  });

  it('checks every value against its column kind', () => {
    const [name, , date, hba1c] = sampleTable.columns as [never, never, never, never];
    expect(cellOf({ name: 'x' }, name)).toBe('x');
    expect(cellOf({}, name)).toBeNull();
    expect(() => cellOf({ lastAnnualCheck: '31-12-2024' }, date)).toThrow('ÅÅÅÅ-MM-DD');
    expect(() => cellOf({ lastAnnualCheck: '2025-02-29' }, date)).toThrow('ÅÅÅÅ-MM-DD');
    expect(() => cellOf({ hba1c: '53' }, hba1c)).toThrow('tal');
    expect(() => cellOf({ name: 5 }, name)).toThrow('tekst');
  });
});
