import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/import/csv';
import { isFormulaLike, neutraliseFormula } from '../../../shared/outputs/cell-safety';
import { tableCsv } from '../../../shared/outputs/table-csv';
import type { Table } from '../../../shared/outputs/table';
import { sampleTable } from './fixtures';

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('table as CSV for Danish Excel', () => {
  const text = decode(tableCsv(sampleTable));

  it('starts with a UTF-8 byte-order mark and uses semicolons and CRLF', () => {
    expect([...tableCsv(sampleTable).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')[0]).toBe('Navn;CPR-nr.;Seneste årskontrol;HbA1c');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes Danish dates and decimal commas, empty cells for missing values', () => {
    expect(text).toContain('\r\nÅse Ørsted;610170-1234;28-02-2025;53\r\n');
    expect(text).toContain(`\r\n"'=HYPERLINK(""x"")";620270-2345;;7,5\r\n`);
    expect(text).toContain('\r\n;640470-4567;23-11-2026;-1\r\n');
  });

  it('quotes a field holding a semicolon, a quote or a line break (RFC 4180)', () => {
    expect(text).toContain('\r\n"Jens ""Bager"" Hansen; Nørby\nanden linje";630370-3456;31-12-2024;\r\n');
  });

  it('property: every text cell reads back exactly, neutralised, and no cell starts a formula', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'æ', ';', '"', '\n', '\r', '=', '+', '-', '@', '\t', ' ', ',') }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), (pairs) => {
        const table: Table = {
          title: 't',
          columns: [
            { key: 'a', header: 'A', kind: 'text' },
            { key: 'b', header: 'B', kind: 'text' },
          ],
          rows: pairs.map(([a, b]) => ({ a, b })),
        };
        const { records } = parseCsv(decode(tableCsv(table)).slice(1), ';');
        expect(records).toEqual([['A', 'B'], ...pairs.map((pair) => pair.map((value) => (value === null ? '' : neutraliseFormula(value))))]);
        for (const record of records) for (const field of record) expect(isFormulaLike(field)).toBe(false);
      }),
    );
  });
});
