import { describe, expect, it } from 'vitest';
import { cellOf } from '../../../shared/outputs/table';
import { sampleTable } from './fixtures';

describe('table cells', () => {
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
