import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as SheetJs from 'xlsx';
import { describe, expect, it } from 'vitest';
import { isSheetJsLoaded, read, SSF, utils, write } from '../../../core/sheetjs-on-demand';

describe("the Node build's SheetJS, loaded on demand", () => {
  it('loads nothing until a workbook is made, then works as SheetJS does', () => {
    expect(isSheetJsLoaded()).toBe(false);
    const book = utils.book_new();
    expect(isSheetJsLoaded()).toBe(true);
    const sheet = utils.aoa_to_sheet([
      ['CPR-nr.', 'Årskontrol'],
      ['0101901234', 46000],
    ]);
    sheet[utils.encode_cell({ r: 1, c: 1 })] = { t: 'n', v: 46000, z: 'dd-mm-yyyy' };
    utils.book_append_sheet(book, sheet, 'Forløbsplaner');
    const bytes = write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
    const readBack = read(bytes, { dense: true });
    expect(readBack.SheetNames).toEqual(['Forløbsplaner']);
    expect(SheetJs.utils.sheet_to_json(readBack.Sheets['Forløbsplaner']!, { header: 1 })).toEqual([
      ['CPR-nr.', 'Årskontrol'],
      ['0101901234', 46000],
    ]);
    expect((SSF.is_date as (format: string) => boolean)('dd-mm-yyyy')).toBe(true);
    expect((SSF.is_date as (format: string) => boolean)('0')).toBe(false);
  });
});

describe('what the shared code uses of SheetJS', () => {
  it('is all there in the on-demand module the Node build puts in its place', async () => {
    const shim = await import('../../../core/sheetjs-on-demand');
    // shared/sheetjs.ts is shared/'s one door to SheetJS (the layer lint holds the rest to it).
    const port = readFileSync(fileURLToPath(new URL('../../../shared/sheetjs.ts', import.meta.url)), 'utf8');
    const values = [...port.matchAll(/export\s*\{([^}]*)\}\s*from\s*'xlsx'/g)].flatMap(([, names]) =>
      names!.split(',').map((name) => name.trim()).filter((name) => name !== ''),
    );
    expect(values.sort()).toEqual(['SSF', 'read', 'utils', 'write']);
    for (const name of values) expect(shim, name).toHaveProperty(name);
  });
});
