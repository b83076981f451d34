import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { tableXlsx } from '../../../shared/outputs/table-xlsx';
import { sampleTable } from './fixtures';

describe('table as XLSX', () => {
  const book = XLSX.read(tableXlsx(sampleTable), { type: 'array', cellDates: false, cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]!]!;

  it('has one sheet named for the list, a header row and one row per patient', () => {
    expect(tableXlsx(sampleTable)).toBeInstanceOf(Uint8Array);
    expect(book.SheetNames).toEqual(['Årskontrol overskredet']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
    expect(rows[0]).toEqual(['Navn', 'CPR-nr.', 'Seneste årskontrol', 'HbA1c']);
    expect(rows).toHaveLength(5);
    expect(rows[4]).toEqual([null, '640470-4567', new Date('2026-11-23T00:00:00Z'), -1]);
  });

  it('writes dates as real date cells with a Danish format', () => {
    const cell = sheet.C2!;
    expect(cell.t).toBe('n');
    expect(cell.v).toBe(45716);
    expect(cell.z).toBe('dd-mm-yyyy');
    expect(XLSX.SSF.format(cell.z as string, cell.v as number)).toBe('28-02-2025');
  });

  it('keeps a formula-looking name as neutralised text, never a formula', () => {
    const cell = sheet.A3!;
    expect(cell.t).toBe('s');
    expect(cell.f).toBeUndefined();
    expect(cell.v).toBe(`'=HYPERLINK("x")`);
  });

  it('keeps numbers as numbers and text with line breaks whole', () => {
    expect(sheet.D3).toMatchObject({ t: 'n', v: 7.5 });
    expect(sheet.A4!.v).toBe('Jens "Bager" Hansen; Nørby\nanden linje');
  });

  it('names the sheet within Excel’s rules', () => {
    const long = tableXlsx({ ...sampleTable, title: 'Mangler: øjen/fod [alle] * en meget lang titel' });
    const name = XLSX.read(long, { type: 'array' }).SheetNames[0]!;
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
  });
});
