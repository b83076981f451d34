import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const sharedDir = fileURLToPath(new URL('../../../shared', import.meta.url));
    const used = new Set<string>();
    for (const file of readdirSync(sharedDir, { recursive: true }).map(String).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(sharedDir, file), 'utf8');
      for (const [, names] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'xlsx'/g)) {
        for (const name of names!.split(',').map((part) => part.trim())) if (name !== '' && !name.startsWith('type ')) used.add(name);
      }
      for (const [, name] of source.matchAll(/\bXLSX\.([A-Za-z_]\w*)/g)) used.add(name!);
    }
    // Types (XLSX.WorkSheet, XLSX.CellObject) leave nothing behind at run time.
    const values = [...used].filter((name) => !/^[A-Z][a-z]/.test(name));
    expect(values.length).toBeGreaterThan(0);
    for (const name of values) expect(shim, name).toHaveProperty(name);
  });
});
